"""The audit trail, read-only: who changed which record when, filtered by record and period."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import (
    QCoreApplication,
    QSignalBlocker,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..services import audit
from ..services.audit import AuditRow
from ..text import QT_TRANSLATE_NOOP, swedish_sort_key
from .common.convert import date_edit, edited_date
from .common.rowmodel import SORT_ROLE, Column, RowTableModel
from .common.store import Store
from .common.views import RefreshWhenShown, row_table

_ACTIONS = {
    "created": QT_TRANSLATE_NOOP("AuditPage", "Created"),
    "changed": QT_TRANSLATE_NOOP("AuditPage", "Changed"),
    "deleted": QT_TRANSLATE_NOOP("AuditPage", "Deleted"),
    "finalised": QT_TRANSLATE_NOOP("AuditPage", "Finalised"),
    "reopened": QT_TRANSLATE_NOOP("AuditPage", "Reopened"),
    "imported": QT_TRANSLATE_NOOP("AuditPage", "Imported"),
}
_ENTITIES = {
    "incident": QT_TRANSLATE_NOOP("AuditPage", "Incident"),
    "action": QT_TRANSLATE_NOOP("AuditPage", "Action"),
    "action_incident": QT_TRANSLATE_NOOP("AuditPage", "Action's link to an incident"),
    "action_update": QT_TRANSLATE_NOOP("AuditPage", "Review of an action"),
    "action_answer": QT_TRANSLATE_NOOP("AuditPage", "Answer to an action list"),
    "meeting": QT_TRANSLATE_NOOP("AuditPage", "Meeting"),
    "agenda_item": QT_TRANSLATE_NOOP("AuditPage", "Agenda item"),
    "attendance": QT_TRANSLATE_NOOP("AuditPage", "Attendance"),
    "organisation": QT_TRANSLATE_NOOP("AuditPage", "Organisation"),
    "place": QT_TRANSLATE_NOOP("AuditPage", "Place"),
    "source": QT_TRANSLATE_NOOP("AuditPage", "Source"),
    "category": QT_TRANSLATE_NOOP("AuditPage", "Category"),
    "agreement": QT_TRANSLATE_NOOP("AuditPage", "Agreement"),
    "agreement_goal": QT_TRANSLATE_NOOP("AuditPage", "Goal of the agreement"),
    "goal_focus_area": QT_TRANSLATE_NOOP("AuditPage", "Goal's link to a focus area"),
    "focus_area": QT_TRANSLATE_NOOP("AuditPage", "Focus area"),
    "plan_activity": QT_TRANSLATE_NOOP("AuditPage", "Row of the action plan"),
    "plan_follow_up": QT_TRANSLATE_NOOP("AuditPage", "Follow-up of the action plan"),
    "app_setting": QT_TRANSLATE_NOOP("AuditPage", "Setting"),
    "import_batch": QT_TRANSLATE_NOOP("AuditPage", "Import of a file"),
    "import_mapping": QT_TRANSLATE_NOOP("AuditPage", "Import mapping"),
    "survey_factor": QT_TRANSLATE_NOOP("AuditPage", "Survey factor"),
    "survey_result": QT_TRANSLATE_NOOP("AuditPage", "Survey count of a week"),
}

# Column names as the forms call them; a column added later shows under its own name.
_FIELDS = {
    "action_id": QT_TRANSLATE_NOOP("AuditFields", "Action"),
    "active": QT_TRANSLATE_NOOP("AuditFields", "Active"),
    "activity": QT_TRANSLATE_NOOP("AuditFields", "Activity"),
    "agenda_item_id": QT_TRANSLATE_NOOP("AuditFields", "Agenda item"),
    "agreement_id": QT_TRANSLATE_NOOP("AuditFields", "Agreement"),
    "answer_key": QT_TRANSLATE_NOOP("AuditFields", "Answer key"),
    "answered_by": QT_TRANSLATE_NOOP("AuditFields", "Answered by"),
    "answered_on": QT_TRANSLATE_NOOP("AuditFields", "Answered on"),
    "at": QT_TRANSLATE_NOOP("AuditFields", "Time"),
    "category_id": QT_TRANSLATE_NOOP("AuditFields", "Category"),
    "closed_on": QT_TRANSLATE_NOOP("AuditFields", "Closed on"),
    "comment": QT_TRANSLATE_NOOP("AuditFields", "Comment"),
    "confidential": QT_TRANSLATE_NOOP("AuditFields", "Confidential"),
    "contact_person": QT_TRANSLATE_NOOP("AuditFields", "Contact person"),
    "continues_id": QT_TRANSLATE_NOOP("AuditFields", "Continues"),
    "convener": QT_TRANSLATE_NOOP("AuditFields", "Convener"),
    "created_at": QT_TRANSLATE_NOOP("AuditFields", "Created at"),
    "date": QT_TRANSLATE_NOOP("AuditFields", "Date"),
    "decided_meeting_id": QT_TRANSLATE_NOOP("AuditFields", "Decided at meeting"),
    "description": QT_TRANSLATE_NOOP("AuditFields", "Description"),
    "due_date": QT_TRANSLATE_NOOP("AuditFields", "Due date"),
    "end_date": QT_TRANSLATE_NOOP("AuditFields", "End date"),
    "end_time": QT_TRANSLATE_NOOP("AuditFields", "End time"),
    "export_id": QT_TRANSLATE_NOOP("AuditFields", "Export"),
    "focus_area_id": QT_TRANSLATE_NOOP("AuditFields", "Focus area"),
    "follow_up": QT_TRANSLATE_NOOP("AuditFields", "Follow-up"),
    "from_agreement": QT_TRANSLATE_NOOP("AuditFields", "From the agreement"),
    "goal": QT_TRANSLATE_NOOP("AuditFields", "Goal"),
    "goal_id": QT_TRANSLATE_NOOP("AuditFields", "Goal"),
    "imported_at": QT_TRANSLATE_NOOP("AuditFields", "Imported at"),
    "import_batch_id": QT_TRANSLATE_NOOP("AuditFields", "Import"),
    "imported_by": QT_TRANSLATE_NOOP("AuditFields", "Imported by"),
    "answered": QT_TRANSLATE_NOOP("AuditFields", "Answered"),
    "batch_id": QT_TRANSLATE_NOOP("AuditFields", "Import"),
    "checksum": QT_TRANSLATE_NOOP("AuditFields", "Checksum"),
    "factor_id": QT_TRANSLATE_NOOP("AuditFields", "Factor"),
    "file_name": QT_TRANSLATE_NOOP("AuditFields", "File"),
    "mapping_name": QT_TRANSLATE_NOOP("AuditFields", "Mapping"),
    "marked": QT_TRANSLATE_NOOP("AuditFields", "Marked"),
    "row_count": QT_TRANSLATE_NOOP("AuditFields", "Rows saved"),
    "settings": QT_TRANSLATE_NOOP("AuditFields", "Settings"),
    "skipped_count": QT_TRANSLATE_NOOP("AuditFields", "Rows left out"),
    "undone_at": QT_TRANSLATE_NOOP("AuditFields", "Undone at"),
    "undone_by": QT_TRANSLATE_NOOP("AuditFields", "Undone by"),
    "week_start": QT_TRANSLATE_NOOP("AuditFields", "Week"),
    "incident_id": QT_TRANSLATE_NOOP("AuditFields", "Incident"),
    "key": QT_TRANSLATE_NOOP("AuditFields", "Key"),
    "kind": QT_TRANSLATE_NOOP("AuditFields", "Kind"),
    "location": QT_TRANSLATE_NOOP("AuditFields", "Location"),
    "location_detail": QT_TRANSLATE_NOOP("AuditFields", "Location detail"),
    "measure": QT_TRANSLATE_NOOP("AuditFields", "Measure"),
    "meeting_id": QT_TRANSLATE_NOOP("AuditFields", "Meeting"),
    "name": QT_TRANSLATE_NOOP("AuditFields", "Name"),
    "new_due_date": QT_TRANSLATE_NOOP("AuditFields", "New due date"),
    "note": QT_TRANSLATE_NOOP("AuditFields", "Note"),
    "notes": QT_TRANSLATE_NOOP("AuditFields", "Notes"),
    "occurred_on": QT_TRANSLATE_NOOP("AuditFields", "Occurred on"),
    "organisation_id": QT_TRANSLATE_NOOP("AuditFields", "Organisation"),
    "owner_organisation_id": QT_TRANSLATE_NOOP("AuditFields", "Responsible organisation"),
    "person_name": QT_TRANSLATE_NOOP("AuditFields", "Name of participant"),
    "place_id": QT_TRANSLATE_NOOP("AuditFields", "Place"),
    "plan_activity_id": QT_TRANSLATE_NOOP("AuditFields", "Action plan row"),
    "planned_minutes": QT_TRANSLATE_NOOP("AuditFields", "Planned minutes"),
    "position": QT_TRANSLATE_NOOP("AuditFields", "Position"),
    "previous_due_date": QT_TRANSLATE_NOOP("AuditFields", "Previous due date"),
    "previous_status": QT_TRANSLATE_NOOP("AuditFields", "Previous status"),
    "reason": QT_TRANSLATE_NOOP("AuditFields", "Reason"),
    "reporting_organisation_id": QT_TRANSLATE_NOOP("AuditFields", "Reported by"),
    "section": QT_TRANSLATE_NOOP("AuditFields", "Section"),
    "signed_on": QT_TRANSLATE_NOOP("AuditFields", "Signed on"),
    "source_file": QT_TRANSLATE_NOOP("AuditFields", "Source file"),
    "source_id": QT_TRANSLATE_NOOP("AuditFields", "Source"),
    "source_row": QT_TRANSLATE_NOOP("AuditFields", "Source row"),
    "start_date": QT_TRANSLATE_NOOP("AuditFields", "Start date"),
    "start_time": QT_TRANSLATE_NOOP("AuditFields", "Start time"),
    "status": QT_TRANSLATE_NOOP("AuditFields", "Status"),
    "text": QT_TRANSLATE_NOOP("AuditFields", "Text"),
    "title": QT_TRANSLATE_NOOP("AuditFields", "Title"),
    "updated_at": QT_TRANSLATE_NOOP("AuditFields", "Updated at"),
    "user": QT_TRANSLATE_NOOP("AuditFields", "User"),
    "value": QT_TRANSLATE_NOOP("AuditFields", "Value"),
    "year": QT_TRANSLATE_NOOP("AuditFields", "Year"),
}


# The settings a person may see changed, by their key in app_setting.
_SETTINGS = {
    "database.id": QT_TRANSLATE_NOOP("AuditSettings", "The database's identity"),
    "seed.loaded_at": QT_TRANSLATE_NOOP("AuditSettings", "Lists of the agreement loaded"),
    "map.municipality": QT_TRANSLATE_NOOP("AuditSettings", "Kommun on the map"),
    "meeting_defaults.weekday": QT_TRANSLATE_NOOP("AuditSettings", "Meeting defaults: weekday"),
    "meeting_defaults.start_time": QT_TRANSLATE_NOOP(
        "AuditSettings", "Meeting defaults: start time"
    ),
    "meeting_defaults.location": QT_TRANSLATE_NOOP("AuditSettings", "Meeting defaults: place"),
    "meeting_defaults.convener": QT_TRANSLATE_NOOP("AuditSettings", "Meeting defaults: convener"),
    "meeting_defaults.organisation_name": QT_TRANSLATE_NOOP(
        "AuditSettings", "Meeting defaults: organisation"
    ),
}


def record_label(entity_id: int | None, note: str) -> str:
    """Which record: its number, or for a link or a setting what it joins or names
    ('Åtgärd 20 · Händelse 5', 'Mötesinställning: veckodag'), never 'action_id=20'."""
    if entity_id is not None:
        return str(entity_id)
    parts = []
    for pair in note.split(", "):
        key, _, value = pair.partition("=")
        if key == "key":
            text = _SETTINGS.get(value)
            parts.append(QCoreApplication.translate("AuditSettings", text) if text else value)
        elif key in _FIELDS:
            parts.append(f"{QCoreApplication.translate('AuditFields', _FIELDS[key])} {value}")
        else:
            parts.append(pair)
    return " · ".join(parts)


def field_labels(fields: str) -> str:
    names = [f for f in fields.split(",") if f]
    return ", ".join(
        QCoreApplication.translate("AuditFields", _FIELDS[f]) if f in _FIELDS else f for f in names
    )


def action_label(code: str) -> str:
    text = _ACTIONS.get(code)
    return QCoreApplication.translate("AuditPage", text) if text else code


def entity_label(code: str) -> str:
    text = _ENTITIES.get(code)
    return QCoreApplication.translate("AuditPage", text) if text else code


DB_USER_COLUMN = 6
SOURCE_FILE_COLUMN = 7


class AuditModel(RowTableModel[AuditRow]):
    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(
                    self.tr("When"),
                    lambda r: r.local_time.strftime("%Y-%m-%d %H:%M:%S"),
                    sort_key=lambda r: r.id,  # entries are numbered as they happen
                ),
                Column(self.tr("User"), lambda r: r.user),
                Column(self.tr("Change"), lambda r: action_label(r.action)),
                Column(self.tr("Record"), lambda r: entity_label(r.entity)),
                Column(
                    self.tr("Number"),
                    lambda r: record_label(r.entity_id, r.note),
                    sort_key=lambda r: (r.entity_id or 0, r.note),
                    align_right=True,
                ),
                Column(self.tr("Fields"), lambda r: field_labels(r.fields)),
                Column(self.tr("Database user"), lambda r: r.db_user),
                Column(self.tr("Imported from"), lambda r: r.source_file),
            ],
            row_id=lambda r: r.id,
            parent=parent,
        )


class AuditPage(QWidget):
    """Shows the trail; nothing here changes it (the services offer no way to)."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.model = AuditModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = row_table(self.proxy, stretch=5, sortable=True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)

        self.entity_filter = QComboBox()
        self.entity_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.entity_filter.setMinimumContentsLength(18)
        today = date.today()
        self.since_edit = date_edit(today - timedelta(days=30))
        self.until_edit = date_edit(today)
        self.count_label = QLabel()

        filters = QHBoxLayout()
        for text, widget in (
            (self.tr("&Record"), self.entity_filter),
            (self.tr("&From"), self.since_edit),
            (self.tr("&To"), self.until_edit),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addStretch()
        filters.addWidget(self.count_label)
        note = QLabel(
            self.tr(
                "Every change to the records, with who made it and which fields changed. "
                "The contents of the fields are not kept here. The trail cannot be edited."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

        self.entity_filter.currentIndexChanged.connect(self.refresh)
        self.since_edit.dateChanged.connect(self.refresh)
        self.until_edit.dateChanged.connect(self.refresh)
        # Read when first shown, not at start-up.
        RefreshWhenShown(self, store.changed, self.refresh, tables={"audit_entry"}, stale=True)

    def refresh(self) -> None:
        self._fill_entities()
        rows = self._store.read(
            audit.audit_rows,
            entity=self.entity_filter.currentData(),
            since=edited_date(self.since_edit),
            until=edited_date(self.until_edit),
        )
        self.model.set_rows(rows)
        # Only a server records the database user: a column that would stay empty is hidden.
        self.table.setColumnHidden(DB_USER_COLUMN, not any(r.db_user for r in rows))
        self.table.setColumnHidden(SOURCE_FILE_COLUMN, not any(r.source_file for r in rows))
        self.count_label.setText(self.tr("%n change(s)", "", len(rows)))

    def _fill_entities(self) -> None:
        chosen = self.entity_filter.currentData()
        entities = self._store.read(audit.audited_entities)
        choices = sorted(
            ((entity_label(e), e) for e in entities), key=lambda c: swedish_sort_key(c[0])
        )
        with QSignalBlocker(self.entity_filter):
            self.entity_filter.clear()
            self.entity_filter.addItem(self.tr("All records"), None)
            for text, code in choices:
                self.entity_filter.addItem(text, code)
            index = self.entity_filter.findData(chosen)
            self.entity_filter.setCurrentIndex(max(index, 0))
