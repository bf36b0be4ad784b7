"""The action register: every action in one table, filtered, with the selected one's history,
and changes to several actions at once."""

from __future__ import annotations

import html
from datetime import date, timedelta
from pathlib import Path, PureWindowsPath

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...errors import KnownError, NotFound, ValidationError
from ...models import ActionStatus, saved_id
from ...services import reference
from ...services.actions import bulk, decisions, register
from ...services.actions import history as action_history
from ...services.actions.detail import LinkedIncident, linked_incidents
from ...services.actions.history import HistoryEntry
from ...services.actions.register import RegisterFilter, RegisterRow, StatusFilter
from ...services.agreements import in_force as agreements
from ...services.documents.table_export import write_xlsx
from ..common import labels, persist
from ..common.convert import date_edit, edited_date
from ..common.emphasis import page_heading
from ..common.messages import show_error
from ..common.rowmodel import ID_ROLE, SORT_ROLE, WARNING_COLOUR
from ..common.store import Store
from ..common.views import RefreshWhenShown, row_table
from . import bulk_dialogs
from .register_model import ActionRegisterModel, RegisterProxy, due_text, one_line, shortened

_LISTED_IN_CONFIRMATION = 10


# The actions with their history, answers and linked incidents; the choices in the filters.
SHOWS = frozenset(
    {
        "action",
        "action_update",
        "action_answer",
        "action_incident",
        "incident",
        "place",
        "organisation",
        "focus_area",
        "agreement",
        "meeting",
        "agenda_item",
    }
)


