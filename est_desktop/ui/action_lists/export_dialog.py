"""Exporting action lists for the organisations to a folder, usually the shared drive."""

from __future__ import annotations

from datetime import date
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
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...models import Organisation, saved_id
from ...services import reference
from ...services.action_lists.gather import export_action_lists
from ...services.documents.pdf import AlsoAsPdf
from ..common import persist, preferences
from ..common.pdf_export import pdf_checkbox, pdfs_if, tell_pdf_problem
from ..common.personal_numbers import answer_export_failure
from ..common.rowmodel import ID_ROLE, Column, RowTableModel
from ..common.store import Store
from ..common.tasks import ProgressDialog, run_task
from ..common.views import row_table


class OrganisationChoiceModel(RowTableModel[Organisation]):
    def __init__(self, parent=None) -> None:
        super().__init__(
            [Column(self.tr("Organisation"), lambda r: r.name)],
            row_id=saved_id,
            parent=parent,
        )


class ExportActionListsDialog(QDialog):
    """Every organisation's lists in one go (the default), or the ones picked."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export action lists"))
        self._store = store
        self.written: list[Path] = []

        self.folder_edit = QLineEdit(str(persist.last_export_dir()))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        folder_row = QWidget()
        row = QHBoxLayout(folder_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.folder_edit, 1)
        row.addWidget(browse)

        self.all_button = QRadioButton(
            self.tr("Every organisation with open or recently closed actions")
        )
        self.all_button.setChecked(True)
        self.chosen_button = QRadioButton(self.tr("Only the organisations selected below"))
        self.model = OrganisationChoiceModel(self)
        self.model.set_rows(store.read(reference.organisations))
        self.list = row_table(self.model, stretch=0, multi=True)
        self.list.setEnabled(False)
        self.chosen_button.toggled.connect(self.list.setEnabled)
        self.one_file = QCheckBox(
            self.tr("One list for all organisations instead of one per organisation")
        )
        self.docx_box = QCheckBox(self.tr("Word (.docx) for reading"))
        self.xlsx_box = QCheckBox(self.tr("Excel (.xlsx) for answering"))
        self.docx_box.setChecked(True)
        self.xlsx_box.setChecked(True)
        self.pdf_box = pdf_checkbox()
        self.pdf_box.setText(self.tr("Also the Word lists as PDF"))
        self.docx_box.toggled.connect(self.pdf_box.setEnabled)
        note = QLabel(self.tr("The files go into a sub-folder named after today's date."))
        note.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Folder"), folder_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.all_button)
        layout.addWidget(self.chosen_button)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.one_file)
        layout.addWidget(self.docx_box)
        layout.addWidget(self.pdf_box)
        layout.addWidget(self.xlsx_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.export_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("Export"))
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 560)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose folder"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    def formats(self) -> tuple[str, ...]:
        return tuple(
            name
            for name, box in (("docx", self.docx_box), ("xlsx", self.xlsx_box))
            if box.isChecked()
        )

    def organisation_ids(self) -> list[int] | None:
        if self.all_button.isChecked():
            return None
        return [index.data(ID_ROLE) for index in self.list.selectionModel().selectedRows()]

    def export(self) -> None:
        self._export(allow_personal_numbers=False)

    def _export(self, *, allow_personal_numbers: bool) -> None:
        folder = Path(self.folder_edit.text().strip()).expanduser()
        if not self.formats():
            QMessageBox.warning(self, self.windowTitle(), self.tr("Choose Word, Excel or both."))
            return
        chosen = self.organisation_ids()
        if chosen == []:
            QMessageBox.warning(
                self, self.windowTitle(), self.tr("Select at least one organisation.")
            )
            return
        self.progress = ProgressDialog(self.tr("Exporting action lists…"), self)
        self.export_button.setEnabled(False)
        formats, one_file = self.formats(), self.one_file.isChecked()
        options, pdf = preferences.document_options(), self.pdf_box.isChecked()

        def export(progress) -> tuple[list[Path], AlsoAsPdf | None]:
            written = self._store.read(
                export_action_lists,
                out_dir=folder,
                organisation_ids=chosen,
                formats=formats,
                one_file_for_all=one_file,
                today=date.today(),
                progress=progress,
                allow_personal_numbers=allow_personal_numbers,
                options=options,
            )
            return written, pdfs_if(pdf and "docx" in formats, written)

        run_task(
            export,
            self._done,
            self._failed,
            self.progress.progressed,
        )

    def _done(self, written: tuple[list[Path], AlsoAsPdf | None]) -> None:
        paths, pdf = written
        self.progress.close()
        self.written = paths + (pdf.pdfs if pdf is not None else [])
        if paths:
            persist.set_last_export_dir(Path(self.folder_edit.text().strip()).expanduser())
        tell_pdf_problem(self, pdf)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.progress.close()
        self.export_button.setEnabled(True)
        answer_export_failure(self, error, lambda: self._export(allow_personal_numbers=True))
