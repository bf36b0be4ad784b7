"""The lägesbild: where and when incidents happen, how they develop, how actions fare.

The filters produce one ``LagesbildFilter``; one read gathers every aggregation;
each tab shows a chart with the numbers underneath.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...services import lagesbild as service
from ...services.lagesbild import ActionStats, LagesbildFilter, PlaceCount, Trend, WeekPulse
from ...services.lagesbild.survey_chart import survey_period
from ...services.map import counts as map_counts
from ..common.convert import date_edit, edited_date, qdate
from ..common.emphasis import page_heading
from ..common.rowmodel import RowTableModel
from ..common.store import Store
from ..common.tabs import tab_widget
from ..common.views import RefreshWhenShown, row_table
from ..map.map_view import MapView
from .chart_panel import ChartPanel
from .multi_choice import MultiChoiceButton
from .survey_panel import SurveyPanel
from .tables import (
    action_columns,
    place_columns,
    pulse_columns,
    pulse_rows,
    trend_columns,
    trend_rows,
)

MOST_LINES = 4  # focus areas drawn one by one; more are summed into one line
PRESETS = ("last_4_weeks", "this_quarter", "this_year", "agreement", "custom")


# Incidents where and when, the actions, the surveys, and the filters' choices.
SHOWS = frozenset(
    {
        "incident",
        "place",
        "category",
        "source",
        "organisation",
        "focus_area",
        "agreement",
        "action",
        "action_update",
        "meeting",
        "agenda_item",
        "import_batch",
        "survey_result",
        "survey_factor",
        "app_setting",  # the kommun on the map
    }
)


class LagesbildPage(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._today = date.today()
        self._stale = True  # counted when first shown, not at start-up

        self.preset = QComboBox()
        for key, text in zip(PRESETS, self._preset_texts(), strict=True):
            self.preset.addItem(text, key)
        self.date_from = date_edit()
        self.date_to = date_edit()
        self.granularity = QComboBox()
        self.granularity.addItem(self.tr("Per week"), "week")
        self.granularity.addItem(self.tr("Per month"), "month")
        self.focus_areas = MultiChoiceButton(self.tr("All focus areas"), self.tr("%n focus areas"))
        self.places = MultiChoiceButton(self.tr("All places"), self.tr("%n places"))
        self.sources = MultiChoiceButton(self.tr("All sources"), self.tr("%n sources"))
        self.organisations = MultiChoiceButton(
            self.tr("All organisations"), self.tr("%n organisations")
        )
        self.confidential = QCheckBox(self.tr("Include &confidential incidents"))
        self.summary = QLabel()
        self.summary.setObjectName("lagesbildSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        self.place_model: RowTableModel[PlaceCount] = RowTableModel(
            place_columns(), lambda r: r.place_id, self
        )
        self.pulse_model: RowTableModel = RowTableModel(pulse_columns(), lambda r: r[0], self)
        self.trend_model: RowTableModel = RowTableModel(trend_columns(None), lambda r: 0, self)
        self.organisation_model: RowTableModel[ActionStats] = RowTableModel(
            action_columns(self.tr("Organisation")), lambda r: r.key, self
        )
        self.focus_model: RowTableModel[ActionStats] = RowTableModel(
            action_columns(self.tr("Focus area")), lambda r: r.key, self
        )
        self.places_panel = self._panel(self.place_model, self.tr("Incidents per place"), 0)
        self.pulse_panel = self._panel(self.pulse_model, self.tr("Incidents per weekday"), 25)
        self.trend_panel = self._panel(self.trend_model, self.tr("Incidents over time"), 0)
        self.organisation_panel = self._panel(
            self.organisation_model, self.tr("Actions per organisation"), 0
        )
        self.focus_panel = self._panel(self.focus_model, self.tr("Actions per focus area"), 0)
        self.map_view = MapView(self._incidents_at)
        self.survey_panel = SurveyPanel()
        self.tabs = tab_widget()
        self.tabs.addTab(self.places_panel, self.tr("P&laces"))
        self.tabs.addTab(self.map_view, self.tr("&Map"))
        self.tabs.addTab(self.pulse_panel, self.tr("&Week pulse"))
        self.tabs.addTab(self.trend_panel, self.tr("&Trend"))
        self.tabs.addTab(self.organisation_panel, self.tr("Actions per o&rganisation"))
        self.tabs.addTab(self.focus_panel, self.tr("Actions per focus &area"))
        self.tabs.addTab(self.survey_panel, self.tr("Surve&y"))
        self.tabs.currentChanged.connect(self._fill_tab)
        self._filled: set[int] = set()  # the tabs filled since the last refresh

        heading = page_heading(self.tr("Situation picture"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(self._filter_grid())
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)

        self._fill_choices()
        self._apply_preset()
        self.preset.currentIndexChanged.connect(self._apply_preset)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._dates_edited)
        for button in (self.focus_areas, self.places, self.sources, self.organisations):
            button.changed.connect(self.refresh)
        self.granularity.currentIndexChanged.connect(self.refresh)
        self.confidential.toggled.connect(self.refresh)
        RefreshWhenShown(self, store.changed, self._data_changed, tables=SHOWS)

    def _preset_texts(self) -> list[str]:
        return [
            self.tr("Last 4 weeks"),
            self.tr("This quarter"),
            self.tr("This year"),
            self.tr("The agreement period"),
            self.tr("Custom period"),
        ]

    def _panel(self, model: RowTableModel, name: str, stretch: int) -> ChartPanel:
        table = row_table(model, stretch=stretch)
        table.setAccessibleName(name)
        return ChartPanel(table, name)

    def _filter_grid(self) -> QGridLayout:
        grid = QGridLayout()
        period = QLabel(self.tr("P&eriod"))
        period.setBuddy(self.preset)
        grid.addWidget(period, 0, 0)
        grid.addWidget(self.preset, 0, 1)
        from_label = QLabel(self.tr("&from"))
        from_label.setBuddy(self.date_from)
        to_label = QLabel(self.tr("t&o"))
        to_label.setBuddy(self.date_to)
        grid.addWidget(from_label, 0, 2)
        grid.addWidget(self.date_from, 0, 3)
        grid.addWidget(to_label, 0, 4)
        grid.addWidget(self.date_to, 0, 5)
        grid.addWidget(self.granularity, 0, 6)
        grid.addWidget(self.focus_areas, 1, 1)
        grid.addWidget(self.places, 1, 2, 1, 2)
        grid.addWidget(self.sources, 1, 4, 1, 2)
        grid.addWidget(self.organisations, 1, 6)
        grid.addWidget(self.confidential, 1, 7)
        grid.setColumnStretch(8, 1)
        return grid

    def _fill_choices(self) -> None:
        choices = self._store.read(service.filter_choices, today=self._today)
        self.focus_areas.set_choices(choices.focus_areas)
        self.places.set_choices(choices.places)
        self.sources.set_choices(choices.sources)
        self.organisations.set_choices(choices.organisations)
        self._agreement_period = (choices.agreement_start, choices.agreement_end)

    def _apply_preset(self) -> None:
        key = self.preset.currentData()
        if key != "custom":
            start, end = service.period_for(
                key,
                today=self._today,
                agreement_start=self._agreement_period[0],
                agreement_end=self._agreement_period[1],
            )
            for edit, day in ((self.date_from, start), (self.date_to, end)):
                with QSignalBlocker(edit):
                    edit.setDate(qdate(day))
        self.refresh()

    def _dates_edited(self) -> None:
        custom = self.preset.findData("custom")
        if self.preset.currentIndex() != custom:
            with QSignalBlocker(self.preset):
                self.preset.setCurrentIndex(custom)
        self.refresh()

    def _data_changed(self) -> None:
        self._fill_choices()
        self.refresh()

    def current_filter(self) -> LagesbildFilter:
        start = edited_date(self.date_from)
        end = edited_date(self.date_to)
        return LagesbildFilter(
            date_from=min(start, end),
            date_to=max(start, end),
            focus_area_ids=self.focus_areas.checked_ids(),
            place_ids=self.places.checked_ids(),
            source_ids=self.sources.checked_ids(),
            organisation_ids=self.organisations.checked_ids(),
            include_confidential=self.confidential.isChecked(),
        )

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Counts the incidents for the summary and fills the tab in view; the other tabs
        are counted when they are first shown for this filter."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._filter = self.current_filter()
        self._granularity = self.granularity.currentData()
        self._filled = set()
        total = self._store.read(service.incident_count, filter=self._filter)
        self.summary.setText(self._summary_text(total))
        self._fill_tab(self.tabs.currentIndex())

    def _fill_tab(self, index: int) -> None:
        if self._stale or index in self._filled or index < 0:
            return
        self._filled.add(index)
        panel = self.tabs.widget(index)
        read, what = self._store.read, {"filter": self._filter}
        if panel is self.places_panel:
            self._show_places(read(service.incidents_per_place, **what))
        elif panel is self.map_view:
            self.map_view.show_map(read(map_counts.incident_map, **what))
        elif panel is self.pulse_panel:
            self._show_pulse(read(service.week_pulse, **what))
        elif panel is self.trend_panel:
            self._show_trend(read(service.incident_trend, granularity=self._granularity, **what))
        elif panel is self.survey_panel:
            self.survey_panel.show_survey(read(survey_period, **what))
        else:
            by = "organisation" if panel is self.organisation_panel else "focus_area"
            stats = read(service.action_stats, today=self._today, by=by, **what)
            model = self.organisation_model if by == "organisation" else self.focus_model
            model.set_rows(stats)
            chart_panel = self.organisation_panel if by == "organisation" else self.focus_panel
            chart_panel.set_chart(lambda: _chart("action_chart", stats))

    def _incidents_at(self, place_id: int) -> list[map_counts.PlaceIncident]:
        return self._store.read(map_counts.incidents_at, filter=self._filter, place_id=place_id)

    def _show_places(self, places: list[PlaceCount]) -> None:
        self.place_model.set_rows(places)
        self.places_panel.set_chart(lambda: _chart("places_chart", places))

    def _show_pulse(self, pulse: WeekPulse) -> None:
        self.pulse_model.set_rows(pulse_rows(pulse))
        self.pulse_panel.set_chart(lambda: _chart("week_pulse_chart", pulse))
        self.pulse_panel.set_note(
            self.tr(
                "%n incident(s) recorded without a time of day are not in the grid.",
                "",
                pulse.without_time,
            )
            if pulse.without_time
            else ""
        )

    def _show_trend(self, trend: Trend) -> None:
        self.trend_model = RowTableModel(trend_columns(trend), lambda r: 0, self)
        self.trend_model.set_rows(trend_rows(trend))
        self.trend_panel.table.setModel(self.trend_model)
        header = self.trend_panel.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.trend_panel.set_chart(lambda: _trend_chart(trend))
        self.trend_panel.set_note(
            self.tr(
                "The chart shows all focus areas together. Choose at most %1 focus areas "
                "in the filter to see them one by one; the table has each of them."
            ).replace("%1", str(MOST_LINES))
            if len(trend.series) > MOST_LINES
            else ""
        )

    def _summary_text(self, total: int) -> str:
        locale = QLocale()
        period = (
            self.tr("%1 – %2")
            .replace("%1", locale.toString(self.date_from.date(), QLocale.FormatType.LongFormat))
            .replace("%2", locale.toString(self.date_to.date(), QLocale.FormatType.LongFormat))
        )
        text = self.tr("%n incident(s) from %1", "", total).replace("%1", period)
        if not self.confidential.isChecked():
            text += " " + self.tr("(confidential incidents not counted)")
        return text


def _trend_chart(trend):
    from ...services.lagesbild.charts import trend_chart

    return trend_chart(trend, most_lines=MOST_LINES)


def _chart(builder: str, data):
    """Charts (and matplotlib) load when the first one is drawn, not at start-up."""
    from ...services.lagesbild import charts

    return getattr(charts, builder)(data)
