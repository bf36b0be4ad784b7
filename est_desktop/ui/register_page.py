"""The action register: every action in one table, filtered, with the selected one's history."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..models import ActionStatus
from ..services import actions, agreements, reference
from ..services.action_detail import LinkedIncident, linked_incidents
from ..services.actions import ActionRow, HistoryEntry
from ..services.register import RegisterFilter, StatusFilter
from . import labels
from .rowmodel import ID_ROLE, ROW_ROLE, SORT_ROLE, WARNING_COLOUR, Column, RowTableModel
from .store import Store
from .views import RefreshWhenShown, row_table

_STATUS_ORDER = {status.value: i for i, status in enumerate(ActionStatus)}


def _one_line(text: str) -> str:
    return " ".join(text.split())


class ActionRegisterModel(RowTableModel[ActionRow]):
    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(self.tr("Action"), lambda r: _one_line(r.description)),
                Column(self.tr("Responsible organisation"), lambda r: r.owner),
                Column(self.tr("Contact"), lambda r: r.contact_person),
                Column(self.tr("Focus area"), lambda r: r.focus_area),
                Column(self.tr("Decided"), _decided_text, _decided_key),
                Column(
                    self.tr("Due date"),
                    _due_text,
                    lambda r: r.due_date.isoformat() if r.due_date else "9999",
                    warn=lambda r: r.is_overdue(date.today()),
                ),
                Column(
                    self.tr("Status"),
                    lambda r: labels.action_status(r.status),
                    lambda r: _STATUS_ORDER.get(r.status, len(_STATUS_ORDER)),
                ),
            ],
            row_id=lambda r: r.id,
            parent=parent,
        )


def _decided_text(row: ActionRow) -> str:
    if row.decided_on is None:
        return ""
    return f"{labels.week(row.decided_on)} ({row.decided_on.isoformat()})"


def _decided_key(row: ActionRow) -> str:
    day = row.decided_on.isoformat() if row.decided_on else ""
    return f"{day}/{row.id:09d}"


def _due_text(row: ActionRow) -> str:
    if row.due_date is None:
        return ""
    text = row.due_date.isoformat()
    return f"{text} — {labels.overdue()}" if row.is_overdue(date.today()) else text


class RegisterProxy(QSortFilterProxyModel):
    """Filters through the service's ``RegisterFilter``, so the rules live in one place."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._filter = RegisterFilter()
        self._today = date.today()

    @property
    def register_filter(self) -> RegisterFilter:
        return self._filter

    def set_filter(self, register_filter: RegisterFilter, today: date | None = None) -> None:
        today = today or date.today()
        if register_filter == self._filter and today == self._today:
            return
        changing = hasattr(self, "beginFilterChange")  # Qt 6.9+
        if changing:
            self.beginFilterChange()
        self._filter, self._today = register_filter, today
        if changing:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(  # noqa: N802
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        row = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        return row is not None and self._filter.matches(row, self._today)


class RegisterPage(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store

        self.model = ActionRegisterModel(self)
        self.proxy = RegisterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortLocaleAware(True)

        self.organisation_filter = QComboBox()
        self.status_filter = QComboBox()
        for status, text in (
            (StatusFilter.OPEN, self.tr("Open")),
            (StatusFilter.ALL, self.tr("All")),
            *((StatusFilter(code), label) for code, label in labels.action_statuses()),
        ):
            self.status_filter.addItem(text, status.value)
        self.focus_filter = QComboBox()
        for combo in (self.organisation_filter, self.focus_filter):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
        self.overdue_filter = QCheckBox(self.tr("O&verdue only"))
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText(self.tr("Search…"))
        self.text_filter.setClearButtonEnabled(True)
        self.count_label = QLabel()

        self.table = row_table(self.proxy, stretch=0, sortable=True)
        self.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (4, 5, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((1, 220), (2, 130), (3, 150)):
            header.resizeSection(column, width)

        self.history_view = QTextBrowser()
        self.history_view.setOpenLinks(False)
        self.history_view.setPlaceholderText(self.tr("Select an action to see its history."))

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.history_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([400, 260])

        filters = QHBoxLayout()
        for text, combo in (
            (self.tr("&Organisation"), self.organisation_filter),
            (self.tr("S&tatus"), self.status_filter),
            (self.tr("&Focus area"), self.focus_filter),
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
            filters.addSpacing(8)
        filters.addWidget(self.overdue_filter)
        filters.addSpacing(8)
        filters.addWidget(self.text_filter, 1)
        filters.addSpacing(8)
        filters.addWidget(self.count_label)

        heading = QLabel(self.tr("Action register"))
        heading.setObjectName("pageHeading")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        search = QShortcut(QKeySequence.StandardKey.Find, self)
        search.activated.connect(self._focus_search)
        for combo in (self.organisation_filter, self.status_filter, self.focus_filter):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.overdue_filter.toggled.connect(self._apply_filters)
        self.text_filter.textChanged.connect(self._apply_filters)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)

        self._refresher = RefreshWhenShown(self, store.changed, self.refresh)
        self.refresh()

    # --- data -------------------------------------------------------------------

    def refresh(self) -> None:
        """Reloads every action; the selected one stays selected if it still exists."""
        selected = self.selected_action_id()
        rows = self._store.read(actions.all_action_rows)
        self._load_choices(rows)
        self.model.set_rows(rows)
        self.proxy.set_filter(self.current_filter())
        if selected is not None:
            self._select(selected)
        self._after_filter()

    def _load_choices(self, rows: list[ActionRow]) -> None:
        today = date.today()
        organisations = [(o.id, o.name) for o in self._store.read(reference.organisations)]
        known = {i for i, _ in organisations}
        inactive = sorted({(r.owner_id, r.owner) for r in rows if r.owner_id not in known})
        organisations += [(i, self.tr("%1 (inactive)").replace("%1", name)) for i, name in inactive]
        areas = [(a.id, a.name) for a in self._store.read(agreements.focus_areas_on, on=today)]
        _fill_combo(self.organisation_filter, self.tr("All organisations"), organisations)
        _fill_combo(self.focus_filter, self.tr("All focus areas"), areas)

    def current_filter(self) -> RegisterFilter:
        return RegisterFilter(
            organisation_id=self.organisation_filter.currentData(),
            status=StatusFilter(self.status_filter.currentData()),
            focus_area_id=self.focus_filter.currentData(),
            overdue_only=self.overdue_filter.isChecked(),
            text=self.text_filter.text(),
        )

    def _apply_filters(self) -> None:
        self.proxy.set_filter(self.current_filter())
        self._after_filter()

    def _after_filter(self) -> None:
        count = self.proxy.rowCount()
        self.count_label.setText(self.tr("%n action(s)", "", count))
        self._show_selected()

    # --- selection and history --------------------------------------------------------

    def selected_action_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def select_action(self, action_id: int) -> bool:
        """Selects an action, widening the filters if they hide it."""
        if self._select(action_id):
            return True
        self.organisation_filter.setCurrentIndex(0)
        self.focus_filter.setCurrentIndex(0)
        self.status_filter.setCurrentIndex(self.status_filter.findData(StatusFilter.ALL.value))
        self.overdue_filter.setChecked(False)
        self.text_filter.clear()
        return self._select(action_id)

    def _select(self, action_id: int) -> bool:
        source_row = self.model.row_of_id(action_id)
        if source_row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        self.table.scrollTo(index)
        return True

    def _show_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.history_view.clear()
            return
        row: ActionRow = rows[0].data(ROW_ROLE)
        history = self._store.read(actions.action_history, action_id=row.id)
        incidents = self._store.read(linked_incidents, action_id=row.id)
        self.history_view.setHtml(self._detail_html(row, history, incidents))

    def _focus_search(self) -> None:
        self.text_filter.setFocus()
        self.text_filter.selectAll()

    def _detail_html(
        self, row: ActionRow, history: list[HistoryEntry], incidents: list[LinkedIncident]
    ) -> str:
        def esc(text: str) -> str:
            return html.escape(text).replace("\n", "<br>")

        facts = [
            (self.tr("Responsible"), row.owner, False),
            (self.tr("Contact"), row.contact_person or "—", False),
            (self.tr("Focus area"), row.focus_area or "—", False),
            (self.tr("Due date"), _due_text(row) or "—", row.is_overdue(date.today())),
            (self.tr("Status"), labels.action_status(row.status), False),
        ]
        parts = [f"<p><b>{esc(row.description)}</b></p>", "<table cellspacing='0'>"]
        warning = f"color:{WARNING_COLOUR.name()}; font-weight:bold"
        parts += [
            f"<tr><td style='padding-right:12px; color:#555'>{esc(name)}</td>"
            f"<td style='{warning if warn else ''}'>{esc(value)}</td></tr>"
            for name, value, warn in facts
        ]
        parts.append("</table>")
        history_heading = self.tr("History")
        parts.append(f"<h4>{esc(history_heading)}</h4><ul>")
        parts += [f"<li>{esc(self._history_line(entry))}</li>" for entry in history]
        parts.append("</ul>")
        if incidents:
            incidents_heading = self.tr("Linked incidents")
            parts.append(f"<h4>{esc(incidents_heading)}</h4><ul>")
            parts += [f"<li>{esc(self._incident_line(incident))}</li>" for incident in incidents]
            parts.append("</ul>")
        return "".join(parts)

    def _history_line(self, entry: HistoryEntry) -> str:
        when = f"{labels.week(entry.day)} ({entry.day.isoformat()})"
        if entry.is_decision:
            text = self.tr("Decided at meeting %1").replace("%1", when)
            if entry.status != ActionStatus.NEW.value:
                text += f" — {labels.action_status(entry.status)}"
            return text
        if entry.new_due_date is not None:
            outcome = self.tr("New due date %1").replace("%1", entry.new_due_date.isoformat())
        else:
            outcome = labels.action_status(entry.status)
        text = f"{when}: {outcome}"
        return f"{text} — {_one_line(entry.note)}" if entry.note else text

    def _incident_line(self, incident: LinkedIncident) -> str:
        description = _one_line(incident.description)
        if len(description) > 120:
            description = description[:119].rstrip() + "…"
        text = f"{incident.occurred_on.isoformat()}, {incident.place}: {description}"
        if not incident.confidential:
            return text
        marker = self.tr("confidential")
        return f"{text} ({marker})"


def _fill_combo(combo: QComboBox, all_text: str, choices: list[tuple[int, str]]) -> None:
    """Replaces a filter's choices, keeping the chosen one if it is still there."""
    current = combo.currentData()
    combo.blockSignals(True)
    try:
        combo.clear()
        combo.addItem(all_text, None)
        for choice_id, text in choices:
            combo.addItem(text, choice_id)
            combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
    finally:
        combo.blockSignals(False)
