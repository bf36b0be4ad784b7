"""The words of every document, in Swedish or English: the language a document is written
in, the catalogue lookup ``t``, weekdays and months, dates and weeks, numbers, action
statuses, and the phrases the minutes, the action lists and the reports share.

Swedish is the source text: a renderer writes ``t("Närvarande")`` and gets it back as it
is, or its English from ``english.ENGLISH`` when the document is written in English. A
whole sentence goes through ``t`` with its placeholders
(``t("Minnesanteckningar EST-möte {date}").format(date=...)``), never pieces of one, so
the English can order its words as English does.

The language is the user's (``set_default_language``, once at start), unless an export
asks for its own (``writing_in``): a context variable, so a document written on a worker
thread keeps its language whatever another thread writes at the same time.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date

from ...models import ActionStatus, AgendaItemKind
from .english import ENGLISH
from .options import LANGUAGES, Language

log = logging.getLogger(__name__)

_default: Language = "sv"
_chosen: ContextVar[Language | None] = ContextVar("document_language", default=None)
_warned: set[str] = set()

# Spelling, hyphenation and the documents' properties.
LANGUAGE_TAGS: dict[Language, str] = {"sv": "sv-SE", "en": "en-GB"}


def set_default_language(language: Language) -> None:
    """The language of whatever is written outside ``writing_in``: the user's setting."""
    global _default
    _default = _checked(language)


def language() -> Language:
    chosen = _chosen.get()
    return _default if chosen is None else chosen


def language_tag() -> str:
    return LANGUAGE_TAGS[language()]


@contextmanager
def writing_in(language: Language) -> Iterator[None]:
    """Everything written inside, on this thread (or task), in ``language``."""
    token = _chosen.set(_checked(language))
    try:
        yield
    finally:
        _chosen.reset(token)


def t(swedish: str) -> str:
    """``swedish`` in the current language. A text the catalogue lacks is written in
    Swedish (and logged once): a missing word never stops an export."""
    if language() != "en":
        return swedish
    english = ENGLISH.get(swedish)
    if english is None:
        if swedish not in _warned:
            _warned.add(swedish)
            log.warning("No English for the document text %r", swedish)
        return swedish
    return english


def t_each(texts: Iterable[str]) -> tuple[str, ...]:
    return tuple(t(text) for text in texts)


def plural(number: int, one: str, many: str, **values: object) -> str:
    """``one`` or ``many``, each with a ``{count}`` (and any other ``values``), for
    ``number``: '1 händelse', '3 händelser'."""
    return t(one if number == 1 else many).format(count=count_text(number), **values)


def _checked(language: str) -> Language:
    if language not in LANGUAGES:
        raise ValueError(f"unknown document language: {language!r}")
    return language


# --- weekdays and months ------------------------------------------------------------------


@dataclass(frozen=True)
class CalendarWords:
    weekdays: tuple[str, ...]
    weekdays_short: tuple[str, ...]  # the rows of a chart
    months: tuple[str, ...]
    months_abbreviated: tuple[str, ...]  # tables and labels: 'nov.'
    months_short: tuple[str, ...]  # a chart's axis: 'nov'


_ENGLISH_ABBREVIATED = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)

