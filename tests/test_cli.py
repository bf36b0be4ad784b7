"""The command line answers a mistake with a Swedish sentence that says what to do."""

from __future__ import annotations

from pathlib import Path

import pytest

from est_desktop.cli import main


def _run(args: list[str], capsys) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    captured = capsys.readouterr()
    return exit_info.value.code, captured.out + captured.err


def test_version(capsys):
    code, text = _run(["--version"], capsys)
    assert code == 0 and text.startswith("EST Desktop ")


def test_a_date_that_is_not_a_date(capsys, tmp_path: Path):
    code, text = _run(
        [
            "export-minutes",
            "--db",
            str(tmp_path / "x.sqlite3"),
            "--meeting",
            "2026-13-01",
            "--out",
            str(tmp_path / "x.docx"),
        ],
        capsys,
    )
    assert code == 2
    assert "Skriv mötets datum som ÅÅÅÅ-MM-DD" in text


def test_a_missing_database_is_named(capsys, tmp_path: Path):
    missing = tmp_path / "finns-inte.sqlite3"
    code, text = _run(
        [
            "export-minutes",
            "--db",
            str(missing),
            "--meeting",
            "2026-11-24",
            "--out",
            str(tmp_path / "x.docx"),
        ],
        capsys,
    )
    assert code == 1 and str(missing) in text and "finns inte" in text
    assert not missing.exists()


def test_a_date_without_a_meeting(capsys, engine, db_path: Path, tmp_path: Path):
    out = tmp_path / "x.docx"
    code, text = _run(
        ["export-minutes", "--db", str(db_path), "--meeting", "2026-11-24", "--out", str(out)],
        capsys,
    )
    assert code == 1 and "inget möte 2026-11-24" in text
    assert not out.exists()
