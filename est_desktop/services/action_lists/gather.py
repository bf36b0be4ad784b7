"""Action lists (åtgärdslistor): each organisation's open actions, sent out between meetings.

Participants read the .docx and answer in the .xlsx (format: the issue 4 contract,
read back by ``services.action_lists.answers``). Gathering (``action_list_for``) is kept apart
from the two renderers so both show exactly the same rows.
"""

from __future__ import annotations

import errno
import uuid
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Protocol

from sqlalchemy import select, true
from sqlmodel import Session, col

from ...errors import KnownError, NotFound
from ...models import (
    OPEN_ACTION_STATUSES,
    Action,
    ActionAnswer,
    ActionStatus,
    ActionUpdate,
    Meeting,
    Organisation,
    saved_id,
)
from ...text import QT_TRANSLATE_NOOP, swedish_sort_key
from ..actions.rows import action_row, action_row_query
from ..documents.options import DEFAULT, DocumentOptions
from ..documents.safe_write import DISK_FULL, FOLDER_MISSING, NOT_ALLOWED, write_atomically
from ..documents.wording import t, writing_in
from ..personal_numbers import Finding, refuse_in_export, scan_texts, texts_in
from ..settings import DATABASE_ID, get_value, meeting_defaults
from .data import (
    ActionList,
    ClosedAction,
    LatestNote,
    ListPeriod,
    OpenAction,
    OrganisationGroup,
    list_period,
    safe_file_part,
)
from .to_docx import render_action_list_docx
from .to_xlsx import render_action_list_xlsx

FORMATS = ("docx", "xlsx")
CLOSED_STATUSES = (ActionStatus.DONE.value, ActionStatus.CANCELLED.value)
ALL_ORGANISATIONS = "alla organisationer"
CHOSEN_ORGANISATIONS = "valda organisationer"

Progress = Callable[[int, int, str], None]

NO_IDENTITY = QT_TRANSLATE_NOOP(
    "Validation",
    "This database has no identity for its action lists yet. Open it once in EST Desktop "
    "as the convener (on a server: run server-setup again), then export.",
)


# --- what a list holds -------------------------------------------------------------------


# --- gathering ---------------------------------------------------------------------------


def action_list_for(*, session: Session, organisation_id: int | None, today: date) -> ActionList:
    """The list for one organisation, or for all organisations when ``organisation_id`` is None.

    Open means open now; closed means done or cancelled in the list's period
    (``data.list_period``): since the meeting before the latest one held, today's
    included, so a list exported on the meeting day or later shows what that meeting closed.
    """
    if organisation_id is None:
        return _gather(session, None, today, t(ALL_ORGANISATIONS))
    organisation = session.get(Organisation, organisation_id)
    if organisation is None:
        raise NotFound(f"organisation {organisation_id}")
    return _gather(session, [organisation_id], today, organisation.name)


def organisations_with_lists(*, session: Session, today: date) -> list[Organisation]:
    """Every organisation with open actions or actions closed in the lists' period."""
    period = _period(session, today)
    owners = select(col(Action.owner_organisation_id)).where(
        col(Action.status).in_(OPEN_ACTION_STATUSES)
        | (col(Action.status).in_(CLOSED_STATUSES) & (col(Action.closed_on) >= period.closed_from))
    )
    found = session.scalars(select(Organisation).where(col(Organisation.id).in_(owners))).all()
    return sorted(found, key=lambda o: swedish_sort_key(o.name))


def _gather(
    session: Session, organisation_ids: Sequence[int] | None, today: date, subject: str
) -> ActionList:
    period = _period(session, today)
    owned = (
        col(Action.owner_organisation_id).in_(organisation_ids)
        if organisation_ids is not None
        else true()
    )
    open_rows = [
        action_row(values)
        for values in session.execute(
            action_row_query()
            .where(owned, col(Action.status).in_(OPEN_ACTION_STATUSES))
            .order_by(col(Meeting.date).nulls_first(), Action.id)
        )
    ]
    closed = [
        ClosedAction(action_row(values[:-1]), values[-1])
        for values in session.execute(
            action_row_query()
            .add_columns(Action.closed_on)
            .where(
                owned,
                col(Action.status).in_(CLOSED_STATUSES),
                col(Action.closed_on) >= period.closed_from,
            )
            .order_by(
                col(Action.closed_on).nulls_first(), col(Meeting.date).nulls_first(), Action.id
            )
        )
    ]
    notes = _latest_notes(session, [row.id for row in open_rows])
    open_actions = [OpenAction(row, row.is_overdue(today), notes.get(row.id)) for row in open_rows]
    # One organisation's own list, or a list of several grouped by owner.
    single = (
        organisation_ids[0] if organisation_ids is not None and len(organisation_ids) == 1 else None
    )
    combined = single is None
    if combined:
        # Stable sorts: by owner, keeping the oldest-first (or closed-first) order within.
        open_actions.sort(key=lambda r: swedish_sort_key(r.action.owner))
        closed.sort(key=lambda r: swedish_sort_key(r.action.owner))
    return ActionList(
        organisation_id=single,
        organisation="" if combined else subject,
        subject=subject,
        author=meeting_defaults(session=session).organisation_name,
        today=today,
        period=period,
        open=open_actions,
        closed=closed,
    )


