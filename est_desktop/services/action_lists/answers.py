"""Answers to exported action lists (.xlsx) coming back between meetings.

The file format is the contract of ``answer_file``, shared with the exporter
(``to_xlsx``). Reading is only a preview and never writes, so the convener can
look at every proposed change first; applying checks everything again and writes
all of it or nothing. An answer is identified by its content within its export
(``answer_key``), so a file imported twice changes nothing the second time.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlmodel import Session, col

from ...errors import ValidationError
from ...models import (
    OPEN_ACTION_STATUSES,
    Action,
    ActionAnswer,
    ActionUpdate,
    Organisation,
    saved_id,
)
from ...text import swedish_sort_key
from ..limits import EARLIEST_DATE, LATEST_DATE
from ..personal_numbers import refuse_personal_numbers
from ..settings import DATABASE_ID, get_value
from .answer_file import ANSWER_STATUSES
from .from_xlsx import (
    MESSAGES,
    AnsweredFile,
    AnsweredRow,
    Reason,
    Refused,
    parse_due,
    parse_status,
    read_file,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ProposedChange:
    """One answered row, beside the action as it stands now."""

    file: str
    row: int
    action_id: int
    description: str
    owner: str
    current_status: str
    current_due: date | None
    new_status: str | None
    new_due: date | None
    comment: str
    answered_by: str
    answered_on: date
    answer_key: str
    export_id: str = ""
    # When the answering file was saved (UTC): a review recorded later wins over it.
    answered_at: datetime | None = None


@dataclass(frozen=True)
class Rejection:
    file: str
    row: int  # 0: the whole file
    reason: str
    message: str
    action_id: int | None = None


@dataclass(frozen=True)
class AlreadyImported:
    file: str
    row: int
    action_id: int
    description: str


@dataclass(frozen=True)
class AnswerPreview:
    changes: list[ProposedChange]
    rejections: list[Rejection]
    already_imported: list[AlreadyImported]


class AnswersNoLongerApply(ValidationError):
    """Raised by ``apply_answers`` when accepted changes no longer apply; nothing was written."""

    def __init__(self, rejections: list[Rejection]) -> None:
        super().__init__({f"{r.file}:{r.row}": r.message for r in rejections})
        self.rejections = rejections


# --- reading a file -----------------------------------------------------------------


def answer_key(
    *,
    export_id: str,
    action_id: int,
    status: str | None,
    new_due: date | None,
    comment: str,
    answered_by: str,
) -> str:
    """The contract's identity of an answer: the same answer in the same export, same key."""
    due = new_due.isoformat() if new_due else ""
    text = f"{export_id}|{action_id}|{status or ''}|{due}|{comment}|{answered_by}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --- checks shared by reading and applying -----------------------------------------------


def _latest_review_recorded(session: Session, action_id: int) -> datetime | None:
    latest = session.scalar(
        select(func.max(ActionUpdate.created_at)).where(col(ActionUpdate.action_id) == action_id)
    )
    if latest is not None and latest.tzinfo is None:  # SQLite hands it back naive
        latest = latest.replace(tzinfo=UTC)
    return latest


def _action_problem(
    session: Session, action: Action | None, answered_at: datetime | None
) -> Reason | None:
    if action is None:
        return Reason.UNKNOWN_ACTION
    if action.status not in OPEN_ACTION_STATUSES:
        return Reason.CLOSED_SINCE_EXPORT
    reviewed = _latest_review_recorded(session, saved_id(action))
    if answered_at is not None and reviewed is not None and reviewed > answered_at:
        return Reason.REVIEWED_SINCE_ANSWER
    return None


def _owner_name(session: Session, action: Action) -> str:
    owner = session.get(Organisation, action.owner_organisation_id)
    return owner.name if owner is not None else ""


def _answer_exists(session: Session, key: str) -> bool:
    query = select(col(ActionAnswer.id)).where(col(ActionAnswer.answer_key) == key)
    return session.scalar(query) is not None


# --- the two public steps -------------------------------------------------------------------


