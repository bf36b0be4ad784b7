"""Writing a follow-up report (uppföljning) or the end-of-period report (slutrapport) to Word."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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

from ..services.agreements import in_force as agreements
from ..services.documents.pdf import AlsoAsPdf
from ..services.reports.common import FINAL, FOLLOW_UP
from ..services.reports.write import default_report_filename
from .common import persist, preferences
from .common.convert import date_edit, edited_date, qdate
from .common.pdf_export import pdf_checkbox, pdfs_if, tell_pdf_problem
from .common.personal_numbers import answer_export_failure
from .common.store import Store
from .common.tasks import ProgressDialog, run_task


class ReportDialog(QDialog):
    def __init__(self, store: Store, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._asked: dict[str, object] = {}  # what to write, kept for writing again once allowed
        self.setWindowTitle(self.tr("Write report"))
        self._store = store
        self._today = today
        self.written: Path | None = None
        agreement = store.read(agreements.agreement_in_force, on=today)
        self._agreement_period = (
            (agreement.start_date, agreement.end_date) if agreement else (today, today)
        )

        self.kind = QComboBox()
        self.kind.addItem(self.tr("Follow-up for the steering group (uppföljning)"), FOLLOW_UP)
        self.kind.addItem(self.tr("End-of-period report (slutrapport)"), FINAL)
        self.date_from = date_edit(date(today.year, 1, 1))
        self.date_to = date_edit(today)
        period = QWidget()
        row = QHBoxLayout(period)
        row.setContentsMargins(0, 0, 0, 0)
        to_label = QLabel(self.tr("&to"))
        to_label.setBuddy(self.date_to)
        row.addWidget(self.date_from)
        row.addWidget(to_label)
        row.addWidget(self.date_to)
        row.addStretch(1)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.confidential = QCheckBox(self.tr("Count &confidential incidents too"))
        self.file_edit = QLineEdit()
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        file_row = QWidget()
        row = QHBoxLayout(file_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.file_edit, 1)
        row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("&Report"), self.kind)
        form.addRow(self.tr("&Period from"), period)
        form.addRow("", self.explanation)
        form.addRow("", self.confidential)
        form.addRow(self.tr("&File"), file_row)
        self.pdf_box = pdf_checkbox()
        form.addRow("", self.pdf_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.write_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.write_button.setText(self.tr("Write report"))
        buttons.accepted.connect(self.write)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(640, 0)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._suggest_file)
        self._kind_changed()

    def _kind_changed(self) -> None:
        if self.kind.currentData() == FINAL:
            start, end = self._agreement_period
            self.date_from.setDate(qdate(start))
            self.date_to.setDate(qdate(end))
            self.explanation.setText(
                self.tr(
                    "The whole agreement period: each focus area's goal, what was done, "
                    "how incidents developed over the years, and room for your assessment."
                )
            )
        else:
            self.explanation.setText(
                self.tr(
                    "Per focus area: incidents compared with the same weeks or months a year "
                    "earlier, actions decided, closed and overdue, and the action plan's status."
                )
            )
        self._fit_text()
        self._suggest_file()

    def _fit_text(self) -> None:
        """Tall enough for the explanation's lines at the dialog's width: a wrapped label
        set after the dialog was sized was cut off at the top."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _suggest_file(self) -> None:
        start = edited_date(self.date_from)
        end = edited_date(self.date_to)
        name = default_report_filename(
            self.kind.currentData(), start, end, options=preferences.document_options()
        )
        folder = Path(self.file_edit.text()).parent if self.file_edit.text() else None
        self.file_edit.setText(str((folder or persist.last_export_dir()) / name))

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save report"), self.file_edit.text(), self.tr("Word (*.docx)")
        )
        if chosen:
            self.file_edit.setText(chosen if chosen.endswith(".docx") else chosen + ".docx")

    def target(self) -> Path:
        return Path(self.file_edit.text().strip()).expanduser()

    def write(self) -> None:
        target = self.target()
        start = edited_date(self.date_from)
        end = edited_date(self.date_to)
        if end < start:
            QMessageBox.warning(
                self, self.windowTitle(), self.tr("The period ends before it starts.")
            )
            return
        if target.exists():
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("%1 already exists. Replace it?").replace("%1", target.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._asked = {
            "kind": self.kind.currentData(),
            "date_from": start,
            "date_to": end,
            "target": target,
            "today": self._today,
            "include_confidential": self.confidential.isChecked(),
        }
        self._start(allow_personal_numbers=False)

    def _start(self, *, allow_personal_numbers: bool) -> None:
        from ..services.reports.write import write_report

        self.progress = ProgressDialog(self.tr("Writing the report…"), self)
        self.write_button.setEnabled(False)
        asked = dict(self._asked, allow_personal_numbers=allow_personal_numbers)
        options, pdf = preferences.document_options(), self.pdf_box.isChecked()

        def write(progress) -> tuple[Path, AlsoAsPdf | None]:
            path = self._store.read(write_report, **asked, on_progress=progress, options=options)
            return path, pdfs_if(pdf, [path])

        run_task(
            write,
            self._done,
            self._failed,
            self.progress.progressed,
        )

    def _done(self, written: tuple[Path, AlsoAsPdf | None]) -> None:
        path, pdf = written
        self.progress.close()
        self.written = path
        persist.set_last_export_dir(path.parent)
        tell_pdf_problem(self, pdf)
        self.accept()

    def _failed(self, error: Exception) -> None:
        """The dialog stays open with its choices, so the report can be tried again."""
        self.progress.close()
        self.write_button.setEnabled(True)
        answer_export_failure(self, error, lambda: self._start(allow_personal_numbers=True))
