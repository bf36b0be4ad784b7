"""After an export: open the document, or the folder it was saved in, from the status bar.

Not a dialog: the convener goes on working, and the offer stays until the next export or a
minute has passed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

SHOWN_MS = 60_000


class ExportedNotice(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.label = QLabel()
        self.open_button = QPushButton(self.tr("Open the document"))
        self.open_button.clicked.connect(self.open_document)
        self.folder_button = QPushButton(self.tr("Show in folder"))
        self.folder_button.clicked.connect(self.show_folder)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.open_button)
        layout.addWidget(self.folder_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOWN_MS)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_for(self, path: Path, *, files: int = 1) -> None:
        """``path``: the document saved, or with ``files`` > 1 one of those saved together."""
        self.path = path
        if files == 1:
            self.label.setText(self.tr("Saved: %1").replace("%1", path.name))
        else:
            self.label.setText(
                self.tr("%n file(s) saved in %1", "", files).replace("%1", path.parent.name)
            )
        self.open_button.setVisible(files == 1)
        self.show()
        self._timer.start()

    def open_document(self) -> bool:
        """In the program the computer opens .docx, .xlsx and .pdf files with."""
        return self.path is not None and QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(self.path))
        )

    def show_folder(self) -> bool:
        return self.path is not None and QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(self.path.parent))
        )