def _period(session: Session, today: date) -> ListPeriod:
    """``list_period`` of the two latest meeting days up to ``today``, all the rule needs
    (days, not meetings: two meetings on one day are one day)."""
    held = session.scalars(
        select(col(Meeting.date))
        .where(col(Meeting.date) <= today)
        .distinct()
        .order_by(col(Meeting.date).desc())
        .limit(2)
    ).all()
    return list_period(held, today)


def _latest_notes(session: Session, action_ids: list[int]) -> dict[int, LatestNote]:
    """The newest review note or answer comment of each action (empty ones do not count)."""
    if not action_ids:
        return {}
    reviews = session.execute(
        select(
            col(ActionUpdate.action_id),
            col(ActionUpdate.note),
            col(Meeting.date),
            col(ActionUpdate.created_at),
        )
        .join(Meeting, col(Meeting.id) == ActionUpdate.meeting_id)
        .where(col(ActionUpdate.action_id).in_(action_ids), col(ActionUpdate.note) != "")
    ).all()
    answers = session.execute(
        select(
            col(ActionAnswer.action_id),
            col(ActionAnswer.comment),
            col(ActionAnswer.answered_on),
            col(ActionAnswer.imported_at),
        ).where(col(ActionAnswer.action_id).in_(action_ids), col(ActionAnswer.comment) != "")
    ).all()
    candidates = [(row, False) for row in reviews] + [(row, True) for row in answers]
    candidates.sort(key=lambda c: (c[0][2], _naive(c[0][3])))
    latest: dict[int, LatestNote] = {}
    for (action_id, text, on, _at), from_answer in candidates:
        latest[action_id] = LatestNote(text.strip(), on, from_answer)
    return latest


def _naive(moment: datetime) -> datetime:
    return moment.replace(tzinfo=None) if moment.tzinfo else moment


# --- files ---------------------------------------------------------------------------------


def dated_folder_name(today: date, *, options: DocumentOptions = DEFAULT) -> str:
    with writing_in(options.language):
        return t("Åtgärdslistor {date}").format(date=f"{today:%Y-%m-%d}")


def export_action_lists(
    *,
    session: Session,
    out_dir: Path,
    organisation_ids: list[int] | None = None,
    formats: Iterable[str] = FORMATS,
    one_file_for_all: bool = False,
    today: date | None = None,
    progress: Progress | None = None,
    allow_personal_numbers: bool = False,
    options: DocumentOptions = DEFAULT,
) -> list[Path]:
    """Writes action lists into ``out_dir / 'Åtgärdslistor <today>'`` and returns the paths.

    One list per organisation (``organisation_ids`` None: every organisation that has
    something to show), or with ``one_file_for_all`` a single list grouped by
    organisation (of the chosen ones, or of all). ``progress(done, total, file name)``
    is called once with 0 before the first file and after each file written.
    Errors a user can act on (folder missing, file open in Excel) are ``KnownError``;
    files already written stay, and a file being replaced is left as it was. A personal
    identity number in a list refuses the whole export (``PersonalNumbersInExport``,
    before any file is written) unless ``allow_personal_numbers``. ``options`` choose the
    language (of the folder's and the files' names too) and the Word template.
    """
    with writing_in(options.language):
        return _export(
            session,
            Path(out_dir),
            organisation_ids=organisation_ids,
            formats=formats,
            one_file_for_all=one_file_for_all,
            today=today or date.today(),
            progress=progress,
            allow_personal_numbers=allow_personal_numbers,
            options=options,
        )


