"""The action register as the convener uses it: filter, search, and read an action's history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from sqlalchemy.engine import Engine
from sqlmodel import Session

from est_desktop.db import session_scope
from est_desktop.models import (
    ActionAnswer,
    ActionCreate,
    AgendaItemKind,
    IncidentCreate,
    MeetingCreate,
    OrganisationKind,
)
from est_desktop.services import incidents, reference
from est_desktop.services.actions import decisions as actions
from est_desktop.services.actions import rows as action_rows
from est_desktop.services.actions.decisions import ReviewOutcome
from est_desktop.services.actions.register import StatusFilter
from est_desktop.services.meetings import agenda as meetings
from est_desktop.ui.actions import bulk_dialogs
from est_desktop.ui.actions.register_model import ActionRegisterModel
from est_desktop.ui.actions.register_page import RegisterPage
from est_desktop.ui.common import labels
from est_desktop.ui.common.convert import qdate
from est_desktop.ui.common.messages import tr_service
from est_desktop.ui.common.rowmodel import ID_ROLE, ROW_ROLE, WARNING_COLOUR
from est_desktop.ui.common.store import Store

TODAY = date.today()


@dataclass(frozen=True)
class Data:
    first_meeting: date
    second_meeting: date
    police_id: int
    department_id: int
    lights_id: int  # department, overdue
    patrol_id: int  # police, reviewed "in progress" with a note
    graffiti_id: int  # department, done at the second meeting
    patrol_focus_area_id: int


def _focus_items(session: Session, meeting_id: int) -> list:
    return [
        item
        for item in meetings.agenda(session=session, meeting_id=meeting_id)
        if item.kind == AgendaItemKind.FOCUS_AREA
    ]


@pytest.fixture
def data(engine: Engine) -> Data:
    """Two meetings: three actions decided at the first, two of them reviewed at the second."""
    first, second = TODAY - timedelta(days=28), TODAY - timedelta(days=21)
    with session_scope(engine) as s:
        organisations = reference.organisations(session=s)
        police = next(o for o in organisations if o.kind == OrganisationKind.POLICE)
        department = next(o for o in organisations if o.kind == OrganisationKind.DEPARTMENT)
        meeting = meetings.create_meeting(session=s, data=MeetingCreate(date=first))
        items = _focus_items(s, meeting.id)
        place = reference.places(session=s)[0]
        source = reference.sources(session=s)[0]
        incident = incidents.record_incident(
            session=s,
            item_id=items[1].id,
            data=IncidentCreate(
                occurred_on=first - timedelta(days=2),
                place_id=place.id,
                source_id=source.id,
                description="Stenkastning mot buss vid resecentrum",
            ),
        )

        def decide(item, description: str, owner: int, due: date, **extra) -> int:
            data = ActionCreate(
                description=description, owner_organisation_id=owner, due_date=due, **extra
            )
            return actions.decide_action(session=s, item_id=item.id, data=data).id

        lights = decide(items[0], "Belysning vid stationen", department.id, TODAY - timedelta(1))
        patrol = decide(
            items[1],
            "Extra patrullering i centrum",
            police.id,
            TODAY + timedelta(days=30),
            contact_person="Kommunpolisen",
            incident_ids=[incident.id],
        )
        graffiti = decide(items[2], "Sanera klotter på skolan", department.id, first)
        review = meetings.create_meeting(session=s, data=MeetingCreate(date=second))
        actions.record_review(
            session=s,
            meeting_id=review.id,
            action_id=patrol,
            outcome=ReviewOutcome.IN_PROGRESS,
            note="Två kvällar i veckan",
        )
        actions.record_review(
            session=s, meeting_id=review.id, action_id=graffiti, outcome=ReviewOutcome.DONE
        )
        return Data(
            first,
            second,
            police.id,
            department.id,
            lights,
            patrol,
            graffiti,
            items[1].focus_area_id,
        )


@pytest.fixture
def store(engine: Engine) -> Store:
    return Store(engine)


@pytest.fixture
def page(qtbot, store: Store, data: Data) -> RegisterPage:
    widget = RegisterPage(store)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def visible_actions(page: RegisterPage) -> list[str]:
    return [page.proxy.index(row, 0).data() for row in range(page.proxy.rowCount())]


def choose(combo, value) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def select(page: RegisterPage, description: str) -> None:
    row = visible_actions(page).index(description)
    page.table.selectRow(row)


def select_several(page: RegisterPage, *descriptions: str) -> None:
    flags = QItemSelectionModel.SelectionFlag
    page.table.clearSelection()
    for description in descriptions:
        index = page.proxy.index(visible_actions(page).index(description), 0)
        page.table.selectionModel().select(index, flags.Select | flags.Rows)


def decide_at_second(
    store: Store, data: Data, description: str, owner_id: int, due: date | None = None
) -> int:
    with session_scope(store.engine) as s:
        meeting_id = meetings.meeting_on(session=s, day=data.second_meeting).id
        item_id = _focus_items(s, meeting_id)[0].id
    action = store.write(
        actions.decide_action,
        item_id=item_id,
        data=ActionCreate(description=description, owner_organisation_id=owner_id, due_date=due),
    )
    return action.id


def owners_and_due_dates(store: Store) -> dict[str, tuple[str, date | None]]:
    with session_scope(store.engine) as s:
        return {
            r.description: (r.owner, r.due_date) for r in action_rows.all_action_rows(session=s)
        }


def test_models_pass_the_model_tester(qtmodeltester, page: RegisterPage) -> None:
    assert page.model.rowCount() == 3
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    empty = ActionRegisterModel()
    qtmodeltester.check(empty)
    page.text_filter.setText("nothing matches this")
    qtmodeltester.check(page.proxy)


def test_open_actions_are_shown_by_default(page: RegisterPage) -> None:
    assert page.status_filter.currentData() == StatusFilter.OPEN.value
    assert sorted(visible_actions(page)) == [
        "Belysning vid stationen",
        "Extra patrullering i centrum",
    ]
    assert page.count_label.text() == "2 åtgärder"


def test_typing_in_the_search_box_narrows_the_rows(qtbot, page: RegisterPage) -> None:
    qtbot.keyClicks(page.text_filter, "belysning")
    assert page.proxy.rowCount() == 1
    assert visible_actions(page) == ["Belysning vid stationen"]
    assert page.count_label.text() == "1 åtgärd"

    page.text_filter.clear()
    qtbot.keyClicks(page.text_filter, "kommunpolisen centrum")  # contact and description
    assert visible_actions(page) == ["Extra patrullering i centrum"]


def test_organisation_filter(page: RegisterPage, data: Data) -> None:
    choose(page.organisation_filter, data.police_id)
    assert visible_actions(page) == ["Extra patrullering i centrum"]
    choose(page.organisation_filter, data.department_id)
    assert visible_actions(page) == ["Belysning vid stationen"]
    page.organisation_filter.setCurrentIndex(0)
    assert page.proxy.rowCount() == 2


def test_status_filter(page: RegisterPage, data: Data) -> None:
    choose(page.status_filter, StatusFilter.ALL.value)
    assert page.proxy.rowCount() == 3
    choose(page.status_filter, StatusFilter.DONE.value)
    assert visible_actions(page) == ["Sanera klotter på skolan"]
    status_column = 6
    closed = f"{labels.action_status('done')} {data.second_meeting.isoformat()}"
    assert page.proxy.index(0, status_column).data() == closed
    choose(page.status_filter, StatusFilter.IN_PROGRESS.value)
    assert visible_actions(page) == ["Extra patrullering i centrum"]


def test_focus_area_filter(page: RegisterPage, data: Data) -> None:
    assert page.focus_filter.count() == 11  # all + the agreement's ten
    choose(page.focus_filter, data.patrol_focus_area_id)
    assert visible_actions(page) == ["Extra patrullering i centrum"]


def test_overdue_filter_and_warning(page: RegisterPage) -> None:
    choose(page.status_filter, StatusFilter.OVERDUE.value)
    assert visible_actions(page) == ["Belysning vid stationen"]
    due = page.proxy.index(0, 5)
    assert due.data().endswith(labels.overdue())
    assert due.data(Qt.ItemDataRole.ForegroundRole).color() == WARNING_COLOUR
    choose(page.status_filter, StatusFilter.OPEN.value)
    assert page.proxy.rowCount() == 2


def test_due_within_seven_days(store: Store, page: RegisterPage, data: Data) -> None:
    for description, due in (("Ny skylt vid torget", 7), ("Städa parken", 8)):
        decide_at_second(store, data, description, data.police_id, TODAY + timedelta(days=due))
    choose(page.status_filter, StatusFilter.DUE_SOON.value)
    assert visible_actions(page) == ["Ny skylt vid torget"]


def test_stale_actions_after_three_meetings_without_update(
    store: Store, page: RegisterPage, data: Data
) -> None:
    choose(page.status_filter, StatusFilter.STALE.value)
    assert visible_actions(page) == []
    with session_scope(store.engine) as s:
        for days in (14, 7):
            meetings.create_meeting(session=s, data=MeetingCreate(date=TODAY - timedelta(days)))
    page.refresh()
    # decided four weeks ago and never reviewed; the patrol was reviewed three weeks ago
    assert visible_actions(page) == ["Belysning vid stationen"]
    assert page.proxy.index(0, 7).data() == page.model.tr("%n meeting(s)", "", 3)


def test_closed_in_a_period_shows_its_dates(page: RegisterPage, data: Data) -> None:
    assert page.period.isHidden()
    choose(page.status_filter, StatusFilter.CLOSED_IN_PERIOD.value)
    assert not page.period.isHidden()
    assert visible_actions(page) == []  # the last seven days by default
    page.closed_from.setDate(qdate(data.second_meeting))
    assert visible_actions(page) == ["Sanera klotter på skolan"]
    page.closed_to.setDate(qdate(data.second_meeting - timedelta(days=1)))
    assert visible_actions(page) == []
    choose(page.status_filter, StatusFilter.ALL.value)
    assert page.period.isHidden()
    assert page.proxy.rowCount() == 3


def test_selecting_an_action_shows_its_history(page: RegisterPage, data: Data) -> None:
    assert page.history_view.toPlainText() == ""
    select(page, "Extra patrullering i centrum")
    text = page.history_view.toPlainText()
    decided = f"{labels.week(data.first_meeting)} ({data.first_meeting.isoformat()})"
    reviewed = f"{labels.week(data.second_meeting)} ({data.second_meeting.isoformat()})"
    assert f"Beslutad vid mötet {decided}" in text
    assert f"{reviewed}: Pågår — Två kvällar i veckan" in text
    assert "Kommunpolisen" in text
    assert (TODAY + timedelta(days=30)).isoformat() in text
    assert "Stenkastning mot buss vid resecentrum" in text  # the linked incident

    page.text_filter.setText("belysning")  # the selected action is filtered away
    text = page.history_view.toPlainText()
    assert "Två kvällar i veckan" not in text
    if page.selected_action_id() is None:
        assert text == ""
    else:  # the view moved the selection to the row left; the history follows it
        assert page.selected_action_id() == data.lights_id
        assert text.startswith("Belysning vid stationen")


def test_history_text_is_escaped(store: Store, page: RegisterPage, data: Data) -> None:
    with session_scope(store.engine) as s:
        item = _focus_items(s, meetings.meeting_on(session=s, day=data.second_meeting).id)[0]
        actions.decide_action(
            session=s,
            item_id=item.id,
            data=ActionCreate(
                description="<b>Skylt</b> & staket", owner_organisation_id=data.police_id
            ),
        )
    page.refresh()
    select(page, "<b>Skylt</b> & staket")
    assert "<b>Skylt</b> & staket" in page.history_view.toPlainText()


def test_refresh_keeps_the_selection_and_shows_new_actions(
    store: Store, page: RegisterPage, data: Data
) -> None:
    select(page, "Extra patrullering i centrum")
    with session_scope(store.engine) as s:
        meeting_id = meetings.meeting_on(session=s, day=data.second_meeting).id
        item_id = _focus_items(s, meeting_id)[0].id
    store.write(
        actions.decide_action,
        item_id=item_id,
        data=ActionCreate(description="Ny skylt vid torget", owner_organisation_id=data.police_id),
    )
    assert "Ny skylt vid torget" in visible_actions(page)
    assert page.count_label.text() == "3 åtgärder"
    selected = page.table.selectionModel().selectedRows()
    assert [index.data(ROW_ROLE).id for index in selected] == [data.patrol_id]
    assert "Två kvällar i veckan" in page.history_view.toPlainText()


def test_select_action_widens_the_filters(page: RegisterPage, data: Data) -> None:
    assert page.select_action(data.graffiti_id)
    assert page.status_filter.currentData() == StatusFilter.ALL.value
    assert page.selected_action_id() == data.graffiti_id
    assert labels.action_status("done") in page.history_view.toPlainText()


def test_empty_register(qtbot, store: Store) -> None:
    widget = RegisterPage(store)
    qtbot.addWidget(widget)
    assert widget.proxy.rowCount() == 0
    assert widget.count_label.text() == "0 åtgärder"


def test_a_hidden_register_catches_up_when_shown(
    store: Store, page: RegisterPage, data: Data
) -> None:
    """Saves elsewhere do not re-query the hidden register; showing it brings it up to date."""
    page.hide()
    with session_scope(store.engine) as s:
        meeting_id = meetings.meeting_on(session=s, day=data.second_meeting).id
        item_id = _focus_items(s, meeting_id)[0].id
    store.write(
        actions.decide_action,
        item_id=item_id,
        data=ActionCreate(description="Ny skylt vid torget", owner_organisation_id=data.police_id),
    )
    assert "Ny skylt vid torget" not in visible_actions(page)
    page.show()
    assert "Ny skylt vid torget" in visible_actions(page)


# --- an action's whole history --------------------------------------------------------------


def test_history_shows_answers_between_meetings(
    store: Store, page: RegisterPage, data: Data
) -> None:
    with session_scope(store.engine) as s:
        s.add(
            ActionAnswer(
                action_id=data.patrol_id,
                answer_key="patrol-1",
                export_id="export-1",
                source_file="S:/EST/2026-11-20/Polisen.xlsx",
                source_row=3,
                answered_on=data.second_meeting + timedelta(days=3),
                answered_by="Kommunpolisen",
                status="in_progress",
                comment="Tre kvällar från och med nu",
            )
        )
    page.refresh()
    select(page, "Extra patrullering i centrum")
    lines = page.history_view.toPlainText().splitlines()
    decided = lines.index(next(line for line in lines if line.startswith("Beslutad vid mötet")))
    reviewed, answered = lines[decided + 1], lines[decided + 2]
    assert reviewed.endswith("Pågår — Två kvällar i veckan")
    assert (data.second_meeting + timedelta(days=3)).isoformat() in answered
    assert "Kommunpolisen" in answered
    assert "Polisen.xlsx" in answered and "S:/EST" not in answered
    assert answered.endswith("Pågår — Tre kvällar från och med nu")


# --- several actions at once ---------------------------------------------------------------


@pytest.fixture
def questions(monkeypatch) -> list[str]:
    """Confirmations asked, answered yes; warnings shown."""
    asked: list[str] = []

    def question(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    def warning(parent, title, text, *args):
        asked.append(f"warning: {text}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", warning)
    return asked


def test_selecting_several_actions(page: RegisterPage) -> None:
    assert not page.reassign_button.isEnabled()
    assert not page.move_dates_button.isEnabled()
    select_several(page, "Belysning vid stationen", "Extra patrullering i centrum")
    assert len(page.selected_action_ids()) == 2
    assert page.reassign_button.isEnabled() and page.move_dates_button.isEnabled()
    assert page.selection_label.text() == page.tr("%n selected", "", 2)


def test_bulk_reassign_asks_then_moves(
    store: Store, page: RegisterPage, data: Data, questions: list[str], monkeypatch
) -> None:
    choose(page.status_filter, StatusFilter.ALL.value)
    offered: list[list[str]] = []

    def get_item(parent, title, label, items, *args):
        offered.append(items)
        return "Tullverket", True

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    select_several(page, "Belysning vid stationen", "Extra patrullering i centrum")
    page.reassign_button.click()

    assert "Polisen" in offered[0] and "Tullverket" in offered[0]
    [confirmation] = questions
    assert confirmation.startswith("2 ")
    assert "Tullverket" in confirmation
    department = owners_and_due_dates(store)["Sanera klotter på skolan"][0]
    assert department in confirmation and "Polisen" in confirmation
    owners = owners_and_due_dates(store)
    assert owners["Belysning vid stationen"][0] == "Tullverket"
    assert owners["Extra patrullering i centrum"][0] == "Tullverket"
    assert owners["Sanera klotter på skolan"][0] == department
    # the register shows it at once, and both stay selected for the next step
    shown = {page.proxy.index(r, 0).data(): page.proxy.index(r, 1).data() for r in range(3)}
    assert shown["Belysning vid stationen"] == "Tullverket"
    assert len(page.selected_action_ids()) == 2


def test_bulk_reassign_declined_changes_nothing(
    store: Store, page: RegisterPage, monkeypatch
) -> None:
    before = owners_and_due_dates(store)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a: ("Tullverket", True))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    select_several(page, "Belysning vid stationen", "Extra patrullering i centrum")
    page.reassign_button.click()
    assert owners_and_due_dates(store) == before


def test_bulk_change_of_a_closed_action_is_refused(
    store: Store, page: RegisterPage, questions: list[str], monkeypatch
) -> None:
    before = owners_and_due_dates(store)
    choose(page.status_filter, StatusFilter.ALL.value)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a: ("Tullverket", True))
    select_several(page, "Belysning vid stationen", "Sanera klotter på skolan")
    page.reassign_button.click()
    only_open = (
        "Only open actions can be changed. Leave out the actions that are done or cancelled."
    )
    assert questions == [f"warning: {tr_service(only_open)}"]  # refused before asking
    assert owners_and_due_dates(store) == before


def test_bulk_shift_of_due_dates(
    store: Store, page: RegisterPage, questions: list[str], monkeypatch
) -> None:
    asked: list[int] = []

    def ask(parent, count, today):
        asked.append(count)
        return None, 14

    monkeypatch.setattr(bulk_dialogs, "ask_due_date_change", ask)
    select_several(page, "Belysning vid stationen", "Extra patrullering i centrum")
    page.move_dates_button.click()
    assert asked == [2]
    [confirmation] = questions
    lights_old, lights_new = TODAY - timedelta(days=1), TODAY + timedelta(days=13)
    assert f"{lights_old.isoformat()} → {lights_new.isoformat()}: Belysning vid stationen" in (
        confirmation
    )
    due = {d: due for d, (_, due) in owners_and_due_dates(store).items()}
    assert due["Belysning vid stationen"] == lights_new
    assert due["Extra patrullering i centrum"] == TODAY + timedelta(days=44)
    choose(page.status_filter, StatusFilter.OVERDUE.value)
    assert visible_actions(page) == []


def test_bulk_new_due_date_in_the_past_is_refused(
    store: Store, page: RegisterPage, questions: list[str], monkeypatch
) -> None:
    before = owners_and_due_dates(store)
    monkeypatch.setattr(
        bulk_dialogs, "ask_due_date_change", lambda *a: (None, -3)
    )  # the lights were due yesterday
    select_several(page, "Belysning vid stationen", "Extra patrullering i centrum")
    page.move_dates_button.click()
    assert questions == [f"warning: {tr_service('The new due date must not be in the past.')}"]
    assert owners_and_due_dates(store) == before


def test_due_date_dialog_gives_a_date_or_days(qtbot) -> None:
    dialog = bulk_dialogs.DueDateDialog(3, TODAY)
    qtbot.addWidget(dialog)
    assert dialog.change() == (TODAY + timedelta(days=7), None)
    assert not dialog.days_edit.isEnabled()
    dialog.date_edit.setDate(qdate(TODAY + timedelta(days=10)))
    assert dialog.change() == (TODAY + timedelta(days=10), None)
    dialog.shift_choice.setChecked(True)
    assert dialog.date_edit.isEnabled() is False
    dialog.days_edit.setValue(-5)
    assert dialog.change() == (None, -5)


def test_double_click_asks_for_the_meeting_that_decided_the_action(
    qtbot, store: Store, page: RegisterPage, data: Data
) -> None:
    with session_scope(store.engine) as s:
        first = meetings.meeting_on(session=s, day=data.first_meeting).id
    index = page.proxy.index(0, 0)  # every action here was decided at the first meeting
    with qtbot.waitSignal(page.meeting_requested) as asked:
        page.open_meeting_of(index)
    assert asked.args == [first]


def test_double_click_in_the_window_opens_that_meeting(qtbot, engine, data: Data) -> None:
    from est_desktop.ui.main_window import MainWindow

    window = MainWindow(engine)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.register_tab)
    page = window.register_tab.page()
    index = page.proxy.index(0, 0)
    action_id = index.data(ID_ROLE)
    page.open_meeting_of(index)
    meeting_id = window.store.read(actions.meeting_of_action, action_id=action_id)
    assert window.meeting_id == meeting_id
    assert window.tabs.currentWidget() is window.workspace


def test_the_filtered_list_is_saved_for_excel_as_shown(
    qtbot, page: RegisterPage, data: Data, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    qtbot.keyClicks(page.text_filter, "klotter")
    shown = page.proxy.rowCount()
    saved = page.save_list(tmp_path / "register.xlsx")
    sheet = load_workbook(saved).active
    lines = [[c.value or "" for c in line] for line in sheet.iter_rows()]
    headers, rows = page.shown_cells()
    assert lines[0] == headers and "Ansvarig organisation" in headers
    assert len(lines) - 1 == shown == len(rows)
    assert all("klotter" in " ".join(line).lower() for line in lines[1:])
