"""The rows of an import preview and the values to map, as table models."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ...services.imports.preview import PreviewRow, Problem
from ..common.messages import tr_service
from ..common.rowmodel import Column, RowTableModel

Index = QModelIndex | QPersistentModelIndex


def problem_text(problem: Problem) -> str:
    text = tr_service(problem.message).replace("%1", problem.value)
    return f"{problem.column}: {text}" if problem.column else text


_SHORT = 60


def _short(text: str) -> str:
    """A description on one line, cut where the table would: the whole is in its tooltip."""
    text = " ".join(text.split())
    return text if len(text) <= _SHORT else text[: _SHORT - 1] + "…"


def row_state(row: PreviewRow) -> str:
    if row.problems:
        return QCoreApplication.translate("ImportPreview", "Cannot be imported")
    if row.personal_numbers:
        return QCoreApplication.translate("ImportPreview", "Personal identity number")
    if row.duplicate_of_incident is not None:
        return QCoreApplication.translate("ImportPreview", "Already saved")
    if row.duplicate_of_row is not None:
        return QCoreApplication.translate("ImportPreview", "Repeats row %1").replace(
            "%1", str(row.duplicate_of_row)
        )
    if row.new_place:
        return QCoreApplication.translate("ImportPreview", "Ready, new place")
    return QCoreApplication.translate("ImportPreview", "Ready")


def _reasons(row: PreviewRow) -> str:
    """Every reason the row is not simply imported: a row with a problem and a personnummer
    names both, and so does a duplicate holding one (its tick imports it all the same)."""
    reasons = [problem_text(p) for p in row.problems]
    if row.personal_numbers:
        reasons.append(
            QCoreApplication.translate(
                "ImportPreview", "Something like a personal identity number in: %1."
            ).replace("%1", ", ".join(row.personal_numbers))
        )
    if row.duplicate_of_incident is not None:
        reasons.append(
            QCoreApplication.translate(
                "ImportPreview",
                "The same date, place, category and description as a saved incident.",
            )
        )
    if row.duplicate_of_row is not None:
        reasons.append(
            QCoreApplication.translate(
                "ImportPreview",
                "The same date, place, category and description as an earlier row.",
            )
        )
    if reasons and not row.problems:
        reasons.append(QCoreApplication.translate("ImportPreview", "Tick the row to import it."))
    return " ".join(reasons)


class PreviewModel(RowTableModel[PreviewRow]):
    """Every row of the file; rows held back (a personnummer, a duplicate) can be ticked."""

    def __init__(self, names: dict[str, dict[int, str]], parent=None) -> None:
        self.names = names  # list kind → id → name, for showing what a row becomes

        def name(kind: str, row_id: int | None) -> str:
            return self.names.get(kind, {}).get(row_id, "") if row_id is not None else ""

        super().__init__(
            [
                Column(QCoreApplication.translate("ImportPreview", "Import"), lambda r: ""),
                Column(
                    QCoreApplication.translate("ImportPreview", "Row"),
                    lambda r: str(r.number),
                    sort_key=lambda r: r.number,
                ),
                Column(
                    QCoreApplication.translate("ImportPreview", "State"),
                    row_state,
                    warn=lambda r: bool(r.problems),
                ),
                Column(
                    QCoreApplication.translate("ImportPreview", "Date"),
                    lambda r: r.incident.occurred_on.isoformat() if r.incident else r.cells[0],
                ),
                Column(
                    QCoreApplication.translate("ImportPreview", "Place"),
                    lambda r: (
                        r.new_place
                        or (name("place", r.incident.place_id) if r.incident else r.cells[1])
                    ),
                ),
                Column(
                    QCoreApplication.translate("ImportPreview", "Focus area"),
                    lambda r: name("focus_area", r.incident.focus_area_id) if r.incident else "",
                ),
                Column(
                    QCoreApplication.translate("ImportPreview", "Description"),
                    lambda r: _short(r.incident.description if r.incident else r.cells[2]),
                ),
                Column(QCoreApplication.translate("ImportPreview", "Why"), _reasons),
            ],
            row_id=lambda r: r.number,
            parent=parent,
        )
        self.ticked: set[int] = set()

    @staticmethod
    def can_tick(row: PreviewRow) -> bool:
        return row.incident is not None and (bool(row.personal_numbers) or row.is_duplicate)

    def set_rows(self, rows) -> None:
        numbers = {r.number for r in rows if self.can_tick(r)}
        self.ticked &= numbers
        super().set_rows(rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == 0 and self.can_tick(self.row_at(index.row())):
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == 0:
            row = self.row_at(index.row())
            if row.ready:
                return Qt.CheckState.Checked
            if not self.can_tick(row):
                return Qt.CheckState.Unchecked
            return Qt.CheckState.Checked if row.number in self.ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == 6:
            row = self.row_at(index.row())
            return row.incident.description if row.incident else row.cells[2]
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        row = self.row_at(index.row())
        if not self.can_tick(row):
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.ticked.add(row.number)
        else:
            self.ticked.discard(row.number)
        self.dataChanged.emit(index, index, [role])
        return True
