"""Placing a place by clicking on the map: a point, or the corners of its area.

The wheel zooms around the pointer (a double click shows the whole kommun again), so a
street corner in town can be hit as well as a village.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...services.map.geo import Point
from ...services.map.outline import Municipality

HERE = "#D55E00"
OTHERS = "#8C8C8C"


class MapPickerDialog(QDialog):
    def __init__(
        self,
        kommun: Municipality,
        name: str,
        position: Point | None,
        corners: tuple[Point, ...],
        others: list[tuple[str, Point]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Place %1 on the map").replace("%1", name))
        self.position: Point | None = position
        self.corners: list[Point] = list(corners)
        self._kommun, self._others = kommun, others

        self.point_mode = QRadioButton(self.tr("Click the &place's position"))
        self.area_mode = QRadioButton(self.tr("Click the corners of its &area"))
        self.point_mode.setChecked(True)
        modes = QButtonGroup(self)
        modes.addButton(self.point_mode)
        modes.addButton(self.area_mode)
        self.clear_area_button = QPushButton(self.tr("&Clear the area"))
        self.clear_area_button.clicked.connect(self.clear_area)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setObjectName("mapPickerStatus")
        hint = QLabel(
            self.tr("The mouse wheel zooms; a double click shows the whole kommun again.")
        )
        hint.setWordWrap(True)

        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from ...services.map.picture import base_map
        from .zoom import enable_wheel_zoom

        points = [p for _, p in others] + ([position] if position else []) + list(corners)
        self.figure, self.axes = base_map(kommun, points, width=8, height=5.5)
        self._draw_others()
        self._marks: list = []
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setMinimumSize(640, 440)
        self.canvas.setAccessibleName(self.tr("Map to click on"))
        enable_wheel_zoom(self.canvas)
        self.canvas.mpl_connect("button_press_event", self._clicked)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        modes_row = QHBoxLayout()
        modes_row.addWidget(self.point_mode)
        modes_row.addWidget(self.area_mode)
        modes_row.addWidget(self.clear_area_button)
        modes_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(modes_row)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(hint)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._redraw()

    def _draw_others(self) -> None:
        if not self._others:
            return
        self.axes.scatter(
            [p[1] for _, p in self._others],
            [p[0] for _, p in self._others],
            s=18,
            c=OTHERS,
            zorder=3,
        )

    def _clicked(self, event) -> None:
        if event.inaxes is not self.axes or event.dblclick or event.button != 1:
            return
        point = (event.ydata, event.xdata)
        if self.area_mode.isChecked():
            self.corners.append(point)
        else:
            self.position = point
        self._redraw()

    def clear_area(self) -> None:
        self.corners = []
        self._redraw()

    def _redraw(self) -> None:
        for mark in self._marks:
            mark.remove()
        self._marks = []
        if self.corners:
            from matplotlib.patches import Polygon

            shape = Polygon(
                [(lon, lat) for lat, lon in self.corners],
                closed=len(self.corners) >= 3,
                facecolor=HERE,
                edgecolor=HERE,
                alpha=0.3,
                zorder=4,
            )
            self.axes.add_patch(shape)
            self._marks.append(shape)
        if self.position is not None:
            (dot,) = self.axes.plot(
                [self.position[1]],
                [self.position[0]],
                "o",
                color=HERE,
                ms=10,
                mec="black",
                zorder=5,
            )
            self._marks.append(dot)
        self.status.setText(self.status_text())
        self.canvas.draw_idle()

    def status_text(self) -> str:
        if self.position is None:
            text = self.tr("Not on the map yet.")
        else:
            text = self.tr("Position: %1").replace("%1", position_text(self.position))
        if self.corners:
            text += " " + self.tr("Area: %n corner(s).", "", len(self.corners))
        return text


def position_text(position: Point) -> str:
    """'55,37510, 13,15690': as a Swedish reader writes it, and as the form reads it back."""
    locale = QLocale()
    latitude, longitude = position
    return f"{locale.toString(latitude, 'f', 5)}, {locale.toString(longitude, 'f', 5)}"
