"""The answerable action list (.xlsx) as a contract between the writer (``to_xlsx``) and
the reader (``from_xlsx``), declared once: lists already sent out come back weeks later,
perhaps to a newer version of the app, so whatever the reader relies on changes only
with ``FORMAT_VERSION``.

Sheet names and headers are Swedish source texts: a list is written in its own language
(``t``, ``Column.heading``) and read back in either (``in_every_language``). The meta
sheet and its keys are never translated. Plain data without openpyxl, cheap to import.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...models import ActionStatus
from ..documents.options import LANGUAGES
from ..documents.wording import STATUS_WORDS, status_word, t, translated

FORMAT_VERSION = 1

ACTIONS_SHEET = "Åtgärder"  # the answer sheet
CLOSED_SHEET = "Stängda sedan förra mötet"
META_SHEET = "_est"  # very hidden: the database and the export the file came from

# The meta sheet: a key in column A and its value in B, one a row, in this order.
META_FORMAT_VERSION = "format_version"
META_DATABASE_ID = "database_id"
META_EXPORT_ID = "export_id"
META_EXPORTED_AT = "exported_at"
META_ORGANISATION = "organisation"
META_KEYS = (
    META_FORMAT_VERSION,
    META_DATABASE_ID,
    META_EXPORT_ID,
    META_EXPORTED_AT,
    META_ORGANISATION,
)

HEADER_ROW = 4
FIRST_ROW = 5  # the first action, one a row


@dataclass(frozen=True)
class Column:
    letter: str
    header: str  # the Swedish source text

    @property
    def number(self) -> int:
        """1 for column A, as openpyxl counts."""
        return ord(self.letter) - ord("A") + 1

    def heading(self) -> str:
        """The header in the language being written."""
        return t(self.header)


# The answer sheet, A to O.
DESCRIPTION = Column("A", "Åtgärd")
OWNER = Column("B", "Ansvarig")
FOCUS_AREA = Column("C", "Fokusområde")
DECIDED = Column("D", "Beslutad")
CONTACT_PERSON = Column("E", "Kontaktperson")
DUE = Column("F", "Klart senast")
STATUS = Column("G", "Status")
LATEST_NOTE = Column("H", "Senaste notering")
OVERDUE = Column("I", "Försenad")
NEW_STATUS = Column("J", "Ny status")
NEW_DUE = Column("K", "Nytt slutdatum")
COMMENT = Column("L", "Kommentar")
ANSWERED_BY = Column("M", "Besvarad av")
ACTION_ID = Column("N", "Åtgärds-id")
STATUS_AT_EXPORT = Column("O", "Status vid export")
COLUMNS = (
    DESCRIPTION,
    OWNER,
    FOCUS_AREA,
    DECIDED,
    CONTACT_PERSON,
    DUE,
    STATUS,
    LATEST_NOTE,
    OVERDUE,
    NEW_STATUS,
    NEW_DUE,
    COMMENT,
    ANSWERED_BY,
    ACTION_ID,
    STATUS_AT_EXPORT,
)
# The yellow columns, the only cells a participant can change.
ANSWER_COLUMNS = (NEW_STATUS, NEW_DUE, COMMENT, ANSWERED_BY)
# Hidden: which action a row is, and its status when the list was exported.
IDENTITY_COLUMNS = (ACTION_ID, STATUS_AT_EXPORT)
# What the reader reads of each row (and of the header row, to recognise the sheet).
READ_COLUMNS = (*ANSWER_COLUMNS, *IDENTITY_COLUMNS)

# The closed sheet is for people only and never read back: it can change without a
# new format version. Declared here so that no other module spells a header.
CLOSED_DESCRIPTION = Column("A", "Åtgärd")
CLOSED_FOCUS_AREA = Column("B", "Fokusområde")
CLOSED_DECIDED = Column("C", "Beslutad")
CLOSED_ON = Column("D", "Stängd")
CLOSED_STATUS = Column("E", "Status")
CLOSED_OWNER = Column("F", "Ansvarig")  # only in a combined list
CLOSED_COLUMNS = (CLOSED_DESCRIPTION, CLOSED_FOCUS_AREA, CLOSED_DECIDED, CLOSED_ON, CLOSED_STATUS)

# What an answer may set the status to, in the order the drop-down offers them.
ANSWER_STATUSES = (
    ActionStatus.NEW,
    ActionStatus.IN_PROGRESS,
    ActionStatus.DONE,
    ActionStatus.CANCELLED,
)
# Each status label of either language (casefolded) → the status it answers.
STATUS_BY_LABEL = {
    translated(STATUS_WORDS[status], language).casefold(): status.value
    for language in LANGUAGES
    for status in ANSWER_STATUSES
}


def status_labels() -> tuple[str, ...]:
    """What the new-status drop-down offers, in the language being written."""
    return tuple(status_word(status) for status in ANSWER_STATUSES)


def in_every_language(swedish: str) -> tuple[str, ...]:
    """``swedish`` as a file written in any of the languages has it, for reading one back."""
    return tuple(dict.fromkeys(translated(swedish, language) for language in LANGUAGES))
