"""The follow-up page's bilaga 1 tab, and the editing base it shares with the goals tab.

Each edits one thing at a time (a row's status and note, a goal's note). Typed but
unsaved text survives refreshes, and leaving it for another row asks before it is lost.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractProxyModel,
    QCoreApplication,
    QItemSelectionModel,
    QSignalBlocker,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...errors import KnownError, ValidationError
from ...models import PlanStatus
from ...services.agreements import follow_up
from ...services.agreements.follow_up import PlanRow
from ...services.personal_numbers import remove_personal_numbers
from ..common import labels
from ..common.messages import show_error
from ..common.personal_numbers import save_asking
from ..common.rowmodel import ROW_ROLE, RowTableModel
from ..common.store import Store
from ..common.views import row_table
from .follow_up_models import HistoryModel, LinkedActionModel, PlanProxy, PlanRowModel


def note_edit() -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    return edit


def labelled(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def select_id(table: QTableView, model: RowTableModel, row_id: int | None) -> bool:
    source_row = model.row_of_id(row_id) if row_id is not None else -1
    if source_row < 0:
        return False
    view_model = table.model()
    index = model.index(source_row, 0)
    if isinstance(view_model, QAbstractProxyModel):
        index = view_model.mapFromSource(index)
    if not index.isValid():
        return False
    flags = QItemSelectionModel.SelectionFlag
    table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
    table.scrollTo(index)
    return True


def selected_row(table: QTableView):
    rows = table.selectionModel().selectedRows()
    return rows[0].data(ROW_ROLE) if rows else None


def panel_columns(
    table: QTableView,
    *,
    stretch: tuple[int, ...],
    fit: tuple[int, ...] = (),
    widths: dict[int, int] | None = None,
) -> None:
    """Long texts share the width (``stretch``), short ones fit their content, the rest
    start at ``widths`` (column → pixels) and can be dragged."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column, width in (widths or {}).items():
        header.resizeSection(column, width)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    for column in fit:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


def compact(table: QTableView) -> None:
    """Rows one line high, so a few years or actions fit in a small table."""
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)


def _fit_rows(table: QTableView, rows: int) -> None:
    """Exactly as high as ``rows`` compact rows, so a short list needs no scrolling."""
    height = table.horizontalHeader().sizeHint().height()
    height += rows * table.verticalHeader().defaultSectionSize() + 2 * table.frameWidth()
    table.setFixedHeight(height)


def wrapping(table: QTableView) -> None:
    """Rows as high as their wrapped text, with room around it: for few rows with long texts."""
    table.setWordWrap(True)
    table.setStyleSheet("QTableView::item { padding: 4px 2px; }")
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


