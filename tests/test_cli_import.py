"""`est-desktop import-incidents`: a saved mapping, a file, a summary in Swedish."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from est_desktop.cli import main
from est_desktop.db import session_scope
from est_desktop.models import Incident
from est_desktop.services import reference
from est_desktop.services.imports.mapping import IncidentMapping, save_mapping


def _run(args: list[str], capsys) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    captured = capsys.readouterr()
    return exit_info.value.code, captured.out + captured.err


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "polisens utdrag.csv"
    lines = [
        "Datum;Plats;Beskrivning",
        "2026-03-02;Trelleborg centrum;Skadegörelse på busskur",
        "2026-03-03;Hamnen;Stöld ur bil, anmälare 19880320-0016",
        "2026-03-03;Ingenstans;Klotter",
        f"{date(2026, 3, 4).isoformat()};Hamnen;Bilbrand",
    ]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


@pytest.fixture
def mapped(engine, db_path: Path) -> Path:
    with session_scope(engine) as session:
        save_mapping(
            session=session,
            name="Polisen",
            mapping=IncidentMapping(
                columns={"occurred_on": "Datum", "place": "Plats", "description": "Beskrivning"},
                source_id=reference.sources(session=session)[0].id,
            ),
        )
    engine.dispose()
    return db_path


def _incidents(db_path: Path) -> int:
    from est_desktop.bootstrap import open_database

    engine = open_database(db_path)
    with session_scope(engine) as session:
        count = session.scalar(select(func.count()).select_from(Incident))
    engine.dispose()
    return count


def test_a_file_is_imported_with_a_saved_mapping(capsys, mapped: Path, report: Path) -> None:
    code, text = _run(
        ["import-incidents", "--db", str(mapped), "--mapping", "Polisen", str(report)], capsys
    )
    assert code == 0, text
    assert "2 händelser importerade från polisens utdrag.csv" in text
    assert "rad 3: något som liknar ett personnummer i Beskrivning" in text
    assert "rad 4: Plats: Platsen 'Ingenstans' finns inte i listan" in text
    assert _incidents(mapped) == 2

    code, text = _run(
        ["import-incidents", "--db", str(mapped), "--mapping", "Polisen", str(report)], capsys
    )
    assert code == 1
    assert "polisens utdrag.csv är redan importerad" in text
    assert "inget importerades" in text
    assert _incidents(mapped) == 2


def test_an_unknown_mapping_names_what_to_do(capsys, mapped: Path, report: Path) -> None:
    code, text = _run(
        ["import-incidents", "--db", str(mapped), "--mapping", "Okänd", str(report)], capsys
    )
    assert code == 1
    assert "ingen sparad mappning som heter 'Okänd'" in text


def test_a_file_that_is_not_a_table_is_named(capsys, mapped: Path, tmp_path: Path) -> None:
    old = tmp_path / "gammal.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0 not really")
    code, text = _run(
        ["import-incidents", "--db", str(mapped), "--mapping", "Polisen", str(old)], capsys
    )
    assert code == 1
    assert "gammal.xls" in text and ".xlsx" in text


def test_when_no_row_can_be_imported_every_reason_is_given(
    capsys, mapped: Path, tmp_path: Path
) -> None:
    path = tmp_path / "fel.csv"
    path.write_bytes("Datum;Plats;Beskrivning\r\n2026-13-01;Hamnen;Bilbrand\r\n".encode("cp1252"))
    code, text = _run(
        ["import-incidents", "--db", str(mapped), "--mapping", "Polisen", str(path)], capsys
    )
    assert code == 1
    assert "ingen rad kan importeras" in text
    assert "rad 2: Datum: '2026-13-01'" in text


def test_a_file_without_the_mapped_columns_lists_its_own(
    capsys, mapped: Path, tmp_path: Path
) -> None:
    path = tmp_path / "annan.csv"
    path.write_bytes("När;Var;Vad\r\n2026-03-02;Hamnen;Bilbrand\r\n".encode("cp1252"))
    code, text = _run(
        ["import-incidents", "--db", str(mapped), "--mapping", "Polisen", str(path)], capsys
    )
    assert code == 1
    assert "Filens kolumner: När, Var, Vad." in text
