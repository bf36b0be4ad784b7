"""The week's survey picture for a focus-area item: a few lines above its records."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from ...services.imports.survey_picture import SurveyWeek, survey_week
from ..common.store import Store
from .survey_text import factor_lines, survey_heading


class SurveyBox(QGroupBox):
    """The survey week's heading and a line per factor of the item's focus area; hidden when
    the survey has no week to show for the meeting, or none of the area's factors has answers."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("surveyBox")
        self._store = store
        self.week: SurveyWeek | None = None
        self.lines = QLabel()
        self.lines.setWordWrap(True)
        self.lines.setTextFormat(Qt.TextFormat.PlainText)
        self.lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.addWidget(self.lines)
        self.hide()

    def show_for(self, *, focus_area_id: int | None, on: date) -> None:
        """Reads the picture for a meeting on ``on``; called with the item and on every
        refresh, as the records around it are."""
        self.week = (
            None
            if focus_area_id is None
            else self._store.read(survey_week, on=on, focus_area_id=focus_area_id)
        )
        if self.week is not None:
            self.setTitle(survey_heading(self.week))
            self.lines.setText("\n".join(factor_lines(self.week)))
        self.setVisible(self.week is not None)

    def text(self) -> str:
        """What the box says, heading included (empty while hidden)."""
        return "" if self.week is None else f"{self.title()}\n{self.lines.text()}"