class EditingPanel(QWidget):
    """What both tabs share: a key being edited, whether it has unsaved changes, and asking.

    Each tab supplies ``table`` and four methods: ``_reload()`` rereads its rows,
    ``_key(row)`` names the row being edited, ``_show(row)`` fills the editor (``None``:
    nothing selected), and ``_write(key)`` saves the editor through ``_run``.
    """

    table: QTableView
    note_edit: QPlainTextEdit

    def _reload(self) -> None:
        raise NotImplementedError

    def _key(self, row: Any) -> tuple[int, ...]:
        raise NotImplementedError

    def _show(self, row: Any) -> None:
        raise NotImplementedError

    def _write(self, key: tuple[int, ...]) -> bool:
        raise NotImplementedError

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._loading = False
        self._in_selection_change = False
        self._refresh_pending = False
        self._editing: tuple[int, ...] | None = None
        self.dirty = False
        self.saved_label = QLabel()

    def refresh(self) -> None:
        """Rereads the data, unless the table is busy changing its selection: changing its
        model from inside that would pull the rows out from under it, so it waits."""
        if self._in_selection_change:
            self._refresh_pending = True
            return
        self._reload()

    def _selection_changed(self) -> None:
        if self._loading:
            return
        self._in_selection_change = True
        try:
            item = selected_row(self.table)
            if self._editing != (None if item is None else self._key(item)):
                self.leave()
            self._show(selected_row(self.table))
        finally:
            self._in_selection_change = False
        if self._refresh_pending:
            self._refresh_pending = False
            QTimer.singleShot(0, self, self.refresh)

    def _edited(self) -> None:
        if not self._loading:
            self.dirty = True
            self.saved_label.clear()

    def leave(self) -> None:
        """Before what is edited changes: offers to save unsaved changes rather than drop them."""
        if not self.dirty or self._editing is None:
            return
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("EditingPanel", "Unsaved changes"),
            QCoreApplication.translate(
                "EditingPanel", "You have changed the follow-up without saving. Save the changes?"
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            self._write(self._editing)
        self.dirty = False

    def save(self) -> bool:
        return self._editing is not None and self._write(self._editing)

    def _run(self, service, **kwargs) -> bool:
        """Saves ``note`` and the rest through ``service``, asking first when the note holds
        something like a personnummer (the reports print it)."""
        dirty, self.dirty = self.dirty, False

        def save(allow_personal_numbers: bool) -> None:
            self._store.write(service, **kwargs, allow_personal_numbers=allow_personal_numbers)

        def remove(marker: str) -> None:
            kwargs["note"] = remove_personal_numbers(kwargs["note"], marker)
            self.note_edit.setPlainText(kwargs["note"])

        try:
            saved = save_asking(self, save, remove)
        except (ValidationError, KnownError) as error:
            self.dirty = dirty
            show_error(self, error)
            return False
        self.dirty = not saved and dirty
        if not saved:
            return False
        # Called on subclasses, whose tr() would look under their own names.
        self.saved_label.setText(QCoreApplication.translate("EditingPanel", "Saved."))
        return True


class PlanPanel(EditingPanel):
    """Bilaga 1 of one agreement in one year; the selected row's status and note beside it."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.agreement_id: int | None = None
        self.year: int | None = None

        self.model = PlanRowModel(self)
        self.proxy = PlanProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = row_table(self.proxy, stretch=PlanRowModel.ACTIVITY, sortable=True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the agreement's order
        panel_columns(
            self.table,
            stretch=(PlanRowModel.ACTIVITY, 2, 3, 4),
            fit=(PlanRowModel.STATUS, PlanRowModel.ACTIONS),
            widths={0: 160},
        )
        self.focus_filter = QComboBox()
        self.focus_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.focus_filter.setMinimumContentsLength(20)
        self.count_label = QLabel()

        self.texts = QTextBrowser()
        self.texts.setPlaceholderText(self.tr("Select a row of the action plan."))
        self.status_combo = QComboBox()
        for code, text in labels.plan_statuses():
            self.status_combo.addItem(text, code)
        self.status_label = labelled("", self.status_combo)
        self.note_edit = note_edit()
        self.note_edit.setPlaceholderText(self.tr("What was done this year, and with what effect"))
        self.save_button = QPushButton(self.tr("Sa&ve"))
        self.save_button.setToolTip(self.tr("Save status and note (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.history_model = HistoryModel(self)
        self.history_table = row_table(self.history_model, stretch=2)
        compact(self.history_table)
        _fit_rows(self.history_table, 4)
        self.actions_model = LinkedActionModel(self)
        self.actions_table = row_table(self.actions_model, stretch=0)
        compact(self.actions_table)
        panel_columns(self.actions_table, stretch=(0, 1), fit=(2, 3))
        self.actions_table.setAccessibleName(self.tr("Linked actions"))

        editor = QGridLayout()
        editor.setContentsMargins(0, 0, 0, 0)
        editor.addWidget(self.status_label, 0, 0)
        editor.addWidget(self.status_combo, 0, 1)
        editor.addWidget(
            labelled(self.tr("No&te"), self.note_edit), 1, 0, Qt.AlignmentFlag.AlignTop
        )
        editor.addWidget(self.note_edit, 1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.saved_label)
        buttons.addStretch()
        editor.addLayout(buttons, 2, 1)
        editor.addWidget(labelled(self.tr("Status &history"), self.history_table), 3, 0, 1, 2)
        editor.addWidget(self.history_table, 4, 0, 1, 2)
        editor.setRowStretch(1, 1)
        self.editor = QWidget()
        self.editor.setLayout(editor)
        actions = QWidget()
        actions_layout = QVBoxLayout(actions)
        actions_layout.setContentsMargins(0, 0, 0, 0)
        actions_layout.addWidget(labelled(self.tr("Lin&ked actions"), self.actions_table))
        actions_layout.addWidget(self.actions_table)

        detail = QSplitter(Qt.Orientation.Horizontal)
        detail.addWidget(self.texts)
        detail.addWidget(self.editor)
        detail.addWidget(actions)
        detail.setSizes([400, 420, 440])
        detail.setChildrenCollapsible(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setSizes([330, 300])
        splitter.setChildrenCollapsible(False)

        filters = QHBoxLayout()
        filters.addWidget(labelled(self.tr("F&ocus area"), self.focus_filter))
        filters.addWidget(self.focus_filter)
        filters.addSpacing(12)
        filters.addWidget(self.count_label)
        filters.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        for first, second in (
            (self.focus_filter, self.table),
            (self.table, self.status_combo),
            (self.status_combo, self.note_edit),
            (self.note_edit, self.save_button),
            (self.save_button, self.history_table),
            (self.history_table, self.actions_table),
            (self.actions_table, self.texts),
        ):
            self.setTabOrder(first, second)

        self.focus_filter.currentIndexChanged.connect(self._filter_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.status_combo.currentIndexChanged.connect(self._edited)
        self.note_edit.textChanged.connect(self._edited)
        self._show(None)

    def show_period(self, agreement_id: int | None, year: int | None) -> None:
        if (agreement_id, year) != (self.agreement_id, self.year):
            self.leave()
            self.agreement_id, self.year = agreement_id, year
        self.refresh()

    def _reload(self) -> None:
        """The selected row stays selected and typed text stays."""
        rows: list[PlanRow] = []
        if self.agreement_id is not None and self.year is not None:
            rows = self._store.read(
                follow_up.plan_rows, agreement_id=self.agreement_id, year=self.year
            )
        selected = selected_row(self.table)
        self._loading = True
        try:
            self.model.update_rows(rows)
            self._fill_focus_filter(rows)
            if selected is not None and selected_row(self.table) is None:
                select_id(self.table, self.model, selected.id)
        finally:
            self._loading = False
        self._after_filter()
        self._show(selected_row(self.table))

    def _fill_focus_filter(self, rows: list[PlanRow]) -> None:
        current = self.focus_filter.currentData()
        areas = dict.fromkeys((r.focus_area_id, r.focus_area) for r in rows)
        offered = [
            (self.focus_filter.itemData(i), self.focus_filter.itemText(i))
            for i in range(1, self.focus_filter.count())
        ]
        if self.focus_filter.count() and offered == list(areas):
            return  # rebuilding the combo while it reports a choice would upset it
        with QSignalBlocker(self.focus_filter):
            self.focus_filter.clear()
            self.focus_filter.addItem(self.tr("All focus areas"), None)
            for area_id, name in areas:
                self.focus_filter.addItem(name, area_id)
            self.focus_filter.setCurrentIndex(max(self.focus_filter.findData(current), 0))
        self.proxy.set_focus_area(self.focus_filter.currentData())

    def _filter_changed(self) -> None:
        chosen, row = self.focus_filter.currentData(), selected_row(self.table)
        if row is not None and chosen not in (None, row.focus_area_id):
            self.leave()  # before the row disappears, not while it does
        self.proxy.set_focus_area(chosen)
        if row is not None and row.focus_area_id != chosen and self.proxy.rowCount():
            self.table.selectRow(0)  # the first row of the focus area, not a random one
        self._after_filter()

    def _after_filter(self) -> None:
        self.count_label.setText(self.tr("%n row(s)", "", self.proxy.rowCount()))
        if selected_row(self.table) is None and self._editing is not None:
            self._selection_changed()

    def select_row(self, plan_activity_id: int) -> bool:
        return select_id(self.table, self.model, plan_activity_id)

    def selected_row(self) -> PlanRow | None:
        return selected_row(self.table)

    def _key(self, item: PlanRow) -> tuple[int, ...]:
        assert self.year is not None
        return (item.id, self.year)

    def _show(self, row: PlanRow | None) -> None:
        key = None if row is None else self._key(row)
        keep_typed = self.dirty and key == self._editing
        self._editing = key
        self._loading = True
        try:
            if not keep_typed:
                self.dirty = False
                self.saved_label.clear()
                status = row.status if row is not None else PlanStatus.NOT_STARTED
                self.status_combo.setCurrentIndex(max(self.status_combo.findData(status), 0))
                self.note_edit.setPlainText(row.note if row is not None else "")
        finally:
            self._loading = False
        self.editor.setEnabled(row is not None)
        year = "" if self.year is None else str(self.year)
        self.status_label.setText(self.tr("Stat&us %1").replace("%1", year).strip())
        if row is None:
            self.texts.clear()
            self.history_model.set_rows([])
            self.actions_model.set_rows([])
            return
        self.texts.setHtml(self._texts_html(row))
        history = self._store.read(follow_up.plan_history, plan_activity_id=row.id)
        self.history_model.set_rows([(y, s, n) for y, (s, n) in history.items()])
        _fit_rows(self.history_table, len(history))
        self.actions_model.set_rows(row.actions)

    def _texts_html(self, row: PlanRow) -> str:
        def esc(text: str) -> str:
            return html.escape(text).replace("\n", "<br>")

        heading = f"{row.section} — {row.focus_area}" if row.section else row.focus_area
        parts = [f"<p style='color:#555'>{esc(heading)}</p>"]
        for title, text in (
            (self.tr("Activity"), row.activity),
            (self.tr("Measure"), row.measure),
            (self.tr("Follow-up"), row.follow_up),
            (self.tr("Goal"), row.goal),
        ):
            parts.append(f"<p><b>{esc(title)}</b><br>{esc(text) or '—'}</p>")
        return "".join(parts)

    def _write(self, key: tuple[int, ...]) -> bool:
        plan_activity_id, year = key
        return self._run(
            follow_up.set_plan_status,
            plan_activity_id=plan_activity_id,
            year=year,
            status=PlanStatus(self.status_combo.currentData()),
            note=self.note_edit.toPlainText(),
        )
