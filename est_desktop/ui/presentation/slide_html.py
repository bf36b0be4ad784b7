"""A slide's body as HTML for the projector: large type, few columns, words beside colour.

A slide is a list of pieces (headings, paragraphs, table rows) so that one too long for
the screen is shown as pages of whole pieces, never a row cut in half: ``paginate`` fills
each page with as many as fit, and ``SlideHtml.page`` writes one page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
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


@dataclass(frozen=True)
class Columns:
    """A table's column widths in per cent, and which columns never wrap (names, dates):
    every table of one kind on a slide gets the same, so the columns line up."""

    widths: tuple[int, ...]
    whole: frozenset[int] = frozenset()


# Description first and widest; organisation names and dates kept whole.
_INCIDENTS = Columns((14, 26, 60), whole=frozenset({0}))
_ACTIONS = Columns((52, 30, 18), whole=frozenset({1, 2}))
_REVIEW = Columns((46, 24, 17, 13), whole=frozenset({1, 2, 3}))
_ATTENDANCE = Columns((50, 50), whole=frozenset({0}))


@dataclass(frozen=True)
class Piece:
    """One heading, paragraph or table row. ``under``: the heading it belongs to, repeated
    at the top of a page that goes on under it."""

    html: str
    columns: Columns | None = None  # a table row's table
    under: str = ""
    heading: bool = False


def paginate(pieces: list[Piece], fits: Callable[[list[Piece]], bool]) -> list[list[Piece]]:
    """Pages of whole pieces, each as full as ``fits`` allows; a heading never ends a page.
    A piece too tall for a page of its own still gets one."""
    pages: list[list[Piece]] = []
    page: list[Piece] = []
    for piece in pieces:
        if page and not fits([*page, piece]):
            carried: list[Piece] = []
            while page and page[-1].heading:
                carried.insert(0, page.pop())
            if page:
                pages.append(page)
            page = carried
        page.append(piece)
    if page:
        pages.append(page)
    return pages or [[]]


class SlideHtml:
    """Renders one slide at one screen size (Qt's rich text ignores font-size on h1–h6,
    so headings are styled paragraphs)."""

    def __init__(self, sizes: Sizes, narrow: bool = False) -> None:
        self.sizes = sizes
        self.narrow = narrow  # beside the week's map: one column, details above each text

    def render(self, slide: Slide) -> str:
        """The whole slide on one page."""
        return self.page(self.pieces(slide))

    def pieces(self, slide: Slide) -> list[Piece]:
        kind = AgendaItemKind(slide.kind)
        if kind == AgendaItemKind.OPENING:
            return self._attendance(slide) + self._notes(slide)
        if kind == AgendaItemKind.ACTION_REVIEW:
            return self._review(slide)
        if kind == AgendaItemKind.NEXT_MEETING:
            return self._next_meeting(slide) + self._notes(slide)
        if kind == AgendaItemKind.FOCUS_AREA:
            return (
                self._survey(slide)
                + self._incidents(slide)
                + self._actions(slide)
                + self._notes(slide)
            )
        body = self._notes(slide)
        body += self._incidents(slide) if slide.incidents else []
        body += self._actions(slide) if slide.actions else []
        return body or [
            self._nothing(QCoreApplication.translate("Slides", "Questions from the participants."))
        ]

    def page(self, pieces: list[Piece]) -> str:
        """One page's HTML; a page that goes on under a heading repeats it, continued."""
        parts: list[str] = []
        if pieces and not pieces[0].heading and pieces[0].under:
            continued = QCoreApplication.translate("Slides", "%1 (continued)")
            parts.append(self._heading_html(continued.replace("%1", pieces[0].under)))
        rows: list[str] = []
        columns: Columns | None = None
        for piece in pieces:
            if piece.columns is not None and piece.columns == columns:
                rows.append(piece.html)
                continue
            if rows and columns is not None:
                parts.append(self._table(rows))
            rows, columns = [], piece.columns
            if piece.columns is not None:
                rows.append(piece.html)
            else:
                parts.append(piece.html)
        if rows and columns is not None:
            parts.append(self._table(rows))
        return (
            f'<html><body style="color:{TEXT}; font-size:{self.sizes.body}px">'
            f"{''.join(parts)}</body></html>"
        )

    # --- building blocks ------------------------------------------------------------------

    def _heading_html(self, text: str) -> str:
        return (
            f'<p style="font-size:{self.sizes.header}px; font-weight:bold; color:{MUTED};'
            f' margin-top:{self.sizes.body // 2}px; margin-bottom:4px">{escape(text)}</p>'
        )

    def _heading(self, text: str) -> Piece:
        return Piece(self._heading_html(text), heading=True)

    def _row(self, cells: list[str], columns: Columns, under: str) -> Piece:
        padding = f"padding:4px {self.sizes.body}px 4px 0"
        html = "".join(
            f'<td width="{width}%" style="font-size:{self.sizes.body}px; {padding}'
            f'{"; white-space:nowrap" if number in columns.whole else ""}">{cell}</td>'
            for number, (cell, width) in enumerate(zip(cells, columns.widths, strict=True))
        )
        return Piece(f"<tr>{html}</tr>", columns=columns, under=under)

    @staticmethod
    def _table(rows: list[str]) -> str:
        return f'<table width="100%" cellspacing="0">{"".join(rows)}</table>'

    def _paragraph(self, html: str, under: str, gap: int | None = None) -> Piece:
        space = self.sizes.body // 3 if gap is None else gap
        return Piece(f'<p style="margin-top:{space}px; margin-bottom:0">{html}</p>', under=under)

    def _stacked(self, rows: list[tuple[str, str]], under: str) -> list[Piece]:
        """(details, text) pairs as two lines each, for a column too narrow for a table."""
        return [self._paragraph(f"{details}<br>{text}", under) for details, text in rows]

    def _nothing(self, text: str, under: str = "") -> Piece:
        return Piece(f"<p>{_muted(text)}</p>", under=under)

    # --- per kind -----------------------------------------------------------------------

    def _incidents(self, slide: Slide) -> list[Piece]:
        title = QCoreApplication.translate("Slides", "Incidents since the last meeting")
        if not slide.incidents:
            none = QCoreApplication.translate("Slides", "No incidents recorded.")
            return [self._heading(title), self._nothing(none, title)]
        if self.narrow:
            return [self._heading(title)] + self._stacked(
                [
                    (_muted(f"{short_date(i.occurred_on)} · {i.where}"), escape(i.description))
                    for i in slide.incidents
                ],
                title,
            )
        return [self._heading(title)] + [
            self._row(
                [_muted(short_date(i.occurred_on)), escape(i.where), escape(i.description)],
                _INCIDENTS,
                title,
            )
            for i in slide.incidents
        ]

    def _survey(self, slide: Slide) -> list[Piece]:
        """The week's survey picture, a line per factor; nothing when there is none."""
        if slide.survey is None:
            return []
        title = survey_heading(slide.survey)
        return [self._heading(title)] + [
            self._paragraph(escape(line), title) for line in factor_lines(slide.survey)
        ]

    def _actions(self, slide: Slide) -> list[Piece]:
        title = QCoreApplication.translate("Slides", "Open actions")
        if not slide.actions:
            none = QCoreApplication.translate("Slides", "No open actions.")
            return [self._heading(title), self._nothing(none, title)]
        if self.narrow:
            rows = []
            for a in slide.actions:
                due = self._due(a, slide.is_overdue(a))
                details = _muted(a.owner) + (_muted(" · ") + due if due else "")
                rows.append((details, escape(a.description)))
            return [self._heading(title)] + self._stacked(rows, title)
        return [self._heading(title)] + [
            self._row(
                [escape(a.description), _muted(a.owner), self._due(a, slide.is_overdue(a))],
                _ACTIONS,
                title,
            )
            for a in slide.actions
        ]

    @staticmethod
    def _due(action: ActionRow, overdue: bool) -> str:
        if action.due_date is None:
            return ""
        text = escape(short_date(action.due_date))
        return f"{text} {_overdue_mark()}" if overdue else text

    def _review(self, slide: Slide) -> list[Piece]:
        if not slide.review_groups:
            return [
                self._nothing(
                    QCoreApplication.translate("Slides", "No open actions from earlier meetings.")
                )
            ]
        pieces: list[Piece] = []
        for owner, rows in slide.review_groups:
            pieces.append(self._heading(owner))
            pieces += [self._row(self._review_row(r), _REVIEW, owner) for r in rows]
        return pieces

    @staticmethod
    def _review_row(row: ReviewRow) -> list[str]:
        # Two texts, not one with %n: lupdate does not read plurals in translate().
        age = (
            QCoreApplication.translate("Slides", "one meeting ago")
            if row.meetings_since == 1
            else QCoreApplication.translate("Slides", "%1 meetings ago").replace(
                "%1", str(row.meetings_since)
            )
        )
        due = row.outcome.previous_due_date if row.outcome else row.action.due_date
        due_text = escape(short_date(due)) if due else ""
        if row.overdue:
            due_text = f"{due_text} {_overdue_mark()}"
        outcome = ""
        if row.outcome is not None:
            outcome = f"<b>✓ {escape(labels.action_status(row.outcome.status))}</b>"
        elif row.answer is not None:
            to_confirm = escape(labels.answer_to_confirm(row.answer))
            outcome = f"<span style='color:{ALERT}'>{to_confirm}</span>"
        return [
            escape(row.action.description),
            _muted(f"{labels.week(row.action.decided_on)} · {age}"),
            due_text,
            outcome,
        ]

    def _attendance(self, slide: Slide) -> list[Piece]:
        if not slide.attendance:
            return [
                self._nothing(
                    QCoreApplication.translate("Slides", "Attendance has not been recorded yet.")
                )
            ]
        title = QCoreApplication.translate("Slides", "Present")
        return [self._heading(title)] + [
            self._row([escape(a.organisation_name), _muted(a.person_name)], _ATTENDANCE, title)
            for a in slide.attendance
        ]

    def _next_meeting(self, slide: Slide) -> list[Piece]:
        if slide.next_meeting is None:
            return [self._nothing(QCoreApplication.translate("Slides", "Not decided."))]
        heading = (
            QCoreApplication.translate("Slides", "Next meeting")
            if slide.next_meeting_planned
            else QCoreApplication.translate("Slides", "Proposed next meeting")
        )
        return [
            self._heading(heading),
            Piece(f"<p>{escape(describe(slide.next_meeting))}</p>", under=heading),
        ]

    def _notes(self, slide: Slide) -> list[Piece]:
        if not slide.notes:
            return []
        title = QCoreApplication.translate("Slides", "Notes")
        lines = [line for line in slide.notes.splitlines() if line]
        return [self._heading(title)] + [
            Piece(f"<p>{escape(line)}</p>", under=title) for line in lines
        ]
