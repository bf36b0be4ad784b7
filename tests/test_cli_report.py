"""`est-desktop report`: the ledningsgrupp's reports written without a window."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from docx import Document
from sqlalchemy.engine import Engine

from est_desktop.cli import main
from est_desktop.db import session_scope
from est_desktop.i18n import translate_error
from est_desktop.services.demo.weeks import create_demo_database
from est_desktop.services.reports.common import ENDS_BEFORE_START


def _run(args: list[str], capsys) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    captured = capsys.readouterr()
    return exit_info.value.code, captured.out + captured.err


@pytest.fixture
def demo_db(engine: Engine, db_path: Path) -> Path:
    with session_scope(engine) as session:
        create_demo_database(session=session, today=date.today(), weeks=4)
    engine.dispose()
    return db_path


def test_final_report_for_the_agreement_in_force(capsys, demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "Rapporter" / "slutrapport.docx"
    out.parent.mkdir()
    code, text = _run(
        ["report", "--db", str(demo_db), "--kind", "slutrapport", "--out", str(out)], capsys
    )
    assert code == 0, text
    assert f"Rapport sparad: {out}" in text
    document = Document(str(out))
    assert document.paragraphs[0].text == "Slutrapport"
    assert document.core_properties.title == "Slutrapport Samverkansöverenskommelse 2023–2026"


def test_follow_up_into_a_folder(capsys, demo_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "Rapporter"
    folder.mkdir()
    today = date.today()
    start = date(today.year, 1, 1)
    code, text = _run(
        [
            "report",
            "--db",
            str(demo_db),
            "--kind",
            "uppfoljning",
            "--from",
            start.isoformat(),
            "--to",
            today.isoformat(),
            "--out",
            str(folder),
            "--include-confidential",
        ],
        capsys,
    )
    assert code == 0, text
    written = folder / f"Uppföljning EST {start.isoformat()}–{today.isoformat()}.docx"
    assert written.is_file()
    headers = [p.text for s in Document(str(written)).sections for p in s.header.paragraphs]
    assert "SEKRETESS" in headers


def test_a_date_that_is_not_a_date(capsys, tmp_path: Path) -> None:
    out = tmp_path / "x.docx"
    code, text = _run(
        [
            "report",
            "--db",
            str(tmp_path / "x.sqlite3"),
            "--kind",
            "uppfoljning",
            "--from",
            "2026-13-01",
            "--to",
            "2026-12-31",
            "--out",
            str(out),
        ],
        capsys,
    )
    assert code == 2
    assert "'2026-13-01' är inget datum. Skriv datumet som ÅÅÅÅ-MM-DD" in text
    assert not out.exists()


def test_a_period_that_ends_before_it_starts(capsys, engine: Engine, db_path: Path, tmp_path):
    engine.dispose()
    out = tmp_path / "x.docx"
    code, text = _run(
        [
            "report",
            "--db",
            str(db_path),
            "--kind",
            "uppfoljning",
            "--from",
            "2026-11-01",
            "--to",
            "2026-10-01",
            "--out",
            str(out),
        ],
        capsys,
    )
    assert code == 1
    assert translate_error(ENDS_BEFORE_START) in text
    assert not out.exists()


def test_a_follow_up_needs_its_period(capsys, engine: Engine, db_path: Path, tmp_path: Path):
    engine.dispose()
    code, text = _run(
        ["report", "--db", str(db_path), "--kind", "uppfoljning", "--out", str(tmp_path)],
        capsys,
    )
    assert code == 1
    assert "ange periodens första och sista dag med --from och --to" in text


def test_a_missing_database_is_named(capsys, tmp_path: Path) -> None:
    missing = tmp_path / "finns-inte.sqlite3"
    code, text = _run(
        ["report", "--db", str(missing), "--kind", "slutrapport", "--out", str(tmp_path)],
        capsys,
    )
    assert code == 1 and str(missing) in text and "finns inte" in text
    assert not missing.exists()


def test_a_missing_folder_is_a_swedish_sentence(capsys, demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "finns-inte" / "slutrapport.docx"
    code, text = _run(
        ["report", "--db", str(demo_db), "--kind", "slutrapport", "--out", str(out)], capsys
    )
    assert code == 1
    assert "Mappen finns inte" in text and str(out) in text


def test_a_report_with_a_personal_number_needs_the_flag(
    capsys, engine: Engine, db_path: Path, tmp_path: Path
) -> None:
    from sqlalchemy import select

    from est_desktop.models import Agreement, PlanStatus
    from est_desktop.services.agreements import follow_up
    from est_desktop.services.personal_numbers import FOUND_IN_EXPORT

    with session_scope(engine) as session:
        agreement = session.scalars(select(Agreement)).first()
        row = follow_up.plan_rows(session=session, agreement_id=agreement.id, year=2026)[0]
        follow_up.set_plan_status(
            session=session,
            plan_activity_id=row.id,
            year=2026,
            status=PlanStatus.DONE,
            note="Kontakt med 880320-0016",
            allow_personal_numbers=True,
        )
    engine.dispose()
    out = tmp_path / "rapport.docx"
    args = ["report", "--db", str(db_path), "--kind", "uppfoljning"]
    args += ["--from", "2026-09-01", "--to", "2026-11-23", "--out", str(out)]
    code, text = _run(args, capsys)
    assert code == 1
    assert translate_error(FOUND_IN_EXPORT) in text
    assert "0016" not in text
    assert not out.exists()

    code, text = _run([*args, "--allow-personal-numbers"], capsys)
    assert code == 0
    assert out.exists()
