"""Mina åtgärder: a participant's own open actions on the shared server, answered in place.

The answer form has the answer columns of the exported action list (new status, new due
date, comment, answered by). What is typed stays in the form until it is saved, whatever
happens meanwhile: another desk's change refreshes the list, not the form, and a lost
connection leaves the text where it is. Each action keeps its own draft while another
is being answered.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...errors import KnownError, NotFound, ValidationError
from ...services.actions import my_actions
from ...services.actions.my_actions import MyActionRow
from ...services.conflicts import ChangedElsewhere
from ...services.personal_numbers import remove_personal_numbers
from ..common import labels
from ..common.conflict_dialog import FieldView, Resolution, ask_how_to_resolve, conflict_rows
from ..common.convert import date_edit, edited_date, qdate
from ..common.emphasis import page_heading, quiet_note
from ..common.messages import FieldErrors, tr_service
from ..common.personal_numbers import save_asking
from ..common.rowmodel import ID_ROLE, SORT_ROLE, Column, RowTableModel
from ..common.store import Store
from ..common.views import RefreshWhenShown, row_table

UNCHANGED = ""


# The organisation's open actions, with their answers and where they were decided.
SHOWS = frozenset(
    {"action", "action_update", "action_answer", "organisation", "focus_area", "meeting"}
)


def _due_key(row: MyActionRow) -> tuple[bool, date]:
    return (row.due_date is None, row.due_date or date.max)


class MyActionsModel(RowTableModel[MyActionRow]):
    """The columns of the exported action list a participant reads."""

    def __init__(self, today: date | None = None, parent=None) -> None:
        self.today = today or date.today()
        super().__init__(
            [
                Column(self.tr("Action"), lambda r: r.description),
                Column(self.tr("Focus area"), lambda r: r.focus_area),
                Column(
                    self.tr("Decided"), self._decided, sort_key=lambda r: r.decided_on or date.min
                ),
                Column(self.tr("Contact person"), lambda r: r.contact_person),
                Column(
                    self.tr("Due"),
                    self._due,
                    sort_key=_due_key,
                    warn=lambda r: r.is_overdue(self.today),
                ),
                Column(self.tr("Status"), lambda r: labels.action_status(r.status)),
                Column(self.tr("Latest note"), lambda r: r.latest_note),
            ],
            row_id=lambda r: r.id,
            parent=parent,
        )

    def _decided(self, row: MyActionRow) -> str:
        """As the exported list writes it: '2026-11-24 (v. 48)'."""
        if row.decided_on is None:
            return ""
        return f"{row.decided_on.isoformat()} ({labels.week(row.decided_on)})"

    def _due(self, row: MyActionRow) -> str:
        text = row.due_date.isoformat() if row.due_date else ""
        return f"{text} ({labels.overdue()})" if row.is_overdue(self.today) else text


class MyActionsProxy(QSortFilterProxyModel):
    """Filters on the words typed, in any column; sorts by each column's own key."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def lessThan(  # noqa: N802
        self,
        left: QModelIndex | QPersistentModelIndex,
        right: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if isinstance(a, str) and isinstance(b, str):
            return a.casefold() < b.casefold()
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)


@dataclass
class Draft:
    status: str = UNCHANGED
    new_due: date | None = None
    comment: str = ""

    @property
    def is_empty(self) -> bool:
        return self.status == UNCHANGED and self.new_due is None and not self.comment


