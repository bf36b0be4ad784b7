"""Jobs that need no window: they call the same services as the window does."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from .bootstrap import open_database, resolve_db_path
from .db import is_server_url, session_scope
from .errors import KnownError, UserError
from .i18n import translate_error, user_message

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlmodel import Session

    from .services.documents.options import DocumentOptions

log = logging.getLogger(__name__)

PASSWORD_ENV = "EST_DESKTOP_PASSWORD"


def _fail(message: str) -> int:
    print(f"est-desktop: {message}", file=sys.stderr)  # noqa: T201
    return 1


def run_command(args: argparse.Namespace) -> int:
    try:
        if args.command == "demo":
            return _demo(Path(args.sub_db).expanduser(), args.seed, args.years)
        if args.command == "export-minutes":
            return _export_minutes(args)
        if args.command == "export-actions":
            return _export_actions(args)
        if args.command == "report":
            return _report(args)
        if args.command == "import-incidents":
            return _import_incidents(args)
        if args.command == "backup":
            return _backup(args)
        if args.command == "move-to-server":
            return _move_to_server(args)
        if args.command == "server-setup":
            return _server_setup(args)
        if args.command == "add-user":
            return _add_user(args)
    except UserError as error:
        return _fail(user_message(error, between=" – ", joined=" "))
    except _Stop as stop:
        return _fail(str(stop))
    return _fail(f"okänt kommando: {args.command}")


def write_demo(
    path: Path,
    *,
    seed: int,
    years: int | None = None,
    today: date | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
) -> str:
    """A new database at ``path`` with ten weeks to try the app with, or ``years`` of
    weekly meetings to measure it with; returns its summary. An existing file is never
    touched (FileExistsError), and a failure leaves no file behind."""
    from .services.demo.weeks import create_demo_database
    from .services.demo.years import create_scale_demo

    if path.exists():
        raise FileExistsError(path)
    # Built under a temporary name so a failure leaves no half-made file behind.
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        engine = open_database(partial)
        try:
            with session_scope(engine) as session:
                summary = (
                    create_scale_demo(
                        session=session,
                        years=years,
                        seed=seed,
                        today=today or date.today(),
                        on_progress=on_progress,
                    )
                    if years
                    else create_demo_database(session=session, seed=seed)
                )
        finally:
            engine.dispose()
        if path.exists():
            raise FileExistsError(path)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return summary


def _demo(path: Path, seed: int, years: int | None = None) -> int:
    try:
        summary = write_demo(path, seed=seed, years=years)
    except FileExistsError:
        return _fail(
            f"{path} finns redan. Demodatabasen skrivs aldrig över en befintlig fil – "
            "välj ett nytt filnamn eller flytta den gamla filen."
        )
    print(f"Demodatabas skapad: {path} ({summary})")  # noqa: T201
    return 0


def _open_for_job(path: Path | str) -> Engine:
    """A job beside an open window only reads: the window is the one that writes, checks
    and backs up the file (and migrates it, so a file the window has open needs none)."""
    from .bootstrap import READ_ONLY_NEEDS_UPGRADE
    from .services.backup.in_use import IN_USE, holder

    found = None if is_server_url(path) else holder(Path(path))
    if found is None:
        return open_database(path)
    try:
        return open_database(path, read_only=True)
    except KnownError as error:
        if error.text == READ_ONLY_NEEDS_UPGRADE:  # it would have to write: not beside a window
            raise KnownError(IN_USE, str(found)) from error
        raise


@contextmanager
def _job_session(args: argparse.Namespace) -> Iterator[tuple[Path | str, Session]]:
    """The database a job names (--db), opened as ``_open_for_job`` does, with one session
    that commits at the end; the engine is disposed however the job ends, early returns
    and errors too."""
    path = resolve_db_path(args.sub_db or args.db)
    if not is_server_url(path) and not Path(path).exists():
        raise _Stop(f"databasen {path} finns inte. Ange rätt fil med --db.")
    engine = _open_for_job(path)
    try:
        with session_scope(engine) as session:
            yield path, session
    finally:
        engine.dispose()


def _document_options(args: argparse.Namespace) -> DocumentOptions:
    """The language and template asked for; a template that cannot be used stops the job
    before anything is written."""
    from .services.documents.options import DocumentOptions
    from .services.documents.template import check_template

    template = args.template.expanduser() if args.template else None
    if template is not None:
        check = check_template(template)
        for theirs, ours in check.renamed:
            print(f"Mallens formatmall ”{theirs}” används som {ours}.")  # noqa: T201
        if check.added:
            print(  # noqa: T201
                "Mallen saknar formatmallarna "
                + ", ".join(check.added)
                + "; programmets läggs till i dokumenten."
            )
    return DocumentOptions(language=args.language, template=template)


def _also_as_pdf(args: argparse.Namespace, written: list[Path]) -> int:
    """With --pdf, a PDF beside each Word file; a failure is reported, the Word files stay."""
    if not args.pdf:
        return 0
    from .services.documents.pdf import also_as_pdf

    result = also_as_pdf(written)
    for pdf in result.pdfs:
        print(f"PDF sparad: {pdf}")  # noqa: T201
    if result.problem is not None:
        raise result.problem
    return 0


def _export_minutes(args: argparse.Namespace) -> int:
    from .models import saved_id
    from .services.meetings.agenda import meeting_on
    from .services.minutes.gather import export_minutes

    with _job_session(args) as (path, session):
        meeting = meeting_on(session=session, day=args.meeting)
        if meeting is None:
            return _fail(
                f"det finns inget möte {args.meeting.isoformat()} i {path}. "
                "Ange datumet för ett befintligt möte (ÅÅÅÅ-MM-DD)."
            )
        out = export_minutes(
            session=session,
            meeting_id=saved_id(meeting),
            out_path=args.out,
            include_confidential=args.include_confidential,
            allow_personal_numbers=args.allow_personal_numbers,
            include_map=args.include_map,
            options=_document_options(args),
        )
    print(f"Minnesanteckningar sparade: {out}")  # noqa: T201
    return _also_as_pdf(args, [out])


def _export_actions(args: argparse.Namespace) -> int:
    from .models import saved_id
    from .services.action_lists.gather import export_action_lists
    from .services.reference import organisations
    from .text import swedish_sort_key

    with _job_session(args) as (_path, session):
        known = organisations(session=session, include_inactive=True)
        by_name = {" ".join(o.name.split()).casefold(): saved_id(o) for o in known}
        chosen: list[int] | None = None
        if args.organisation:
            chosen = []
            for name in args.organisation:
                key = " ".join(name.split()).casefold()
                if key not in by_name:
                    names = sorted((o.name for o in known), key=swedish_sort_key)
                    return _fail(
                        f"det finns ingen organisation som heter {name!r}. "
                        "Ange ett av dessa namn med --organisation:\n  " + "\n  ".join(names)
                    )
                chosen.append(by_name[key])
        written = export_action_lists(
            session=session,
            out_dir=args.out,
            organisation_ids=chosen,
            formats=(args.format,) if args.format else ("docx", "xlsx"),
            allow_personal_numbers=args.allow_personal_numbers,
            options=_document_options(args),
        )
    if not written:
        print("Inga öppna eller nyligen stängda åtgärder – inga listor skrivna.")  # noqa: T201
    for out in written:
        print(f"Åtgärdslista sparad: {out}")  # noqa: T201
    return _also_as_pdf(args, written)


def _import_incidents(args: argparse.Namespace) -> int:
    from .errors import NotFound
    from .services.backup.in_use import IN_USE, holder
    from .services.imports.batches import Choices, import_incidents
    from .services.imports.mapping import get_mapping
    from .services.imports.preview import build_preview
    from .services.personal_numbers import REMOVED as REMOVED_MARKER

    path = resolve_db_path(args.sub_db or args.db)
    if not is_server_url(path) and not Path(path).exists():
        return _fail(f"databasen {path} finns inte. Ange rätt fil med --db.")
    found = None if is_server_url(path) else holder(Path(path))
    if found is not None:  # the window writes to the file: import there
        raise KnownError(IN_USE, str(found))
    engine = open_database(path)
    try:
        with session_scope(engine) as session:
            try:
                saved = get_mapping(session=session, name=args.mapping)
            except NotFound:
                return _fail(
                    f"det finns ingen sparad mappning som heter {args.mapping!r}. Spara en i "
                    "fönstret (Händelser → Importera…) och ange dess namn med --mapping."
                )
            mapping = saved.mapping
            table = _read_for_mapping(args.file, args.sheet, mapping.sheet)
            preview = build_preview(session=session, table=table, mapping=mapping)
            if preview.file_problems:
                return _fail(_file_problems(preview, table))
            if preview.earlier is not None:
                return _fail(
                    f"{table.file_name} är redan importerad "
                    f"({preview.earlier.imported_at.astimezone():%Y-%m-%d %H:%M}, "
                    f"{preview.earlier.row_count} händelser); inget importerades. Ångra den "
                    "importen i fönstret (Händelser → Importer…) om filen ska läsas in igen."
                )
            rows = {r.number: r for r in preview.rows}
            numbers = frozenset(r.number for r in preview.held_back)
            choices = Choices(
                duplicates=frozenset(r.number for r in preview.duplicates)
                if args.include_duplicates
                else frozenset(),
                confirmed=numbers if args.allow_personal_numbers else frozenset(),
                removed=numbers if args.remove_personal_numbers else frozenset(),
                removed_marker=translate_error(REMOVED_MARKER),
            )
            reasons = [
                f"  rad {number}: {reason}"
                for number in sorted(rows)
                if (reason := _why_not_imported(rows[number], choices))
            ]
            if not rows:
                return _fail(f"{table.file_name} har inga rader under rubrikraden.")
            if len(reasons) == len(rows):
                return _fail("ingen rad kan importeras; inget sparades:\n" + "\n".join(reasons))
            batch = import_incidents(
                session=session,
                table=table,
                mapping=mapping,
                mapping_name=saved.name,
                choices=choices,
            )
            count = batch.row_count
    finally:
        engine.dispose()
    noun = "händelse importerad" if count == 1 else "händelser importerade"
    print(f"{count} {noun} från {table.file_name}.")  # noqa: T201
    if reasons:
        print(f"{len(reasons)} av filens {len(rows)} rader importerades inte:")  # noqa: T201
        print("\n".join(reasons))  # noqa: T201
    return 0


def _read_for_mapping(path: Path, asked: str | None, remembered: str):
    """The sheet asked for; else the one the mapping was made on, if this file has it
    (next month's workbook may name its sheet anew), else the first."""
    from .services.imports.tables import NO_SUCH_SHEET, UnreadableFile, read_table

    if asked or not remembered:
        return read_table(path, sheet=asked or None)
    try:
        return read_table(path, sheet=remembered)
    except UnreadableFile as error:
        if error.text != NO_SUCH_SHEET:
            raise
        return read_table(path)


def _file_problems(preview, table) -> str:
    """What the mapping cannot find in the file, with what the file does hold."""
    lines = [
        (f"{p.column}: " if p.column else "") + translate_error(p.message).replace("%1", p.value)
        for p in preview.file_problems
    ]
    lines.append("Filens kolumner: " + ", ".join(table.headers) + ".")
    if len(table.sheets) > 1:
        lines.append(
            f"Bladet {table.sheet!r} lästes; filen har också "
            + ", ".join(repr(s) for s in table.sheets if s != table.sheet)
            + ". Välj ett annat med --sheet."
        )
    return "\n".join(lines)


def _why_not_imported(row, choices) -> str:
    if row.problems:
        return "; ".join(
            (f"{p.column}: " if p.column else "")
            + translate_error(p.message).replace("%1", p.value)
            for p in row.problems
        )
    if row.personal_numbers and row.number not in choices.confirmed | choices.removed:
        return (
            "något som liknar ett personnummer i "
            + ", ".join(row.personal_numbers)
            + " (ta bort det i filen, eller ange --remove-personal-numbers)"
        )
    if row.is_duplicate and row.number not in choices.duplicates:
        where = (
            f"händelse {row.duplicate_of_incident}"
            if row.duplicate_of_incident is not None
            else f"rad {row.duplicate_of_row}"
        )
        return f"samma datum, plats, kategori och beskrivning som {where} (--include-duplicates)"
    return ""


def _report(args: argparse.Namespace) -> int:
    from datetime import date

    from .services.agreements.in_force import agreement_in_force
    from .services.reports.common import FINAL
    from .services.reports.write import write_report

    today = date.today()
    with _job_session(args) as (_path, session):
        date_from, date_to = args.date_from, args.date_to
        if args.kind == FINAL and (date_from is None or date_to is None):
            agreement = agreement_in_force(session=session, on=today)
            if agreement is not None:
                date_from = date_from or agreement.start_date
                date_to = date_to or agreement.end_date
        if date_from is None or date_to is None:
            return _fail("ange periodens första och sista dag med --from och --to (ÅÅÅÅ-MM-DD).")
        out = write_report(
            session=session,
            kind=args.kind,
            date_from=date_from,
            date_to=date_to,
            target=args.out,
            today=today,
            include_confidential=args.include_confidential,
            allow_personal_numbers=args.allow_personal_numbers,
            options=_document_options(args),
        )
    print(f"Rapport sparad: {out}")  # noqa: T201
    return _also_as_pdf(args, [out])


def _backup(args: argparse.Namespace) -> int:
    from .bootstrap import resolve_backup_folder
    from .services.backup.copies import back_up_to, create_backup

    path = resolve_db_path(args.sub_db or args.db)
    # A server database (a URL) is no file to copy.
    if isinstance(path, str) or not path.is_file():
        return _fail(f"databasen {path} finns inte. Ange rätt fil med --db.")
    if args.out is None:
        out = create_backup(path, folder=resolve_backup_folder()).path
    elif args.out.resolve() == path.resolve():
        return _fail("säkerhetskopian kan inte skrivas över databasen själv. Ange en annan fil.")
    else:
        out = back_up_to(path, args.out)
    print(f"Säkerhetskopia sparad och kontrollerad: {out}")  # noqa: T201
    return 0


# --- a shared database on a server ------------------------------------------------------


class _Stop(Exception):
    """The command cannot go on; the message says why, in Swedish."""


def _move_to_server(args: argparse.Namespace) -> int:
    from .services.server.move import move_to_server

    path = Path(args.sub_db).expanduser()
    engine = _admin_engine(args.to)  # asks for the password when the server wants one
    password, where = engine.url.password, f"{engine.url.database} på {engine.url.host}"
    engine.dispose()
    started: set[str] = set()

    def progress(table: str, done: int, total: int) -> None:
        if table not in started:
            started.add(table)
            print(f"Kopierar {table} … ({done} av {total} rader klara)", file=sys.stderr)  # noqa: T201

    report = move_to_server(source=path, target_url=args.to, progress=progress, password=password)
    print(  # noqa: T201
        f"Flyttade {report.rows} rader i {len(report.tables)} tabeller till {where} på "
        f"{report.seconds:.1f} s. Antal rader och kontrollsumma stämmer för varje tabell; "
        f"filen {path} är oförändrad.\n"
        "Förbered nu databasen för delad användning: "
        "est-desktop server-setup --url ADRESS --convener NAMN"
    )
    return 0


def _server_setup(args: argparse.Namespace) -> int:
    from .services.server import roles, setup, users

    engine = _admin_engine(args.url)
    try:
        exists = users.role_exists(engine=engine, name=args.convener)
        if not exists:
            users.check_new_user(name=args.convener, password=None, kind=roles.CONVENER)
        password = "" if exists else _new_password(args.convener)
        setup.set_up_server(engine=engine, convener=args.convener, password=password)
        where = f"{engine.url.database} på {engine.url.host}"
    finally:
        engine.dispose()
    print(  # noqa: T201
        f"Databasen {where} är förberedd för delad användning: roller, behörigheter och "
        "radskydd gäller nu för alla tabeller."
    )
    if exists:
        print(f"Samordnaren {args.convener} fanns redan och behåller sitt lösenord.")  # noqa: T201
    else:
        print(f"Samordnaren {args.convener} kan logga in.")  # noqa: T201
    print(  # noqa: T201
        "Lägg till deltagare med est-desktop add-user --url ADRESS --name NAMN "
        '--role deltagare --organisation "ORGANISATION".'
    )
    return 0


def _add_user(args: argparse.Namespace) -> int:
    from .services.server import users

    engine = _admin_engine(args.url)
    try:
        if args.role == "deltagare" and not args.organisation:
            raise _Stop(
                "en deltagare svarar för en organisation. Ange den med --organisation, "
                'till exempel --organisation "Polisen".'
            )
        organisation_id, organisation = (
            _active_organisation(engine, args.organisation) if args.organisation else (None, "")
        )
        users.check_new_user(
            name=args.name,
            password=None,
            kind=args.role,
            organisation_id=organisation_id,
            display_name=args.display_name,
        )
        if users.role_exists(engine=engine, name=args.name):
            raise _Stop(
                f"det finns redan en användare som heter {args.name} på databasservern. "
                "Välj ett annat namn."
            )
        users.add_user(
            engine=engine,
            name=args.name,
            password=_new_password(args.name),
            kind=args.role,
            organisation_id=organisation_id,
            display_name=args.display_name,
        )
    finally:
        engine.dispose()
    joined = {"deltagare": "som deltagare", "ledningsgrupp": "i ledningsgruppen"}
    print(  # noqa: T201
        f"Användaren {args.name} är tillagd {joined.get(args.role, 'som samordnare')}"
        + (f" för {organisation}." if organisation else ".")
    )
    return 0


def _active_organisation(engine: Engine, name: str) -> tuple[int, str]:
    from .services.reference import organisations
    from .services.server.roles import maintenance
    from .text import swedish_sort_key

    with maintenance(engine) as owner, session_scope(owner) as session:
        known = organisations(session=session)
    key = " ".join(name.split()).casefold()
    for organisation in known:
        if " ".join(organisation.name.split()).casefold() == key:
            assert organisation.id is not None
            return organisation.id, organisation.name
    names = sorted((o.name for o in known), key=swedish_sort_key)
    raise _Stop(
        f"det finns ingen aktiv organisation som heter {name!r}. "
        "Ange ett av dessa namn med --organisation:\n  " + "\n  ".join(names)
    )


def _admin_engine(url: str) -> Engine:
    """An engine for the administrator's URL; asks for its password when the server wants
    one and neither the URL, PGPASSWORD nor ~/.pgpass gives it."""
    from .db import is_server_url, make_server_engine

    if not is_server_url(url):
        raise _Stop(
            f"{url!r} är ingen adress till en databasserver. Skriv den som "
            "postgresql+psycopg://ANVÄNDARE@SERVER/DATABAS, till exempel "
            "postgresql+psycopg://est_admin@db.kommun.se/est."
        )
    engine = make_server_engine(url)
    try:
        with engine.connect():
            return engine
    except KnownError as error:
        engine.dispose()
        if "no password supplied" not in str(error.__cause__):
            raise
    user = engine.url.username or ""
    try:
        password = getpass.getpass(f"Lösenord för databasanvändaren {user}: ")
    except (EOFError, KeyboardInterrupt):
        raise _Stop("inget lösenord angavs. Ingenting har ändrats.") from None
    return make_server_engine(url, password=password)


def _new_password(name: str) -> str:
    """From EST_DESKTOP_PASSWORD, or typed twice without being shown."""
    given = os.environ.get(PASSWORD_ENV)
    if given:
        return given
    try:
        first = getpass.getpass(f"Nytt lösenord för {name}: ")
        second = getpass.getpass("Skriv samma lösenord en gång till: ")
    except (EOFError, KeyboardInterrupt):
        raise _Stop("inget lösenord angavs. Ingenting har ändrats.") from None
    if first != second:
        raise _Stop("lösenorden var inte lika. Ingenting har ändrats; kör kommandot igen.")
    return first
