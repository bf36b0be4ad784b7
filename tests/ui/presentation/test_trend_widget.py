"""The projector's weekly trend: the meeting's own week, counted only up to the meeting,
is told apart from the whole weeks, in words and on the screen."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtGui import QColor

from est_desktop.services.meetings.presentation import TrendPoint
from est_desktop.ui.presentation.theme import BACKGROUND, TEXT
from est_desktop.ui.presentation.trend_widget import TrendWidget
from tests.ui.shots import save_shot

MEETING = date(2026, 12, 1)  # a Tuesday, in week 49


def _points(*, part_of_week: bool) -> list[TrendPoint]:
    monday = MEETING - timedelta(days=MEETING.weekday())
    counts = (6, 7, 5, 8, 6, 7, 6, 2)
    points = []
    for back, count in zip(range(7, -1, -1), counts, strict=True):
        day = monday - timedelta(weeks=back)
        until = MEETING if part_of_week and back == 0 else None
        points.append(TrendPoint(day, day.isocalendar().week, count, until))
    return points


def _widget(qtbot, points: list[TrendPoint]) -> TrendWidget:
    widget = TrendWidget()
    widget.setStyleSheet(f"background: {BACKGROUND}; color: {TEXT};")
    widget.setAutoFillBackground(True)
    widget.resize(800, 360)
    widget.set_points(points, 28)
    qtbot.addWidget(widget)
    return widget


def test_the_meetings_week_says_so_far(qtbot) -> None:
    widget = _widget(qtbot, _points(part_of_week=True))
    summary = widget.accessibleDescription()
    assert summary.startswith("v. 42: 6, ")
    assert summary.endswith("v. 48: 6, v. 49 hittills: 2")
    save_shot(widget, "projector-trend-part-of-week")


def test_the_part_of_a_week_is_an_outline_not_a_full_bar(qtbot) -> None:
    """The last bar's middle is background when the week is still going on, and filled
    when the week is whole."""

    def middle_of_last_bar(widget: TrendWidget) -> QColor:
        image = widget.grab().toImage()
        slot = widget.width() / len(widget.points)
        x = int(7 * slot + slot / 2)
        bottom = int(widget.height() - widget.fontMetrics().height() * 3)
        return image.pixelColor(x, bottom)

    part = _widget(qtbot, _points(part_of_week=True))
    whole = _widget(qtbot, _points(part_of_week=False))
    assert middle_of_last_bar(whole).lightness() > 200
    assert middle_of_last_bar(part).lightness() < 60
