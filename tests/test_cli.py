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


def test_every_job_on_a_database_takes_db_declared_once() -> None:
    """--db after the command name, from one parent parser: not declared job by job."""
    import ast
    import inspect

    from est_desktop import cli

    parser = cli._parser()
    jobs = next(a for a in parser._actions if a.dest == "command").choices
    for name in ("export-minutes", "export-actions", "import-incidents", "report", "backup"):
        assert any("--db" in action.option_strings for action in jobs[name]._actions), name
    declared = [
        node
        for node in ast.walk(ast.parse(inspect.getsource(cli)))
        if isinstance(node, ast.Call)
        and getattr(node.func, "attr", "") == "add_argument"
        and node.args
        and getattr(node.args[0], "value", None) == "--db"
    ]
    # the window's own, the shared parent, and two that need a file of their own (required)
    assert len(declared) == 4


def test_a_job_that_stops_early_still_releases_the_database(
    capsys, engine, db_path: Path, tmp_path: Path, monkeypatch
):
    from est_desktop import commands

    disposed: list[bool] = []
    real = commands._open_for_job

    def recorded(path):
        made = real(path)
        dispose = made.dispose
        made.dispose = lambda *args, **kwargs: (disposed.append(True), dispose(*args, **kwargs))
        return made

    monkeypatch.setattr(commands, "_open_for_job", recorded)

    code, text = _run(
        ["export-minutes", "--db", str(db_path), "--meeting", "2026-11-24", "--out", str(tmp_path)],
        capsys,
    )

    assert code == 1 and "inget möte 2026-11-24" in text
    assert disposed == [True]
