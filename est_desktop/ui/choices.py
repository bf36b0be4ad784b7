"""Combo boxes over the editable reference lists (organisations, places, sources …)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from ..services import agreements, reference
from .store import Store


class IdCombo(QComboBox):
    """A combo whose items carry database ids; optional 'none' entry first."""

    def __init__(self, none_text: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self._none_text = none_text

    def set_choices(self, choices: list[tuple[int, str]]) -> None:
        current = self.current_id()
        self.blockSignals(True)
        self.clear()
        if self._none_text is not None:
            self.addItem(self._none_text, None)
        for row_id, name in choices:
            self.addItem(name, row_id)
        self.set_current_id(current)
        self.blockSignals(False)

    def current_id(self) -> int | None:
        return self.currentData()

    def set_current_id(self, row_id: int | None) -> None:
        index = self.findData(row_id)
        self.setCurrentIndex(index if index >= 0 else 0)


class PlaceCombo(QComboBox):
    """Type to complete a place name; only places in the list can be saved."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.completer()
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._ids: dict[str, int] = {}

    def set_places(self, places: list[tuple[int, str]]) -> None:
        text = self.currentText()
        self.blockSignals(True)
        self.clear()
        self._ids = {name.casefold(): place_id for place_id, name in places}
        for place_id, name in places:
            self.addItem(name, place_id)
        self.setEditText(text)
        self.blockSignals(False)

    def current_id(self) -> int | None:
        return self._ids.get(" ".join(self.currentText().split()).casefold())

    def set_current_id(self, place_id: int | None) -> None:
        index = self.findData(place_id)
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")


def load_choices(store: Store, on: date) -> dict[str, list[tuple[int, str]]]:
    """Every list the incident and action forms offer, read in one session.

    Focus areas are those of the agreement in force on ``on`` (the meeting's date).
    """

    def read(session):
        return {
            "places": [(p.id, p.name) for p in reference.places(session=session)],
            "sources": [(s.id, s.name) for s in reference.sources(session=session)],
            "categories": [(c.id, c.name) for c in reference.categories(session=session)],
            "organisations": [(o.id, o.name) for o in reference.organisations(session=session)],
            "focus_areas": [
                (f.id, f.name) for f in agreements.focus_areas_on(session=session, on=on)
            ],
        }

    return store.read(read)
