"""Writing a report from the window: the dialog suggests a file, writes it off the GUI thread
with progress, and stays open with its choices when the file cannot be written."""

from __future__ import annotations

import errno
import os
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.engine import Engine

from est_desktop.db import session_scope
from est_desktop.services.demo.weeks import create_demo_database
from est_desktop.ui.common.convert import qdate
from est_desktop.ui.common.store import Store
from est_desktop.ui.report_dialog import FINAL, FOLLOW_UP, ReportDialog

TODAY = date(2026, 11, 26)


@pytest.fixture
def dialog(qtbot, engine: Engine, tmp_path: Path) -> ReportDialog:
    with session_scope(engine) as session:
        create_demo_database(session=session, today=TODAY)
    dialog = ReportDialog(Store(engine), TODAY)
    qtbot.addWidget(dialog)
    dialog.file_edit.setText(str(tmp_path / "start.docx"))
    return dialog


def test_the_end_of_period_report_covers_the_agreement_period(dialog: ReportDialog) -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData(FINAL))
    assert dialog.date_from.date().toPython() == date(2023, 1, 1)
    assert dialog.date_to.date().toPython() == date(2026, 12, 31)
    assert Path(dialog.file_edit.text()).name == "Slutrapport EST 2023–2026.docx"


def test_a_follow_up_is_written_with_the_chosen_period(
    dialog: ReportDialog, qtbot, tmp_path: Path
) -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData(FOLLOW_UP))
    dialog.date_from.setDate(qdate(date(2026, 9, 1)))
    dialog.date_to.setDate(qdate(TODAY))
    assert Path(dialog.file_edit.text()).name == "Uppföljning EST 2026-09-01–2026-11-26.docx"
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        dialog.write()
    assert dialog.written == tmp_path / "Uppföljning EST 2026-09-01–2026-11-26.docx"
    text = "\n".join(p.text for p in Document(str(dialog.written)).paragraphs)
    assert "Skadegörelse" in text
    assert "1 september – 26 november 2026" in text


def test_a_report_open_in_word_is_left_intact_and_can_be_tried_again(
    dialog: ReportDialog, qtbot, tmp_path: Path, monkeypatch
) -> None:
    target = tmp_path / "rapport.docx"
    target.write_bytes(b"last month's report")
    dialog.file_edit.setText(str(target))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

    def locked(src: object, dst: object) -> None:
        raise PermissionError(errno.EACCES, "The process cannot access the file", str(dst))

    monkeypatch.setattr(os, "replace", locked)
    dialog.write()
    qtbot.waitUntil(lambda: bool(shown), timeout=60_000)
    assert shown[0].startswith("Filen är öppen i ett annat program")
    assert target.read_bytes() == b"last month's report"
    assert dialog.written is None
    assert dialog.write_button.isEnabled()


def test_a_period_that_ends_before_it_starts_is_refused_at_once(
    dialog: ReportDialog, monkeypatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    dialog.date_from.setDate(qdate(date(2026, 11, 1)))
    dialog.date_to.setDate(qdate(date(2026, 10, 1)))
    dialog.write()
    assert shown == ["Perioden slutar innan den börjar."]
    assert dialog.written is None


def _plan_note_with_a_number(dialog: ReportDialog) -> None:
    from sqlalchemy import select

    from est_desktop.models import Agreement, PlanStatus
    from est_desktop.services.agreements import follow_up

    with session_scope(dialog._store.engine) as session:
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


@pytest.mark.parametrize("export_anyway", [False, True])
def test_a_report_with_a_personal_number_is_written_only_once_confirmed(
    dialog: ReportDialog, qtbot, tmp_path: Path, monkeypatch, export_anyway: bool
) -> None:
    from est_desktop.ui.common import personal_numbers

    _plan_note_with_a_number(dialog)
    asked = []

    def confirm(_parent, error) -> bool:
        asked.append(error.detail)
        return export_anyway

    monkeypatch.setattr(personal_numbers, "confirm_export", confirm)
    dialog.kind.setCurrentIndex(dialog.kind.findData(FOLLOW_UP))
    dialog.date_from.setDate(qdate(date(2026, 9, 1)))
    dialog.date_to.setDate(qdate(TODAY))
    target = Path(dialog.file_edit.text())
    if export_anyway:
        with qtbot.waitSignal(dialog.accepted, timeout=60_000):
            dialog.write()
        assert dialog.written == target and target.exists()
    else:
        dialog.write()
        qtbot.waitUntil(lambda: bool(asked), timeout=60_000)
        qtbot.waitUntil(dialog.write_button.isEnabled)
        assert not target.exists()
        assert dialog.written is None
    assert len(asked) == 1 and asked[0]
