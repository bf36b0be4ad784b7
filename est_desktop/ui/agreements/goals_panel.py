"""The overall goals tab of the follow-up page: each goal with the evidence for it."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...services.agreements import follow_up
from ...services.agreements.follow_up import GoalEvidence
from ..common.store import Store
from ..common.views import row_table
from .follow_up_models import GoalModel, GoalPlanModel
from .follow_up_panels import (
    EditingPanel,
    compact,
    labelled,
    note_edit,
    panel_columns,
    select_id,
    selected_row,
    wrapping,
)


class GoalsPanel(EditingPanel):
    """The overall goals with what each rests on, and the ledningsgrupp's note on each."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.agreement_id: int | None = None

        self.confidential = QCheckBox(self.tr("&Count confidential incidents"))
        self.model = GoalModel(self)
        self.table = row_table(self.model, stretch=GoalModel.GOAL)
        panel_columns(self.table, stretch=(GoalModel.GOAL, 1), fit=(2,), widths={3: 175, 4: 175})
        wrapping(self.table)
        self.goal_text = QLabel()
        self.goal_text.setWordWrap(True)
        self.goal_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.plan_model = GoalPlanModel(self)
        self.plan_table = row_table(self.plan_model, stretch=1)
        compact(self.plan_table)
        self.note_edit = note_edit()
        self.note_edit.setPlaceholderText(
            self.tr("The ledningsgrupp's assessment: is the goal being reached?")
        )
        self.save_button = QPushButton(self.tr("Sa&ve"))
        self.save_button.setToolTip(self.tr("Save the note (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)

        plan = QWidget()
        plan_layout = QVBoxLayout(plan)
        plan_layout.setContentsMargins(0, 0, 0, 0)
        plan_layout.addWidget(self.goal_text)
        plan_layout.addWidget(labelled(self.tr("Action plan &rows of the goal"), self.plan_table))
        plan_layout.addWidget(self.plan_table, 1)
        self.editor = QWidget()
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(labelled(self.tr("No&te on the goal"), self.note_edit))
        editor_layout.addWidget(self.note_edit, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.saved_label)
        buttons.addStretch()
        editor_layout.addLayout(buttons)

        detail = QSplitter(Qt.Orientation.Horizontal)
        detail.addWidget(plan)
        detail.addWidget(self.editor)
        detail.setSizes([760, 500])
        detail.setChildrenCollapsible(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setSizes([310, 320])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.confidential)
        layout.addWidget(splitter, 1)

        self.confidential.toggled.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.note_edit.textChanged.connect(self._edited)
        self._show(None)

    def show_agreement(self, agreement_id: int | None) -> None:
        if agreement_id != self.agreement_id:
            self.leave()
            self.agreement_id = agreement_id
        self.refresh()

    def _reload(self) -> None:
        goals: list[GoalEvidence] = []
        if self.agreement_id is not None:
            goals = self._store.read(
                follow_up.goal_evidence,
                agreement_id=self.agreement_id,
                today=date.today(),
                include_confidential=self.confidential.isChecked(),
            )
        selected = selected_row(self.table)
        self._loading = True
        try:
            self.model.update_rows(goals)
            if goals and selected_row(self.table) is None:
                if selected is None or not select_id(self.table, self.model, selected.id):
                    select_id(self.table, self.model, goals[0].id)
        finally:
            self._loading = False
        self._show(selected_row(self.table))

    def selected_goal(self) -> GoalEvidence | None:
        return selected_row(self.table)

    def select_goal(self, goal_id: int) -> bool:
        return select_id(self.table, self.model, goal_id)

    def _key(self, item: GoalEvidence) -> tuple[int, ...]:
        return (item.id,)

    def _show(self, goal: GoalEvidence | None) -> None:
        key = None if goal is None else self._key(goal)
        keep_typed = self.dirty and key == self._editing
        self._editing = key
        self._loading = True
        try:
            if not keep_typed:
                self.dirty = False
                self.saved_label.clear()
                self.note_edit.setPlainText(goal.note if goal is not None else "")
        finally:
            self._loading = False
        self.editor.setEnabled(goal is not None)
        self.goal_text.setText(f"<b>{html.escape(goal.text)}</b>" if goal is not None else "")
        self.plan_model.set_rows(goal.plan if goal is not None else [])

    def _write(self, key: tuple[int, ...]) -> bool:
        return self._run(follow_up.set_goal_note, goal_id=key[0], note=self.note_edit.toPlainText())
