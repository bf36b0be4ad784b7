"""Writing a report: gathers the follow-up or the final report and renders it to Word,
loading python-docx and the renderers only then."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlmodel import Session

from ..documents.options import DEFAULT, DocumentOptions
from ..documents.safe_write import write_atomically
from ..documents.wording import t, writing_in
from ..personal_numbers import Finding, refuse_in_export, scan_texts, texts_in
from .common import FINAL, KINDS, SAVING, Progress, ReportKind

if TYPE_CHECKING:
    from .final import FinalReport
    from .follow_up import FollowUpReport

# Where a finding is said to be, by the report's part; a focus area by its name.
_PARTS = {"goals": "Övergripande mål", "places": "Var och när", "map": "Var och när"}


def default_report_filename(
    kind: ReportKind, date_from: date, date_to: date, *, options: DocumentOptions = DEFAULT
) -> str:
    with writing_in(options.language):
        if kind == FINAL:
            return t("Slutrapport EST {start}–{end}.docx").format(
                start=date_from.year, end=date_to.year
            )
        return t("Uppföljning EST {start}–{end}.docx").format(
            start=date_from.isoformat(), end=date_to.isoformat()
        )


def write_report(
    *,
    session: Session,
    kind: ReportKind,
    date_from: date,
    date_to: date,
    target: Path,
    today: date,
    include_confidential: bool = False,
    on_progress: Progress | None = None,
    allow_personal_numbers: bool = False,
    options: DocumentOptions = DEFAULT,
) -> Path:
    """Writes the report to ``target`` (.docx; a folder gets ``default_report_filename``)
    and returns the path written.

    A report that would hold a personal identity number (a plan or goal note, most
    likely) is ``PersonalNumbersInExport``, before anything is written, unless
    ``allow_personal_numbers``.

    ``on_progress(done, total, label)`` is called as each section begins (``label``
    names it, in the report's language) and with ``done == total`` once the file is
    written. ``options`` choose the language and the Word template.
    An existing file is replaced only once the new one is complete; input errors are
    ``ValidationError``, errors writing the file ``KnownError``.
    """
    with writing_in(options.language):
        return _write(
            session=session,
            kind=kind,
            date_from=date_from,
            date_to=date_to,
            target=target,
            today=today,
            include_confidential=include_confidential,
            on_progress=on_progress,
            allow_personal_numbers=allow_personal_numbers,
            options=options,
        )


def _write(
    *,
    session: Session,
    kind: ReportKind,
    date_from: date,
    date_to: date,
    target: Path,
    today: date,
    include_confidential: bool,
    on_progress: Progress | None,
    allow_personal_numbers: bool,
    options: DocumentOptions,
) -> Path:
    if kind not in KINDS:
        raise ValueError(f"unknown report kind: {kind!r}")
    # Imported here because they import this module; it also keeps document code
    # (python-docx, matplotlib's renderer) from loading until a report is written.
    from .docx_parts import section_count
    from .final import FinalReport, gather_final
    from .final_docx import render_final
    from .follow_up import gather_follow_up
    from .follow_up_docx import render_follow_up

    gather = gather_final if kind == FINAL else gather_follow_up
    data = gather(
        session=session,
        date_from=date_from,
        date_to=date_to,
        today=today,
        include_confidential=include_confidential,
    )
    refuse_in_export(find_in_report(data), allow=allow_personal_numbers)
    total = section_count(data) + 1  # the sections, then saving
    done = 0

    def section(label: str) -> None:
        nonlocal done
        if on_progress is not None:
            on_progress(done, total, label)
        done += 1

    now = datetime.now(UTC)
    if isinstance(data, FinalReport):
        document = render_final(data, now=now, on_section=section, options=options)
    else:
        document = render_follow_up(data, now=now, on_section=section, options=options)
    section(t(SAVING))
    path = Path(target)
    if path.is_dir():
        path = path / default_report_filename(kind, date_from, date_to, options=options)
    written = write_atomically(path, lambda temp: document.save(str(temp)))
    if on_progress is not None:
        on_progress(total, total, "")
    return written


def find_in_report(data: FollowUpReport | FinalReport) -> list[Finding]:
    """Personal identity numbers the report would contain, each with the part it is in:
    every text gathered for it, the notes of the plan and the goals among them."""
    parts: list[tuple[str, object]] = []
    for field in dataclasses.fields(data):
        value = getattr(data, field.name)
        if field.name == "areas":
            parts += [(area.name, area) for area in value]
        else:
            parts.append(
                (t(_PARTS[field.name]) if field.name in _PARTS else data.facts.title, value)
            )
    return scan_texts((where, text) for where, part in parts for text in texts_in(part))
