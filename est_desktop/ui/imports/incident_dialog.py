"""Händelser → Importera…: a reported file read, mapped, previewed and saved as one batch.

The file is read and every preview is made off the GUI thread, so a file of ten thousand
rows never stops the window; the save runs there too, behind a progress dialog that can
cancel it (nothing of a cancelled import is saved).
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...errors import ValidationError
from ...services.imports.batches import Choices, ImportCancelled, import_incidents
from ...services.imports.mapping import (
    FIELD_LABELS,
    FIELDS,
    NEW_PLACE,
    IncidentMapping,
    guess_columns,
    list_mappings,
    save_mapping,
    value_key,
)
from ...services.imports.preview import ImportPreview, Unmatched, build_preview
from ...services.imports.tables import SourceTable, read_table
from ...services.personal_numbers import REMOVED
from ..common import persist
from ..common.choices import IdCombo, load_choices
from ..common.messages import show_error, tr_service
from ..common.store import Store
from ..common.tasks import heavy_work, run_task
from ..common.views import row_table
from .preview_models import PreviewModel, problem_text

# The value-mapping combo's entries that are not a list row.
_CHOOSE, _NEW_PLACE, _NOTHING = "choose", "new", "nothing"
_PREVIEW_DELAY_MS = 250


def choose_import_file(parent: QWidget, title: str) -> Path | None:
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        title,
        str(persist.last_import_dir()),
        QCoreApplication.translate(
            "ImportIncidentsDialog", "Tables (*.csv *.xlsx *.xlsm *.txt);;All files (*)"
        ),
    )
    if not path:
        return None
    persist.set_last_import_dir(Path(path).parent)
    return Path(path)


class ImportIncidentsDialog(QDialog):
    def __init__(
        self, store: Store, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import incidents"))
        self._store = store
        self._today = today or date.today()
        self.table: SourceTable | None = None
        self.preview: ImportPreview | None = None
        # What the file's own values mean (field → value_key → ids), and which of them
        # were mapped in this dialog (shown on in the values table to change).
        self._values: dict[str, dict] = {}
        self._mapped_here: dict[tuple[str, str], str] = {}
        self.imported = 0
        self._generation = 0  # previews asked for; an older answer is dropped
        self._loading = False
        self._cancel = threading.Event()
        choices = load_choices(store, self._today)
        self._choices = choices
        self.model = PreviewModel(
            {
                "place": {i: n for i, n, _a in choices["places"]},
                "focus_area": {i: n for i, n, _a in choices["focus_areas"]},
            },
            self,
        )
        self._timer = QTimer(self, singleShot=True, interval=_PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._make_preview)

        self.file_label = QLabel(self.tr("No file chosen"))
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        choose = QPushButton(self.tr("Choose &file…"))
        choose.clicked.connect(self.choose_file)
        self.sheet_combo = QComboBox()
        self.sheet_combo.currentTextChanged.connect(self._sheet_chosen)
        self.sheet_label = QLabel(self.tr("&Sheet:"))
        self.sheet_label.setBuddy(self.sheet_combo)
        self.mapping_combo = QComboBox()
        self.mapping_combo.setObjectName("savedMapping")
        self.mapping_combo.activated.connect(self._mapping_chosen)
        mapping_label = QLabel(self.tr("Saved &mapping:"))
        mapping_label.setBuddy(self.mapping_combo)
        save_button = QPushButton(self.tr("Sa&ve mapping…"))
        save_button.clicked.connect(self.save_mapping_as)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)
        top.addWidget(self.sheet_label)
        top.addWidget(self.sheet_combo)
        top.addSpacing(16)
        top.addWidget(mapping_label)
        top.addWidget(self.mapping_combo)
        top.addWidget(save_button)

        self.column_combos: dict[str, QComboBox] = {}
        columns = QFormLayout()
        for name in FIELDS:
            combo = QComboBox()
            combo.setObjectName(f"column_{name}")
            combo.currentIndexChanged.connect(self._schedule)
            self.column_combos[name] = combo
            columns.addRow(tr_import(FIELD_LABELS[name]) + ":", combo)
        self.source_combo = IdCombo(self.tr("(choose)"))
        self.source_combo.set_choices(choices["sources"])
        self.organisation_combo = IdCombo(self.tr("(none)"))
        self.organisation_combo.set_choices(choices["organisations"])
        self.focus_combo = IdCombo(self.tr("(none)"))
        self.focus_combo.set_choices(choices["focus_areas"])
        self.confidential_box = QCheckBox(self.tr("Every row is confidential"))
        for combo in (self.source_combo, self.organisation_combo, self.focus_combo):
            combo.currentIndexChanged.connect(self._schedule)
        self.confidential_box.toggled.connect(self._schedule)
        defaults = QFormLayout()
        defaults.addRow(self.tr("Source:"), self.source_combo)
        defaults.addRow(self.tr("Reporting organisation:"), self.organisation_combo)
        defaults.addRow(self.tr("Focus area:"), self.focus_combo)
        defaults.addRow(self.confidential_box)
        column_box = QGroupBox(self.tr("Which column holds what"))
        column_box.setLayout(columns)
        default_box = QGroupBox(self.tr("Where the file says nothing"))
        default_box.setLayout(defaults)

        self.values_table = QTableWidget(0, 5)
        self.values_table.setObjectName("unmatchedValues")
        self.values_table.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                self.tr("In the file"),
                self.tr("Rows"),
                self.tr("Means"),
                self.tr("And focus area"),
            ]
        )
        self.values_table.verticalHeader().hide()
        self.values_table.horizontalHeader().setStretchLastSection(True)
        values_box = QGroupBox(self.tr("Values not in the lists"))
        values_layout = QVBoxLayout(values_box)
        values_layout.addWidget(
            QLabel(
                self.tr(
                    "Map each to an entry of the list once: a saved mapping keeps it, saved "
                    "again with each import."
                )
            )
        )
        values_layout.addWidget(self.values_table)

        # Above: what the file's columns and values mean; below, the whole width for the rows.
        mapping_area = QWidget()
        mapping_layout = QHBoxLayout(mapping_area)
        mapping_layout.setContentsMargins(0, 0, 0, 0)
        mapping_layout.addWidget(column_box, 1)
        side = QVBoxLayout()
        side.addWidget(default_box)
        side.addWidget(values_box, 1)
        mapping_layout.addLayout(side, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(mapping_area)

        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.preview_table = row_table(self.model, stretch=7)
        self.preview_table.setObjectName("importPreview")
        self.attention_box = QCheckBox(self.tr("Show only rows that need attention"))
        self.attention_box.setObjectName("onlyAttention")
        self.attention_box.toggled.connect(self._show_rows)
        self.remove_numbers = QRadioButton(
            self.tr("Remove personal identity numbers from the text of ticked rows")
        )
        self.remove_numbers.setChecked(True)
        self.keep_numbers = QRadioButton(self.tr("Keep the text of ticked rows as it is"))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.attention_box)
        right_layout.addWidget(self.preview_table, 1)
        right_layout.addWidget(self.remove_numbers)
        right_layout.addWidget(self.keep_numbers)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        scroll.setMinimumHeight(mapping_area.sizeHint().height() + 4)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = buttons.addButton(
            self.tr("&Import %n incident(s)", "", 0), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(1300, 900)
        self._load_saved_mappings()
        self._show_sheets()
        self._update_summary()

    # --- the file ----------------------------------------------------------------------

    def choose_file(self) -> None:
        path = choose_import_file(self, self.tr("Choose the file to import"))
        if path is not None:
            self.open_file(path)

    def open_file(self, path: Path, sheet: str | None = None) -> None:
        """Reads the file off the GUI thread, then maps its columns."""
        self.file_label.setText(self.tr("Reading %1…").replace("%1", path.name))
        self.path = path
        self._generation += 1
        generation = self._generation

        def read() -> SourceTable:
            with heavy_work():
                return read_table(path, sheet=sheet)

        run_task(
            read,
            lambda table: self._file_read(table, generation),
            lambda error: self._failed(error, generation),
        )

    def _file_read(self, table: SourceTable, generation: int) -> None:
        if generation != self._generation:
            return
        self.table = table
        self.file_label.setText(
            self.tr("%1: %2 rows")
            .replace("%1", table.file_name)
            .replace("%2", str(len(table.rows)))
        )
        self._show_sheets()
        self._loading = True
        for combo in self.column_combos.values():
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), "")
            for header in table.headers:
                combo.addItem(header, header)
        saved = self._saved_mapping()
        self._apply_mapping(
            saved if saved is not None else IncidentMapping(columns=guess_columns(table.headers))
        )
        self._loading = False
        self._make_preview()

    def _show_sheets(self) -> None:
        sheets = self.table.sheets if self.table is not None else ()
        with QSignalBlocker(self.sheet_combo):
            self.sheet_combo.clear()
            self.sheet_combo.addItems(list(sheets))
            if self.table is not None and self.table.sheet:
                self.sheet_combo.setCurrentText(self.table.sheet)
        self.sheet_combo.setVisible(len(sheets) > 1)
        self.sheet_label.setVisible(len(sheets) > 1)

    def _sheet_chosen(self, sheet: str) -> None:
        if self.table is not None and sheet and sheet != self.table.sheet:
            self.open_file(self.path, sheet)

    # --- the mapping -------------------------------------------------------------------

    def _load_saved_mappings(self) -> None:
        self._saved = {m.name: m.mapping for m in self._store.read(list_mappings)}
        self.mapping_combo.clear()
        self.mapping_combo.addItem(self.tr("(new mapping)"), "")
        for name in self._saved:
            self.mapping_combo.addItem(name, name)

    def _saved_mapping(self) -> IncidentMapping | None:
        name = self.mapping_combo.currentData()
        return self._saved.get(name) if name else None

    def _mapping_chosen(self) -> None:
        mapping = self._saved_mapping()
        if mapping is not None and self.table is not None:
            self._loading = True
            self._apply_mapping(mapping)
            self._loading = False
            self._make_preview()

    def _apply_mapping(self, mapping: IncidentMapping) -> None:
        self._mapped_here = {}
        self._values = {
            "place": dict(mapping.places),
            "category": {k: list(v) for k, v in mapping.categories.items()},
            "focus_area": dict(mapping.focus_areas),
            "source": dict(mapping.sources),
            "reporting_organisation": dict(mapping.organisations),
        }
        for name, combo in self.column_combos.items():
            index = combo.findData(mapping.columns.get(name, ""))
            combo.setCurrentIndex(max(index, 0))
        self.source_combo.set_current_id(mapping.source_id)
        self.organisation_combo.set_current_id(mapping.reporting_organisation_id)
        self.focus_combo.set_current_id(mapping.focus_area_id)
        self.confidential_box.setChecked(mapping.confidential)

    def mapping(self) -> IncidentMapping:
        values = self._values
        return IncidentMapping(
            columns={
                name: combo.currentData()
                for name, combo in self.column_combos.items()
                if combo.currentData()
            },
            source_id=self.source_combo.current_id(),
            reporting_organisation_id=self.organisation_combo.current_id(),
            focus_area_id=self.focus_combo.current_id(),
            confidential=self.confidential_box.isChecked(),
            places=dict(values.get("place", {})),
            categories={k: list(v) for k, v in values.get("category", {}).items()},
            focus_areas=dict(values.get("focus_area", {})),
            sources=dict(values.get("source", {})),
            organisations=dict(values.get("reporting_organisation", {})),
            sheet=self.table.sheet if self.table is not None else "",
        )

    def save_mapping_as(self) -> str | None:
        current = self.mapping_combo.currentData() or ""
        name, ok = QInputDialog.getText(
            self,
            self.tr("Save mapping"),
            self.tr("Name (for example the source the files come from):"),
            text=current,
        )
        if not ok:
            return None
        return self.save_mapping_named(name)

    def save_mapping_named(self, name: str) -> str | None:
        try:
            saved = self._store.write(save_mapping, name=name, mapping=self.mapping())
        except ValidationError as error:
            show_error(self, error)
            return None
        self._load_saved_mappings()
        self.mapping_combo.setCurrentIndex(self.mapping_combo.findData(saved.name))
        return saved.name

    # --- the preview -------------------------------------------------------------------

    def _schedule(self) -> None:
        """A preview after the last of a quick run of changes. Until it comes nothing can
        be imported, and the ticks go: they were given to the rows as they read before."""
        if not self._loading and self.table is not None:
            self.import_button.setEnabled(False)
            self.model.ticked.clear()
            self._timer.start()

    def _make_preview(self) -> None:
        if self.table is None:
            return
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        table, mapping, today = self.table, self.mapping(), self._today
        self.summary.setText(self.tr("Checking the rows…"))
        self.import_button.setEnabled(False)
        self._hold_rows(True)

        def check() -> ImportPreview:
            with heavy_work():
                return self._store.read(build_preview, table=table, mapping=mapping, today=today)

        run_task(
            check,
            lambda preview: self._preview_made(preview, generation),
            lambda error: self._failed(error, generation),
        )

    def _preview_made(self, preview: ImportPreview, generation: int) -> None:
        if generation != self._generation:
            return
        self.preview = preview
        self._hold_rows(False)
        self._show_rows()
        self._show_unmatched(preview.unmatched)
        self._update_summary()

    def _show_rows(self) -> None:
        """Every row, or in a file of thousands only those that cannot be imported or wait."""
        rows = self.preview.rows if self.preview is not None else []
        if self.attention_box.isChecked():
            rows = [r for r in rows if not r.ready]
        self.model.set_rows(rows)

    def _hold_rows(self, held: bool) -> None:
        """While the work runs the rows shown are stale: they are not painted then, since
        each painted cell would wait for the work's turn at the interpreter."""
        self.preview_table.setUpdatesEnabled(not held)
        self.preview_table.setEnabled(not held)

    def _failed(self, error: Exception, generation: int) -> None:
        if generation != self._generation:
            return
        self._hold_rows(False)
        self.file_label.setText(
            self.tr("No file chosen") if self.table is None else self.file_label.text()
        )
        show_error(self, error)

    def _update_summary(self) -> None:
        preview = self.preview
        if self.table is None or preview is None:
            self.summary.setText(
                self.tr("Choose a CSV or Excel file. Nothing is saved until you import.")
            )
            self.import_button.setEnabled(False)
            return
        if preview.earlier is not None:
            when = preview.earlier.imported_at.astimezone().strftime("%Y-%m-%d %H:%M")
            self.summary.setText(
                self.tr(
                    "This file was imported %1 by %2 (%3 incidents). Importing it again "
                    "would add nothing; undo that import first under Incidents → Imports."
                )
                .replace("%1", when)
                .replace("%2", preview.earlier.imported_by)
                .replace("%3", str(preview.earlier.row_count))
            )
            self.import_button.setEnabled(False)
            return
        if preview.file_problems:
            self.summary.setText("\n".join(problem_text(p) for p in preview.file_problems))
            self.import_button.setEnabled(False)
            return
        count = len(self.chosen_rows())
        self.summary.setText(
            self.tr(
                "Ready: %1 · cannot be imported: %2 · held back for a personal identity "
                "number: %3 · duplicates: %4. Tick held-back rows to import them all the same."
            )
            .replace("%1", str(len(preview.ready)))
            .replace("%2", str(len(preview.with_problems)))
            .replace("%3", str(len(preview.held_back)))
            .replace("%4", str(len(preview.duplicates)))
        )
        self.import_button.setText(self.tr("&Import %n incident(s)", "", count))
        self.import_button.setMinimumWidth(self.import_button.sizeHint().width())
        self.import_button.setEnabled(count > 0)

    def chosen_rows(self) -> list[int]:
        if self.preview is None:
            return []
        return [r.number for r in self.preview.rows if r.ready or r.number in self.model.ticked]

    # --- values the lists do not know ----------------------------------------------------

    def _show_unmatched(self, unmatched: list[Unmatched]) -> None:
        """The values the lists do not know, and those mapped here since the file was
        opened, with their choice: a category mapped first to its category can be given its
        focus area next, and a slip can be put right."""
        unknown = {(v.field, value_key(v.value)) for v in unmatched}
        shown = list(unmatched) + [
            Unmatched(field, written, 0, None)
            for (field, key), written in self._mapped_here.items()
            if (field, key) not in unknown
        ]
        self.values_table.setRowCount(len(shown))
        for row, value in enumerate(shown):
            for column, text in enumerate(
                (
                    tr_import(FIELD_LABELS[value.field]),
                    value.value,
                    str(value.rows) if value.rows else "",
                )
            ):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.values_table.setItem(row, column, item)
            combo = self._value_combo(value)
            self.values_table.setCellWidget(row, 3, combo)
            mapped = self._values.get(value.field, {}).get(value_key(value.value))
            if value.field == "category":
                focus = self._focus_combo(value)
                self.values_table.setCellWidget(row, 4, focus)
                if mapped is not None:
                    _select(combo, ("category", mapped[1]) if mapped[1] else (_NOTHING, None))
                    _select(focus, ("focus_area", mapped[0]) if mapped[0] else (_NOTHING, None))
                for either in (combo, focus):
                    either.activated.connect(
                        lambda _i, v=value, c=combo, f=focus: self.map_category(
                            v.value, c.currentData(), f.currentData()
                        )
                    )
            else:
                if mapped is not None:
                    _select(
                        combo,
                        (_NEW_PLACE, None)
                        if value.field == "place" and mapped == NEW_PLACE
                        else (value.field, mapped),
                    )
                combo.activated.connect(
                    lambda _i, v=value, c=combo: self.map_value(v.field, v.value, c.currentData())
                )
        self.values_table.resizeColumnsToContents()

    def _value_combo(self, value: Unmatched) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"map_{value.field}")
        combo.addItem(self.tr("(choose)"), (_CHOOSE, None))
        if value.suggestion is not None:
            suggestion = self._as_choice(value.field, value.suggestion)
            if suggestion[0] != "focus_area" or value.field == "focus_area":
                combo.addItem(
                    self.tr("%1 (suggested)").replace("%1", value.suggestion[1]), suggestion
                )
        if value.field == "place":
            combo.addItem(
                self.tr("Add “%1” as a new place").replace("%1", value.value), (_NEW_PLACE, None)
            )
        if value.field == "category":
            combo.addItem(self.tr("(no category)"), (_NOTHING, None))
            for id_, name, active in self._choices["categories"]:
                if active:
                    combo.addItem(name, ("category", id_))
        else:
            lists = {
                "place": "places",
                "focus_area": "focus_areas",
                "source": "sources",
                "reporting_organisation": "organisations",
            }
            for id_, name, active in self._choices[lists[value.field]]:
                if active:
                    combo.addItem(name, (value.field, id_))
        return combo

    def _focus_combo(self, value: Unmatched) -> QComboBox:
        """A source's own category may name the focus area as well as the category."""
        combo = QComboBox()
        combo.setObjectName("map_category_focus_area")
        combo.addItem(self.tr("(choose)"), (_CHOOSE, None))
        if value.suggestion is not None:
            suggestion = self._as_choice(value.field, value.suggestion)
            if suggestion[0] == "focus_area":
                combo.addItem(
                    self.tr("%1 (suggested)").replace("%1", value.suggestion[1]), suggestion
                )
        combo.addItem(self.tr("(no focus area)"), (_NOTHING, None))
        for id_, name, _active in self._choices["focus_areas"]:
            combo.addItem(name, ("focus_area", id_))
        return combo

    def map_category(
        self, value: str, category: tuple[str, int | None], focus_area: tuple[str, int | None]
    ) -> None:
        """A source's category means this category and (or) this focus area."""
        if category[0] == _CHOOSE and focus_area[0] == _CHOOSE:
            return
        category_id = category[1] if category[0] == "category" else None
        focus_area_id = focus_area[1] if focus_area[0] == "focus_area" else None
        self._values.setdefault("category", {})[value_key(value)] = [focus_area_id, category_id]
        self._mapped_here[("category", value_key(value))] = value
        self._schedule()

    def _as_choice(self, field: str, suggestion: tuple[int, str]) -> tuple[str, int]:
        if field == "category":
            categories = {i for i, _n, _a in self._choices["categories"]}
            names = {n for i, n, _a in self._choices["categories"] if i == suggestion[0]}
            if suggestion[0] in categories and suggestion[1] in names:
                return ("category", suggestion[0])
            return ("focus_area", suggestion[0])
        return (field, suggestion[0])

    def map_value(self, field: str, value: str, choice: tuple[str, int | None]) -> None:
        """Remembers what ``value`` of ``field`` means and checks the rows again."""
        kind, row_id = choice
        if kind == _CHOOSE:
            return
        key = value_key(value)
        self._mapped_here[(field, key)] = value
        values = self._values.setdefault(field, {})
        if field == "place":
            values[key] = NEW_PLACE if kind == _NEW_PLACE else row_id
        elif field == "category":
            values[key] = (
                [None, None]
                if kind == _NOTHING
                else ([row_id, None] if kind == "focus_area" else [None, row_id])
            )
        else:
            values[key] = row_id
        self._schedule()

    # --- saving ----------------------------------------------------------------------------

    def start_import(self) -> None:
        if self.preview is None or self.table is None:
            return
        ticked = set(self.model.ticked)
        held = {r.number for r in self.preview.held_back} & ticked
        choices = Choices(
            duplicates=frozenset({r.number for r in self.preview.duplicates} & ticked),
            confirmed=frozenset() if self.remove_numbers.isChecked() else frozenset(held),
            removed=frozenset(held) if self.remove_numbers.isChecked() else frozenset(),
            removed_marker=tr_service(REMOVED),
        )
        table, mapping = self.table, self.mapping()
        name = self.mapping_combo.currentData() or ""
        self._imported_mapping = mapping
        self._cancel.clear()
        progress = QProgressDialog(self.tr("Importing…"), self.tr("Cancel"), 0, 0, self)
        progress.setWindowTitle(self.windowTitle())
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.canceled.connect(self._cancel.set)
        self.progress = progress
        self.import_button.setEnabled(False)
        self._hold_rows(True)
        today = self._today

        def work(report):
            with heavy_work():
                return self._store.write(
                    import_incidents,
                    table=table,
                    mapping=mapping,
                    mapping_name=name,
                    choices=choices,
                    today=today,
                    progress=lambda done, total: report(done, total, ""),
                    cancelled=self._cancel.is_set,
                )

        run_task(work, self._imported, self._import_failed, self._progressed)

    def _progressed(self, done: int, total: int, _label: str) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _imported(self, batch) -> None:
        self.progress.reset()
        self.imported = batch.row_count
        if batch.mapping_name:
            # What the user mapped for this file is there for the source's next one.
            try:
                self._store.write(
                    save_mapping, name=batch.mapping_name, mapping=self._imported_mapping
                )
            except ValidationError as error:
                show_error(self, error)
        QMessageBox.information(
            self,
            self.windowTitle(),
            self.tr("%n incident(s) imported from %1.", "", batch.row_count).replace(
                "%1", batch.file_name
            ),
        )
        self.accept()

    def _import_failed(self, error: Exception) -> None:
        self.progress.reset()
        self._hold_rows(False)
        if isinstance(error, ImportCancelled):
            QMessageBox.information(
                self, self.windowTitle(), self.tr("The import was cancelled. Nothing was saved.")
            )
        else:
            show_error(self, error)
        self._make_preview()


def _select(combo: QComboBox, data: tuple) -> None:
    """Shows the entry carrying ``data``; compared in Python, as Qt compares tuples badly."""
    for index in range(combo.count()):
        if tuple(combo.itemData(index)) == tuple(data):
            combo.setCurrentIndex(index)
            return


def tr_import(text: str) -> str:
    return QCoreApplication.translate("Import", text)
