"""Settings: the organisation and place lists (places with their position on the map),
the defaults for new meetings, and the documents' language and template."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import time
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ..errors import KnownError, ValidationError
from ..models import Category, Organisation, Place, PlaceKind, Source, saved_id
from ..services import reference, settings
from ..services.settings import MeetingDefaults
from .common import labels
from .common.convert import edited_time, qtime
from .common.emphasis import page_heading
from .common.messages import FieldErrors, show_error
from .common.rowmodel import ID_ROLE, ROW_ROLE, SORT_ROLE, Column, RowTableModel
from .common.store import Store
from .common.tabs import tab_widget
from .common.views import RefreshWhenShown, row_table
from .documents_tab import DocumentsTab
from .map.position_box import PositionBox
from .survey_factors_tab import SurveyFactorsTab

ListRow = Organisation | Place | Source | Category


class OrganisationListModel(RowTableModel[Organisation]):
    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Kind"), lambda r: labels.organisation_kind(r.kind)),
                Column(self.tr("Active"), lambda r: self.tr("Yes") if r.active else self.tr("No")),
            ],
            row_id=saved_id,
            parent=parent,
        )


class PlaceListModel(RowTableModel[Place]):
    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Kind"), lambda r: place_kinds().get(r.kind, r.kind)),
                Column(self.tr("Active"), lambda r: self.tr("Yes") if r.active else self.tr("No")),
                Column(
                    self.tr("On the map"),
                    lambda r: self.tr("Yes") if r.latitude is not None else self.tr("No"),
                ),
            ],
            row_id=saved_id,
            parent=parent,
        )


class NamedListModel(RowTableModel[Source | Category]):
    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Active"), lambda r: self.tr("Yes") if r.active else self.tr("No")),
            ],
            row_id=saved_id,
            parent=parent,
        )


def place_kinds() -> dict[str, str]:
    return {
        PlaceKind.LOCALITY.value: QCoreApplication.translate("SettingsPage", "Locality"),
        PlaceKind.SITE.value: QCoreApplication.translate("SettingsPage", "Site"),
    }


class ListEditor(QWidget):
    """A list with a form below it: pick a row to edit it, or start a new one.

    ``save`` and ``delete`` are service functions; ``id_key`` names the keyword
    they take for the row's id (``organisation_id``, ``place_id``).
    """

    row_shown = Signal(object)  # the row now in the form, None for a new one

    def __init__(
        self,
        store: Store,
        model: RowTableModel,
        *,
        read: Callable[..., Sequence[ListRow]],
        save: Callable[..., Any],
        delete: Callable[..., Any],
        id_key: str,
        kinds: list[tuple[str, str]],
        titles: tuple[str, str],
        table: str,
        parent: QWidget | None = None,
    ) -> None:
        """``table``: the name of the table the list shows."""
        super().__init__(parent)
        self._store = store
        self._read, self._save, self._delete, self._id_key = read, save, delete, id_key
        self._new_title, self._edit_title = titles
        self._loading = False
        self.editing_id: int | None = None
        self.errors = FieldErrors()

        self.model = model
        model.setParent(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortLocaleAware(True)
        self.table = row_table(self.proxy, stretch=0, sortable=True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

        self.name_edit = QLineEdit()
        self.name_edit.returnPressed.connect(self.save)
        self.kind_combo = QComboBox()
        for code, text in kinds:
            self.kind_combo.addItem(text, code)
        self.active_check = QCheckBox(self.tr("Active (offered as a choice)"))
        self.new_button = QPushButton(self.tr("&New"))
        self.new_button.clicked.connect(self.start_new)
        self.save_button = QPushButton(self.tr("Sa&ve"))
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.delete_button.clicked.connect(self.delete)

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.errors.wrap("name", self.name_edit))
        if kinds:
            form.addRow(self.tr("Kind"), self.errors.wrap("kind", self.kind_combo))
        self._has_kinds = bool(kinds)
        form.addRow("", self.active_check)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch()
        self.form_box = QGroupBox()
        box_layout = QVBoxLayout(self.form_box)
        box_layout.addLayout(form)
        box_layout.addLayout(buttons)

        self.form_box.setFixedWidth(420)
        self.side = QVBoxLayout()
        self.side.addWidget(self.form_box)
        self.side.addStretch()
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.side)

        self.table.selectionModel().selectionChanged.connect(self._edit_selected)
        self._refresher = RefreshWhenShown(self, store.changed, self.refresh, tables={table})
        self.refresh()
        self.start_new()

    def refresh(self) -> None:
        """Reloads the list without touching what is being typed in the form."""
        self._loading = True
        try:
            self.model.set_rows(self._store.read(self._read, include_inactive=True))
            if self.editing_id is not None and not self._select(self.editing_id):
                self.editing_id = None
        finally:
            self._loading = False
        self._update_state()

    def select(self, row_id: int) -> bool:
        """Shows the row in the form, as if picked in the list."""
        if not self._select(row_id):
            return False
        self._edit_selected()
        return True

    def _select(self, row_id: int) -> bool:
        source_row = self.model.row_of_id(row_id)
        if source_row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        self.table.scrollTo(index)
        return True

    def _edit_selected(self) -> None:
        if self._loading:
            return
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        self._fill(rows[0].data(ROW_ROLE))

    def _fill(self, row: ListRow | None) -> None:
        self.errors.clear()
        self.editing_id = None if row is None else row.id
        self.name_edit.setText("" if row is None else row.name)
        index = 0 if row is None else self.kind_combo.findData(getattr(row, "kind", None))
        self.kind_combo.setCurrentIndex(max(index, 0))
        self.active_check.setChecked(True if row is None else row.active)
        self._update_state()
        self.row_shown.emit(row)

    def add_below_form(self, widget: QWidget) -> None:
        widget.setFixedWidth(self.form_box.width())
        self.side.insertWidget(1, widget)

    def _update_state(self) -> None:
        self.delete_button.setEnabled(self.editing_id is not None)
        self.form_box.setTitle(self._new_title if self.editing_id is None else self._edit_title)

    def start_new(self) -> None:
        self._loading = True
        try:
            self.table.clearSelection()
        finally:
            self._loading = False
        self._fill(None)
        self.name_edit.setFocus()

    def save(self) -> int | None:
        try:
            kind = {"kind": self.kind_combo.currentData()} if self._has_kinds else {}
            row = self._store.write(
                self._save,
                name=self.name_edit.text(),
                active=self.active_check.isChecked(),
                **kind,
                **{self._id_key: self.editing_id},
            )
        except ValidationError as error:
            self.errors.show(error, self)
            return None
        except KnownError as error:
            show_error(self, error)
            return None
        self._refresher.ensure_fresh()  # on a hidden tab too: the saved row is picked below
        self._select(row.id)
        self._fill(row)
        return row.id

    def delete(self) -> bool:
        if self.editing_id is None:
            return False
        try:
            self._store.write(self._delete, **{self._id_key: self.editing_id})
        except (ValidationError, KnownError) as error:
            show_error(self, error)
            return False
        self._refresher.ensure_fresh()
        self.start_new()
        return True

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None


class MeetingDefaultsEditor(QWidget):
    """What a first meeting is proposed with, and the organisation named in documents."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._loading = False
        self.dirty = False
        self.errors = FieldErrors()

        self.weekday_combo = QComboBox()
        for day, text in enumerate(
            (
                self.tr("Monday"),
                self.tr("Tuesday"),
                self.tr("Wednesday"),
                self.tr("Thursday"),
                self.tr("Friday"),
                self.tr("Saturday"),
                self.tr("Sunday"),
            )
        ):
            self.weekday_combo.addItem(text, day)
        self.time_edit = QTimeEdit()
        self.time_edit.setDisplayFormat("HH:mm")
        self.location_edit = QLineEdit()
        self.convener_edit = QLineEdit()
        self.organisation_edit = QLineEdit()
        self.save_button = QPushButton(self.tr("Sa&ve"))
        self.save_button.clicked.connect(self.save)
        self.saved_label = QLabel()

        intro = QLabel(
            self.tr(
                "Used to propose the first meeting; later meetings follow the one before. "
                "The organisation name appears in minutes and action lists."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Weekday"), self.errors.wrap("weekday", self.weekday_combo))
        form.addRow(self.tr("Start time"), self.errors.wrap("start_time", self.time_edit))
        form.addRow(self.tr("Room"), self.errors.wrap("location", self.location_edit))
        form.addRow(self.tr("Convener"), self.errors.wrap("convener", self.convener_edit))
        form.addRow(
            self.tr("Organisation in documents"),
            self.errors.wrap("organisation_name", self.organisation_edit),
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.saved_label)
        buttons.addStretch()
        box = QWidget()
        box.setMaximumWidth(560)
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(intro)
        box_layout.addLayout(form)
        box_layout.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addStretch()

        for edit in (self.location_edit, self.convener_edit, self.organisation_edit):
            edit.textEdited.connect(self._edited)
            edit.returnPressed.connect(self.save)
        self.weekday_combo.currentIndexChanged.connect(self._edited)
        self.time_edit.timeChanged.connect(self._edited)
        RefreshWhenShown(self, store.changed, self.refresh, tables={"app_setting"})
        self.load()

    def refresh(self) -> None:
        if not self.dirty:
            self.load()

    def load(self) -> None:
        defaults = self._store.read(settings.meeting_defaults)
        self._loading = True
        try:
            self.weekday_combo.setCurrentIndex(
                max(self.weekday_combo.findData(defaults.weekday), 0)
            )
            self.time_edit.setTime(qtime(defaults.start_time))
            self.location_edit.setText(defaults.location)
            self.convener_edit.setText(defaults.convener)
            self.organisation_edit.setText(defaults.organisation_name)
        finally:
            self._loading = False
        self.dirty = False

    def _edited(self) -> None:
        if not self._loading:
            self.dirty = True
            self.saved_label.clear()

    def values(self) -> MeetingDefaults:
        start: time = edited_time(self.time_edit)
        return MeetingDefaults(
            weekday=self.weekday_combo.currentData(),
            start_time=start.replace(second=0, microsecond=0),
            location=self.location_edit.text().strip(),
            convener=" ".join(self.convener_edit.text().split()),
            organisation_name=" ".join(self.organisation_edit.text().split()),
        )

    def save(self) -> bool:
        self.errors.clear()
        try:
            self.dirty = False
            self._store.write(settings.save_meeting_defaults, defaults=self.values())
        except ValidationError as error:
            self.dirty = True
            self.errors.show(error, self)
            return False
        except KnownError as error:
            self.dirty = True
            show_error(self, error)
            return False
        self.saved_label.setText(self.tr("Saved."))
        return True


class SettingsPage(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.organisations = ListEditor(
            store,
            OrganisationListModel(),
            read=reference.organisations,
            save=reference.save_organisation,
            delete=reference.delete_organisation,
            id_key="organisation_id",
            table="organisation",
            kinds=labels.organisation_kinds(),
            titles=(self.tr("New organisation"), self.tr("Edit organisation")),
        )
        self.places = ListEditor(
            store,
            PlaceListModel(),
            read=reference.places,
            save=reference.save_place,
            delete=reference.delete_place,
            id_key="place_id",
            table="place",
            kinds=list(place_kinds().items()),
            titles=(self.tr("New place"), self.tr("Edit place")),
        )
        self.sources = ListEditor(
            store,
            NamedListModel(),
            read=reference.sources,
            save=reference.save_source,
            delete=reference.delete_source,
            id_key="source_id",
            table="source",
            kinds=[],
            titles=(self.tr("New source"), self.tr("Edit source")),
        )
        self.categories = ListEditor(
            store,
            NamedListModel(),
            read=reference.categories,
            save=reference.save_category,
            delete=reference.delete_category,
            id_key="category_id",
            table="category",
            kinds=[],
            titles=(self.tr("New category"), self.tr("Edit category")),
        )
        self.meeting_defaults = MeetingDefaultsEditor(store)
        self.survey_factors = SurveyFactorsTab(store)
        self.place_position = PositionBox(store)
        self.places.add_below_form(self.place_position)
        self.places.row_shown.connect(self.place_position.show_place)
        self.place_position.merged.connect(self.places.select)

        self.tabs = tab_widget()
        self.tabs.addTab(self.organisations, self.tr("&Organisations"))
        self.tabs.addTab(self.places, self.tr("&Places"))
        self.tabs.addTab(self.sources, self.tr("Sou&rces"))
        self.tabs.addTab(self.categories, self.tr("&Categories"))
        self.tabs.addTab(self.survey_factors, self.tr("Surve&y factors"))
        self.tabs.addTab(self.meeting_defaults, self.tr("Meeting &defaults"))
        self.documents = DocumentsTab()
        self.tabs.addTab(self.documents, self.tr("Documents and lan&guage"))
        heading = page_heading(self.tr("Settings"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
