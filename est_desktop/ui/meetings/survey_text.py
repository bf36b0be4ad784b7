"""The week's survey picture in words, written once for the laptop's box and the projector.

"Hot och våld: 5 av 38 rapportörer (snitt 4 veckor före: 2,0) ↑": how many rapportörer
marked the factor, of how many answered, against the average of the weeks before.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject

from ...services.imports.survey_picture import FactorWeek, SurveyWeek

# More than the weeks before, fewer, the same (FactorWeek.trend).
ARROWS = {1: "↑", -1: "↓", 0: "→"}


class SurveyText(QObject):
    """The translation context of the wording. A QObject for ``self.tr``: lupdate reads the
    plural forms (%n) of ``tr`` calls, not of ``QCoreApplication.translate`` with a count."""

    def heading(self, week: SurveyWeek) -> str:
        return self.tr("Survey, week %1").replace("%1", str(week.week))

    def factor_line(self, factor: FactorWeek) -> str:
        """One factor's line; the arrow only when there are earlier weeks to compare with."""
        counts = (
            self.tr("%1: %2 of %n reporter(s)", "", factor.answered)
            .replace("%1", factor.factor)
            .replace("%2", str(factor.marked))
        )
        if not factor.earlier_weeks or factor.earlier_average is None:
            nothing = self.tr("(no earlier weeks to compare with)")
            return f"{counts} {nothing}"
        average = QLocale().toString(factor.earlier_average, "f", 1)
        comparison = self.tr("(average of the %n week(s) before: %1)", "", factor.earlier_weeks)
        return f"{counts} {comparison.replace('%1', average)} {ARROWS[factor.trend]}"


_text: SurveyText | None = None


def _wording() -> SurveyText:
    global _text
    if _text is None:
        _text = SurveyText()
    return _text


def survey_heading(week: SurveyWeek) -> str:
    """The heading: Survey, week 48."""
    return _wording().heading(week)


def factor_line(factor: FactorWeek) -> str:
    return _wording().factor_line(factor)


def factor_lines(week: SurveyWeek) -> list[str]:
    return [factor_line(f) for f in week.factors]
