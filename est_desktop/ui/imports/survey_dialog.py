"""Händelser → Importera enkätsvar…: the week's survey export counted per factor."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...errors import ValidationError
from ...services.imports.mapping import value_key
from ...services.imports.survey_factors import factor_rows
from ...services.imports.survey_import import (
    IGNORED,
    SurveyPreview,
    WeekCount,
    import_survey,
    monday,
    preview_survey,
    suggested_week,
)
from ...services.imports.tables import SourceTable, read_table
from ..common import labels
from ..common.messages import show_error
from ..common.rowmodel import Column, RowTableModel
from ..common.store import Store
from ..common.tasks import run_task
from ..common.views import row_table
from .incident_dialog import choose_import_file
from .preview_models import problem_text

_WEEKS_OFFERED = 12


class CountModel(RowTableModel[WeekCount]):
    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(self.tr("Week"), lambda r: labels.week(r.week_start)),
                Column(self.tr("Factor"), lambda r: r.factor),
                Column(self.tr("Marked"), lambda r: str(r.marked), align_right=True),
                Column(self.tr("Answered"), lambda r: str(r.answered), align_right=True),
            ],
            row_id=lambda r: hash((r.week_start, r.factor_id)),
            parent=parent,
        )


class ImportSurveyDialog(QDialog):
    def __init__(
        self, store: Store, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import survey answers"))
        self._store = store
        self._today = today or date.today()
        self.table: SourceTable | None = None
        self.preview: SurveyPreview | None = None
        self.model = CountModel(self)
        self.file_label = QLabel(self.tr("No file chosen"))
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        choose = QPushButton(self.tr("Choose &file…"))
        choose.clicked.connect(self.choose_file)
        self.week_combo = QComboBox()
        self.week_combo.setObjectName("surveyWeek")
        self.week_combo.currentIndexChanged.connect(self._make_preview)
        week_label = QLabel(self.tr("The answers are about &week:"))
        week_label.setBuddy(self.week_combo)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)
        top.addSpacing(16)
        top.addWidget(week_label)
        top.addWidget(self.week_combo)
        self.summary = QLabel()
        self.summary.setObjectName("surveySummary")
        self.summary.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setObjectName("surveyProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020;")
        self.counts = row_table(self.model, stretch=1)
        # What the file's own factor names mean, chosen here: value_key → factor id.
        self.factor_map: dict[str, int] = {}
        self.factors = [(f.id, f.name) for f in store.read(factor_rows) if f.active]
        self.unknown_table = QTableWidget(0, 3)
        self.unknown_table.setObjectName("unknownFactors")
        self.unknown_table.setHorizontalHeaderLabels(
            [self.tr("In the file"), self.tr("Rows"), self.tr("Is the factor")]
        )
        self.unknown_table.verticalHeader().hide()
        self.unknown_table.horizontalHeader().setStretchLastSection(True)
        self.unknown_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unknown_label = QLabel(
            self.tr("Names in the file that are not the survey's factors: say what each is.")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.counts, 1)
        layout.addWidget(self.unknown_label)
        layout.addWidget(self.unknown_table)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.resize(800, 600)
        self._offer_weeks(monday(self._today) - timedelta(days=7))
        self._show()

    def _offer_weeks(self, chosen: date) -> None:
        with QSignalBlocker(self.week_combo):
            self.week_combo.clear()
            newest = max(monday(chosen), monday(self._today))
            back_to_chosen = (newest - monday(chosen)).days // 7
            for back in range(max(_WEEKS_OFFERED, back_to_chosen + 1)):
                start = newest - timedelta(weeks=back)
                self.week_combo.addItem(
                    self.tr("%1 (%2 – %3)")
                    .replace("%1", labels.week(start))
                    .replace("%2", start.isoformat())
                    .replace("%3", (start + timedelta(days=6)).isoformat()),
                    start,
                )
            # Counted, not found: the combo holds its dates as QDate.
            self.week_combo.setCurrentIndex(back_to_chosen)

    def week(self) -> date:
        value = self.week_combo.currentData()
        return value.toPython() if hasattr(value, "toPython") else value

    def choose_file(self) -> None:
        path = choose_import_file(self, self.tr("Choose the survey's export"))
        if path is not None:
            self.open_file(path)

    def open_file(self, path: Path) -> None:
        self.file_label.setText(self.tr("Reading %1…").replace("%1", path.name))
        run_task(lambda: read_table(path), self._file_read, self._failed)

    def _file_read(self, table: SourceTable) -> None:
        self.table = table
        self.file_label.setText(table.file_name)
        self._offer_weeks(suggested_week(table, self._today))
        self._make_preview()

    def _failed(self, error: Exception) -> None:
        if self.table is None:
            self.file_label.setText(self.tr("No file chosen"))
        show_error(self, error)

    def _make_preview(self) -> None:
        if self.table is None:
            return
        self.preview = self._store.read(
            preview_survey, table=self.table, week=self.week(), factor_map=self.factor_map
        )
        self._show()

    def _show_unknown(self) -> None:
        preview = self.preview
        unknown = preview.unknown_factors if preview is not None else {}
        suggestions = preview.suggestions if preview is not None else {}
        self.unknown_table.setRowCount(len(unknown))
        for row, (name, rows) in enumerate(sorted(unknown.items())):
            for column, text in enumerate((name, str(rows))):
                self.unknown_table.setItem(row, column, QTableWidgetItem(text))
            combo = QComboBox()
            combo.addItem(self.tr("(choose)"), None)
            suggestion = suggestions.get(name)
            names = dict(self.factors)
            if suggestion in names:
                label = self.tr("%1 (suggested)").replace("%1", names[suggestion])
                combo.addItem(label, suggestion)
            combo.addItem(self.tr("(not a factor: leave out)"), IGNORED)
            for factor_id, factor in self.factors:
                combo.addItem(factor, factor_id)
            combo.activated.connect(lambda _i, n=name, c=combo: self.map_factor(n, c.currentData()))
            self.unknown_table.setCellWidget(row, 2, combo)
        self.unknown_table.resizeColumnsToContents()
        self.unknown_table.setVisible(bool(unknown))
        self.unknown_label.setVisible(bool(unknown))

    def map_factor(self, name: str, factor_id: int | None) -> None:
        """The file's ``name`` is the factor ``factor_id`` (IGNORED: no factor at all)."""
        if factor_id is None:
            return
        self.factor_map[value_key(name)] = factor_id
        self._make_preview()

    def _show(self) -> None:
        preview = self.preview
        self.model.set_rows(preview.counts if preview is not None else [])
        self._show_unknown()
        self.problems.setText(
            "\n".join(problem_text(p) for p in preview.problems[:20]) if preview else ""
        )
        ready = preview is not None and bool(preview.counts) and not preview.weeks_taken
        if preview is None:
            self.summary.setText(
                self.tr(
                    "Choose the survey tool's export (CSV or Excel): one row per rapportör "
                    "and factor, or one column per factor."
                )
            )
        elif preview.earlier is not None:
            ready = False
            self.summary.setText(self.tr("This file has already been imported."))
        elif preview.weeks_taken:
            self.summary.setText(
                self.tr(
                    "%1 already has survey answers from another file. Undo that import "
                    "first under Incidents → Imports if this file replaces it."
                ).replace("%1", ", ".join(labels.week(w) for w in preview.weeks_taken))
            )
        elif preview.counts:
            weeks = preview.weeks
            answered = max(c.answered for c in preview.counts)
            self.summary.setText(
                self.tr("%1: %2 rapportörer answered about %3 factors.")
                .replace("%1", ", ".join(labels.week(w) for w in weeks))
                .replace("%2", str(answered))
                .replace("%3", str(len({c.factor_id for c in preview.counts})))
            )
        else:
            self.summary.setText(self.tr("Nothing in the file can be counted."))
        self.import_button.setEnabled(ready)

    def save(self) -> bool:
        if self.table is None:
            return False
        try:
            batch = self._store.write(
                import_survey, table=self.table, week=self.week(), factor_map=self.factor_map
            )
        except ValidationError as error:
            show_error(self, error)
            return False
        QMessageBox.information(
            self,
            self.windowTitle(),
            self.tr("The survey answers from %1 are saved.").replace("%1", batch.file_name),
        )
        self.accept()
        return True
