"""The whole window speaks one language: every page, tab, menu, button, label and column
heading of a window full of the demo's meetings is in the chosen language, its dates too.

What counts as the other language is what the translation says: in English, no text on
screen may be one of our Swedish translations; in Swedish, none may be an English source
that the translation changes. Names from the database (places, organisations, the
agreement's focus areas) are data and stay as they are written.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTabWidget,
    QWidget,
)

from est_desktop.db import session_scope
from est_desktop.i18n import install_translators
from est_desktop.services.demo.weeks import create_demo_database
from est_desktop.services.documents import wording
from est_desktop.ui.main_window import MainWindow

TS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "est_desktop_sv.ts"
SHOTS = Path(__file__).resolve().parents[2] / "test-output"
TODAY = date(2026, 11, 27)

SWEDISH_DATE_WORDS = re.compile(
    r"\b(måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|januari|februari|april|maj|juni|"
    r"juli|augusti|oktober)\b",
    re.IGNORECASE,
)
ENGLISH_DATE_WORDS = re.compile(
    r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|October)\b"
)


def _plain(text: str) -> str:
    """What a reader sees of a label: no mnemonic ampersand, no markup, no ellipsis."""
    text = re.sub(r"<[^>]+>", " ", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.replace("…", "").split()).strip(" :")


def _messages() -> list[tuple[str, list[str]]]:
    """(English source, its Swedish forms) for every finished message we ship."""
    found = []
    for message in ET.parse(TS).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in {"unfinished", "vanished", "obsolete"}:
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        found.append((message.findtext("source") or "", forms))
    return found


def other_language_texts(language: str) -> set[str]:
    """Whole texts that would show a string left in the other language."""
    sources = {_plain(source) for source, _ in _messages()}
    swedish = {_plain(form) for _, forms in _messages() for form in forms}
    if language == "en":
        other = swedish - sources
    else:
        other = sources - swedish
    # Placeholders make a text a pattern, not a text seen whole; one-word terms of the
    # glossary ("Lägesbild") are the same in both.
    return {text for text in other if "%" not in text and len(text) > 3}


def texts_on_screen(window: QWidget) -> set[str]:
    texts = {window.windowTitle()}
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel):
            texts.add(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts |= {widget.text(), widget.toolTip()}
        elif isinstance(widget, QGroupBox):
            texts.add(widget.title())
        elif isinstance(widget, QTabBar):
            texts |= {widget.tabText(i) for i in range(widget.count())}
        elif isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            texts |= {
                str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                for column in range(model.columnCount())
            }
    for menu in window.findChildren(QMenu):
        texts |= {action.text() for action in menu.actions()}
    return {_plain(text) for text in texts if text}


@pytest.fixture
def demo_engine(engine):
    with session_scope(engine) as session:
        create_demo_database(session=session, today=TODAY)
    return engine


@pytest.fixture(params=["en", "sv"])
def language(request, qapp) -> Iterator[str]:
    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "sv")  # what every other UI test sees


def test_every_page_of_the_window_is_in_the_chosen_language(qtbot, demo_engine, language):
    window = MainWindow(demo_engine)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    other = other_language_texts(language)
    seen: dict[str, str] = {}
    agenda = window.workspace.agenda
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        page = window.tabs.tabText(tab)
        rows = agenda.model().rowCount() if window.tabs.currentWidget() is window.workspace else 1
        for row in range(rows):
            if rows > 1:
                agenda.setCurrentIndex(agenda.model().index(row, 0))
                QApplication.processEvents()
            for text in texts_on_screen(window):
                seen.setdefault(text, page)
        for inner in window.tabs.currentWidget().findChildren(QTabWidget):
            for index in range(inner.count()):  # every tab inside the page too
                inner.setCurrentIndex(index)
                QApplication.processEvents()
                for text in texts_on_screen(window):
                    seen.setdefault(text, f"{page} → {inner.tabText(index)}")
        if tab == 1:
            SHOTS.mkdir(exist_ok=True)
            window.grab().save(str(SHOTS / f"window-{language}-workspace.png"))

    left = sorted(f"{seen[text]}: {text!r}" for text in seen if text in other)
    dates = ENGLISH_DATE_WORDS if language == "sv" else SWEDISH_DATE_WORDS
    wrong_dates = sorted(f"{seen[text]}: {text!r}" for text in seen if dates.search(text))
    assert left == [], f"left in the other language ({language} chosen)"
    assert wrong_dates == []
    assert QLocale().language() == (
        QLocale.Language.English if language == "en" else QLocale.Language.Swedish
    )
    assert wording.language() == language


def test_a_text_left_in_the_other_language_is_caught(qtbot):
    """The check itself: a Swedish label in the English window, and the other way round."""
    page = QWidget()
    qtbot.addWidget(page)
    QLabel("&Avsluta mötet", page)
    QLabel("Finalise meeting", page)
    page.show()

    on_screen = texts_on_screen(page)

    assert on_screen & other_language_texts("en") == {"Avsluta mötet"}
    assert on_screen & other_language_texts("sv") == {"Finalise meeting"}
