"""Action lists out to a folder and answers back in, through the window's dialogs."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

import openpyxl
import pytest

from est_desktop.db import session_scope
from est_desktop.models import ActionCreate, ActionStatus, AgendaItemKind, MeetingCreate
from est_desktop.services import actions, meetings, reference
from est_desktop.ui.action_lists_dialog import ExportActionListsDialog
from est_desktop.ui.answers_dialog import ImportAnswersDialog
from est_desktop.ui.store import Store


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


def test_export_all_lists_then_import_an_answer(qtbot, store: Store, tmp_path: Path):
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
    assert importer.applied == 0
    with session_scope(store.engine) as session:
        assert all(r.status == ActionStatus.NEW for r in actions.all_action_rows(session=session))

    importer = ImportAnswersDialog(store, [sheet])
    qtbot.addWidget(importer)
    importer.apply()
    assert importer.applied == 1
    with session_scope(store.engine) as session:
        statuses = {r.description: r.status for r in actions.all_action_rows(session=session)}
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
