"""Where to save the minutes, whether confidential incidents go in, and whether a map of
the week's incidents does."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..common import persist
from ..common.pdf_export import pdf_checkbox


class ExportMinutesDialog(QDialog):
    def __init__(self, default_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export minutes to Word"))
        self.folder_edit = QLineEdit(str(persist.last_export_dir()))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        folder_row = QWidget()
        row = QHBoxLayout(folder_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.folder_edit)
        row.addWidget(browse)
        self.name_edit = QLineEdit(default_name)
        self.confidential_box = QCheckBox(self.tr("Include confidential incidents"))
        self.map_box = QCheckBox(self.tr("Include a map of the week's incidents"))
        self.map_box.setToolTip(
            self.tr(
                "A page at the end with the incidents per place since the previous meeting, "
                "on the map of the kommun."
            )
        )
        warning = QLabel(
            self.tr(
                "Confidential incidents are left out unless you tick this. "
                "If included, the document is marked confidential on every page."
            )
        )
        warning.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Folder"), folder_row)
        form.addRow(self.tr("File &name"), self.name_edit)
        self.pdf_box = pdf_checkbox()
        form.addRow("", self.pdf_box)
        form.addRow("", self.map_box)
        form.addRow("", self.confidential_box)  # just above the warning about it
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def accept(self) -> None:
        """An existing file (perhaps edited in Word since) is replaced only when confirmed."""
        target = self.target()
        if target.exists():
            answer = QMessageBox.question(
                self,
                self.tr("Replace file?"),
                self.tr("%1 already exists. Replace it with a new export?").replace(
                    "%1", target.name
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().accept()

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose folder"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    def target(self) -> Path:
        name = self.name_edit.text().strip() or "minnesanteckningar.docx"
        if not name.lower().endswith(".docx"):
            name += ".docx"
        return Path(self.folder_edit.text().strip()).expanduser() / name

    def include_confidential(self) -> bool:
        return self.confidential_box.isChecked()

    def include_map(self) -> bool:
        return self.map_box.isChecked()

    def also_pdf(self) -> bool:
        return self.pdf_box.isChecked()