CALENDAR: dict[Language, CalendarWords] = {
    "sv": CalendarWords(
        weekdays=("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
        weekdays_short=("mån", "tis", "ons", "tor", "fre", "lör", "sön"),
        months=(
            "januari",
            "februari",
            "mars",
            "april",
            "maj",
            "juni",
            "juli",
            "augusti",
            "september",
            "oktober",
            "november",
            "december",
        ),
        # Språkrådet's abbreviations; the short months are written out whole.
        months_abbreviated=(
            "jan.",
            "feb.",
            "mars",
            "apr.",
            "maj",
            "juni",
            "juli",
            "aug.",
            "sep.",
            "okt.",
            "nov.",
            "dec.",
        ),
        months_short=(
            "jan",
            "feb",
            "mar",
            "apr",
            "maj",
            "jun",
            "jul",
            "aug",
            "sep",
            "okt",
            "nov",
            "dec",
        ),
    ),
    "en": CalendarWords(
        weekdays=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        weekdays_short=("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
        months=(
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ),
        months_abbreviated=_ENGLISH_ABBREVIATED,
        months_short=_ENGLISH_ABBREVIATED,  # English shortens months one way only
    ),
}


def calendar_words() -> CalendarWords:
    return CALENDAR[language()]


# --- fixed phrases ------------------------------------------------------------------------

STATUS_WORDS = {
    ActionStatus.NEW: "Ny",
    ActionStatus.IN_PROGRESS: "Pågår",
    ActionStatus.DONE: "Klar",
    ActionStatus.CANCELLED: "Avbruten",
}

SUBJECT = "EST – Effektiv samordning för trygghet"

NOTHING = "Inget att notera."

CONFIDENTIAL_HEADER = "SEKRETESS"

OVERDUE = "Försenad"


# --- dates, weeks, numbers and statuses -----------------------------------------------------


def long_date(day: date) -> str:
    """'tisdag 24 november 2026', 'Tuesday 24 November 2026', whatever the computer's locale."""
    words = calendar_words()
    return f"{words.weekdays[day.weekday()]} {day.day} {words.months[day.month - 1]} {day.year}"


def day_text(day: date) -> str:
    """'1 september 2026'."""
    return f"{day.day} {calendar_words().months[day.month - 1]} {day.year}"


def period_text(start: date, end: date) -> str:
    """'1 september – 30 november 2026', the year once when both ends share it."""
    if start.year == end.year:
        return f"{start.day} {calendar_words().months[start.month - 1]} – {day_text(end)}"
    return f"{day_text(start)} – {day_text(end)}"


def short_day(day: date) -> str:
    """'26 nov.', for narrow columns."""
    return f"{day.day} {calendar_words().months_abbreviated[day.month - 1]}"


def month_label(day: date) -> str:
    """'nov. 2026': a month of a trend."""
    return f"{calendar_words().months_abbreviated[day.month - 1]} {day.year}"


def week_label(day: date, *, relative_to: date | None = None) -> str:
    """'v. 48' ('week 48'); the year is added when it differs from ``relative_to``'s."""
    year, week, _ = day.isocalendar()
    if relative_to is not None and year != relative_to.isocalendar().year:
        return t("v. {week} {year}").format(week=week, year=year)
    return t("v. {week}").format(week=week)


def week_and_year(day: date) -> str:
    """'v. 48 2026': a week of a trend."""
    year, week, _ = day.isocalendar()
    return t("v. {week} {year}").format(week=week, year=year)


def status_word(status: str) -> str:
    try:
        return t(STATUS_WORDS[ActionStatus(status)])
    except ValueError:
        return status


def dated_week(day: date | None) -> str:
    """'2026-11-24 (v. 48)': column D of the contract, and wherever the lists show a meeting."""
    if day is None:
        return ""
    return t("{date} (v. {week})").format(
        date=day.isoformat(), week=f"{day.isocalendar().week:02d}"
    )


def count_text(value: int) -> str:
    """'1 234' with a (non-breaking) space between thousands, as Swedish text writes it;
    '1,234' in English."""
    if language() == "en":
        return f"{value:,}"
    return f"{value:,}".replace(",", "\u00a0")


def decimal_text(value: float, decimals: int = 1) -> str:
    """'2,5' (Swedish decimal comma) or '2.5'."""
    text = f"{value:.{decimals}f}"
    return text if language() == "en" else text.replace(".", ",")


def percent_text(number: str) -> str:
    """'25 %' with a non-breaking space, as Swedish writes it; '25%' in English."""
    return f"{number}%" if language() == "en" else f"{number}\u00a0%"


def translated(swedish: str, language: Language) -> str:
    """``swedish`` in ``language``, whatever the current one: for reading back a file
    written in either language."""
    return ENGLISH.get(swedish, swedish) if language == "en" else swedish


# The standard agenda's fixed items as resources/seed/agenda_template.json names them.
SEEDED_HEADINGS = {
    AgendaItemKind.OPENING: "Inledning och närvaro",
    AgendaItemKind.ACTION_REVIEW: "Genomgång av öppna åtgärder",
    AgendaItemKind.OTHER: "Övriga frågor",
    AgendaItemKind.NEXT_MEETING: "Nästa möte",
}


def agenda_title(kind: str, title: str) -> str:
    """A fixed item's heading in the current language while it is still the standard
    agenda's; a heading the convener wrote stays as written. A focus area's heading is
    its name, word for word from the signed agreement, in Swedish whatever the language.
    """
    try:
        seeded = SEEDED_HEADINGS.get(AgendaItemKind(kind))
    except ValueError:
        return title
    return t(seeded) if seeded is not None and title == seeded else title
