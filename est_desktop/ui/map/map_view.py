"""The lägesbild's map: the chart panel with the map and its numbers, and beside it the
incidents of the place last clicked, on the map or in the table.

matplotlib loads with the first map drawn, as for every chart.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from ...services.map.counts import IncidentMap, MapPlace, PlaceIncident, Unplaced
from ..common.convert import qdate
from ..common.rowmodel import ROW_ROLE, Column, RowTableModel
from ..common.views import row_table
from ..lagesbild.chart_panel import ChartPanel

MapRow = MapPlace | Unplaced
ListIncidents = Callable[[int], list[PlaceIncident]]


def _degrees(value: float) -> str:
    return QLocale().toString(value, "f", 5)


def _position(row: MapRow, which: str) -> str:
    if isinstance(row, MapPlace):
        return _degrees(getattr(row, which))
    return QCoreApplication.translate("MapView", "not on the map") if which == "latitude" else ""


def map_columns() -> list[Column[MapRow]]:
    return [
        Column(QCoreApplication.translate("MapView", "Place"), lambda r: r.name),
        Column(
            QCoreApplication.translate("MapView", "Incidents"),
            lambda r: str(r.count),
            sort_key=lambda r: r.count,
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("MapView", "Latitude"),
            lambda r: _position(r, "latitude"),
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("MapView", "Longitude"),
            lambda r: _position(r, "longitude"),
            align_right=True,
        ),
    ]


def incident_columns() -> list[Column[PlaceIncident]]:
    locale = QLocale()
    return [
        Column(
            QCoreApplication.translate("MapView", "Date"),
            lambda r: locale.toString(qdate(r.occurred_on), QLocale.FormatType.ShortFormat),
            sort_key=lambda r: r.occurred_on,
        ),
        Column(
            QCoreApplication.translate("MapView", "Time"),
            lambda r: r.start_time.strftime("%H:%M") if r.start_time else "",
        ),
        Column(
            QCoreApplication.translate("MapView", "What happened"),
            lambda r: " ".join(r.description.split()),
        ),
        Column(QCoreApplication.translate("MapView", "Focus area"), lambda r: r.focus_area),
        Column(QCoreApplication.translate("MapView", "Source"), lambda r: r.source),
    ]


class MapView(QWidget):
    def __init__(self, list_incidents: ListIncidents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._list_incidents = list_incidents
        self._map: IncidentMap | None = None
        self.model: RowTableModel[MapRow] = RowTableModel(map_columns(), lambda r: r.place_id, self)
        table = row_table(self.model, stretch=0)
        table.setAccessibleName(QCoreApplication.translate("MapView", "Incidents on the map"))
        self.panel = ChartPanel(
            table, QCoreApplication.translate("MapView", "Incidents on the map")
        )
        self.panel.canvas_made.connect(self._connect_canvas)
        table.selectionModel().selectionChanged.connect(self._row_chosen)

        self.incident_model: RowTableModel[PlaceIncident] = RowTableModel(
            incident_columns(), lambda r: r.incident_id, self
        )
        self.incidents = row_table(self.incident_model, stretch=2)
        self.incidents.setWordWrap(True)  # what happened, in full, in a narrow column
        self.incidents.setAccessibleName(
            QCoreApplication.translate("MapView", "Incidents at the place")
        )
        self.place_heading = QLabel(
            QCoreApplication.translate("MapView", "Click a place on the map to list its incidents.")
        )
        self.place_heading.setObjectName("mapPlaceHeading")
        self.place_heading.setWordWrap(True)
        self.place_heading.setTextFormat(Qt.TextFormat.PlainText)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.place_heading)
        side_layout.addWidget(self.incidents, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.panel)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def show_map(self, incident_map: IncidentMap) -> None:
        self._map = incident_map
        self.model.set_rows([*incident_map.placed, *incident_map.unplaced])
        self.panel.set_chart(lambda: _figure(incident_map))
        self.show_place(None)

    def figure(self):
        """The map drawn, like every lägesbild tab's chart."""
        return self.panel.figure()

    def show_place(self, place_id: int | None) -> None:
        """Lists the incidents of ``place_id`` under the map's filter."""
        row = (
            next((r for r in self.model.rows() if r.place_id == place_id), None)
            if place_id is not None
            else None
        )
        if row is None:
            self.incident_model.set_rows([])
            self.place_heading.setText(
                QCoreApplication.translate(
                    "MapView", "Click a place on the map to list its incidents."
                )
            )
            return
        listed = self._list_incidents(row.place_id)
        self.incident_model.set_rows(listed)
        heading = self.tr("%1: %n incident(s)", "", row.count).replace("%1", row.name)
        if len(listed) < row.count:
            heading += " " + QCoreApplication.translate(
                "MapView", "(the newest %1 are listed)"
            ).replace("%1", str(len(listed)))
        self.place_heading.setText(heading)

    def _row_chosen(self) -> None:
        rows = self.panel.table.selectionModel().selectedRows()
        if rows:
            self.show_place(rows[0].data(ROW_ROLE).place_id)

    def _connect_canvas(self, canvas) -> None:
        from .zoom import enable_wheel_zoom

        enable_wheel_zoom(canvas)
        canvas.mpl_connect("pick_event", self._picked)

    def _picked(self, event) -> None:
        from ...services.map.picture import place_ids_of

        ids = place_ids_of(event.artist.get_gid())
        if ids and len(event.ind):
            self.show_place(ids[event.ind[-1]])  # the one drawn on top


def _figure(incident_map: IncidentMap):
    from ...services.map.picture import map_figure

    return map_figure(incident_map)
