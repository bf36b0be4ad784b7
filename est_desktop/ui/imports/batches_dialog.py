"""Händelser → Importer: every imported file, and undoing one whole."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...errors import ValidationError
from ...models import ImportKind
from ...services.imports.batches import BatchRow, batch_rows, undo_batch
from ..common.messages import show_error
from ..common.rowmodel import Column, RowTableModel
from ..common.store import Store
from ..common.views import RefreshWhenShown, row_table

# The imports, with how many of their rows are still there and how many were taken up.
SHOWS = frozenset({"import_batch", "incident", "survey_result", "action_incident"})


def _when(moment) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class BatchModel(RowTableModel[BatchRow]):
    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(
                    self.tr("Imported"), lambda r: _when(r.imported_at), sort_key=lambda r: r.id
                ),
                Column(self.tr("What"), self._kind),
                Column(self.tr("File"), lambda r: r.file_name),
                Column(self.tr("Mapping"), lambda r: r.mapping_name),
                Column(self.tr("By"), lambda r: r.imported_by),
                Column(self.tr("Saved"), lambda r: str(r.row_count), align_right=True),
                Column(self.tr("Left out"), lambda r: str(r.skipped_count), align_right=True),
                Column(self.tr("State"), self._state),
            ],
            row_id=lambda r: r.id,
            parent=parent,
        )

    def _kind(self, row: BatchRow) -> str:
        return self.tr("Survey answers") if row.kind == ImportKind.SURVEY else self.tr("Incidents")

    def _state(self, row: BatchRow) -> str:
        if row.undone_at is not None:
            return (
                self.tr("Undone %1 by %2")
                .replace("%1", _when(row.undone_at))
                .replace("%2", row.undone_by)
            )
        if row.taken_up:
            return self.tr(
                "%n incident(s) taken up at a meeting: cannot be undone", "", row.taken_up
            )
        return self.tr("Can be undone")


class ImportBatchesDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Imports"))
        self._store = store
        self.model = BatchModel(self)
        self.table = row_table(self.model, stretch=2)
        self.table.selectionModel().currentRowChanged.connect(self._update_button)
        self.undo_button = QPushButton(self.tr("&Undo the import…"))
        self.undo_button.setObjectName("undoImport")
        self.undo_button.clicked.connect(self.undo_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        note = QLabel(
            self.tr(
                "Undoing an import removes the rows it saved. An import of incidents can be "
                "undone until one of them has been taken up at a meeting or linked to an "
                "action. Places it added stay under Settings → Places."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(1000, 500)
        RefreshWhenShown(self, store.changed, self.refresh, tables=SHOWS)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self._store.read(batch_rows))
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self._update_button()

    def selected(self) -> BatchRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update_button(self) -> None:
        row = self.selected()
        self.undo_button.setEnabled(row is not None and row.can_undo)

    def undo_selected(self, *, confirm: bool = True) -> bool:
        row = self.selected()
        if row is None:
            return False
        if confirm:
            question = (
                self.tr("Remove the %1 rows imported from %2 on %3?")
                .replace("%1", str(row.row_count))
                .replace("%2", row.file_name)
                .replace("%3", _when(row.imported_at))
            )
            if row.edited:
                question += "\n\n" + self.tr(
                    "%n of them has been corrected since the import; the corrections go too.",
                    "",
                    row.edited,
                )
            answer = QMessageBox.question(
                self,
                self.tr("Undo the import"),
                question,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            self._store.write(undo_batch, batch_id=row.id)
        except ValidationError as error:
            show_error(self, error)
            return False
        return True
