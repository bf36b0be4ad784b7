"""Where the chosen place is, under its form in Settings → Places: type a position or
pick it on the map, take it off the map, or merge the place into another one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...errors import KnownError, ValidationError
from ...models import Place, saved_id
from ...services import reference
from ...services.map import geo, outline, positions
from ..common.messages import FieldErrors, show_error
from ..common.store import Store
from .picker_dialog import MapPickerDialog, position_text


class PositionBox(QGroupBox):
    merged = Signal(int)  # the id of the place kept

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("On the map"), parent)
        self._store = store
        self.place: Place | None = None
        self.errors = FieldErrors()

        self.position_edit = QLineEdit()
        self.position_edit.setPlaceholderText(self.tr("e.g. 55.3751, 13.1569"))
        self.position_edit.setToolTip(
            self.tr(
                "Latitude and longitude in degrees (decimal point or comma), degrees and "
                "minutes as web maps show them, or SWEREF 99 TM (N 6138079 E 383209)."
            )
        )
        self.position_edit.returnPressed.connect(self.save_typed)
        self.save_button = QPushButton(self.tr("Save pos&ition"))
        self.save_button.clicked.connect(self.save_typed)
        self.pick_button = QPushButton(self.tr("Pick on the ma&p…"))
        self.pick_button.clicked.connect(self.pick_on_map)
        self.clear_button = QPushButton(self.tr("&Take off the map"))
        self.clear_button.clicked.connect(self.take_off_map)
        self.merge_button = QPushButton(self.tr("Mer&ge into…"))
        self.merge_button.clicked.connect(self.merge)
        self.area_label = QLabel()
        self.kommun_combo = QComboBox()
        for kommun in sorted(outline.municipalities(), key=lambda m: m.name):
            self.kommun_combo.addItem(kommun.name, kommun.code)
        self.kommun_combo.activated.connect(self._kommun_chosen)

        form = QFormLayout()
        form.addRow(self.tr("Position"), self.errors.wrap("position", self.position_edit))
        form.addRow("", self.area_label)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.pick_button)
        row.addStretch(1)
        second = QHBoxLayout()
        second.addWidget(self.clear_button)
        second.addWidget(self.merge_button)
        second.addStretch(1)
        kommun_form = QFormLayout()
        kommun_form.addRow(self.tr("The map shows"), self.kommun_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addLayout(second)
        layout.addLayout(kommun_form)
        self.show_place(None)

    def show_place(self, place: Place | None) -> None:
        """The place chosen in the list, or None while a new one is being made."""
        self.place = place
        self.errors.clear()
        chosen = self._store.read(outline.chosen_municipality)
        self.kommun_combo.setCurrentIndex(self.kommun_combo.findData(chosen.code))
        for widget in (
            self.position_edit,
            self.save_button,
            self.pick_button,
            self.clear_button,
            self.merge_button,
        ):
            widget.setEnabled(place is not None)
        if place is None:
            self.position_edit.clear()
            self.area_label.setText(self.tr("Save the place first, then place it on the map."))
            return
        latitude, longitude = place.latitude, place.longitude
        placed = latitude is not None and longitude is not None
        self.position_edit.setText(
            position_text((latitude, longitude))
            if latitude is not None and longitude is not None
            else ""
        )
        self.clear_button.setEnabled(placed or bool(place.area))
        corners = positions.area_of(place)
        self.area_label.setText(
            self.tr("Area with %n corner(s)", "", len(corners))
            if corners
            else (self.tr("No area drawn") if placed else self.tr("Not on the map yet"))
        )

    def save_typed(self) -> bool:
        if self.place is None:
            return False
        try:
            position = geo.parse_position(self.position_edit.text())
        except ValidationError as error:
            self.errors.show(error, self)
            return False
        return self._write(positions.save_position, place_id=self.place.id, position=position)

    def pick_on_map(self) -> bool:
        if self.place is None:
            return False
        place = self.place
        kommun = self._store.read(outline.chosen_municipality)
        others = [
            (p.name, (p.latitude, p.longitude))
            for p in self._store.read(reference.places, include_inactive=True)
            if p.id != place.id and p.latitude is not None and p.longitude is not None
        ]
        latitude, longitude = place.latitude, place.longitude
        current = (latitude, longitude) if latitude is not None and longitude is not None else None
        dialog = MapPickerDialog(
            kommun, place.name, current, positions.area_of(place), others, self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self._write(
            positions.place_on_map,
            place_id=place.id,
            position=dialog.position,
            corners=dialog.corners,
        )

    def take_off_map(self) -> bool:
        if self.place is None:
            return False
        return self._write(
            positions.place_on_map, place_id=self.place.id, position=None, corners=[]
        )

    def merge(self) -> bool:
        """Moves every incident of this place to another and removes this one, once the
        convener has confirmed what moves where."""
        if self.place is None:
            return False
        place = self.place
        others = [
            p for p in self._store.read(reference.places, include_inactive=True) if p.id != place.id
        ]
        dialog = MergeDialog(place.name, [(saved_id(p), p.name) for p in others], self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        keep_id, keep_name = dialog.chosen()
        answer = QMessageBox.question(
            self,
            self.tr("Merge places"),
            self.tr(
                "Every incident at %1 moves to %2, and %1 is removed from the list. "
                "The change log keeps each move. Merge?"
            )
            .replace("%1", place.name)
            .replace("%2", keep_name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        if not self._write(positions.merge_places, keep_id=keep_id, merge_id=place.id):
            return False
        self.merged.emit(keep_id)
        return True

    def _kommun_chosen(self) -> None:
        self._write(outline.choose_municipality, code=self.kommun_combo.currentData())

    def _write(self, service, **kwargs) -> bool:
        try:
            result = self._store.write(service, **kwargs)
        except ValidationError as error:
            self.errors.show(error, self)
            return False
        except KnownError as error:
            show_error(self, error)
            return False
        if isinstance(result, Place):
            self.show_place(result)
        return True


class MergeDialog(QDialog):
    def __init__(
        self, name: str, others: list[tuple[int, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge %1 into another place").replace("%1", name))
        self.target = QComboBox()
        for place_id, other in others:
            self.target.addItem(other, place_id)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Keep the place"), self.target)
        form.addRow(buttons)

    def chosen(self) -> tuple[int, str]:
        return self.target.currentData(), self.target.currentText()