class MyActionsPage(QWidget):
    """The list on the left, the answer form on the right; Enter in the form saves."""

    def __init__(
        self,
        store: Store,
        organisation_id: int,
        organisation_name: str = "",
        answered_by: str = "",
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self.organisation_id = organisation_id
        self.today = today or date.today()
        self._drafts: dict[int, Draft] = {}
        self._form_action: int | None = None
        self._loading_form = False
        self.errors = FieldErrors()

        self.model = MyActionsModel(self.today, self)
        self.proxy = MyActionsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = row_table(self.proxy, stretch=0, sortable=True)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        # The action's text gets what the dates and short words leave.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((1, 110), (6, 150)):
            header.resizeSection(column, width)
        self.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter: type words from the action"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.count_label = quiet_note("myActionsCount")

        title = self.tr("My actions")
        if organisation_name:
            title = self.tr("My actions – %1").replace("%1", organisation_name)
        self.heading = page_heading(title)

        listing = QWidget()
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(0, 0, 0, 0)
        filter_row = QHBoxLayout()
        filter_label = QLabel(self.tr("&Filter"))
        filter_label.setBuddy(self.filter_edit)
        filter_row.addWidget(filter_label)
        filter_row.addWidget(self.filter_edit, 1)
        filter_row.addWidget(self.count_label)
        listing_layout.addLayout(filter_row)
        listing_layout.addWidget(self.table, 1)

        splitter = QSplitter()
        splitter.addWidget(listing)
        splitter.addWidget(self._build_form(answered_by))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([860, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(
            quiet_note(
                "myActionsHint",
                self.tr(
                    "Your organisation's open actions. Answer here instead of in the Excel "
                    "list: the convener sees the answer at once, at the next meeting's review."
                ),
            )
        )
        layout.addWidget(splitter, 1)

        self._refresher = RefreshWhenShown(self, store.changed, self.refresh, tables=SHOWS)
        self.refresh()

    def _build_form(self, answered_by: str) -> QWidget:
        self.form_box = QGroupBox(self.tr("Answer"))
        self.action_label = QLabel()
        self.action_label.setObjectName("answeredAction")
        self.action_label.setWordWrap(True)
        self.action_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.action_label.font()
        font.setBold(True)
        self.action_label.setFont(font)
        self.details_label = quiet_note("answeredActionDetails")
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)

        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("— unchanged —"), UNCHANGED)
        for code, text in labels.action_statuses():
            self.status_combo.addItem(text, code)
        self.due_box = QCheckBox(self.tr("New &due date"))
        self.due_edit = date_edit(self.today)
        self.due_edit.setMinimumDate(qdate(self.today))
        self.due_edit.setEnabled(False)
        self.due_box.toggled.connect(self.due_edit.setEnabled)
        self.comment_edit = QLineEdit()
        self.comment_edit.setPlaceholderText(self.tr("How is it going? Enter saves."))
        self.answered_by_edit = QLineEdit(answered_by)
        self.answered_by_edit.setPlaceholderText(self.tr("Your name"))
        for widget in (self.comment_edit, self.answered_by_edit):
            widget.returnPressed.connect(self.save)
        for field in (self.status_combo, self.due_edit, self.due_box):
            field.installEventFilter(self)
        self.status_combo.currentIndexChanged.connect(self._form_edited)
        self.due_box.toggled.connect(self._form_edited)
        self.due_edit.dateChanged.connect(self._form_edited)
        self.comment_edit.textEdited.connect(self._form_edited)

        self.save_button = QPushButton(self.tr("&Save answer"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(self.clear_form)
        self.message = QLabel()
        self.message.setObjectName("answerMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)

        status_label = QLabel(self.tr("New &status"))
        status_label.setBuddy(self.status_combo)
        comment_label = QLabel(self.tr("&Comment"))
        comment_label.setBuddy(self.comment_edit)
        by_label = QLabel(self.tr("Answered &by"))
        by_label.setBuddy(self.answered_by_edit)
        form = QFormLayout()
        form.addRow(status_label, self.errors.wrap("status", self.status_combo))
        form.addRow(self.due_box, self.errors.wrap("new_due_date", self.due_edit))
        form.addRow(comment_label, self.errors.wrap("comment", self.comment_edit))
        form.addRow(by_label, self.errors.wrap("answered_by", self.answered_by_edit))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch()
        box_layout = QVBoxLayout(self.form_box)
        box_layout.addWidget(self.action_label)
        box_layout.addWidget(self.details_label)
        box_layout.addLayout(form)
        box_layout.addLayout(buttons)
        box_layout.addWidget(self.message)
        box_layout.addStretch()
        return self.form_box

    # --- the list --------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-reads the list; the form, and what is typed in it, stays as it is."""
        current = self.current_action_id()
        try:
            rows = self._store.read(
                my_actions.open_actions_of, organisation_id=self.organisation_id
            )
        except KnownError as error:
            self._say(tr_service(error.text), warning=True)
            return
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n open action(s)", "", len(rows)))
        wanted = current if current is not None else self._form_action
        row = self.model.row_of_id(wanted) if wanted is not None else -1
        if row < 0 and rows:
            row = self.proxy.mapToSource(self.proxy.index(0, 0)).row()
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                self.table.setCurrentIndex(index)
        self._show_form_action()

    def current_action_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def current_row(self) -> MyActionRow | None:
        action_id = self._form_action
        row = self.model.row_of_id(action_id) if action_id is not None else -1
        return self.model.row_at(row) if row >= 0 else None

    def select_action(self, action_id: int) -> bool:
        row = self.model.row_of_id(action_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.filter_edit.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.setCurrentIndex(index)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        action_id = current.data(ID_ROLE) if current.isValid() else None
        if action_id == self._form_action:
            return
        self._keep_draft()
        self._form_action = action_id
        self.errors.clear()
        self.message.clear()
        self._load_draft(self._drafts.get(action_id, Draft()) if action_id else Draft())
        self._show_form_action()

    def _show_form_action(self) -> None:
        row = self.current_row()
        if row is None:
            if self._form_action is None:
                self.action_label.setText(self.tr("Choose an action in the list to answer it."))
                self.details_label.clear()
            else:
                self.action_label.setText(self.tr("This action is no longer open."))
                self.details_label.setText(
                    self.tr("It was closed at another desk. Your text is kept in the form.")
                )
            self.save_button.setEnabled(False)
            return
        self.action_label.setText(row.description)
        details = [self.tr("Status: %1").replace("%1", labels.action_status(row.status))]
        if row.due_date is not None:
            details.append(self.tr("Due: %1").replace("%1", row.due_date.isoformat()))
        if row.latest_note:
            details.append(self.tr("Latest note: %1").replace("%1", row.latest_note))
        self.details_label.setText("\n".join(details))
        self.save_button.setEnabled(True)

    # --- the form ----------------------------------------------------------------------

    def draft(self) -> Draft:
        return Draft(
            status=self.status_combo.currentData() or UNCHANGED,
            new_due=edited_date(self.due_edit) if self.due_box.isChecked() else None,
            comment=self.comment_edit.text(),
        )

    def _load_draft(self, draft: Draft) -> None:
        self._loading_form = True
        try:
            index = self.status_combo.findData(draft.status)
            self.status_combo.setCurrentIndex(max(index, 0))
            self.due_box.setChecked(draft.new_due is not None)
            self.due_edit.setDate(qdate(draft.new_due) if draft.new_due else qdate(self.today))
            self.comment_edit.setText(draft.comment)
        finally:
            self._loading_form = False

    def _keep_draft(self) -> None:
        if self._form_action is None:
            return
        draft = self.draft()
        if draft.is_empty:
            self._drafts.pop(self._form_action, None)
        else:
            self._drafts[self._form_action] = draft

    def _form_edited(self, *_args: Any) -> None:
        if not self._loading_form:
            self.message.clear()

    def clear_form(self) -> None:
        if self._form_action is not None:
            self._drafts.pop(self._form_action, None)
        self._load_draft(Draft())
        self.errors.clear()
        self.message.clear()

    def save(self) -> bool:
        """Saves the answer to the action in the form; False, with the form as it was,
        when it is not saved."""
        row = self.current_row()
        if row is None:
            return False
        return self._save(row.id, row.version)

    def _save(self, action_id: int, expected_version: int) -> bool:
        draft = self.draft()

        def write(allow_personal_numbers: bool) -> None:
            self._store.write(
                my_actions.answer_action,
                action_id=action_id,
                status=draft.status or None,
                new_due_date=draft.new_due,
                comment=self.comment_edit.text(),
                answered_by=self.answered_by_edit.text(),
                expected_version=expected_version,
                organisation_id=self.organisation_id,
                allow_personal_numbers=allow_personal_numbers,
            )

        def remove(marker: str) -> None:
            self.comment_edit.setText(remove_personal_numbers(self.comment_edit.text(), marker))
            self.answered_by_edit.setText(
                remove_personal_numbers(self.answered_by_edit.text(), marker)
            )

        try:
            saved = save_asking(self, write, remove)
        except ValidationError as error:
            self.errors.show(error, self)
            return False
        except ChangedElsewhere as conflict:
            return self._resolve(conflict)
        except NotFound:
            self._say(self.tr("The action no longer exists."), warning=True)
            return False
        except KnownError as error:
            # The server does not answer, or refuses: the form keeps every word.
            self._say(tr_service(error.text), warning=True)
            return False
        if not saved:
            self.comment_edit.setFocus()
            return False
        self._refresher.ensure_fresh()
        self._drafts.pop(action_id, None)
        if self._form_action == action_id:
            self._load_draft(Draft())
        self.errors.clear()
        self._say(self.tr("Answer saved. The convener sees it in the review of open actions."))
        self.table.setFocus()
        return True

    def _resolve(self, conflict: ChangedElsewhere) -> bool:
        views = {
            "status": FieldView(self.tr("Status"), dict(labels.action_statuses())),
            "new_due_date": FieldView(self.tr("Due")),
        }
        resolution = ask_how_to_resolve(self, conflict, conflict_rows(conflict, views))
        if resolution is Resolution.KEEP_MINE:
            return self._save(conflict.entity_id, conflict.current_version)
        if resolution is Resolution.TAKE_THEIRS:
            self._drafts.pop(conflict.entity_id, None)
            self._load_draft(Draft())
            self.refresh()
        else:
            self.refresh()  # the list shows the other desk's version; the form keeps yours
        return False

    def _say(self, text: str, *, warning: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020;" if warning else "")
        self.message.setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Enter in any field of the form saves, as in the comment field."""
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            if watched is self.status_combo and self.status_combo.view().isVisible():
                return False
            self.save()
            return True
        return super().eventFilter(watched, event)


__all__ = ["Draft", "MyActionsModel", "MyActionsPage", "MyActionsProxy"]
