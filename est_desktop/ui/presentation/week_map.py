"""The week's map on a focus-area slide, drawn for the projector at the size it has.

The map is the lägesbild's own picture (``services.map.picture``) with the projector's
sizes, drawn ``FIGURE_INCHES`` wide at whatever pixels the widget has: its type grows with
the map, and the legend beside it keeps room for its title. matplotlib is imported when
the first map is drawn, not when the window opens; while the window is being resized the
last picture is stretched until the size settles.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QTimer
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...services.map.counts import IncidentMap

SETTLE_MS = 150
FIGURE_INCHES = 10.5  # MapLook.for_projector's legend title needs about 10 inches


class WeekMap(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.incident_map: IncidentMap | None = None
        self.title = ""
        self._image: QImage | None = None
        self._drawn_for: tuple[int, int] | None = None  # width, height
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.update)

    def set_map(self, incident_map: IncidentMap, title: str) -> None:
        """Redrawn only when something it shows changed: a save elsewhere reloads the
        slide, and most saves do not touch this focus area's week."""
        if (incident_map, title) == (self.incident_map, self.title):
            return
        self.incident_map, self.title = incident_map, title
        self._drawn_for = None
        self.setAccessibleDescription(self.summary())
        self.update()

    def summary(self) -> str:
        """The map in words, for screen readers and tests."""
        places = self.incident_map.placed if self.incident_map is not None else ()
        if not places:
            return QCoreApplication.translate("Slides", "No incidents on the map")
        return ", ".join(f"{place.name}: {place.count}" for place in places)

    def image(self) -> QImage | None:
        """The picture at the widget's current size, drawn now if it is not yet."""
        wanted = (self.width(), self.height())
        if self.incident_map is None or min(wanted) < 50:
            return None
        if self._drawn_for != wanted:
            self._image = self._draw(self.incident_map, *wanted)
            self._drawn_for = wanted
        return self._image

    def _draw(self, incident_map: IncidentMap, width: int, height: int) -> QImage:
        from ...services.lagesbild.charts import figure_png
        from ...services.map.look import MapLook
        from ...services.map.picture import map_figure

        dpi = width / FIGURE_INCHES
        look = MapLook.for_projector(FIGURE_INCHES, height / dpi)
        figure = map_figure(incident_map, title=self.title, look=look)
        return QImage.fromData(figure_png(figure, dpi=dpi))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._image is not None:
            self._settle.start()

    def paintEvent(self, _event) -> None:  # noqa: N802
        if self._settle.isActive() and self._image is not None:
            image: QImage | None = self._image  # stretched until the resize settles
        else:
            image = self.image()
        if image is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(QRect(0, 0, self.width(), self.height()), image)
        painter.end()
