"""The next agreement period: the current agreement copied, edited, then created in one go.

Everything is edited in the ``AgreementDraft`` (plain objects); nothing reaches the
database until the services accept the whole draft.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...errors import KnownError, ValidationError
from ...models import saved_id
from ...services.agreements import in_force as agreements
from ...services.agreements import periods as agreement_periods
from ...services.agreements.periods import AgreementDraft, FocusAreaDraft, GoalDraft, PlanDraft
from ..common.convert import date_edit, edited_date
from ..common.messages import FieldErrors, show_error
from ..common.store import Store
from ..common.tabs import tab_widget
from ..common.views import row_table
from .agreement_draft_models import (
    CarriersModel,
    DraftRowsModel,
    ListControls,
    focus_area_model,
    goal_model,
    ordered_names,
    plan_model,
    select_row,
    selected_row,
)


def _earlier_focus_areas(*, session) -> list[tuple[int, str, str]]:
    """Every existing focus area a new one can continue: id, name, name with its period."""
    found = []
    for row in agreement_periods.agreements_overview(session=session, today=date.today()):
        period = f"{row.start_date.year}–{row.end_date.year}"
        for area in agreements.focus_areas(session=session, agreement_id=row.id):
            found.append((saved_id(area), area.name, f"{area.name} ({period})"))
    return found


def _text_edit(lines: int) -> QPlainTextEdit:
    """A text field at least ``lines`` high; Tab moves on rather than typing a tab."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


