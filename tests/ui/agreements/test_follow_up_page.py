"""The follow-up page as the ledningsgrupp uses it: bilaga 1 year by year, and the goals."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy import select
from sqlalchemy.engine import Engine

from est_desktop.db import session_scope
from est_desktop.models import (
    ActionCreate,
    ActionStatus,
    Agreement,
    AgreementGoal,
    MeetingCreate,
    PlanStatus,
)
from est_desktop.services import reference
from est_desktop.services.actions import decisions as actions
from est_desktop.services.agreements import follow_up
from est_desktop.services.agreements import periods as agreement_periods
from est_desktop.services.agreements.periods import AgreementDraft, FocusAreaDraft
from est_desktop.services.meetings import agenda as meetings
from est_desktop.ui.agreements.agreement_dialog import AgreementDialog
from est_desktop.ui.agreements.follow_up_models import (
    GoalModel,
    GoalPlanModel,
    HistoryModel,
    LinkedActionModel,
    PlanProxy,
    PlanRowModel,
)
from est_desktop.ui.agreements.follow_up_page import FollowUpPage
from est_desktop.ui.common import labels
from est_desktop.ui.common.messages import tr_service
from est_desktop.ui.common.store import Store

FOCUS_AREAS = [
    "Misshandel",
    "Olaga hot och ofredande",
    "Övrig stöld",
    "Bedrägerier",
    "Skadegörelse",
    "Narkotika",
    "Trafik",
    "Ordningsstörningar",
    "Kriminella nätverk",
    "Hamnen",
]
ONLY_AGREEMENT = "This is the only agreement, and the meetings need one. It cannot be deleted."


@pytest.fixture
def store(engine: Engine) -> Store:
    return Store(engine)


@pytest.fixture
def page(qtbot, store: Store) -> FollowUpPage:
    widget = FollowUpPage(store)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


@pytest.fixture
def answers(monkeypatch) -> dict[str, list[str]]:
    """Questions asked (answered with the first button offered) and warnings shown."""
    shown: dict[str, list[str]] = {"questions": [], "warnings": []}

    def question(parent, title, text, buttons=None, default=None):
        shown["questions"].append(text)
        if buttons is not None and buttons & QMessageBox.StandardButton.Save:
            return QMessageBox.StandardButton.Save
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text: shown["warnings"].append(text)
    )
    return shown


def _texts(model, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _row_id(store: Store, focus_area: str, index: int = 0) -> int:
    rows = store.read(follow_up.plan_rows, agreement_id=1, year=2025)
    return [r.id for r in rows if r.focus_area == focus_area][index]


def _shown_row(page: FollowUpPage, plan_activity_id: int) -> int:
    proxy = page.plan.proxy
    return next(
        row
        for row in range(proxy.rowCount())
        if proxy.index(row, 0).data(Qt.ItemDataRole.UserRole + 1) == plan_activity_id
    )


# --- bilaga 1 ---------------------------------------------------------------------


def test_the_action_plan_of_2023_2026_is_listed_row_by_row(page: FollowUpPage) -> None:
    assert page.agreement_combo.currentText() == "Samverkansöverenskommelse 2023–2026"
    assert [page.year_combo.itemText(i) for i in range(page.year_combo.count())] == [
        "2023",
        "2024",
        "2025",
        "2026",
    ]
    assert page.year() == min(max(date.today().year, 2023), 2026)
    proxy = page.plan.proxy
    assert proxy.rowCount() == 20
    assert list(dict.fromkeys(_texts(proxy, 0))) == FOCUS_AREAS
    assert _texts(proxy, 1)[0] == "Kartlägga var och när misshandelsbrott sker"
    assert set(_texts(proxy, PlanRowModel.STATUS)) == {labels.plan_status(PlanStatus.NOT_STARTED)}
    assert set(_texts(proxy, PlanRowModel.ACTIONS)) == {"0"}


def test_filtering_by_focus_area_and_sorting_by_status(page: FollowUpPage, store: Store) -> None:
    store.write(
        follow_up.set_plan_status,
        plan_activity_id=_row_id(store, "Trafik", 1),
        year=page.year(),
        status=PlanStatus.DONE,
        note="",
    )
    plan = page.plan
    plan.focus_filter.setCurrentIndex(plan.focus_filter.findText("Narkotika"))
    assert plan.proxy.rowCount() == 4
    assert set(_texts(plan.proxy, 0)) == {"Narkotika"}

    plan.focus_filter.setCurrentIndex(0)
    plan.table.sortByColumn(PlanRowModel.STATUS, Qt.SortOrder.DescendingOrder)
    assert _texts(plan.proxy, PlanRowModel.STATUS)[0] == labels.plan_status(PlanStatus.DONE)
    assert _texts(plan.proxy, 0)[0] == "Trafik"


def test_a_saved_status_and_note_show_in_the_table_and_stay(
    qtbot, page: FollowUpPage, store: Store
) -> None:
    row_id = _row_id(store, "Skadegörelse")
    page.year_combo.setCurrentIndex(page.year_combo.findData(2025))
    plan = page.plan
    assert plan.select_row(row_id)
    assert "Kartlägga var och när skadegörelsen sker på motorfordon" in plan.texts.toPlainText()

    plan.status_combo.setCurrentIndex(plan.status_combo.findData(PlanStatus.IN_PROGRESS))
    plan.note_edit.setPlainText("Kartläggning klar; åtgärder planeras med Trelleborgshem.")
    qtbot.keySequence(plan.note_edit, QKeySequence.StandardKey.Save)

    shown = _shown_row(page, row_id)
    status = plan.proxy.index(shown, PlanRowModel.STATUS).data()
    assert status == labels.plan_status(PlanStatus.IN_PROGRESS)
    assert plan.selected_row().id == row_id
    assert _texts(plan.history_model, 0) == ["2023", "2024", "2025", "2026"]
    assert _texts(plan.history_model, 1)[2] == labels.plan_status(PlanStatus.IN_PROGRESS)
    assert store.read(follow_up.plan_history, plan_activity_id=row_id)[2025] == (
        PlanStatus.IN_PROGRESS,
        "Kartläggning klar; åtgärder planeras med Trelleborgshem.",
    )

    again = FollowUpPage(store)
    qtbot.addWidget(again)
    again.show()
    again.year_combo.setCurrentIndex(again.year_combo.findData(2025))
    assert again.plan.select_row(row_id)
    assert again.plan.status_combo.currentData() == PlanStatus.IN_PROGRESS
    assert again.plan.note_edit.toPlainText() == (
        "Kartläggning klar; åtgärder planeras med Trelleborgshem."
    )
    # Another year of the same row has its own status.
    again.year_combo.setCurrentIndex(again.year_combo.findData(2024))
    assert again.plan.selected_row().id == row_id
    assert again.plan.status_combo.currentData() == PlanStatus.NOT_STARTED
    assert again.plan.note_edit.toPlainText() == ""


def test_leaving_an_unsaved_note_offers_to_save_it(
    qtbot, page: FollowUpPage, store: Store, answers
) -> None:
    first, second = _row_id(store, "Hamnen"), _row_id(store, "Hamnen", 1)
    plan = page.plan
    plan.select_row(first)
    plan.note_edit.setPlainText("Samverkan med Tullverket")
    plan.select_row(second)

    assert len(answers["questions"]) == 1
    assert plan.selected_row().id == second
    year = page.year()
    assert store.read(follow_up.plan_history, plan_activity_id=first)[year] == (
        PlanStatus.NOT_STARTED,
        "Samverkan med Tullverket",
    )
    # The table rereads once the change of selection is over.
    qtbot.waitUntil(lambda: plan.model.row_at(plan.model.row_of_id(first)).note != "")
    plan.select_row(first)
    assert plan.note_edit.toPlainText() == "Samverkan med Tullverket"
    assert len(answers["questions"]) == 1  # nothing unsaved the second time


def test_filtering_away_a_row_with_an_unsaved_note_offers_to_save_it(
    page: FollowUpPage, store: Store, answers
) -> None:
    row_id = _row_id(store, "Hamnen")
    plan = page.plan
    plan.select_row(row_id)
    plan.status_combo.setCurrentIndex(plan.status_combo.findData(PlanStatus.DONE))
    plan.focus_filter.setCurrentIndex(plan.focus_filter.findText("Narkotika"))

    assert len(answers["questions"]) == 1
    assert plan.proxy.rowCount() == 4
    assert store.read(follow_up.plan_history, plan_activity_id=row_id)[page.year()][0] == (
        PlanStatus.DONE
    )
    assert plan.selected_row().id == _row_id(store, "Narkotika")
    assert plan.status_combo.currentData() == PlanStatus.NOT_STARTED
    shown = plan.model.row_of_id(row_id)
    status = plan.model.index(shown, PlanRowModel.STATUS).data()
    assert status == labels.plan_status(PlanStatus.DONE)


def test_typed_text_survives_a_change_saved_elsewhere(page: FollowUpPage, store: Store) -> None:
    row_id = _row_id(store, "Trafik")
    page.plan.select_row(row_id)
    page.plan.note_edit.setPlainText("Halvskrivet")
    store.write(follow_up.set_goal_note, goal_id=1, note="Från ett annat fönster")
    assert page.plan.selected_row().id == row_id
    assert page.plan.note_edit.toPlainText() == "Halvskrivet"


def test_a_linked_action_appears_under_its_row(qtbot, store: Store, engine: Engine) -> None:
    day = date.today() - timedelta(days=14)
    with session_scope(engine) as session:
        meeting = meetings.create_meeting(session=session, data=MeetingCreate(date=day))
        item = next(
            i
            for i in meetings.agenda(session=session, meeting_id=meeting.id)
            if i.title == "Skadegörelse"
        )
        owner = next(
            o for o in reference.organisations(session=session) if o.name == "Socialförvaltningen"
        )
        action = actions.decide_action(
            session=session,
            item_id=item.id,
            data=ActionCreate(
                description="Kartlägga skadegörelse på bilar i centrum",
                owner_organisation_id=owner.id,
                due_date=day + timedelta(days=60),
            ),
        )
        follow_up.link_action(
            session=session, action_id=action.id, plan_activity_id=_row_id(store, "Skadegörelse")
        )
    page = FollowUpPage(store)
    qtbot.addWidget(page)
    page.show()
    row_id = _row_id(store, "Skadegörelse")
    assert page.plan.proxy.index(_shown_row(page, row_id), PlanRowModel.ACTIONS).data() == "1"

    page.plan.select_row(row_id)
    linked = page.plan.actions_model
    assert linked.rowCount() == 1
    assert [linked.index(0, c).data() for c in range(4)] == [
        "Kartlägga skadegörelse på bilar i centrum",
        "Socialförvaltningen",
        labels.action_status(ActionStatus.NEW),
        (day + timedelta(days=60)).isoformat(),
    ]
    page.plan.select_row(_row_id(store, "Skadegörelse", 1))
    assert page.plan.actions_model.rowCount() == 0


# --- the overall goals --------------------------------------------------------------------


def test_the_goals_tab_lists_seven_goals_with_their_focus_areas(page: FollowUpPage) -> None:
    page.tabs.setCurrentWidget(page.goals)
    model = page.goals.model
    assert model.rowCount() == 7
    assert model.index(0, 0).data().startswith("Brottsstatistik för misshandel")
    assert _texts(model, 1) == [
        "Misshandel, Olaga hot och ofredande, Övrig stöld, Bedrägerier, Skadegörelse",
        "Narkotika",
        "Narkotika",
        "Trafik",
        "Ordningsstörningar",
        "Kriminella nätverk",
        "Hamnen",
    ]
    assert model.index(0, 2).data().replace("\u00a0", " ") == (
        "2023: 0 · 2024: 0 · 2025: 0 · 2026: 0"
    )
    assert not page.year_combo.isEnabled()  # the goals are weighed over the whole period
    assert page.goals.selected_goal().id == model.row_at(0).id
    assert page.goals.plan_model.rowCount() == 7  # bilaga 1 rows of the five focus areas


def test_a_goal_note_is_saved(qtbot, page: FollowUpPage, store: Store) -> None:
    page.tabs.setCurrentWidget(page.goals)
    goals = page.goals
    goal_id = goals.model.row_at(3).id
    goals.select_goal(goal_id)
    goals.note_edit.setPlainText("Färre klagomål på buskörning 2025.")
    qtbot.mouseClick(goals.save_button, Qt.MouseButton.LeftButton)

    with session_scope(store.engine) as session:
        assert session.get(AgreementGoal, goal_id).note == "Färre klagomål på buskörning 2025."
    assert goals.selected_goal().note == "Färre klagomål på buskörning 2025."


# --- agreements -----------------------------------------------------------------------


def test_the_only_agreement_cannot_be_deleted(page: FollowUpPage, store: Store, answers) -> None:
    assert not page.delete_agreement()
    assert answers["warnings"] == [tr_service(ONLY_AGREEMENT)]
    assert len(store.read(agreement_periods.agreements_overview, today=date.today())) == 1


def test_an_agreement_entered_by_mistake_is_deleted(
    page: FollowUpPage, store: Store, answers
) -> None:
    created = store.write(
        agreement_periods.create_agreement,
        draft=AgreementDraft(
            name="Fel period",
            start_date=date(2031, 1, 1),
            end_date=date(2034, 12, 31),
            focus_areas=[FocusAreaDraft("Trafik")],
        ),
    )
    assert page.select_agreement(created.id)
    assert page.plan.proxy.rowCount() == 0
    assert page.year_combo.itemText(0) == "2031"

    assert page.delete_agreement()
    assert "Fel period" in answers["questions"][0]
    assert page.agreement_combo.count() == 1
    assert page.agreement_combo.currentText() == "Samverkansöverenskommelse 2023–2026"
    assert page.plan.proxy.rowCount() == 20


def test_a_new_period_is_created_and_shown(page: FollowUpPage, store: Store, monkeypatch) -> None:
    def create_at_once(dialog: AgreementDialog) -> int:
        assert dialog.create_agreement()
        return AgreementDialog.DialogCode.Accepted

    monkeypatch.setattr(AgreementDialog, "exec", create_at_once)
    assert page.new_agreement()

    assert page.agreement_combo.currentText() == "Samverkansöverenskommelse 2027–2030"
    assert page.year_combo.itemText(0) == "2027"
    assert page.plan.proxy.rowCount() == 20
    page.tabs.setCurrentWidget(page.goals)
    assert page.goals.model.rowCount() == 7
    with session_scope(store.engine) as session:
        assert len(session.scalars(select(Agreement)).all()) == 2


# --- the models -------------------------------------------------------------------------


def test_every_model_passes_qt_model_tester(qtmodeltester, store: Store, engine: Engine) -> None:
    row_id = _row_id(store, "Narkotika")
    store.write(
        follow_up.set_plan_status,
        plan_activity_id=row_id,
        year=2025,
        status=PlanStatus.DONE,
        note="Drogscenen vid stationen borta",
    )
    rows = store.read(follow_up.plan_rows, agreement_id=1, year=2025)
    history = store.read(follow_up.plan_history, plan_activity_id=row_id)
    evidence = store.read(follow_up.goal_evidence, agreement_id=1, today=date.today())
    linked = [
        follow_up.LinkedAction(
            1, "Kartlägga", "Polisen", ActionStatus.NEW, date.today() - timedelta(1), None
        ),
        follow_up.LinkedAction(
            2, "Följa upp", "Socialförvaltningen", ActionStatus.DONE, None, None
        ),
    ]
    for model, data in (
        (PlanRowModel(), rows),
        (HistoryModel(), [(y, s, n) for y, (s, n) in history.items()]),
        (LinkedActionModel(), linked),
        (GoalModel(), evidence),
        (GoalPlanModel(), evidence[0].plan),
    ):
        qtmodeltester.check(model)
        model.set_rows(data)
        assert model.rowCount() == len(data)
        qtmodeltester.check(model)

    source = PlanRowModel()
    source.set_rows(rows)
    proxy = PlanProxy()
    proxy.setSourceModel(source)
    proxy.set_focus_area(rows[-1].focus_area_id)
    assert proxy.rowCount() == 2
    qtmodeltester.check(proxy)


def test_mnemonics_on_each_tab_are_distinct(page: FollowUpPage) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar

    for tab in (page.plan, page.goals):
        page.tabs.setCurrentWidget(tab)
        letters: list[str] = []
        for widget in page.findChildren(QWidget):
            if not widget.isVisibleTo(page):
                continue
            if isinstance(widget, QLabel) and widget.buddy() is not None:
                texts = [widget.text()]
            elif isinstance(widget, QAbstractButton):
                texts = [widget.text()]
            elif isinstance(widget, QTabBar):
                texts = [widget.tabText(i) for i in range(widget.count())]
            else:
                continue
            letters += [k for t in texts if (k := QKeySequence.mnemonic(t).toString())]
        assert letters and len(letters) == len(set(letters)), sorted(letters)