def read_answers(*, session: Session, paths: Iterable[Path]) -> AnswerPreview:
    """What applying these answered files would change; writes nothing.

    Each answered row becomes a proposed change, a rejection (one per reason) or,
    when the same answer was imported before, an ``already_imported`` entry. A file
    that cannot be read as an action list of this database is rejected with row 0.
    """
    this_database = get_value(session=session, key=DATABASE_ID)
    changes: list[ProposedChange] = []
    rejections: list[Rejection] = []
    already: list[AlreadyImported] = []
    keys_seen: set[str] = set()
    for path in map(Path, paths):
        try:
            answered = read_file(path)
        except Refused as refused:
            rejections.append(Rejection(path.name, 0, refused.reason, refused.message))
            continue
        if answered.database_id != this_database:
            rows = [a.row for a in answered.answers] or [0]
            rejections += [
                Rejection(
                    path.name, row, Reason.ANOTHER_DATABASE, MESSAGES[Reason.ANOTHER_DATABASE]
                )
                for row in rows
            ]
            continue
        for answer in answered.answers:
            outcome = _propose(session, answered, answer, keys_seen)
            if isinstance(outcome, ProposedChange):
                keys_seen.add(outcome.answer_key)
                changes.append(outcome)
            elif isinstance(outcome, AlreadyImported):
                already.append(outcome)
            else:
                rejections += outcome
    return AnswerPreview(changes, rejections, already)


def _propose(
    session: Session, answered: AnsweredFile, answer: AnsweredRow, keys_seen: set[str]
) -> ProposedChange | AlreadyImported | list[Rejection]:
    def rejected(*reasons: Reason) -> list[Rejection]:
        return [
            Rejection(answered.name, answer.row, r, MESSAGES[r], answer.action_id) for r in reasons
        ]

    if answer.action_id is None:
        return rejected(Reason.UNKNOWN_ACTION)
    status, due = parse_status(answer.status), parse_due(answer.due)
    invalid = [Reason.INVALID_STATUS] if status is None else []
    invalid += [Reason.INVALID_DATE] if due is False else []
    if due and not EARLIEST_DATE <= due <= LATEST_DATE:
        invalid.append(Reason.DATE_OUT_OF_RANGE)  # the years the app serves, as everywhere
    if invalid:
        return rejected(*invalid)
    assert due is not False
    key = answer_key(
        export_id=answered.export_id,
        action_id=answer.action_id,
        status=status,
        new_due=due,
        comment=answer.comment,
        answered_by=answer.answered_by,
    )
    action = session.get(Action, answer.action_id)
    if key in keys_seen or _answer_exists(session, key):
        description = action.description if action is not None else ""
        return AlreadyImported(answered.name, answer.row, answer.action_id, description)
    problem = _action_problem(session, action, answered.answered_at)
    if problem is not None:
        return rejected(problem)
    assert action is not None
    if due is not None and due < answered.answered_at.astimezone().date():
        # A mistyped year, most often: the action would be overdue the moment it is applied.
        return rejected(Reason.DUE_IN_PAST)
    return ProposedChange(
        file=answered.name,
        row=answer.row,
        action_id=saved_id(action),
        description=action.description,
        owner=_owner_name(session, action),
        current_status=action.status,
        current_due=action.due_date,
        new_status=status or None,
        new_due=due,
        comment=answer.comment,
        answered_by=answer.answered_by,
        answered_on=answered.answered_at.astimezone().date(),
        answer_key=key,
        export_id=answered.export_id,
        answered_at=answered.answered_at,
    )


