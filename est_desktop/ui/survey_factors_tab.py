"""Settings tab for the weekly rapportör survey's factors: what the survey asks about, and
the focus area whose agenda item shows each factor's answers.

Built like the settings page's other lists (list on the left, form on the right); its own
widget because the form carries a focus-area choice that the shared list editor does not
have, and the settings page imports this module, so this one cannot import it back.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..errors import KnownError, ValidationError
from ..models import saved_id
from ..services.agreements import in_force as agreements
from ..services.imports.survey_factors import (
    FactorRow,
    delete_factor,
    factor_rows,
    save_factor,
)
from ..text import swedish_sort_key
from .common.messages import FieldErrors, show_error
from .common.rowmodel import ID_ROLE, ROW_ROLE, SORT_ROLE, Column, RowTableModel
from .common.store import Store
from .common.views import RefreshWhenShown, row_table

FORM_WIDTH = 420


class SurveyFactorListModel(RowTableModel[FactorRow]):
    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Focus area"), lambda r: r.focus_area or "—"),
                Column(self.tr("Active"), lambda r: self.tr("Yes") if r.active else self.tr("No")),
                Column(
                    self.tr("Weeks with answers"),
                    lambda r: str(r.weeks),
                    sort_key=lambda r: r.weeks,
                    align_right=True,
                ),
            ],
            row_id=lambda r: r.id,
            parent=parent,
        )


class SurveyFactorsTab(QWidget):
    """The factors in the order the survey asks them; pick one to edit it, or start a new one."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._loading = False
        self.editing_id: int | None = None
        self.errors = FieldErrors()

        self.model = SurveyFactorListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortLocaleAware(True)
        self.table = row_table(self.proxy, stretch=0, sortable=True)
        # No column sorted until the user clicks one: the survey's own order.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)

        intro = QLabel(
            self.tr(
                "The weekly survey asks the rapportörer about each active factor. A factor "
                "tied to a focus area is shown at that focus area's agenda item."
            )
        )
        intro.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.returnPressed.connect(self.save)
        self.focus_combo = QComboBox()
        self.active_check = QCheckBox(self.tr("Active (asked in the survey)"))
        self.new_button = QPushButton(self.tr("&New"))
        self.new_button.clicked.connect(self.start_new)
        self.save_button = QPushButton(self.tr("Sa&ve"))
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.delete_button.clicked.connect(self.delete)

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.errors.wrap("name", self.name_edit))
        form.addRow(self.tr("Focus area"), self.errors.wrap("focus_area_id", self.focus_combo))
        form.addRow("", self.active_check)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch()
        self.form_box = QGroupBox()
        self.form_box.setFixedWidth(FORM_WIDTH)
        box_layout = QVBoxLayout(self.form_box)
        box_layout.addLayout(form)
        box_layout.addLayout(buttons)

        intro.setFixedWidth(FORM_WIDTH)
        side = QVBoxLayout()
        side.addWidget(intro)
        side.addWidget(self.form_box)
        side.addStretch()
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(side)

        self.table.selectionModel().selectionChanged.connect(self._edit_selected)
        self._refresher = RefreshWhenShown(
            self,
            store.changed,
            self.refresh,
            tables={"survey_factor", "survey_result", "focus_area", "agreement"},
        )
        self.refresh()
        self.start_new()

    def refresh(self) -> None:
        """Reloads the list and the focus areas without touching what is being typed."""
        with self._store.reading():
            rows = self._store.read(factor_rows, include_inactive=True)
            areas = self._store.read(agreements.focus_areas_on, on=date.today())
        self._loading = True
        try:
            self._fill_focus_areas([(saved_id(a), a.name) for a in areas], rows)
            self.model.set_rows(rows)
            if self.editing_id is not None and not self._select(self.editing_id):
                self.editing_id = None
        finally:
            self._loading = False
        self._update_state()

    def _fill_focus_areas(self, areas: list[tuple[int, str]], rows: list[FactorRow]) -> None:
        """The agreement in force's focus areas, and any earlier one a factor is still tied
        to, so editing that factor does not quietly untie it."""
        chosen = self.focus_combo.currentData()
        known = {i for i, _ in areas}
        earlier = sorted(
            {(r.focus_area_id, r.focus_area) for r in rows if r.focus_area_id not in known},
            key=lambda item: swedish_sort_key(item[1]),
        )
        self.focus_combo.clear()
        self.focus_combo.addItem(self.tr("(none)"), None)
        for area_id, name in areas:
            self.focus_combo.addItem(name, area_id)
        for earlier_id, name in earlier:
            if earlier_id is not None:
                label = self.tr("%1 (earlier agreement)").replace("%1", name)
                self.focus_combo.addItem(label, earlier_id)
        self._choose_focus_area(chosen)

    def _choose_focus_area(self, focus_area_id: int | None) -> None:
        index = 0 if focus_area_id is None else self.focus_combo.findData(focus_area_id)
        self.focus_combo.setCurrentIndex(max(index, 0))

    def select(self, factor_id: int) -> bool:
        """Shows the factor in the form, as if picked in the list."""
        if not self._select(factor_id):
            return False
        self._edit_selected()
        return True

    def _select(self, factor_id: int) -> bool:
        source_row = self.model.row_of_id(factor_id)
        if source_row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        self.table.scrollTo(index)
        return True

    def _edit_selected(self) -> None:
        if self._loading:
            return
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._fill(rows[0].data(ROW_ROLE))

    def _fill(self, row: FactorRow | None) -> None:
        self.errors.clear()
        self.editing_id = None if row is None else row.id
        self.name_edit.setText("" if row is None else row.name)
        self._choose_focus_area(None if row is None else row.focus_area_id)
        self.active_check.setChecked(True if row is None else row.active)
        self._update_state()

    def _update_state(self) -> None:
        self.delete_button.setEnabled(self.editing_id is not None)
        self.form_box.setTitle(
            self.tr("New factor") if self.editing_id is None else self.tr("Edit factor")
        )

    def start_new(self) -> None:
        self._loading = True
        try:
            self.table.clearSelection()
        finally:
            self._loading = False
        self._fill(None)
        self.name_edit.setFocus()

    def save(self) -> int | None:
        try:
            factor = self._store.write(
                save_factor,
                name=self.name_edit.text(),
                focus_area_id=self.focus_combo.currentData(),
                active=self.active_check.isChecked(),
                factor_id=self.editing_id,
            )
        except ValidationError as error:
            self.errors.show(error, self)
            return None
        except KnownError as error:
            show_error(self, error)
            return None
        self._refresher.ensure_fresh()  # on a hidden tab too: the saved row is picked below
        self.select(saved_id(factor))
        return saved_id(factor)

    def delete(self) -> bool:
        if self.editing_id is None:
            return False
        try:
            self._store.write(delete_factor, factor_id=self.editing_id)
        except (ValidationError, KnownError) as error:
            show_error(self, error)
            return False
        self._refresher.ensure_fresh()
        self.start_new()
        return True

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None