class RegisterPage(QWidget):
    # The meeting that decided the double-clicked action, to open in the workspace.
    meeting_requested = Signal(int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._shown_id: int | None = None

        self.model = ActionRegisterModel(self)
        self.proxy = RegisterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortLocaleAware(True)

        self.organisation_filter = QComboBox()
        self.status_filter = QComboBox()
        self._fill_status_choices()
        self.focus_filter = QComboBox()
        for combo in (self.organisation_filter, self.focus_filter):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
        today = date.today()
        self.closed_from = date_edit(today - timedelta(days=7))
        self.closed_to = date_edit(today)
        self.period = QWidget()
        period = QHBoxLayout(self.period)
        period.setContentsMargins(0, 0, 0, 0)
        for text, edit in ((self.tr("from"), self.closed_from), (self.tr("to"), self.closed_to)):
            label = QLabel(text)
            label.setBuddy(edit)
            period.addWidget(label)
            period.addWidget(edit)
        self.period.hide()
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText(self.tr("Search…"))
        self.text_filter.setClearButtonEnabled(True)
        self.count_label = QLabel()

        self.table = row_table(self.proxy, stretch=0, sortable=True, multi=True)
        self.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(self.open_meeting_of)
        self.table.setToolTip(self.tr("Double-click an action to open the meeting that decided it"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (4, 5, 6, 7):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((1, 220), (2, 130), (3, 150)):
            header.resizeSection(column, width)

        self.reassign_button = QPushButton(self.tr("Move to &another organisation…"))
        self.move_dates_button = QPushButton(self.tr("Move &due dates…"))
        self.reassign_button.clicked.connect(self.reassign_selected)
        self.move_dates_button.clicked.connect(self.move_selected_due_dates)
        for button in (self.reassign_button, self.move_dates_button):
            action = QAction(button.text().replace("&", ""), self.table)
            action.triggered.connect(button.click)
            self.table.addAction(action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.selection_label = QLabel()

        self.history_view = QTextBrowser()
        self.history_view.setOpenLinks(False)
        self.history_view.setPlaceholderText(self.tr("Select an action to see its history."))

        listing = QWidget()
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(0, 0, 0, 0)
        listing_layout.addWidget(self.table, 1)
        bulk_row = QHBoxLayout()
        bulk_row.addWidget(self.reassign_button)
        bulk_row.addWidget(self.move_dates_button)
        bulk_row.addSpacing(8)
        bulk_row.addWidget(self.selection_label)
        bulk_row.addStretch()
        self.excel_button = QPushButton(self.tr("Save the list for Excel…"))
        self.excel_button.setToolTip(
            self.tr("The actions shown, with these filters, as an .xlsx file")
        )
        self.excel_button.clicked.connect(lambda: self.save_list())
        bulk_row.addWidget(self.excel_button)
        listing_layout.addLayout(bulk_row)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(listing)
        splitter.addWidget(self.history_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([420, 260])

        filters = QHBoxLayout()
        for text, combo in (
            (self.tr("&Organisation"), self.organisation_filter),
            (self.tr("S&tatus"), self.status_filter),
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
            filters.addSpacing(8)
        filters.addWidget(self.period)
        filters.addSpacing(8)
        label = QLabel(self.tr("&Focus area"))
        label.setBuddy(self.focus_filter)
        filters.addWidget(label)
        filters.addWidget(self.focus_filter)
        filters.addSpacing(8)
        filters.addWidget(self.text_filter, 1)
        filters.addSpacing(8)
        filters.addWidget(self.count_label)

        heading = page_heading(self.tr("Action register"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        search = QShortcut(QKeySequence.StandardKey.Find, self)
        search.activated.connect(self._focus_search)
        for combo in (self.organisation_filter, self.status_filter, self.focus_filter):
            combo.currentIndexChanged.connect(self._apply_filters)
        for edit in (self.closed_from, self.closed_to):
            edit.dateChanged.connect(self._apply_filters)
        self.text_filter.textChanged.connect(self._apply_filters)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._show_selected)

        # Thousands of actions after some years: read when the page is first shown.
        self._refresher = RefreshWhenShown(
            self, store.changed, self.refresh, tables=SHOWS, stale=True
        )
        self._after_filter()

    def shown_cells(self) -> tuple[list[str], list[list[str]]]:
        """The list as it is shown: its columns, and the rows the filters leave, in order."""
        columns = range(self.proxy.columnCount())
        headers = [str(self.proxy.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
        rows = [
            [str(self.proxy.index(r, c).data() or "") for c in columns]
            for r in range(self.proxy.rowCount())
        ]
        return headers, rows

    def save_list(self, path: Path | None = None) -> Path | None:
        """The actions shown, as an Excel file of text cells; asks where unless given."""
        if path is None:
            start = persist.last_export_dir() / self.tr("Action register %1.xlsx").replace(
                "%1", date.today().isoformat()
            )
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the list for Excel"), str(start), self.tr("Excel (*.xlsx)")
            )
            if not chosen:
                return None
            path = Path(chosen)
            if path.suffix.lower() != ".xlsx":
                path = path.with_name(path.name + ".xlsx")
        headers, rows = self.shown_cells()
        try:
            saved = write_xlsx(path, headers, rows, sheet=self.tr("Action register"))
        except KnownError as error:
            show_error(self, error)
            return None
        persist.set_last_export_dir(saved.parent)
        return saved

    def open_meeting_of(self, index: QModelIndex) -> None:
        action_id = index.data(ID_ROLE) if index.isValid() else None
        if action_id is None:
            return
        try:
            meeting_id = self._store.read(decisions.meeting_of_action, action_id=action_id)
        except NotFound as error:
            show_error(self, error)
            return
        self.meeting_requested.emit(meeting_id)

    def _fill_status_choices(self) -> None:
        groups = [
            [
                (StatusFilter.OPEN, self.tr("Open")),
                (StatusFilter.OVERDUE, self.tr("Overdue")),
                (StatusFilter.DUE_SOON, self.tr("Due within 7 days")),
                (StatusFilter.STALE, self.tr("Stale (3+ meetings)")),
            ],
            [
                (StatusFilter.CLOSED_IN_PERIOD, self.tr("Closed in period")),
                (StatusFilter.ALL, self.tr("All")),
            ],
            [(StatusFilter(code), label) for code, label in labels.action_statuses()],
        ]
        for group in groups:
            if self.status_filter.count():
                self.status_filter.insertSeparator(self.status_filter.count())
            for status, text in group:
                self.status_filter.addItem(text, status.value)
        overdue = self.status_filter.findData(StatusFilter.OVERDUE.value)
        self.status_filter.setItemData(overdue, labels.overdue_rule(), Qt.ItemDataRole.ToolTipRole)
        self.status_filter.setItemData(
            self.status_filter.findData(StatusFilter.STALE.value),
            self.tr("Open, and neither reviewed nor answered at the last three meetings or more"),
            Qt.ItemDataRole.ToolTipRole,
        )

    # --- data -------------------------------------------------------------------

    def refresh(self) -> None:
        """Reloads every action; the selected ones stay selected if they still exist."""
        selected, current = self.selected_action_ids(), self.selected_action_id()
        self._shown_id = None
        rows = self._store.read(register.register_rows, today=date.today())
        self._load_choices(rows)
        self.model.set_rows(rows)
        self.proxy.set_filter(self.current_filter())
        self._select_many(selected, current)
        self._after_filter()

    def _load_choices(self, rows: list[RegisterRow]) -> None:
        today = date.today()
        organisations = [(saved_id(o), o.name) for o in self._store.read(reference.organisations)]
        known = {i for i, _ in organisations}
        inactive = sorted(
            {(r.action.owner_id, r.action.owner) for r in rows if r.action.owner_id not in known}
        )
        organisations += [(i, self.tr("%1 (inactive)").replace("%1", name)) for i, name in inactive]
        areas = [
            (saved_id(a), a.name) for a in self._store.read(agreements.focus_areas_on, on=today)
        ]
        _fill_combo(self.organisation_filter, self.tr("All organisations"), organisations)
        _fill_combo(self.focus_filter, self.tr("All focus areas"), areas)

    def current_filter(self) -> RegisterFilter:
        status = StatusFilter(self.status_filter.currentData())
        in_period = status == StatusFilter.CLOSED_IN_PERIOD
        return RegisterFilter(
            organisation_id=self.organisation_filter.currentData(),
            status=status,
            focus_area_id=self.focus_filter.currentData(),
            closed_from=edited_date(self.closed_from) if in_period else None,
            closed_to=edited_date(self.closed_to) if in_period else None,
            text=self.text_filter.text(),
        )

    def _apply_filters(self) -> None:
        register_filter = self.current_filter()
        self.period.setVisible(register_filter.status == StatusFilter.CLOSED_IN_PERIOD)
        self.proxy.set_filter(register_filter)
        self._after_filter()

    def _after_filter(self) -> None:
        count = self.proxy.rowCount()
        self.count_label.setText(self.tr("%n action(s)", "", count))
        self._selection_changed()

    # --- selection and history --------------------------------------------------------

    def selected_action_ids(self) -> list[int]:
        """The selected actions, in the order shown."""
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())
        return [index.data(ID_ROLE) for index in rows]

    def selected_action_id(self) -> int | None:
        """The action whose history is shown: the current row if selected, else the first."""
        selection = self.table.selectionModel()
        current = selection.currentIndex()
        if current.isValid() and selection.isRowSelected(current.row(), QModelIndex()):
            return current.data(ID_ROLE)
        ids = self.selected_action_ids()
        return ids[0] if ids else None

    def select_action(self, action_id: int) -> bool:
        """Selects an action, widening the filters if they hide it."""
        self._refresher.ensure_fresh()
        if self._select(action_id):
            return True
        self.organisation_filter.setCurrentIndex(0)
        self.focus_filter.setCurrentIndex(0)
        self.status_filter.setCurrentIndex(self.status_filter.findData(StatusFilter.ALL.value))
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

    def _select_many(self, action_ids: list[int], current: int | None) -> None:
        if not action_ids:
            return
        source_rows = {row.id: i for i, row in enumerate(self.model.rows())}
        selection = QItemSelection()
        for action_id in action_ids:
            if action_id in source_rows:
                index = self.proxy.mapFromSource(self.model.index(source_rows[action_id], 0))
                if index.isValid():
                    selection.select(index, index)
        flags = QItemSelectionModel.SelectionFlag
        model = self.table.selectionModel()
        model.select(selection, flags.ClearAndSelect | flags.Rows)
        if current in source_rows:
            index = self.proxy.mapFromSource(self.model.index(source_rows[current], 0))
            if index.isValid():
                model.setCurrentIndex(index, flags.NoUpdate)
                self.table.scrollTo(index)

    def _selection_changed(self) -> None:
        count = len(self.table.selectionModel().selectedRows())
        for button in (self.reassign_button, self.move_dates_button):
            button.setEnabled(count > 0)
        for action in self.table.actions():
            action.setEnabled(count > 0)
        self.selection_label.setText(self.tr("%n selected", "", count) if count > 1 else "")
        self._show_selected()

    def _show_selected(self) -> None:
        action_id = self.selected_action_id()
        if action_id == self._shown_id:
            return  # selection and current row change together; read the history once
        self._shown_id = action_id
        source_row = self.model.row_of_id(action_id) if action_id is not None else -1
        if source_row < 0:
            self.history_view.clear()
            return
        row = self.model.row_at(source_row)
        history = self._store.read(action_history.action_history, action_id=row.id)
        incidents = self._store.read(linked_incidents, action_id=row.id)
        self.history_view.setHtml(self._detail_html(row, history, incidents))

    def _focus_search(self) -> None:
        self.text_filter.setFocus()
        self.text_filter.selectAll()

    def _detail_html(
        self, row: RegisterRow, history: list[HistoryEntry], incidents: list[LinkedIncident]
    ) -> str:
        def esc(text: str) -> str:
            return html.escape(text).replace("\n", "<br>")

        action = row.action
        last_update = row.last_update_date.isoformat() if row.last_update_date else "—"
        facts = [
            (self.tr("Responsible"), action.owner, False),
            (self.tr("Contact"), action.contact_person or "—", False),
            (self.tr("Focus area"), action.focus_area or "—", False),
            (self.tr("Due date"), due_text(action) or "—", action.is_overdue(date.today())),
            (self.tr("Status"), labels.action_status(action.status), False),
            (self.tr("Last update"), last_update, False),
        ]
        if action.is_open:
            since = self.tr("%n meeting(s)", "", row.meetings_since_update)
            facts.append((self.tr("Without update"), since, False))
        if row.closed_on is not None:
            facts.append((self.tr("Closed"), row.closed_on.isoformat(), False))
        parts = [f"<p><b>{esc(action.description)}</b></p>", "<table cellspacing='0'>"]
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
        # Status and due date both: an answer may close an action and move its date at once.
        outcome = labels.action_status(entry.status)
        if entry.new_due_date is not None:
            outcome += ", " + self.tr("new due date %1").replace(
                "%1", entry.new_due_date.isoformat()
            )
        if getattr(entry, "is_answer", False):
            by = getattr(entry, "answered_by", "")
            source = getattr(entry, "source_file", "")
            answer = self.tr("answer from %1").replace("%1", by) if by else self.tr("answer")
            if source:
                answer += f", {PureWindowsPath(source).name}"
            when = f"{when}, {answer}"
        text = f"{when}: {outcome}"
        return f"{text} — {one_line(entry.note)}" if entry.note else text

    def _incident_line(self, incident: LinkedIncident) -> str:
        description = shortened(incident.description, 120)
        text = f"{incident.occurred_on.isoformat()}, {incident.place}: {description}"
        if not incident.confidential:
            return text
        marker = self.tr("confidential")
        return f"{text} ({marker})"

    # --- changing several actions at once ------------------------------------------------

    def reassign_selected(self) -> None:
        action_ids = self.selected_action_ids()
        if not action_ids:
            return
        choices = [(saved_id(o), o.name) for o in self._store.read(reference.organisations)]
        organisation_id = bulk_dialogs.choose_organisation(self, choices, len(action_ids))
        if organisation_id is None:
            return
        change = {"action_ids": action_ids, "organisation_id": organisation_id}
        try:
            plan = self._store.read(bulk.plan_reassignment, **change)
        except (ValidationError, KnownError) as error:
            show_error(self, error)
            return
        text = self.tr("%n action(s) will move from %1 to %2.", "", len(plan.action_ids))
        text = text.replace("%1", ", ".join(plan.from_organisations))
        text = text.replace("%2", plan.to_organisation)
        if not bulk_dialogs.confirm(self, self.tr("Move to another organisation"), text):
            return
        try:
            self._store.write(bulk.reassign_actions, user=self._store.user, **change)
        except (ValidationError, KnownError) as error:
            show_error(self, error)

    def move_selected_due_dates(self) -> None:
        action_ids = self.selected_action_ids()
        if not action_ids:
            return
        today = date.today()
        answer = bulk_dialogs.ask_due_date_change(self, len(action_ids), today)
        if answer is None:
            return
        new_date, shift_days = answer
        change = {
            "action_ids": action_ids,
            "new_date": new_date,
            "shift_days": shift_days,
            "today": today,
        }
        try:
            moves = self._store.read(bulk.plan_due_date_moves, **change)
        except (ValidationError, KnownError) as error:
            show_error(self, error)
            return
        no_date = self.tr("no due date")
        lines = [
            f"{m.old.isoformat() if m.old else no_date} → {m.new.isoformat()}: "
            f"{shortened(m.description, 45)}"
            for m in moves[:_LISTED_IN_CONFIRMATION]
        ]
        if len(moves) > _LISTED_IN_CONFIRMATION:
            lines.append(self.tr("…and %n more.", "", len(moves) - _LISTED_IN_CONFIRMATION))
        text = self.tr("%n action(s) get a new due date:", "", len(moves))
        text = "\n\n".join([text, "\n".join(lines)])
        if not bulk_dialogs.confirm(self, self.tr("Move due dates"), text):
            return
        try:
            self._store.write(bulk.move_due_dates, **change)
        except (ValidationError, KnownError) as error:
            show_error(self, error)


def _fill_combo(combo: QComboBox, all_text: str, choices: list[tuple[int, str]]) -> None:
    """Replaces a filter's choices, keeping the chosen one if it is still there."""
    current = combo.currentData()
    with QSignalBlocker(combo):
        combo.clear()
        combo.addItem(all_text, None)
        for choice_id, text in choices:
            combo.addItem(text, choice_id)
            combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