def apply_answers(
    *,
    session: Session,
    changes: Iterable[ProposedChange],
    now: datetime | None = None,
    allow_personal_numbers: bool = False,
) -> int:
    """Applies accepted changes in the caller's transaction and returns how many.

    Everything is checked again first (the database may have changed since the
    preview): if any change no longer applies, ``AnswersNoLongerApply`` lists them
    all and nothing is written. Answers already imported are skipped. Several
    answers to one action are applied oldest first, so the latest answer stands.
    A comment or name holding a personal identity number needs ``allow_personal_numbers``
    (``PersonalNumbersFound``, naming ``file:row``); nothing is written until then.
    """
    pending: dict[str, ProposedChange] = {}
    for change in changes:
        if change.answer_key not in pending and not _answer_exists(session, change.answer_key):
            pending[change.answer_key] = change
    problems = []
    for change in pending.values():
        reason = _action_problem(session, session.get(Action, change.action_id), change.answered_at)
        if reason is None and change.new_status not in (None, *ANSWER_STATUSES):
            reason = Reason.INVALID_STATUS
        if reason is not None:
            problems.append(
                Rejection(change.file, change.row, reason, MESSAGES[reason], change.action_id)
            )
    if problems:
        raise AnswersNoLongerApply(problems)
    refuse_personal_numbers(
        [
            (f"{change.file}:{change.row}", text)
            for change in pending.values()
            for text in (change.comment, change.answered_by)
        ],
        allow=allow_personal_numbers,
    )
    for change in sorted(pending.values(), key=_answered_moment):
        _apply(session, change, now or datetime.now(UTC))
    session.flush()
    return len(pending)


def _answered_moment(change: ProposedChange) -> datetime:
    """When the answer was saved, to the second where the file says so."""
    if change.answered_at is not None:
        return change.answered_at
    return datetime.combine(change.answered_on, datetime.min.time(), UTC)


def latest_per_action(changes: Iterable[ProposedChange]) -> list[ProposedChange]:
    """Of several answers to the same action, the one saved last: the one to accept."""
    latest: dict[int, ProposedChange] = {}
    for change in sorted(changes, key=_answered_moment):
        latest[change.action_id] = change
    return list(latest.values())


def _apply(session: Session, change: ProposedChange, received: datetime) -> None:
    action = session.get(Action, change.action_id)
    assert action is not None
    answer = ActionAnswer(
        imported_at=received,
        action_id=saved_id(action),
        answer_key=change.answer_key,
        export_id=change.export_id,
        source_file=change.file,
        source_row=change.row,
        answered_on=change.answered_on,
        answered_by=change.answered_by,
        status=change.new_status or action.status,
        new_due_date=change.new_due,
        comment=change.comment,
        previous_status=action.status,
        previous_due_date=action.due_date,
    )
    action.status = answer.status
    if change.new_due is not None:
        action.due_date = change.new_due
    action.closed_on = None if action.status in OPEN_ACTION_STATUSES else change.answered_on
    session.add_all([answer, action])
    session.flush()


# --- answers for the minutes ----------------------------------------------------------


@dataclass(frozen=True)
class AnswerRow:
    action_id: int
    description: str
    owner: str
    answered_on: date
    answered_by: str
    status: str
    previous_status: str
    new_due_date: date | None
    comment: str
    source_file: str


def answers_between(*, session: Session, after: date | None, up_to: date) -> list[AnswerRow]:
    """Answers received (imported) after ``after`` (None: from the start) up to and including
    ``up_to``, by organisation, then oldest first. Received, not answered: an old file
    imported today belongs to the next meeting, not to minutes already finalised."""
    query = (
        select(ActionAnswer, col(Action.description), col(Organisation.name))
        .join(Action, col(Action.id) == ActionAnswer.action_id)
        .join(Organisation, col(Organisation.id) == Action.owner_organisation_id)
        .order_by(col(ActionAnswer.answered_on), col(ActionAnswer.id))
    )
    rows = [
        AnswerRow(
            action_id=answer.action_id,
            description=description,
            owner=owner,
            answered_on=answer.answered_on,
            answered_by=answer.answered_by,
            status=answer.status,
            previous_status=answer.previous_status,
            new_due_date=answer.new_due_date,
            comment=answer.comment,
            source_file=answer.source_file,
        )
        for answer, description, owner in session.execute(query)
        if (after is None or answer.received_on > after) and answer.received_on <= up_to
    ]
    return sorted(rows, key=lambda r: swedish_sort_key(r.owner))  # stable: date order kept


__all__ = [
    "AlreadyImported",
    "AnswerPreview",
    "AnswerRow",
    "AnswersNoLongerApply",
    "ProposedChange",
    "Reason",
    "Rejection",
    "answer_key",
    "answers_between",
    "apply_answers",
    "read_answers",
]