def _export(
    session: Session,
    out_dir: Path,
    *,
    organisation_ids: list[int] | None,
    formats: Iterable[str],
    one_file_for_all: bool,
    today: date,
    progress: Progress | None,
    allow_personal_numbers: bool,
    options: DocumentOptions,
) -> list[Path]:
    formats = tuple(dict.fromkeys(formats))
    unknown = set(formats) - set(FORMATS)
    if unknown or not formats:
        raise ValueError(f"formats must be among {FORMATS}, not {formats}")
    lists = _lists_to_write(session, organisation_ids, one_file_for_all, today)
    if not lists:
        return []
    refuse_in_export(find_in_action_lists(lists), allow=allow_personal_numbers)

    identity = _durable_database_id(session)
    folder = _dated_folder(out_dir, today, options)
    stems: set[str] = set()
    jobs: list[tuple[ActionList, Path]] = []
    for data in lists:
        stem = data.file_stem
        number = 2
        # Never overwrite a list already in the folder: it may have been answered since.
        # Also keeps apart two names that differ only in unsafe characters.
        while stem.casefold() in stems or any(
            (folder / f"{stem}.{fmt}").exists() for fmt in formats
        ):
            stem = f"{data.file_stem} ({number})"
            number += 1
        stems.add(stem.casefold())
        jobs += [(data, folder / f"{stem}.{fmt}") for fmt in formats]

    written: list[Path] = []
    if progress is not None:
        progress(0, len(jobs), "")
    now = datetime.now(UTC)
    for data, path in jobs:
        if path.suffix == ".docx":
            document = render_action_list_docx(data, now=now, options=options)
            write_atomically(path, _saver(document))
        else:
            workbook = render_action_list_xlsx(
                data, database_id=identity, export_id=uuid.uuid4().hex, now=now, options=options
            )
            write_atomically(path, _saver(workbook))
        written.append(path)
        if progress is not None:
            progress(len(written), len(jobs), path.name)
    return written


class _Savable(Protocol):
    def save(self, path: str, /) -> object: ...


def _saver(document: _Savable) -> Callable[[Path], object]:
    """What ``write_atomically`` calls to save ``document`` (a .docx or a workbook)."""
    return lambda temp: document.save(str(temp))


def find_in_action_lists(lists: list[ActionList]) -> list[Finding]:
    """Personal identity numbers the lists would contain, each with its list's title."""
    return scan_texts((data.title, text) for data in lists for text in texts_in(data))


def _lists_to_write(
    session: Session, organisation_ids: list[int] | None, one_file_for_all: bool, today: date
) -> list[ActionList]:
    if organisation_ids is not None:
        for organisation_id in organisation_ids:
            if session.get(Organisation, organisation_id) is None:
                raise NotFound(f"organisation {organisation_id}")
    if one_file_for_all:
        if organisation_ids is None:
            data = action_list_for(session=session, organisation_id=None, today=today)
            return [data] if data.open or data.closed else []
        if len(organisation_ids) == 1:
            return [
                action_list_for(session=session, organisation_id=organisation_ids[0], today=today)
            ]
        return [_gather(session, list(organisation_ids), today, t(CHOSEN_ORGANISATIONS))]
    if organisation_ids is None:
        organisation_ids = [
            saved_id(o) for o in organisations_with_lists(session=session, today=today)
        ]
    return [
        action_list_for(session=session, organisation_id=organisation_id, today=today)
        for organisation_id in organisation_ids
    ]


def _durable_database_id(session: Session) -> str:
    """The database's identity, which the answered files must carry back. It is made when
    the database is opened (``bootstrap``) or set up on a server, so exporting only reads
    it: were it made here and a later file failed, answers to the files already written
    would come back as if from another database."""
    identity = get_value(session=session, key=DATABASE_ID)
    if identity is None:
        raise KnownError(NO_IDENTITY)
    return identity


def _dated_folder(out_dir: Path, today: date, options: DocumentOptions) -> Path:
    folder = out_dir / dated_folder_name(today, options=options)
    try:
        folder.mkdir(exist_ok=True)
    except OSError as error:
        if error.errno == errno.ENOENT:
            raise KnownError(FOLDER_MISSING, str(out_dir)) from error
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            raise KnownError(DISK_FULL, str(out_dir)) from error
        if isinstance(error, PermissionError | FileExistsError) or error.errno == errno.EROFS:
            raise KnownError(NOT_ALLOWED, str(folder)) from error
        raise
    return folder


__all__ = [
    "ActionList",
    "ClosedAction",
    "LatestNote",
    "ListPeriod",
    "OpenAction",
    "OrganisationGroup",
    "action_list_for",
    "dated_folder_name",
    "export_action_lists",
    "find_in_action_lists",
    "organisations_with_lists",
    "safe_file_part",
]
