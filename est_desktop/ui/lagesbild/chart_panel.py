"""A chart with its numbers underneath, both copyable and exportable.

The chart is a matplotlib figure from ``services.lagesbild.charts`` — the same figure the Word
reports contain — shown through matplotlib's Qt canvas. matplotlib is imported only
when the first chart is drawn, so it costs nothing before the first screen.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...errors import KnownError
from ...services.documents.table_export import as_tab_separated, write_csv
from ..common import persist
from ..common.messages import show_error

if TYPE_CHECKING:
    from matplotlib.figure import Figure

FigureBuilder = Callable[[], "Figure"]


class ChartPanel(QWidget):
    # The matplotlib canvas just made for a new chart, for a view that handles its clicks.
    canvas_made = Signal(object)

    def __init__(self, table: QTableView, file_stem: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self._file_stem = file_stem
        self._build: FigureBuilder | None = None
        self._figure: Figure | None = None
        self._canvas: QWidget | None = None
        self._stale = False

        self.note = QLabel()
        self.note.setObjectName("chartNote")
        self.note.setWordWrap(True)
        self.note.hide()
        self._chart_area = QWidget()
        self._chart_layout = QVBoxLayout(self._chart_area)
        self._chart_layout.setContentsMargins(0, 0, 0, 0)
        self._chart_area.setMinimumHeight(320)

        self.copy_chart_button = QPushButton(self.tr("Copy chart"))
        self.copy_chart_button.clicked.connect(self.copy_chart)
        self.save_chart_button = QPushButton(self.tr("Save chart…"))
        self.save_chart_button.clicked.connect(self.save_chart)
        self.copy_table_button = QPushButton(self.tr("Copy table"))
        self.copy_table_button.clicked.connect(self.copy_table)
        self.save_table_button = QPushButton(self.tr("Save table…"))
        self.save_table_button.clicked.connect(self.save_table)
        buttons = QHBoxLayout()
        for button in (
            self.copy_chart_button,
            self.save_chart_button,
            self.copy_table_button,
            self.save_table_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._chart_area)
        splitter.addWidget(table)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([600, 200])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.installEventFilter(self)

    def set_chart(self, build: FigureBuilder) -> None:
        """The chart is drawn now if the panel is visible, otherwise when it is next shown."""
        self._build = build
        self._stale = True
        if self.isVisible():
            self._draw()

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def figure(self) -> Figure | None:
        if self._stale:
            self._draw()
        return self._figure

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self and event.type() == QEvent.Type.Show and self._stale:
            self._draw()
        return False

    def _draw(self) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        self._stale = False
        if self._build is None:
            return
        self._figure = self._build()
        canvas = FigureCanvasQTAgg(self._figure)
        canvas.setAccessibleName(self.table.accessibleName())
        if self._canvas is not None:
            self._chart_layout.removeWidget(self._canvas)
            self._canvas.deleteLater()
        self._canvas = canvas
        self._chart_layout.addWidget(canvas)
        self.canvas_made.emit(canvas)

    def table_cells(self) -> tuple[list[str], list[list[str]]]:
        model: QAbstractItemModel = self.table.model()
        columns = range(model.columnCount())
        headers = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
        rows = [
            [str(model.index(r, c).data() or "") for c in columns] for r in range(model.rowCount())
        ]
        return headers, rows

    def copy_table(self) -> None:
        QGuiApplication.clipboard().setText(as_tab_separated(*self.table_cells()))

    def copy_chart(self) -> None:
        figure = self.figure()
        if figure is None:
            return
        from ...services.lagesbild.charts import figure_png

        QGuiApplication.clipboard().setImage(QImage.fromData(figure_png(figure)))

    def save_chart(self) -> None:
        figure = self.figure()
        if figure is None:
            return
        path = self._ask_path(self.tr("Save chart"), ".png", self.tr("PNG image (*.png)"))
        if path is None:
            return
        from ...services.documents.safe_write import write_atomically
        from ...services.lagesbild.charts import figure_png

        data = figure_png(figure)
        self._saving(lambda: write_atomically(path, lambda temp: temp.write_bytes(data)))

    def save_table(self) -> None:
        path = self._ask_path(self.tr("Save table"), ".csv", self.tr("Table for Excel (*.csv)"))
        if path is not None:
            headers, rows = self.table_cells()
            self._saving(lambda: write_csv(path, headers, rows))

    def _ask_path(self, title: str, suffix: str, file_filter: str) -> Path | None:
        start = persist.last_export_dir() / f"{self._file_stem}{suffix}"
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(start), file_filter)
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def _saving(self, save: Callable[[], Path]) -> None:
        try:
            path = save()
        except KnownError as error:
            show_error(self, error)
            return
        persist.set_last_export_dir(path.parent)
