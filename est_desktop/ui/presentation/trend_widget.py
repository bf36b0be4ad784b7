"""A small bar chart of incidents per week, with the numbers written on the bars; the
meeting's own week, counted only up to the meeting, is an outlined bar, "so far"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from ...services.meetings.presentation import TrendPoint
from .theme import MUTED, RULE, TEXT


class TrendWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[TrendPoint] = []
        self.pixel_size = 32

    def set_points(self, points: list[TrendPoint], pixel_size: int) -> None:
        self.points = points
        self.pixel_size = pixel_size
        self.setAccessibleDescription(self.summary())
        self.update()

    def summary(self) -> str:
        """The chart in words, for screen readers and tests."""
        return ", ".join(_week_text(p).replace("%2", str(p.count)) for p in self.points)

    def paintEvent(self, _event) -> None:  # noqa: N802
        if not self.points:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPixelSize(self.pixel_size)
        painter.setFont(font)
        line = painter.fontMetrics().height()
        title = QCoreApplication.translate("Slides", "Incidents per week")
        if not self.points[-1].complete:
            title = QCoreApplication.translate(
                "Slides", "Incidents per week · w. %1 so far"
            ).replace("%1", str(self.points[-1].week))
        painter.setPen(QColor(MUTED))
        painter.drawText(QRectF(0, 0, self.width(), line), Qt.AlignmentFlag.AlignLeft, title)

        top, bottom = line * 2.2, self.height() - line * 1.2
        slot = self.width() / len(self.points)
        highest = max(max(p.count for p in self.points), 1)
        for index, point in enumerate(self.points):
            x = index * slot + slot * 0.15
            width = slot * 0.7
            height = (bottom - top) * point.count / highest
            bar = QRectF(x, bottom - height, width, height)
            if point.complete:
                painter.fillRect(bar, QColor(TEXT))
            else:
                painter.setPen(
                    QPen(QColor(TEXT), max(2, self.pixel_size // 10), Qt.PenStyle.DotLine)
                )
                painter.drawRect(bar)
            painter.setPen(QColor(TEXT))
            painter.drawText(
                QRectF(x - slot * 0.15, bottom - height - line, slot, line),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                str(point.count),
            )
            painter.setPen(QColor(MUTED))
            painter.drawText(
                QRectF(x - slot * 0.15, bottom + line * 0.1, slot, line),
                Qt.AlignmentFlag.AlignHCenter,
                str(point.week),
            )
        painter.setPen(QColor(RULE))
        painter.drawLine(0, int(bottom), self.width(), int(bottom))
        painter.end()


def _week_text(point: TrendPoint) -> str:
    """'v. 48: %2', or 'v. 49 hittills: %2' for the meeting's week, counted to its day."""
    if point.complete:
        text = QCoreApplication.translate("Slides", "w. %1: %2")
    else:
        text = QCoreApplication.translate("Slides", "w. %1 so far: %2")
    return text.replace("%1", str(point.week))
