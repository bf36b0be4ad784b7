"""A slide's body as HTML for the projector: large type, few columns, words beside colour."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, QLocale

from ...models import AgendaItemKind
from ...services.actions.decisions import ReviewRow
from ...services.actions.rows import ActionRow
from ...services.meetings.presentation import Slide
from ..common import labels
from ..common.convert import qdate
from ..meetings.next_meeting_panel import describe
from ..meetings.survey_text import factor_lines, survey_heading
from .theme import ALERT, MUTED, TEXT, Sizes


def short_date(day: date) -> str:
    return QLocale().toString(qdate(day), "d MMM")


def _overdue_mark() -> str:
    return f'<span style="color:{ALERT}; font-weight:bold">⚠ {escape(labels.overdue())}</span>'


def _muted(text: str) -> str:
    return f'<span style="color:{MUTED}">{escape(text)}</span>'


class SlideHtml:
    """Renders one slide at one screen size (Qt's rich text ignores font-size on h1–h6,
    so headings are styled paragraphs)."""

    def __init__(self, sizes: Sizes, narrow: bool = False) -> None:
        self.sizes = sizes
        self.narrow = narrow  # beside the week's map: one column, details above each text

    def render(self, slide: Slide) -> str:
        kind = AgendaItemKind(slide.kind)
        if kind == AgendaItemKind.OPENING:
            body = self._attendance(slide) + self._notes(slide)
        elif kind == AgendaItemKind.ACTION_REVIEW:
            body = self._review(slide)
        elif kind == AgendaItemKind.NEXT_MEETING:
            body = self._next_meeting(slide) + self._notes(slide)
        elif kind == AgendaItemKind.FOCUS_AREA:
            body = (
                self._survey(slide)
                + self._incidents(slide)
                + self._actions(slide)
                + self._notes(slide)
            )
        else:
            body = self._notes(slide)
            body += self._incidents(slide) if slide.incidents else ""
            body += self._actions(slide) if slide.actions else ""
            body = body or self._nothing(
                QCoreApplication.translate("Slides", "Questions from the participants.")
            )
        return (
            f'<html><body style="color:{TEXT}; font-size:{self.sizes.body}px">{body}</body></html>'
        )

    # --- building blocks ------------------------------------------------------------------

    def _heading(self, text: str) -> str:
        return (
            f'<p style="font-size:{self.sizes.header}px; font-weight:bold; color:{MUTED};'
            f' margin-top:{self.sizes.body // 2}px; margin-bottom:4px">{escape(text)}</p>'
        )

    def _table(self, rows: list[list[str]]) -> str:
        cell = f'<td style="font-size:{self.sizes.body}px; padding:4px 40px 4px 0">'
        body = "".join(
            "<tr>" + "".join(f"{cell}{value}</td>" for value in row) + "</tr>" for row in rows
        )
        return f'<table cellspacing="0">{body}</table>'

    def _stacked(self, rows: list[tuple[str, str]]) -> str:
        """(details, text) pairs as two lines each, for a column too narrow for a table."""
        gap = self.sizes.body // 3
        return "".join(
            f'<p style="margin-top:{gap}px; margin-bottom:0">{details}<br>{text}</p>'
            for details, text in rows
        )

    def _nothing(self, text: str) -> str:
        return f"<p>{_muted(text)}</p>"

    # --- per kind -----------------------------------------------------------------------

    def _incidents(self, slide: Slide) -> str:
        html = self._heading(
            QCoreApplication.translate("Slides", "Incidents since the last meeting")
        )
        if not slide.incidents:
            return html + self._nothing(
                QCoreApplication.translate("Slides", "No incidents recorded.")
            )
        if self.narrow:
            return html + self._stacked(
                [
                    (_muted(f"{short_date(i.occurred_on)} · {i.where}"), escape(i.description))
                    for i in slide.incidents
                ]
            )
        rows = [
            [_muted(short_date(i.occurred_on)), escape(i.where), escape(i.description)]
            for i in slide.incidents
        ]
        return html + self._table(rows)

    def _survey(self, slide: Slide) -> str:
        """The week's survey picture, a line per factor; nothing when there is none."""
        if slide.survey is None:
            return ""
        gap = self.sizes.body // 3
        lines = "".join(
            f'<p style="margin-top:{gap}px; margin-bottom:0">{escape(line)}</p>'
            for line in factor_lines(slide.survey)
        )
        return self._heading(survey_heading(slide.survey)) + lines

    def _actions(self, slide: Slide) -> str:
        html = self._heading(QCoreApplication.translate("Slides", "Open actions"))
        if not slide.actions:
            return html + self._nothing(QCoreApplication.translate("Slides", "No open actions."))
        if self.narrow:
            rows = []
            for a in slide.actions:
                due = self._due(a, slide.is_overdue(a))
                details = _muted(a.owner) + (_muted(" · ") + due if due else "")
                rows.append((details, escape(a.description)))
            return html + self._stacked(rows)
        rows = [
            [escape(a.description), _muted(a.owner), self._due(a, slide.is_overdue(a))]
            for a in slide.actions
        ]
        return html + self._table(rows)

    @staticmethod
    def _due(action: ActionRow, overdue: bool) -> str:
        if action.due_date is None:
            return ""
        text = escape(short_date(action.due_date))
        return f"{text} {_overdue_mark()}" if overdue else text

    def _review(self, slide: Slide) -> str:
        if not slide.review_groups:
            return self._nothing(
                QCoreApplication.translate("Slides", "No open actions from earlier meetings.")
            )
        return "".join(
            self._heading(owner) + self._table([self._review_row(r) for r in rows])
            for owner, rows in slide.review_groups
        )

    @staticmethod
    def _review_row(row: ReviewRow) -> list[str]:
        age = QCoreApplication.translate("Slides", "%n meeting(s) ago", "", row.meetings_since)
        due = row.outcome.previous_due_date if row.outcome else row.action.due_date
        due_text = escape(short_date(due)) if due else ""
        if row.overdue:
            due_text = f"{due_text} {_overdue_mark()}"
        outcome = ""
        if row.outcome is not None:
            outcome = f"<b>✓ {escape(labels.action_status(row.outcome.status))}</b>"
        return [
            escape(row.action.description),
            _muted(f"{labels.week(row.action.decided_on)} · {age}"),
            due_text,
            outcome,
        ]

    def _attendance(self, slide: Slide) -> str:
        if not slide.attendance:
            return self._nothing(
                QCoreApplication.translate("Slides", "Attendance has not been recorded yet.")
            )
        rows = [[escape(a.organisation_name), _muted(a.person_name)] for a in slide.attendance]
        return self._heading(QCoreApplication.translate("Slides", "Present")) + self._table(rows)

    def _next_meeting(self, slide: Slide) -> str:
        if slide.next_meeting is None:
            return self._nothing(QCoreApplication.translate("Slides", "Not decided."))
        heading = (
            QCoreApplication.translate("Slides", "Next meeting")
            if slide.next_meeting_planned
            else QCoreApplication.translate("Slides", "Proposed next meeting")
        )
        return self._heading(heading) + f"<p>{escape(describe(slide.next_meeting))}</p>"

    def _notes(self, slide: Slide) -> str:
        if not slide.notes:
            return ""
        lines = "".join(f"<p>{escape(line)}</p>" for line in slide.notes.splitlines() if line)
        return self._heading(QCoreApplication.translate("Slides", "Notes")) + lines
