"""Action lists out to a folder and answers back in, through the window's dialogs."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

import openpyxl
import pytest

from est_desktop.db import session_scope
from est_desktop.models import ActionCreate, ActionStatus, AgendaItemKind, MeetingCreate
from est_desktop.services import reference
from est_desktop.services.actions import decisions as actions
from est_desktop.services.actions import rows as action_rows
from est_desktop.services.meetings import agenda as meetings
from est_desktop.ui.action_lists.export_dialog import ExportActionListsDialog
from est_desktop.ui.action_lists.import_dialog import ImportAnswersDialog
from est_desktop.ui.common.store import Store


@pytest.fixture
def store(engine) -> Store:
    today = date.today()
    with session_scope(engine) as session:
        meeting = meetings.create_meeting(
            session=session, data=MeetingCreate(date=today - timedelta(days=7), start_time=time(9))
        )
        item = next(
            i
            for i in meetings.agenda(session=session, meeting_id=meeting.id)
            if i.kind == AgendaItemKind.FOCUS_AREA
        )
        for text, owner in (
            ("Sanera klotter vid Stortorget", "Samhällsbyggnadsförvaltningen"),
            ("Riktad närvaro vid Resecentrum", "Polisen"),
        ):
            actions.decide_action(
                session=session,
                item_id=item.id,
                data=ActionCreate(
                    description=text,
                    owner_organisation_id=next(
                        o.id for o in reference.organisations(session=session) if o.name == owner
                    ),
                    due_date=today + timedelta(days=7),
                ),
            )
    return Store(engine)


def _answer(path: Path, status: str, comment: str) -> None:
    book = openpyxl.load_workbook(path)
    sheet = book["Åtgärder"]
    sheet["J5"], sheet["L5"], sheet["M5"] = status, comment, "Gatuchef"
    book.save(path)


def test_export_all_lists_then_import_an_answer(qtbot, store: Store, tmp_path: Path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    dialog = ExportActionListsDialog(store)
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(tmp_path))
    dialog.export()
    qtbot.waitUntil(lambda: bool(dialog.written), timeout=30_000)
    names = sorted(p.name for p in dialog.written)
    assert len(names) == 4 and all(str(date.today()) in n for n in names)
    assert dialog.written[0].parent.name.startswith("Åtgärdslistor")
    sheet = next(p for p in dialog.written if "Samhällsbyggnads" in p.name and p.suffix == ".xlsx")
    _answer(sheet, "Klar", "Sanerat i tisdags")

    importer = ImportAnswersDialog(store, [sheet])
    qtbot.addWidget(importer)
    assert importer.changes.rowCount() == 1
    assert "Sanerat i tisdags" in importer.changes.index(0, 5).data()
    importer.changes.set_all(False)
    importer.apply()
    assert importer.applied == 0 and told == ["Ingen ändring är ikryssad, så inget genomfördes."]
    with session_scope(store.engine) as session:
        assert all(
            r.status == ActionStatus.NEW for r in action_rows.all_action_rows(session=session)
        )

    importer = ImportAnswersDialog(store, [sheet])
    qtbot.addWidget(importer)
    importer.apply()
    assert importer.applied == 1
    with session_scope(store.engine) as session:
        statuses = {r.description: r.status for r in action_rows.all_action_rows(session=session)}
    assert statuses["Sanera klotter vid Stortorget"] == ActionStatus.DONE
    assert statuses["Riktad närvaro vid Resecentrum"] == ActionStatus.NEW

    again = ImportAnswersDialog(store, [sheet])
    qtbot.addWidget(again)
    assert again.changes.rowCount() == 0 and "1 redan importerade" in again.summary.text()


def test_item_models_of_the_import_dialog(qtmodeltester, qtbot, store: Store, tmp_path: Path):
    bogus = tmp_path / "inte-en-lista.xlsx"
    bogus.write_bytes(b"not a workbook")
    dialog = ImportAnswersDialog(store, [bogus])
    qtbot.addWidget(dialog)
    assert dialog.rejections.rowCount() == 1
    assert not dialog.apply_button.isEnabled()
    qtmodeltester.check(dialog.rejections)
    qtmodeltester.check(dialog.changes)


def test_of_two_answers_to_one_action_the_later_is_ticked_and_wins(
    qtbot, store: Store, tmp_path: Path
):
    import shutil

    dialog = ExportActionListsDialog(store)
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(tmp_path))
    dialog.xlsx_box.setChecked(True)
    dialog.docx_box.setChecked(False)
    dialog.export()
    qtbot.waitUntil(lambda: bool(dialog.written), timeout=30_000)
    sheet = next(p for p in dialog.written if "Samhällsbyggnads" in p.name)
    late = tmp_path / "senare.xlsx"
    shutil.copy(sheet, late)
    _answer(sheet, "Klar", "Klart")
    _answer(late, "Pågår", "Inte klart ändå")
    from datetime import UTC, datetime

    from tests.services.action_lists.answer_files import edit

    for path, saved in (
        (sheet, datetime(2026, 11, 25, 9, 0, tzinfo=UTC)),
        (late, datetime(2026, 11, 25, 15, 30, tzinfo=UTC)),
    ):
        edit(path, lambda _book: None, saved_at=saved)

    importer = ImportAnswersDialog(store, [late, sheet])
    qtbot.addWidget(importer)
    ticked = importer.changes.accepted_changes()
    assert [c.comment for c in ticked] == ["Inte klart ändå"]
    importer.changes.set_all(True)
    importer.apply()
    with session_scope(store.engine) as session:
        rows = {r.description: r.status for r in action_rows.all_action_rows(session=session)}
    assert rows["Sanera klotter vid Stortorget"] == ActionStatus.IN_PROGRESS
