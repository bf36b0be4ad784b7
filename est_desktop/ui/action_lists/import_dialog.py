"""Answers back: preview the changes in returned action lists, accept some or all, apply."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...errors import ValidationError
from ...services.action_lists.answers import (
    AnswerPreview,
    AnswersNoLongerApply,
    ProposedChange,
    apply_answers,
    latest_per_action,
    read_answers,
)
from ...services.personal_numbers import remove_personal_numbers
from ..common import labels, persist
from ..common.messages import show_error, tr_service
from ..common.personal_numbers import save_asking
from ..common.rowmodel import Column, RowTableModel
from ..common.store import Store
from ..common.views import row_table

Index = QModelIndex | QPersistentModelIndex


def _state(status: str | None, due) -> str:
    parts = [labels.action_status(status)] if status else []
    if due is not None:
        parts.append(due.isoformat())
    return ", ".join(parts)


class ChangeModel(RowTableModel[ProposedChange]):
    """The proposed changes; the first column is a tick box: accept this one."""

    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(self.tr("Accept"), lambda r: ""),
                Column(self.tr("Action"), lambda r: r.description),
                Column(self.tr("Responsible"), lambda r: r.owner),
                Column(self.tr("Now"), lambda r: _state(r.current_status, r.current_due)),
                Column(self.tr("Proposed"), lambda r: _state(r.new_status, r.new_due)),
                Column(self.tr("Comment"), lambda r: r.comment),
                Column(self.tr("Answered by"), lambda r: r.answered_by),
                Column(self.tr("File, row"), lambda r: f"{Path(r.file).name}, {r.row}"),
            ],
            row_id=lambda r: hash(r.answer_key),
            parent=parent,
        )
        self.accepted: set[str] = set()

    def set_rows(self, rows) -> None:
        # Two answers to one action: only the one saved last is ticked from the start.
        self.accepted = {r.answer_key for r in latest_per_action(rows)}
        super().set_rows(rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == 0:
            key = self.row_at(index.row()).answer_key
            return Qt.CheckState.Checked if key in self.accepted else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        key = self.row_at(index.row()).answer_key
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.accepted.add(key)
        else:
            self.accepted.discard(key)
        self.dataChanged.emit(index, index, [role])
        return True

    def set_all(self, accepted: bool) -> None:
        self.accepted = {r.answer_key for r in self.rows()} if accepted else set()
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0))

    def accepted_changes(self) -> list[ProposedChange]:
        return [r for r in self.rows() if r.answer_key in self.accepted]


class RejectionModel(RowTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(self.tr("File"), lambda r: Path(r.file).name),
                Column(self.tr("Row"), lambda r: str(r.row) if r.row else "", align_right=True),
                Column(self.tr("Why it cannot be applied"), lambda r: tr_service(r.message)),
            ],
            row_id=lambda r: hash((r.file, r.row, r.reason)),
            parent=parent,
        )


class ImportAnswersDialog(QDialog):
    def __init__(self, store: Store, paths: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import answers"))
        self._store = store
        self.applied = 0
        self.changes = ChangeModel(self)
        self.rejections = RejectionModel(self)
        self.change_table = row_table(self.changes, stretch=1)
        self.rejection_table = row_table(self.rejections, stretch=2)
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        all_button = QPushButton(self.tr("Accept all"))
        all_button.clicked.connect(lambda: self.changes.set_all(True))
        none_button = QPushButton(self.tr("Reject all"))
        none_button.clicked.connect(lambda: self.changes.set_all(False))
        choice = QHBoxLayout()
        choice.addWidget(all_button)
        choice.addWidget(none_button)
        choice.addStretch()

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(QLabel(self.tr("Proposed changes: tick the ones to apply")))
        top_layout.addWidget(self.change_table, 1)
        top_layout.addLayout(choice)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(QLabel(self.tr("Answers that cannot be applied")))
        bottom_layout.addWidget(self.rejection_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setText(self.tr("Apply ticked changes"))
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(1100, 700)
        self.paths = paths
        self.load(paths)

    def load(self, paths: list[Path]) -> AnswerPreview:
        preview = self._store.read(read_answers, paths=paths)
        self.changes.set_rows(preview.changes)
        self.rejections.set_rows(preview.rejections)
        self.summary.setText(
            " ".join(
                (
                    self.tr("%n file(s) checked.", "", len(paths)),
                    self.tr("%n change(s) proposed.", "", len(preview.changes)),
                    self.tr("%n cannot be applied.", "", len(preview.rejections)),
                    self.tr("%n already imported.", "", len(preview.already_imported)),
                )
            )
        )
        self.apply_button.setEnabled(bool(preview.changes))
        return preview

    def apply(self) -> None:
        accepted = self.changes.accepted_changes()
        if not accepted:
            QMessageBox.information(
                self, self.windowTitle(), self.tr("No change is ticked, so nothing was applied.")
            )
            self.reject()
            return

        def save(allow_personal_numbers: bool) -> None:
            self.applied = self._store.write(
                apply_answers, changes=accepted, allow_personal_numbers=allow_personal_numbers
            )

        def remove(marker: str) -> None:
            # The answer key stays that of the file, so importing it again changes nothing.
            accepted[:] = [
                dataclasses.replace(
                    change,
                    comment=remove_personal_numbers(change.comment, marker),
                    answered_by=remove_personal_numbers(change.answered_by, marker),
                )
                for change in accepted
            ]

        try:
            if not save_asking(self, save, remove):
                return
        except AnswersNoLongerApply as refused:
            # Something changed since the preview: say which rows, then show the new state.
            row = self.tr("row %1")
            lines = [
                f"{Path(r.file).name}, {row.replace('%1', str(r.row))}: {tr_service(r.message)}"
                for r in refused.rejections
            ]
            QMessageBox.warning(
                self,
                self.tr("Nothing was applied"),
                self.tr("These answers no longer apply, so nothing was changed:")
                + "\n\n"
                + "\n".join(lines),
            )
            self.load(self.paths)
            return
        except ValidationError as error:
            show_error(self, error)
            return
        self.accept()


def choose_answer_files(parent: QWidget) -> list[Path]:
    files, _filter = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("ImportAnswersDialog", "Choose answered action lists"),
        str(persist.last_export_dir()),
        "Excel (*.xlsx)",
    )
    return [Path(f) for f in files]