class AgreementDialog(QDialog):
    def __init__(self, store: Store, draft: AgreementDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New agreement period"))
        self._store = store
        self.draft = draft
        self.created_id: int | None = None
        self.errors = FieldErrors()
        self._loading = False
        earlier = store.read(_earlier_focus_areas)
        self._earlier_names = {area_id: name for area_id, name, _label in earlier}
        # Goals point at focus area objects while editing; names only when created.
        self._carriers: dict[int, list[FocusAreaDraft]] = {}
        for goal in draft.goals:
            wanted = {" ".join(n.split()) for n in goal.focus_area_names}
            self._carriers[id(goal)] = [a for a in draft.focus_areas if a.name in wanted]

        self._build_period_fields()
        self.tabs = tab_widget()
        self.tabs.addTab(self._build_focus_tab(earlier), self.tr("&Focus areas and action plan"))
        self.tabs.addTab(self._build_goals_tab(), self.tr("Overall goa&ls"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.create_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("C&reate agreement"))
        self.create_button.setAutoDefault(False)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        buttons.accepted.connect(self.create_agreement)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(self.period_form)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(1200, 780)

        self.focus_model.bind(draft.focus_areas)
        self.goal_model.bind(draft.goals)
        select_row(self.focus_table, 0)
        select_row(self.goal_table, 0)
        self._focus_area_selected()
        self._goal_selected()
        self.name_edit.setFocus()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        # Enter in a field must not create the agreement half edited; the button box
        # makes its OK button the default whenever it is shown.
        self.create_button.setDefault(False)

    # --- building ---------------------------------------------------------------------

    def _build_period_fields(self) -> None:
        draft = self.draft
        self.name_edit = QLineEdit(draft.name)
        self.start_edit = date_edit(draft.start_date)
        self.end_edit = date_edit(draft.end_date)
        self.signed_check = QCheckBox(self.tr("Signe&d on"))
        self.signed_edit = date_edit(draft.signed_on or date.today())
        self.signed_check.setChecked(draft.signed_on is not None)
        self.signed_edit.setEnabled(draft.signed_on is not None)
        self.signed_check.toggled.connect(self.signed_edit.setEnabled)
        self.start_edit.dateChanged.connect(self._dates_edited)
        self.end_edit.dateChanged.connect(self._dates_edited)

        end_label = QLabel(self.tr("&End"))
        end_label.setBuddy(self.end_edit)
        dates = QWidget()
        row = QHBoxLayout(dates)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.start_edit, end_label, self.end_edit):
            row.addWidget(widget)
        row.addSpacing(24)
        row.addWidget(self.signed_check)
        row.addWidget(self.signed_edit)
        row.addStretch()
        # One error line each for the start and the end, under the whole row of dates.
        dates.setFocusProxy(self.start_edit)
        start_errors = self.errors.wrap("start_date", dates)
        start_errors.setFocusProxy(self.end_edit)
        name_label = QLabel(self.tr("&Name"))
        name_label.setBuddy(self.name_edit)
        start_label = QLabel(self.tr("&Start"))
        start_label.setBuddy(self.start_edit)
        form = QFormLayout()
        form.addRow(name_label, self.errors.wrap("name", self.name_edit))
        form.addRow(start_label, self.errors.wrap("end_date", start_errors))
        self.period_form = form

    def _build_focus_tab(self, earlier: list[tuple[int, str, str]]) -> QWidget:
        self.focus_model = focus_area_model(self._continues_text, self)
        self.focus_table = self._draft_table(self.focus_model, stretch=0)
        self.focus_controls = ListControls(
            self.focus_table,
            self.focus_model,
            lambda: FocusAreaDraft(""),
            self._focus_areas_changed,
        )
        self.area_name_edit = QLineEdit()
        self.section_edit = QLineEdit()
        self.section_edit.setPlaceholderText(self.tr("e.g. 3.1 Brottsstatistik"))
        self.continues_combo = QComboBox()
        self.continues_combo.addItem(self.tr("— new focus area —"), None)
        for area_id, _name, label in earlier:
            self.continues_combo.addItem(label, area_id)
        self.area_name_edit.textEdited.connect(self._area_edited)
        self.section_edit.textEdited.connect(self._area_edited)
        self.continues_combo.currentIndexChanged.connect(self._area_edited)
        self.area_box = QGroupBox(self.tr("Selected focus area"))
        area_form = QFormLayout(self.area_box)
        area_form.addRow(self.tr("Na&me"), self.area_name_edit)
        area_form.addRow(self.tr("Sec&tion"), self.section_edit)
        area_form.addRow(self.tr("&Continues"), self.continues_combo)
        continues_hint = QLabel(
            self.tr("A focus area that continues an earlier one keeps its trends comparable.")
        )
        continues_hint.setWordWrap(True)
        continues_hint.setStyleSheet("color: #555;")
        area_form.addRow("", continues_hint)

        self.plan_model = plan_model(self)
        self.plan_table = self._draft_table(self.plan_model, stretch=0)
        header = self.plan_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((1, 210), (2, 140), (3, 190)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.plan_controls = ListControls(
            self.plan_table, self.plan_model, PlanDraft, self._plan_rows_changed
        )
        self.activity_edit = _text_edit(2)
        self.measure_edit = _text_edit(2)
        self.follow_up_edit = _text_edit(2)
        self.plan_goal_edit = _text_edit(2)
        for edit in self._plan_edits():
            edit.textChanged.connect(self._plan_row_edited)
        self.plan_box = QGroupBox(self.tr("Selected row of the action plan"))
        plan_form = QFormLayout(self.plan_box)
        plan_form.addRow(self.tr("Acti&vity"), self.activity_edit)
        plan_form.addRow(self.tr("Meas&ure"), self.measure_edit)
        plan_form.addRow(self.tr("Follo&w-up"), self.follow_up_edit)
        plan_form.addRow(self.tr("G&oal"), self.plan_goal_edit)

        self.focus_label = QLabel(self.tr("Focus &areas, in the order of the agenda"))
        self.focus_label.setBuddy(self.focus_table)
        self.plan_label = QLabel()
        self.plan_label.setBuddy(self.plan_table)
        areas = self._side_by_side(
            self._listing(
                self.focus_label,
                self.errors.wrap("focus_areas", self.focus_table),
                self.focus_controls,
            ),
            self.area_box,
        )
        plan = self._side_by_side(
            self._listing(self.plan_label, self.plan_table, self.plan_controls), self.plan_box
        )
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(areas)
        splitter.addWidget(plan)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([300, 340])
        self.focus_table.selectionModel().selectionChanged.connect(self._focus_area_selected)
        self.plan_table.selectionModel().selectionChanged.connect(self._plan_row_selected)
        return splitter

    def _build_goals_tab(self) -> QWidget:
        self.goal_model = goal_model(self._carrier_names, self)
        self.goal_table = self._draft_table(self.goal_model, stretch=0)
        header = self.goal_table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 260)
        self.goal_table.setWordWrap(True)
        self.goal_table.setStyleSheet("QTableView::item { padding: 4px 2px; }")
        self.goal_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.goal_controls = ListControls(
            self.goal_table, self.goal_model, lambda: GoalDraft(""), self._goals_changed
        )
        self.goal_text_edit = _text_edit(3)
        self.goal_text_edit.textChanged.connect(self._goal_edited)
        self.carriers_model = CarriersModel(self.draft.focus_areas, self)
        self.carriers_model.toggled.connect(self._carriers_toggled)
        self.carriers_view = QListView()
        self.carriers_view.setModel(self.carriers_model)
        self.carriers_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.goal_box = QGroupBox(self.tr("Selected goal"))
        goal_form = QVBoxLayout(self.goal_box)
        for text, widget in (
            (self.tr("Goal te&xt"), self.goal_text_edit),
            (self.tr("Carried &by these focus areas (Space ticks)"), self.carriers_view),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            goal_form.addWidget(label)
            goal_form.addWidget(widget)
        goal_form.setStretch(1, 1)
        goal_form.setStretch(3, 2)
        goals_label = QLabel(self.tr("&Goals"))
        goals_label.setBuddy(self.goal_table)
        tab = self._side_by_side(
            self._listing(
                goals_label, self.errors.wrap("goals", self.goal_table), self.goal_controls
            ),
            self.goal_box,
        )
        self.goal_table.selectionModel().selectionChanged.connect(self._goal_selected)
        return tab

    def _draft_table(self, model: DraftRowsModel, stretch: int) -> QTableView:
        table = row_table(model, stretch=stretch)
        table.setTabKeyNavigation(False)
        return table

    @staticmethod
    def _listing(label: QLabel, table: QWidget, controls: QWidget) -> QWidget:
        widget = QWidget()
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(table, 1)
        layout.addWidget(controls)
        return widget

    @staticmethod
    def _side_by_side(listing: QWidget, form: QWidget) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(listing)
        splitter.addWidget(form)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([680, 460])
        return splitter

    def _plan_edits(self) -> tuple[QPlainTextEdit, ...]:
        return (self.activity_edit, self.measure_edit, self.follow_up_edit, self.plan_goal_edit)

    # --- texts shown for draft parts ------------------------------------------------------

    def _continues_text(self, area_id: int | None) -> str:
        if area_id is None:
            return self.tr("new")
        return self._earlier_names.get(area_id, "?")

    def _carrier_names(self, goal: GoalDraft) -> list[str]:
        return ordered_names(self._carriers.setdefault(id(goal), []), self.draft.focus_areas)

    # --- the period -----------------------------------------------------------------------

    def _dates(self) -> tuple[date, date]:
        return edited_date(self.start_edit), edited_date(self.end_edit)

    def _dates_edited(self) -> None:
        """Keeps the generated name in step with the dates until the user writes their own."""
        old_start, old_end = self.draft.start_date, self.draft.end_date
        start, end = self._dates()
        if (
            old_start is not None
            and old_end is not None
            and self.name_edit.text() == agreement_periods.period_name(old_start, old_end)
        ):
            self.name_edit.setText(agreement_periods.period_name(start, end))
        self.draft.start_date, self.draft.end_date = start, end

    # --- focus areas ----------------------------------------------------------------------

    def _current_area(self) -> FocusAreaDraft | None:
        row = selected_row(self.focus_table)
        return self.draft.focus_areas[row] if row >= 0 else None

    def _focus_area_selected(self) -> None:
        area = self._current_area()
        self._loading = True
        try:
            self.area_name_edit.setText(area.name if area else "")
            self.section_edit.setText(area.section if area else "")
            index = self.continues_combo.findData(area.continues_id if area else None)
            self.continues_combo.setCurrentIndex(max(index, 0))
        finally:
            self._loading = False
        self.area_box.setEnabled(area is not None)
        self.focus_controls.update_enabled()
        self.plan_model.bind(area.plan if area else [])
        name = area.name.strip() if area and area.name.strip() else "—"
        self.plan_label.setText(self.tr("Action &plan of %1").replace("%1", name))
        select_row(self.plan_table, 0)
        self._plan_row_selected()

    def _area_edited(self) -> None:
        area = self._current_area()
        if self._loading or area is None:
            return
        area.name = self.area_name_edit.text()
        area.section = self.section_edit.text()
        area.continues_id = self.continues_combo.currentData()
        self.focus_model.row_changed(selected_row(self.focus_table))
        self.goal_model.all_changed()
        self.carriers_model.areas_changed()
        name = area.name.strip() or "—"
        self.plan_label.setText(self.tr("Action &plan of %1").replace("%1", name))

    def _focus_areas_changed(self, row: int) -> None:
        """After an add, remove or move: goals and ticks follow, and a new area gets its name."""
        self.goal_model.all_changed()
        self.carriers_model.areas_changed()
        self._focus_area_selected()
        area = self._current_area()
        if area is not None and not area.name:
            self.area_name_edit.setFocus()

    # --- plan rows --------------------------------------------------------------------------

    def _current_plan_row(self) -> PlanDraft | None:
        area = self._current_area()
        row = selected_row(self.plan_table)
        return area.plan[row] if area is not None and row >= 0 else None

    def _plan_row_selected(self) -> None:
        plan_row = self._current_plan_row()
        self._loading = True
        try:
            for edit, text in zip(
                self._plan_edits(),
                (
                    (plan_row.activity, plan_row.measure, plan_row.follow_up, plan_row.goal)
                    if plan_row
                    else ("", "", "", "")
                ),
                strict=True,
            ):
                edit.setPlainText(text)
        finally:
            self._loading = False
        self.plan_box.setEnabled(plan_row is not None)
        self.plan_controls.update_enabled(self._current_area() is not None)

    def _plan_row_edited(self) -> None:
        plan_row = self._current_plan_row()
        if self._loading or plan_row is None:
            return
        plan_row.activity = self.activity_edit.toPlainText()
        plan_row.measure = self.measure_edit.toPlainText()
        plan_row.follow_up = self.follow_up_edit.toPlainText()
        plan_row.goal = self.plan_goal_edit.toPlainText()
        self.plan_model.row_changed(selected_row(self.plan_table))

    def _plan_rows_changed(self, row: int) -> None:
        self.focus_model.row_changed(selected_row(self.focus_table))
        self._plan_row_selected()
        if self._current_plan_row() is not None and not self.activity_edit.toPlainText():
            self.activity_edit.setFocus()

    # --- goals ------------------------------------------------------------------------------

    def _current_goal(self) -> GoalDraft | None:
        row = selected_row(self.goal_table)
        return self.draft.goals[row] if row >= 0 else None

    def _goal_selected(self) -> None:
        goal = self._current_goal()
        self._loading = True
        try:
            self.goal_text_edit.setPlainText(goal.text if goal else "")
        finally:
            self._loading = False
        self.carriers_model.set_carriers(self._carriers.setdefault(id(goal), []) if goal else None)
        self.goal_box.setEnabled(goal is not None)
        self.goal_controls.update_enabled()

    def _goal_edited(self) -> None:
        goal = self._current_goal()
        if self._loading or goal is None:
            return
        goal.text = self.goal_text_edit.toPlainText()
        self.goal_model.row_changed(selected_row(self.goal_table))

    def _carriers_toggled(self) -> None:
        self.goal_model.row_changed(selected_row(self.goal_table))

    def _goals_changed(self, row: int) -> None:
        # A removed goal's id() may be reused by the next new goal: forget its ticks now.
        live = {id(g) for g in self.draft.goals}
        self._carriers = {key: areas for key, areas in self._carriers.items() if key in live}
        self._goal_selected()
        goal = self._current_goal()
        if goal is not None and not goal.text:
            self.goal_text_edit.setFocus()

    # --- creating ---------------------------------------------------------------------------

    def finished_draft(self) -> AgreementDraft:
        """The draft as the services take it: dates and signing from the fields, goals by name."""
        draft = self.draft
        draft.name = self.name_edit.text()
        draft.start_date, draft.end_date = self._dates()
        draft.signed_on = edited_date(self.signed_edit) if self.signed_check.isChecked() else None
        for goal in draft.goals:
            goal.focus_area_names = self._carrier_names(goal)
        return draft

    def create_agreement(self) -> bool:
        draft = self.finished_draft()
        try:
            errors = self._store.read(agreement_periods.validate_draft, draft=draft)
            if errors:
                raise ValidationError(errors)
            agreement = self._store.write(agreement_periods.create_agreement, draft=draft)
        except ValidationError as error:
            self._show_errors(error)
            return False
        except KnownError as error:
            show_error(self, error)
            return False
        self.created_id = agreement.id
        self.accept()
        return True

    def _show_errors(self, error: ValidationError) -> None:
        for field, tab in (("focus_areas", 0), ("goals", 1)):
            if field in error.errors:
                self.tabs.setCurrentIndex(tab)
                break
        self.errors.show(error, self)
