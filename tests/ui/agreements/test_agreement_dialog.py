"""Starting the next agreement period: the current agreement copied, edited, created."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QTableView
from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlmodel import Session

from est_desktop.db import session_scope
from est_desktop.models import Agreement, AgreementGoal, FocusArea, GoalFocusArea, PlanActivity
from est_desktop.services.agreements import periods as agreement_periods
from est_desktop.services.agreements.periods import FocusAreaDraft, GoalDraft, PlanDraft
from est_desktop.ui.agreements.agreement_dialog import AgreementDialog
from est_desktop.ui.agreements.agreement_draft_models import (
    CarriersModel,
    focus_area_model,
    goal_model,
    plan_model,
)
from est_desktop.ui.common.convert import qdate
from est_desktop.ui.common.messages import tr_service
from est_desktop.ui.common.store import Store

OVERLAP = (
    "The period overlaps the period of another agreement. "
    "Choose dates outside every existing agreement period."
)
EMPTY_ACTIVITY = "Describe the activity of every plan row, or remove the empty rows."
EMPTY_GOAL = "Write the text of every goal, or remove the empty goals."


@pytest.fixture
def store(engine: Engine) -> Store:
    return Store(engine)


@pytest.fixture
def dialog(qtbot, store: Store) -> AgreementDialog:
    draft = store.read(agreement_periods.draft_from, agreement_id=1)
    widget = AgreementDialog(store, draft)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _texts(model, column: int = 0) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _select(table: QTableView, text: str) -> None:
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == text)
    table.setFocus()
    table.selectRow(row)


def _agreements(session: Session) -> list[Agreement]:
    return list(session.scalars(select(Agreement).order_by(Agreement.start_date)))


def test_the_draft_continues_the_current_agreement_for_four_years(
    dialog: AgreementDialog,
) -> None:
    assert dialog.name_edit.text() == "Samverkansöverenskommelse 2027–2030"
    assert dialog.start_edit.date() == qdate(date(2027, 1, 1))
    assert dialog.end_edit.date() == qdate(date(2030, 12, 31))
    assert not dialog.signed_check.isChecked()
    assert dialog.focus_model.rowCount() == 10
    assert _texts(dialog.focus_model)[:3] == [
        "Misshandel",
        "Olaga hot och ofredande",
        "Övrig stöld",
    ]
    assert _texts(dialog.focus_model, 2) == _texts(dialog.focus_model, 0)  # each continues itself
    assert dialog.plan_label.text().replace("&", "") == "Handlingsplan för Misshandel"
    assert _texts(dialog.plan_model) == [
        "Kartlägga var och när misshandelsbrott sker",
        "Fortsatt arbete mot våld i nära relation",
    ]
    assert dialog.goal_model.rowCount() == 7
    assert _texts(dialog.goal_model, 1)[0] == (
        "Misshandel, Olaga hot och ofredande, Övrig stöld, Bedrägerier, Skadegörelse"
    )
    ticked = [
        dialog.carriers_model.index(r, 0).data()
        for r in range(dialog.carriers_model.rowCount())
        if dialog.carriers_model.index(r, 0).data(Qt.ItemDataRole.CheckStateRole)
        == Qt.CheckState.Checked.value
    ]
    assert ticked == [
        "Misshandel",
        "Olaga hot och ofredande",
        "Övrig stöld",
        "Bedrägerier",
        "Skadegörelse",
    ]


def test_a_renamed_focus_area_is_created_and_keeps_its_goal(
    qtbot, dialog: AgreementDialog, store: Store
) -> None:
    _select(dialog.focus_table, "Trafik")
    dialog.area_name_edit.selectAll()
    qtbot.keyClicks(dialog.area_name_edit, "Trafik och parkering")
    assert "Trafik och parkering" in _texts(dialog.focus_model)
    assert _texts(dialog.goal_model, 1)[3] == "Trafik och parkering"

    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    with session_scope(store.engine) as session:
        old, new = _agreements(session)
        assert new.id == dialog.created_id
        assert (new.name, new.start_date, new.end_date, new.signed_on) == (
            "Samverkansöverenskommelse 2027–2030",
            date(2027, 1, 1),
            date(2030, 12, 31),
            None,
        )
        areas = list(
            session.scalars(
                select(FocusArea)
                .where(FocusArea.agreement_id == new.id)
                .order_by(FocusArea.position)
            )
        )
        assert len(areas) == 10
        renamed = areas[6]
        assert renamed.name == "Trafik och parkering"
        old_traffic = session.scalars(
            select(FocusArea).where(FocusArea.agreement_id == old.id, FocusArea.name == "Trafik")
        ).one()
        assert renamed.continues_id == old_traffic.id
        assert (
            len(
                session.scalars(
                    select(PlanActivity).where(PlanActivity.focus_area_id == renamed.id)
                ).all()
            )
            == 3
        )
        goal = session.scalars(
            select(AgreementGoal)
            .where(AgreementGoal.agreement_id == new.id)
            .order_by(AgreementGoal.position)
        ).all()[3]
        carriers = session.scalars(
            select(GoalFocusArea.focus_area_id).where(GoalFocusArea.goal_id == goal.id)
        ).all()
        assert carriers == [renamed.id]


def test_an_overlapping_period_is_refused_at_its_field(
    qtbot, dialog: AgreementDialog, store: Store
) -> None:
    dialog.start_edit.setDate(qdate(date(2026, 7, 1)))
    assert dialog.name_edit.text() == "Samverkansöverenskommelse 2026–2030"  # follows the dates
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    assert dialog.errors.message("start_date") == tr_service(OVERLAP)
    assert dialog.isVisible() and dialog.created_id is None
    with session_scope(store.engine) as session:
        assert len(_agreements(session)) == 1


def test_enter_in_a_field_does_not_create_the_agreement(
    qtbot, dialog: AgreementDialog, store: Store
) -> None:
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.created_id is None
    with session_scope(store.engine) as session:
        assert len(_agreements(session)) == 1


def test_focus_areas_and_plan_rows_are_added_moved_and_removed_from_the_keyboard(
    qtbot, dialog: AgreementDialog
) -> None:
    _select(dialog.focus_table, "Hamnen")
    qtbot.keyClick(dialog.focus_table, Qt.Key.Key_Insert)
    assert dialog.focus_model.rowCount() == 11
    assert dialog.area_name_edit.hasFocus()
    qtbot.keyClicks(dialog.area_name_edit, "Ungdomsbrottslighet")
    assert _texts(dialog.focus_model)[-1] == "Ungdomsbrottslighet"
    assert dialog.focus_model.index(10, 2).data() == dialog.tr("new")

    dialog.focus_table.setFocus()
    qtbot.keyClick(dialog.focus_table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert _texts(dialog.focus_model)[-2:] == ["Ungdomsbrottslighet", "Hamnen"]

    dialog.plan_table.setFocus()
    qtbot.keyClick(dialog.plan_table, Qt.Key.Key_Insert)
    assert dialog.activity_edit.hasFocus()
    dialog.activity_edit.insertPlainText("Kartlägga ungdomsbrott")  # keyClicks: ASCII only
    assert _texts(dialog.plan_model) == ["Kartlägga ungdomsbrott"]
    assert dialog.focus_model.index(9, 3).data() == "1"
    assert dialog.draft.focus_areas[9] == FocusAreaDraft(
        "Ungdomsbrottslighet", "", None, [PlanDraft("Kartlägga ungdomsbrott")]
    )

    _select(dialog.focus_table, "Bedrägerier")
    qtbot.keyClick(dialog.focus_table, Qt.Key.Key_Delete)
    assert "Bedrägerier" not in _texts(dialog.focus_model)
    assert _texts(dialog.goal_model, 1)[0] == (
        "Misshandel, Olaga hot och ofredande, Övrig stöld, Skadegörelse"
    )
    assert dialog.carriers_model.rowCount() == 10


def test_an_empty_plan_row_is_shown_on_the_focus_area_tab(
    qtbot, dialog: AgreementDialog, store: Store
) -> None:
    dialog.tabs.setCurrentIndex(1)
    _select(dialog.focus_table, "Narkotika")
    qtbot.mouseClick(dialog.plan_controls.buttons["add"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    assert dialog.tabs.currentIndex() == 0
    assert dialog.errors.message("focus_areas") == tr_service(EMPTY_ACTIVITY)
    with session_scope(store.engine) as session:
        assert len(_agreements(session)) == 1


def test_goals_are_edited_and_an_empty_one_is_refused(
    qtbot, dialog: AgreementDialog, store: Store
) -> None:
    dialog.tabs.setCurrentIndex(1)
    _select(dialog.goal_table, "Ingen etablering av kriminella nätverk.")
    carriers = dialog.carriers_model
    hamnen = carriers.index(9, 0)
    assert carriers.setData(hamnen, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert _texts(dialog.goal_model, 1)[5] == "Kriminella nätverk, Hamnen"

    qtbot.mouseClick(dialog.goal_controls.buttons["add"], Qt.MouseButton.LeftButton)
    assert dialog.goal_model.rowCount() == 8
    assert dialog.goal_text_edit.hasFocus()
    dialog.tabs.setCurrentIndex(0)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.tabs.currentIndex() == 1
    assert dialog.errors.message("goals") == tr_service(EMPTY_GOAL)

    dialog.goal_text_edit.insertPlainText("Tryggheten i hamnen ska öka")
    carriers.setData(
        carriers.index(9, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    assert dialog.created_id is not None
    draft = store.read(agreement_periods.draft_from, agreement_id=dialog.created_id)
    assert draft.goals[5] == GoalDraft(
        "Ingen etablering av kriminella nätverk.", ["Kriminella nätverk", "Hamnen"]
    )
    assert draft.goals[6].text == "Tryggheten i hamnen ska öka"
    assert draft.goals[6].focus_area_names == ["Hamnen"]


def test_signed_date_is_saved_when_ticked(qtbot, dialog: AgreementDialog, store: Store) -> None:
    dialog.signed_check.setChecked(True)
    dialog.signed_edit.setDate(qdate(date(2027, 2, 14)))
    assert dialog.create_agreement()
    with session_scope(store.engine) as session:
        assert _agreements(session)[-1].signed_on == date(2027, 2, 14)


def test_draft_models_pass_qt_model_tester(qtmodeltester, store: Store) -> None:
    draft = store.read(agreement_periods.draft_from, agreement_id=1)
    areas = focus_area_model(lambda area_id: "new" if area_id is None else "earlier")
    qtmodeltester.check(areas)
    areas.bind(draft.focus_areas)
    qtmodeltester.check(areas)
    areas.insert(2, FocusAreaDraft("Ny"))
    assert areas.move(2, 5) and areas.move(5, 0)
    assert not areas.move(0, -1)
    assert areas.remove(0).name == "Ny"
    assert areas.rowCount() == 10

    rows = plan_model()
    rows.bind(draft.focus_areas[5].plan)
    qtmodeltester.check(rows)
    rows.insert(rows.rowCount(), PlanDraft("Ny rad"))
    assert rows.move(4, 0)

    goals = goal_model(lambda goal: goal.focus_area_names)
    goals.bind(draft.goals)
    qtmodeltester.check(goals)
    goals.remove(6)
    assert goals.rowCount() == 6

    carriers = CarriersModel(draft.focus_areas)
    qtmodeltester.check(carriers)
    ticked: list[FocusAreaDraft] = []
    carriers.set_carriers(ticked)
    qtmodeltester.check(carriers)
    assert carriers.setData(
        carriers.index(3, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert ticked == [draft.focus_areas[3]]
    assert not carriers.setData(QModelIndex(), Qt.CheckState.Checked.value)


def test_no_message_box_is_needed_for_field_errors(
    qtbot, dialog: AgreementDialog, monkeypatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    dialog.name_edit.clear()
    dialog.end_edit.setDate(qdate(date(2026, 12, 1)))
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.message("name")
    assert dialog.errors.message("end_date")
    assert warnings == []
