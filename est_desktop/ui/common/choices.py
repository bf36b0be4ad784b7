"""Combo boxes over the editable reference lists (organisations, places, sources …)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from ...services import reference
from ...services.agreements import follow_up
from ...services.agreements import in_force as agreements
from .store import Store

Choice = tuple[int, str, bool]  # id, name, active


class IdCombo(QComboBox):
    """A combo whose items carry database ids; optional 'none' entry first.

    Only active rows are offered, but a record that still refers to a deactivated
    one shows it (marked) instead of silently losing the reference.
    """

    def __init__(self, none_text: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self._none_text = none_text
        self._inactive: dict[int, str] = {}

    def set_choices(self, choices: list[Choice]) -> None:
        current = self.current_id()
        with QSignalBlocker(self):
            self.clear()
            if self._none_text is not None:
                self.addItem(self._none_text, None)
            self._inactive = {row_id: name for row_id, name, active in choices if not active}
            for row_id, name, active in choices:
                if active:
                    self.addItem(name, row_id)
            self.set_current_id(current)

    def current_id(self) -> int | None:
        return self.currentData()

    def set_current_id(self, row_id: int | None) -> None:
        index = self.findData(row_id)
        if index < 0 and row_id in self._inactive:
            inactive = QCoreApplication.translate("Choices", "%1 (inactive)")
            self.addItem(inactive.replace("%1", self._inactive[row_id]), row_id)
            index = self.count() - 1
        self.setCurrentIndex(index if index >= 0 else 0)


class PlaceCombo(QComboBox):
    """Type to complete a place name; only places in the list can be saved."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.completer()
        assert completer is not None  # an editable combo box has one
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._ids: dict[str, int] = {}
        self._names: dict[int, str] = {}

    def set_places(self, places: list[Choice]) -> None:
        text = self.currentText()
        with QSignalBlocker(self):
            self.clear()
            # Deactivated places are not offered, but an old incident keeps its place.
            self._ids = {name.casefold(): place_id for place_id, name, _active in places}
            self._names = {place_id: name for place_id, name, _active in places}
            for place_id, name, active in places:
                if active:
                    self.addItem(name, place_id)
            self.setEditText(text)

    def current_id(self) -> int | None:
        return self._ids.get(" ".join(self.currentText().split()).casefold())

    def set_current_id(self, place_id: int | None) -> None:
        index = self.findData(place_id)
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText(self._names.get(place_id, "") if place_id is not None else "")


def load_choices(store: Store, on: date) -> dict[str, list[Choice]]:
    """Every list the incident and action forms offer, read in one session.

    Focus areas are those of the agreement in force on ``on`` (the meeting's date).
    """

    def read(session):
        every = {"session": session, "include_inactive": True}
        return {
            "places": [(p.id, p.name, p.active) for p in reference.places(**every)],
            "sources": [(s.id, s.name, s.active) for s in reference.sources(**every)],
            "categories": [(c.id, c.name, c.active) for c in reference.categories(**every)],
            "organisations": [(o.id, o.name, o.active) for o in reference.organisations(**every)],
            "focus_areas": [
                (f.id, f.name, True) for f in agreements.focus_areas_on(session=session, on=on)
            ],
            "plan_rows": [
                (row_id, label, True)
                for row_id, label in follow_up.plan_choices(session=session, on=on)
            ],
        }

    return store.read(read)
