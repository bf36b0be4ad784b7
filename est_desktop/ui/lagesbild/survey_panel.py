"""The lägesbild's survey tab: how many rapportörer marked each factor of the weekly survey,
week by week over the page's period, and a chart of the share who marked it.

The table has one row per factor: the period's last survey weeks as "5 av 38" (marked of
answered) and the average marked per week. The chart draws the factors selected in the
table, or those with the highest average when none is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QHeaderView, QVBoxLayout, QWidget

from ...services.imports.survey_picture import FactorTrend
from ...services.lagesbild.survey_chart import SurveyPeriod, average_marked
from ..common.emphasis import section_heading
from ..common.rowmodel import ROW_ROLE, Column, RowTableModel
from ..common.views import row_table
from .chart_panel import ChartPanel

TABLE_WEEKS = 8  # the period's last survey weeks shown in the table
CHART_LINES = 5  # factors drawn when none is selected in the table
NO_ANSWER = "–"


@dataclass(frozen=True)
class SurveyRow:
    trend: FactorTrend
    counts: dict[date, tuple[int, int]]  # week's Monday → (marked, answered)
    average: float | None  # marked per week, over the weeks with answers

    @property
    def factor_id(self) -> int:
        return self.trend.factor_id


def survey_rows(period: SurveyPeriod) -> list[SurveyRow]:
    return [
        SurveyRow(trend, {week: (m, a) for week, m, a in trend.weeks}, average_marked(trend))
        for trend in period.factors
    ]


def week_text() -> str:
    """A week by its ISO number, as the table's headers and the chart's axis name it."""
    return QCoreApplication.translate("SurveyPanel", "wk %1")


def survey_columns(weeks: list[date]) -> list[Column[SurveyRow]]:
    locale = QLocale()
    of = QCoreApplication.translate("SurveyPanel", "%1 of %2")

    def count(week: date) -> Callable[[SurveyRow], str]:
        def text(row: SurveyRow) -> str:
            if week not in row.counts:
                return NO_ANSWER
            marked, answered = row.counts[week]
            return of.replace("%1", str(marked)).replace("%2", str(answered))

        return text

    def marked(week: date) -> Callable[[SurveyRow], int]:
        return lambda row: row.counts.get(week, (-1, 0))[0]

    columns: list[Column[SurveyRow]] = [
        Column(QCoreApplication.translate("SurveyPanel", "Factor"), lambda r: r.trend.factor)
    ]
    for week in weeks:
        columns.append(
            Column(
                week_text().replace("%1", str(week.isocalendar().week)),
                count(week),
                sort_key=marked(week),
                align_right=True,
            )
        )
    columns.append(
        Column(
            QCoreApplication.translate("SurveyPanel", "Average"),
            lambda r: NO_ANSWER if r.average is None else locale.toString(r.average, "f", 1),
            sort_key=lambda r: -1 if r.average is None else r.average,
            align_right=True,
        )
    )
    return columns


class SurveyPanel(QWidget):
    """The survey tab; ``show_survey`` fills it for the page's filter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._period: SurveyPeriod | None = None
        self.model: RowTableModel[SurveyRow] = RowTableModel(
            survey_columns([]), lambda r: r.factor_id, self
        )
        name = self.tr("Survey answers per week")
        table = row_table(self.model, stretch=0, multi=True)
        table.setAccessibleName(name)
        self.panel = ChartPanel(table, name)
        self.message = section_heading()  # what the tab lacks, and how to get it
        self.message.setObjectName("surveyEmpty")
        self.message.setWordWrap(True)
        self.message.setContentsMargins(9, 9, 9, 0)  # in line with the chart panel's
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.panel, 1)
        self._watch_selection()

    @property
    def table(self):
        return self.panel.table

    def figure(self):
        """The chart drawn, like every lägesbild tab's."""
        return self.panel.figure()

    def show_survey(self, period: SurveyPeriod) -> None:
        self._period = period
        # The weeks are the columns: a new model for each period, the old one let go.
        old_model, old_selection = self.model, self.table.selectionModel()
        self.model = RowTableModel(
            survey_columns(period.survey_weeks[-TABLE_WEEKS:]), lambda r: r.factor_id, self
        )
        self.model.set_rows(survey_rows(period))
        self.table.setModel(self.model)
        old_selection.deleteLater()
        old_model.deleteLater()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the factor's name
        self._watch_selection()
        if not period.answered:
            text = self.tr(
                "No survey answers in the period. Import the week's survey under "
                "Incidents → Import survey answers…"
            )
        elif not period.factors:
            text = self.tr(
                "No survey answers in the period on factors of the chosen focus areas. "
                "Choose all focus areas to see every factor."
            )
        else:
            text = ""
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self._draw()

    def charted(self) -> list[FactorTrend]:
        """The factors selected in the table, or those with the highest average."""
        rows = self.model.rows()
        chosen = {index.data(ROW_ROLE).factor_id for index in self.selected_rows()}
        if not chosen:
            highest = sorted(rows, key=lambda r: -(r.average or 0))[:CHART_LINES]
            chosen = {row.factor_id for row in highest}
        return [row.trend for row in rows if row.factor_id in chosen]  # in the table's order

    def selected_rows(self):
        return self.table.selectionModel().selectedRows()

    def _watch_selection(self) -> None:
        self.table.selectionModel().selectionChanged.connect(self._draw)

    def _draw(self) -> None:
        if self._period is None:
            return
        weeks, factors = self._period.weeks, self.charted()
        texts = {
            "title": self.tr("Survey answers per week"),
            "y_label": self.tr("Share of reporters who marked it (%)"),
            "no_answers": self.tr("No survey answers"),
            "week_text": week_text(),
        }
        self.panel.set_chart(lambda: _chart(factors, weeks, texts))
        several = self.model.rowCount() > CHART_LINES
        self.panel.set_note(
            self.tr(
                "The chart shows the %1 factors with the highest average. Select rows in "
                "the table to see others."
            ).replace("%1", str(CHART_LINES))
            if several and not self.selected_rows()
            else ""
        )


def _chart(factors, weeks, texts):
    """matplotlib loads when the first chart is drawn, not at start-up."""
    from ...services.lagesbild.survey_chart import survey_chart

    return survey_chart(factors, weeks, **texts)
