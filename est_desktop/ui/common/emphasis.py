"""Headings and quiet notes: labels whose look is set on the label itself.

A style sheet on the window would do the same, but makes Qt re-polish every widget of
every page, which costs start-up a few tens of milliseconds.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

PAGE_POINTS = 15.0
ITEM_POINTS = 13.0


def _bold(name: str, text: str, points: float | None = None) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    font = label.font()
    font.setBold(True)
    if points is not None:
        font.setPointSizeF(points)
    label.setFont(font)
    return label


def page_heading(text: str = "") -> QLabel:
    return _bold("pageHeading", text, PAGE_POINTS)


def item_heading(text: str = "") -> QLabel:
    return _bold("itemHeading", text, ITEM_POINTS)


def section_heading(text: str = "") -> QLabel:
    return _bold("sectionHeading", text)


def quiet_note(name: str, text: str = "") -> QLabel:
    """Secondary text, in the colour the platform uses for placeholder text (a style sheet
    on the label alone, which costs nothing elsewhere and follows a change of palette)."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label
