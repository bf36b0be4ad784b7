"""Date fields take a whole ISO date typed at once, wherever the cursor is (issue 19)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QTableView,
)

from est_desktop.ui.common.convert import date_edit, edited_date

SHOTS = Path(__file__).resolve().parents[3] / "test-output"
SHOWN = date(2025, 1, 5)


class Form(QDialog):
    """A name, a date and a place, with OK as the default button, as the app's dialogs are."""

    def __init__(self) -> None:
        super().__init__()
        self.name = QLineEdit()
        self.day = date_edit(SHOWN)
        self.place = QLineEdit()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QFormLayout(self)
        layout.addRow("Namn", self.name)
        layout.addRow("Datum", self.day)
        layout.addRow("Plats", self.place)
        layout.addRow(buttons)


@pytest.fixture
def form(qtbot) -> Form:
    form = Form()
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    form.name.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.name)
    return form


def _tab_into_date(qtbot, form: Form) -> QDateEdit:
    qtbot.keyClick(form.name, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.day
    return form.day


@pytest.mark.parametrize("typed", ["2026-12-18", "20261218"])
def test_a_date_typed_after_tab_is_the_date(qtbot, form: Form, typed: str) -> None:
    day = _tab_into_date(qtbot, form)
    qtbot.keyClicks(day, typed)
    assert edited_date(day) == date(2026, 12, 18)
    assert day.text() == "2026-12-18"


def test_a_date_typed_over_the_selected_text_is_the_date(qtbot, form: Form) -> None:
    day = _tab_into_date(qtbot, form)
    qtbot.keyClick(day, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(day, "2026-12-18")
    assert edited_date(day) == date(2026, 12, 18)


@pytest.mark.parametrize("typed", ["2026-12-18", "20261218"])
@pytest.mark.parametrize("cursor", [0, 3, 6, 9, 10])
def test_a_date_typed_with_the_cursor_anywhere_is_the_date(qtbot, form: Form, cursor, typed):
    day = _tab_into_date(qtbot, form)
    day.lineEdit().setCursorPosition(cursor)
    qtbot.keyClicks(day, typed)
    assert edited_date(day) == date(2026, 12, 18)
    assert day.text() == "2026-12-18"


def test_tab_leaves_for_the_next_field_and_its_text_stays_there(qtbot, form: Form) -> None:
    day = _tab_into_date(qtbot, form)
    qtbot.keyClicks(day, "2026-12-18")
    qtbot.keyClick(day, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Rådhuset")
    assert form.place.text() == "Rådhuset"
    assert edited_date(day) == date(2026, 12, 18)


def test_tab_without_typing_leaves_too(qtbot, form: Form) -> None:
    day = _tab_into_date(qtbot, form)
    qtbot.keyClick(day, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.place


def test_shift_tab_goes_back_to_the_field_before(qtbot, form: Form) -> None:
    form.place.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.place)
    qtbot.keyClick(form.place, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is form.day
    qtbot.keyClick(form.day, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is form.name


@pytest.mark.parametrize(
    ("cursor", "key", "expected"),
    [
        (2, Qt.Key.Key_Up, date(2026, 1, 5)),
        (6, Qt.Key.Key_Up, date(2025, 2, 5)),
        (9, Qt.Key.Key_Down, date(2025, 1, 4)),
    ],
)
def test_the_arrow_keys_step_the_part_under_the_cursor(qtbot, form: Form, cursor, key, expected):
    day = _tab_into_date(qtbot, form)
    day.lineEdit().setCursorPosition(cursor)
    qtbot.keyClick(day, key)
    assert edited_date(day) == expected


def test_the_calendar_opens_on_the_typed_date_and_picks_a_day(qtbot, form: Form) -> None:
    day = _tab_into_date(qtbot, form)
    qtbot.keyClicks(day, "2026-12-18")
    arrow = QPoint(day.width() - 5, day.height() // 2)
    qtbot.mouseClick(day, Qt.MouseButton.LeftButton, pos=arrow)
    calendar = day.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    assert calendar.selectedDate().toString(Qt.DateFormat.ISODate) == "2026-12-18"
    days = calendar.findChild(QTableView)  # the grid of days takes the keys
    qtbot.keyClick(days, Qt.Key.Key_Right)
    qtbot.keyClick(days, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert edited_date(day) == date(2026, 12, 19)


def test_an_impossible_date_stays_visible_and_is_not_taken(qtbot, form: Form) -> None:
    """2026-02-30 is neither made 2026-02-28 nor 2026-02-03: the last real date stays."""
    day = _tab_into_date(qtbot, form)
    qtbot.keyClicks(day, "2026-02-30")
    assert day.text() == "2026-02-30"
    assert edited_date(day) == SHOWN
    qtbot.keyClick(day, Qt.Key.Key_Return)  # not saved with another date than the one shown
    assert form.isVisible()
    qtbot.keyClick(day, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.place
    assert day.text() == "2025-01-05"
    assert edited_date(day) == SHOWN


def test_a_typo_can_be_taken_back_before_leaving(qtbot, form: Form) -> None:
    day = _tab_into_date(qtbot, form)
    qtbot.keyClicks(day, "2026-02-30")
    qtbot.keyClick(day, Qt.Key.Key_Backspace)
    qtbot.keyClick(day, Qt.Key.Key_Backspace)
    assert day.text() == "2026-02-"
    qtbot.keyClicks(day, "28")
    assert edited_date(day) == date(2026, 2, 28)


def test_a_half_typed_date_goes_back_to_the_date_on_leaving(qtbot, form: Form) -> None:
    day = _tab_into_date(qtbot, form)
    qtbot.keyClicks(day, "2026-1")
    qtbot.keyClick(day, Qt.Key.Key_Tab)
    assert day.text() == "2025-01-05"
    assert edited_date(day) == SHOWN


def test_enter_after_a_typed_date_saves_it(qtbot, form: Form) -> None:
    day = _tab_into_date(qtbot, form)
    qtbot.keyClicks(day, "2026-12-18")
    SHOTS.mkdir(exist_ok=True)
    assert form.grab().save(str(SHOTS / "date_field.png"))
    with qtbot.waitSignal(form.accepted):
        qtbot.keyClick(day, Qt.Key.Key_Return)
    assert edited_date(day) == date(2026, 12, 18)
