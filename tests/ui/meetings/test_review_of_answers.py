"""The meeting after an answered action list sees each answer on its row in the review
and confirms it with one key (issue 19, item 4)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import Qt

from est_desktop.db import session_scope
from est_desktop.models import ActionCreate, ActionStatus, AgendaItemKind, MeetingCreate
from est_desktop.services import reference
from est_desktop.services.action_lists.answers import apply_answers, read_answers
from est_desktop.services.actions import decisions as actions
from est_desktop.services.meetings import agenda as meetings
from est_desktop.ui.main_window import MainWindow
from tests.services.action_lists.answer_files import Answer, answer, export_list

SHOTS = Path(__file__).resolve().parents[3] / "test-output"
FIRST, SECOND = date(2026, 11, 3), date(2026, 11, 17)
ANSWERED = datetime(2026, 11, 10, 12, tzinfo=UTC)


def _prepare(engine, folder: Path) -> tuple[int, int, int]:
    with session_scope(engine) as session:
        social = next(
            o.id
            for o in reference.organisations(session=session)
            if o.name == "Socialförvaltningen"
        )
        first = meetings.create_meeting(session=session, data=MeetingCreate(date=FIRST))
        item = next(
            i
            for i in meetings.agenda(session=session, meeting_id=first.id)
            if i.kind == AgendaItemKind.FOCUS_AREA
        )
        lights, walk = (
            actions.decide_action(
                session=session,
                item_id=item.id,
                data=ActionCreate(description=text, owner_organisation_id=social),
            ).id
            for text in ("Extra belysning i Stationsparken", "Trygghetsvandring i Anderslöv")
        )
        second = meetings.create_meeting(session=session, data=MeetingCreate(date=SECOND))
        path = export_list(
            folder, session=session, exported_on=FIRST, organisation="Socialförvaltningen"
        )
        answer(
            path,
            {lights: Answer("Klar", comment="Armaturer monterade", answered_by="Karin Lund")},
            saved_at=ANSWERED,
        )
        preview = read_answers(session=session, paths=[path])
        apply_answers(session=session, changes=preview.changes, now=ANSWERED)
        return second.id, lights, walk


def test_an_answered_action_is_shown_to_confirm_and_enter_confirms_it(
    qtbot, engine, tmp_path
) -> None:
    meeting_id, lights, walk = _prepare(engine, tmp_path)
    window = MainWindow(engine)
    qtbot.addWidget(window)
    window.show()
    window.open_meeting(meeting_id)
    model = window.workspace.agenda_model
    window.workspace.select_item_row(
        next(
            r
            for r in range(model.rowCount())
            if model.row_at(r).item.kind == AgendaItemKind.ACTION_REVIEW
        )
    )
    review = window.workspace.review
    row = review.model.row_of_id(lights)
    outcome = review.model.index(row, 4).data()
    assert outcome == "Klar enligt svar från Karin Lund – bekräfta (Enter)"
    assert review.model.index(review.model.row_of_id(walk), 4).data() == ""
    review.table.setFocus()
    review.table.selectRow(row)
    assert not review.confirm_button.isHidden()
    assert "Armaturer monterade" in review.detail.text()
    review.resize(1200, 500)
    assert review.grab().save(str(SHOTS / "review_answer_to_confirm.png"))

    qtbot.keyClick(review.table, Qt.Key.Key_Return)
    confirmed = review.model.row_at(review.model.row_of_id(lights))
    assert confirmed.outcome is not None and confirmed.outcome.status == ActionStatus.DONE
    assert review.model.index(review.model.row_of_id(lights), 4).data().startswith("Klar")
    assert "bekräfta" not in review.model.index(review.model.row_of_id(lights), 4).data()


def test_the_room_sees_the_answer_on_the_projector(qtbot, engine, tmp_path) -> None:
    meeting_id, _lights, _walk = _prepare(engine, tmp_path)
    window = MainWindow(engine)
    qtbot.addWidget(window)
    window.show()
    window.open_meeting(meeting_id)
    window.start_presentation()
    screen = window.presentation_window
    qtbot.addWidget(screen)
    model = window.workspace.agenda_model
    review_id = next(
        model.row_at(r).item.id
        for r in range(model.rowCount())
        if model.row_at(r).item.kind == AgendaItemKind.ACTION_REVIEW
    )
    window.presentation.show_item(review_id)
    text = " ".join(screen.body.toPlainText().split())
    assert "Klar enligt svar från Karin Lund – bekräfta" in text
    assert "(Enter)" not in text  # the key is the convener's business
