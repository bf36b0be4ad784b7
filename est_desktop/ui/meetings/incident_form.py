"""Recording an incident while people talk: Enter saves and starts the next one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from ...errors import ValidationError
from ...models import Incident, IncidentCreate
from ...services.conflicts import ChangedElsewhere
from ...services.personal_numbers import remove_personal_numbers
from ...text import QT_TRANSLATE_NOOP
from ..common.choices import Choice, IdCombo, PlaceCombo
from ..common.conflict_dialog import ConflictRow, FieldView, conflict_rows, plain_label
from ..common.convert import date_edit, edited_date, parse_time, qdate
from ..common.emphasis import quiet_note
from ..common.messages import FieldErrors


class IncidentForm(QWidget):
    """Emits ``submitted`` with the form's data; the owner saves it through the services."""

    submitted = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()
        self.editing_id: int | None = None
        # The version of the incident the form shows: a save over a newer one is refused.
        self.editing_version: int | None = None
        self._names: dict[str, dict[int, str]] = {}
        self.default_focus_area_id: int | None = None

        self.date_edit = date_edit(date.today())
        self.start_edit = QLineEdit()
        self.start_edit.setPlaceholderText(self.tr("hh:mm"))
        self.start_edit.setMaximumWidth(70)
        self.end_edit = QLineEdit()
        self.end_edit.setPlaceholderText(self.tr("hh:mm"))
        self.end_edit.setMaximumWidth(70)
        self.place_combo = PlaceCombo()
        place_edit = self.place_combo.lineEdit()
        assert place_edit is not None  # the combo box is editable
        place_edit.setPlaceholderText(self.tr("Type to find a place"))
        self.detail_edit = QLineEdit()
        self.detail_edit.setPlaceholderText(self.tr("e.g. street, building (optional)"))
        self.focus_combo = IdCombo(self.tr("— no focus area —"))
        self.category_combo = IdCombo(self.tr("— no category —"))
        self.source_combo = IdCombo(self.tr("— choose source —"))
        self.reporter_combo = IdCombo(self.tr("— not stated —"))
        self.description_edit = QPlainTextEdit()
        self.description_edit.setPlaceholderText(
            self.tr("What happened? Enter saves, Shift+Enter makes a new line.")
        )
        self.description_edit.setMaximumHeight(64)
        self.description_edit.installEventFilter(self)
        self.confidential_box = QCheckBox(self.tr("Confidential"))
        self.confidential_box.setToolTip(
            self.tr("Never shown on the projector; left out of minutes unless included on export.")
        )
        self.reminder = quiet_note(
            "privacyReminder", self.tr("EST records places and events, not named private persons.")
        )
        self.save_button = QPushButton(self.tr("Save incident"))
        self.save_button.clicked.connect(self.submitted)
        self.cancel_button = QPushButton(self.tr("Clear"))
        self.cancel_button.clicked.connect(self.clear)
        self.cancel_button.clicked.connect(self.cancelled)

        time_row = QWidget()
        time_layout = QHBoxLayout(time_row)
        time_layout.setContentsMargins(0, 0, 0, 0)
        time_layout.addWidget(self.start_edit)
        time_layout.addWidget(QLabel("–"))
        time_layout.addWidget(self.end_edit)
        time_layout.addStretch()

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        fields = [
            (self.tr("&Date"), "occurred_on", self.date_edit, 0, 0),
            (self.tr("&Time"), "start_time", time_row, 0, 2),
            (self.tr("&Place"), "place_id", self.place_combo, 1, 0),
            (self.tr("Detail"), "location_detail", self.detail_edit, 1, 2),
            (self.tr("&Focus area"), "focus_area_id", self.focus_combo, 2, 0),
            (self.tr("Categor&y"), "category_id", self.category_combo, 2, 2),
            (self.tr("&Source"), "source_id", self.source_combo, 3, 0),
            (self.tr("&Reported by"), "reporting_organisation_id", self.reporter_combo, 3, 2),
        ]
        self._labels = {field: plain_label(text) for text, field, *_ in fields}
        self._labels["start_time"] = self.tr("Start time")
        self._labels["end_time"] = self.tr("End time")
        self._labels["confidential"] = plain_label(self.confidential_box.text())
        for text, field, widget, row, column in fields:
            label = QLabel(text)
            label.setBuddy(widget if widget is not time_row else self.start_edit)
            grid.addWidget(label, row, column)
            grid.addWidget(self.errors.wrap(field, widget), row, column + 1)
        description_label = QLabel(self.tr("What &happened"))
        description_label.setBuddy(self.description_edit)
        self._labels["description"] = plain_label(description_label.text())
        grid.addWidget(description_label, 4, 0)
        grid.addWidget(self.errors.wrap("description", self.description_edit), 4, 1, 1, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confidential_box)
        buttons.addWidget(self.reminder, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        grid.addLayout(buttons, 5, 0, 1, 4)
        self.source_label = QLabel()
        self.source_label.setObjectName("importedFrom")
        self.source_label.setTextFormat(Qt.TextFormat.PlainText)
        self.source_label.setStyleSheet("color: #555;")
        self.source_label.hide()
        grid.addWidget(self.source_label, 6, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    def set_choices(self, choices: dict[str, list[Choice]]) -> None:
        self.place_combo.set_places(choices["places"])
        self.focus_combo.set_choices(choices["focus_areas"])
        self.category_combo.set_choices(choices["categories"])
        self.source_combo.set_choices(choices["sources"])
        self.reporter_combo.set_choices(choices["organisations"])
        self._names = {
            key: {row_id: name for row_id, name, _active in choices[key]}
            for key in ("places", "focus_areas", "categories", "sources", "organisations")
        }

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched is self.description_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.submitted.emit()
            return True
        return super().eventFilter(watched, event)

    def data(self) -> IncidentCreate:
        """The form's content; a time that cannot be read is reported at its field."""
        try:
            times = [parse_time(self.start_edit.text()), parse_time(self.end_edit.text())]
        except ValueError:
            raise ValidationError.single(
                QT_TRANSLATE_NOOP("Validation", "Write the time as hh:mm, for example 21:30."),
                "start_time",
            ) from None
        return IncidentCreate(
            occurred_on=edited_date(self.date_edit),
            start_time=times[0],
            end_time=times[1],
            place_id=self.place_combo.current_id(),
            location_detail=self.detail_edit.text(),
            focus_area_id=self.focus_combo.current_id(),
            category_id=self.category_combo.current_id(),
            source_id=self.source_combo.current_id(),
            reporting_organisation_id=self.reporter_combo.current_id(),
            description=self.description_edit.toPlainText(),
            confidential=self.confidential_box.isChecked(),
        )

    def load(self, incident: Incident, source_file: str = "") -> None:
        """``source_file``: the file the incident was imported from, shown above the form."""
        self.source_label.setText(
            self.tr("Imported from %1").replace("%1", source_file) if source_file else ""
        )
        self.source_label.setVisible(bool(source_file))
        self.editing_id = incident.id
        self.editing_version = incident.version
        self.date_edit.setDate(qdate(incident.occurred_on))
        self.start_edit.setText(
            incident.start_time.strftime("%H:%M") if incident.start_time else ""
        )
        self.end_edit.setText(incident.end_time.strftime("%H:%M") if incident.end_time else "")
        self.place_combo.set_current_id(incident.place_id)
        self.detail_edit.setText(incident.location_detail)
        self.focus_combo.set_current_id(incident.focus_area_id)
        self.category_combo.set_current_id(incident.category_id)
        self.source_combo.set_current_id(incident.source_id)
        self.reporter_combo.set_current_id(incident.reporting_organisation_id)
        self.description_edit.setPlainText(incident.description)
        self.confidential_box.setChecked(incident.confidential)
        self.save_button.setText(self.tr("Save changes"))
        self.errors.clear()

    def clear(self) -> None:
        """Ready for the next incident: date, source and reporter stay, the rest empties."""
        self.source_label.hide()
        self.editing_id = None
        self.editing_version = None
        self.start_edit.clear()
        self.end_edit.clear()
        self.place_combo.set_current_id(None)
        self.detail_edit.clear()
        self.focus_combo.set_current_id(self.default_focus_area_id)
        self.category_combo.set_current_id(None)
        self.description_edit.clear()
        self.confidential_box.setChecked(False)
        self.save_button.setText(self.tr("Save incident"))
        self.errors.clear()

    def show_errors(self, error: ValidationError) -> None:
        self.errors.show(error, self)

    def forget_record(self) -> None:
        """The record is gone (deleted at another desk): what is typed saves as a new one."""
        self.editing_id = None
        self.editing_version = None
        self.save_button.setText(self.tr("Save incident"))

    def remove_personal_numbers(self, replacement: str) -> None:
        """Replaces each personal identity number in the free text, where the user sees it."""
        self.description_edit.setPlainText(
            remove_personal_numbers(self.description_edit.toPlainText(), replacement)
        )
        self.detail_edit.setText(remove_personal_numbers(self.detail_edit.text(), replacement))

    def conflict_rows(self, conflict: ChangedElsewhere) -> list[ConflictRow]:
        """The conflict's fields as this form shows them: names, ISO dates, hh:mm."""
        names = {
            "place_id": self._names.get("places", {}),
            "focus_area_id": self._names.get("focus_areas", {}),
            "category_id": self._names.get("categories", {}),
            "source_id": self._names.get("sources", {}),
            "reporting_organisation_id": self._names.get("organisations", {}),
        }
        views = {field: FieldView(label, names.get(field)) for field, label in self._labels.items()}
        return conflict_rows(conflict, views)
