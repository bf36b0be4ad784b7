"""The command line: starts the window, or runs a job that needs no window."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from . import __version__


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} är inget antal år. Ange ett heltal från 1.")
    return value


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} är inget datum. Skriv mötets datum som ÅÅÅÅ-MM-DD, till exempel 2026-11-24."
        ) from None


def _any_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} är inget datum. Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-11-24."
        ) from None


def _database_option() -> argparse.ArgumentParser:
    """--db after the command name (``est-desktop report --db FIL``), as before it."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--db", dest="sub_db", metavar="FIL", help="databasfil")
    return parent


def _document_options() -> argparse.ArgumentParser:
    """What every command that writes Word documents also takes."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--language",
        choices=("sv", "en"),
        default="sv",
        help="dokumentets språk: sv (svenska, förval) eller en (engelska)",
    )
    parent.add_argument(
        "--template",
        type=Path,
        metavar="FIL",
        help="kommunens egen Word-mall (.docx eller .dotx); annars programmets",
    )
    parent.add_argument(
        "--pdf",
        action="store_true",
        help="spara varje Word-fil också som PDF (kräver LibreOffice eller Microsoft Word)",
    )
    return parent


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="est-desktop",
        description=(
            "EST Desktop – det veckovisa EST-mötet: dagordning, händelser, åtgärder, protokoll."
        ),
    )
    parser.add_argument("--version", action="version", version=f"EST Desktop {__version__}")
    parser.add_argument(
        "--db", metavar="FIL", help="databasfil (annars EST_DESKTOP_DB eller användarens datamapp)"
    )
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="avsluta så snart fönstret visats med data (röktest för installationer)",
    )
    commands = parser.add_subparsers(dest="command")
    documents = _document_options()
    database = _database_option()

    demo = commands.add_parser("demo", help="skapa en demodatabas med tio veckors möten")
    demo.add_argument(
        "--db", dest="sub_db", metavar="FIL", required=True, help="ny databasfil att skapa"
    )
    demo.add_argument("--seed", type=int, default=2026, help="slumpfrö (samma frö ger samma data)")
    demo.add_argument(
        "--years",
        type=_positive,
        metavar="N",
        help="N års veckomöten i stället för tio veckor (för prestandamätning)",
    )

    export = commands.add_parser(
        "export-minutes",
        parents=[database, documents],
        help="exportera minnesanteckningar till Word",
    )
    export.add_argument("--meeting", required=True, type=_day, help="mötets datum, ÅÅÅÅ-MM-DD")
    export.add_argument(
        "--out", required=True, type=Path, metavar="FIL", help="Word-fil att skriva (.docx)"
    )
    export.add_argument(
        "--include-confidential", action="store_true", help="ta med sekretessmarkerade händelser"
    )
    export.add_argument(
        "--allow-personal-numbers",
        action="store_true",
        help="exportera även om texten innehåller något som liknar ett personnummer",
    )
    export.add_argument(
        "--include-map",
        action="store_true",
        help="ta med en karta över händelserna sedan förra mötet (sist i dokumentet)",
    )

    lists = commands.add_parser(
        "export-actions",
        parents=[database, documents],
        help="exportera åtgärdslistor (Word och Excel) per organisation till en mapp",
    )
    lists.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="MAPP",
        help="mapp där en daterad undermapp med listorna skapas",
    )
    lists.add_argument(
        "--organisation",
        action="append",
        metavar="NAMN",
        help="bara denna organisation (kan anges flera gånger); annars alla med åtgärder att visa",
    )
    lists.add_argument(
        "--format",
        choices=("docx", "xlsx"),
        help="bara Word (docx) eller bara Excel (xlsx); annars båda",
    )
    lists.add_argument(
        "--allow-personal-numbers",
        action="store_true",
        help="exportera även om texten innehåller något som liknar ett personnummer",
    )

    incidents = commands.add_parser(
        "import-incidents",
        parents=[database],
        help="importera händelser från en CSV- eller Excel-fil med en sparad kolumnmappning",
    )
    incidents.add_argument(
        "--mapping",
        required=True,
        metavar="NAMN",
        help="den sparade mappningen för källan (sparas i fönstret: Händelser → Importera…)",
    )
    incidents.add_argument("file", type=Path, metavar="FIL", help="CSV- eller Excel-fil (.xlsx)")
    incidents.add_argument(
        "--sheet", metavar="BLAD", help="Excel: bladet att läsa (annars det första)"
    )
    incidents.add_argument(
        "--include-duplicates",
        action="store_true",
        help="importera även rader som liknar en redan sparad händelse eller en tidigare rad",
    )
    incidents.add_argument(
        "--remove-personal-numbers",
        action="store_true",
        help="ta bort det som liknar personnummer ur texten och importera raderna",
    )
    incidents.add_argument(
        "--allow-personal-numbers",
        action="store_true",
        help="importera rader med något som liknar ett personnummer som de är",
    )

    report = commands.add_parser(
        "report",
        parents=[database, documents],
        help="skriv en rapport till ledningsgruppen (Word): uppföljning eller slutrapport",
    )
    report.add_argument(
        "--kind",
        required=True,
        choices=("uppfoljning", "slutrapport"),
        help="uppfoljning (en vald period) eller slutrapport (hela överenskommelsens period)",
    )
    report.add_argument(
        "--from",
        dest="date_from",
        type=_any_day,
        metavar="DATUM",
        help="periodens första dag, ÅÅÅÅ-MM-DD (slutrapport: annars överenskommelsens första)",
    )
    report.add_argument(
        "--to",
        dest="date_to",
        type=_any_day,
        metavar="DATUM",
        help="periodens sista dag, ÅÅÅÅ-MM-DD (slutrapport: annars överenskommelsens sista)",
    )
    report.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="FIL",
        help="Word-fil att skriva (.docx), eller en mapp",
    )
    report.add_argument(
        "--include-confidential",
        action="store_true",
        help="räkna med sekretessmarkerade händelser (varje sida märks SEKRETESS)",
    )
    report.add_argument(
        "--allow-personal-numbers",
        action="store_true",
        help="skriv rapporten även om texten innehåller något som liknar ett personnummer",
    )

    backup = commands.add_parser(
        "backup",
        parents=[database],
        help="säkerhetskopiera databasen (kontrollerad kopia, även medan programmet är öppet)",
    )
    backup.add_argument(
        "--out",
        type=Path,
        metavar="FIL",
        help="fil (eller mapp) att skriva kopian till; annars mappen backups bredvid databasen",
    )

    move = commands.add_parser(
        "move-to-server",
        help="kopiera allt i en databasfil till en tom PostgreSQL-databas och kontrollera "
        "kopian tabell för tabell; filen lämnas orörd (kör sedan server-setup)",
    )
    move.add_argument(
        "--db", dest="sub_db", metavar="FIL", required=True, help="databasfilen att flytta"
    )
    move.add_argument(
        "--to",
        required=True,
        metavar="ADRESS",
        help="den nya, tomma databasen på servern, t.ex. "
        "postgresql+psycopg://est_admin@db.kommun.se/est; lösenordet läses från PGPASSWORD "
        "eller ~/.pgpass, annars frågas det efter",
    )

    setup = commands.add_parser(
        "server-setup",
        help="förbered en PostgreSQL-databas för delad användning: roller, behörigheter, "
        "radskydd och en första samordnare (körs igen efter varje uppgradering)",
    )
    setup.add_argument("--url", required=True, metavar="ADRESS", help=_ADMIN_URL_HELP)
    setup.add_argument(
        "--convener",
        required=True,
        metavar="NAMN",
        help="användarnamn för den första samordnaren; lösenordet läses från "
        "EST_DESKTOP_PASSWORD, annars frågas det efter (en befintlig samordnare behåller sitt)",
    )

    user = commands.add_parser(
        "add-user",
        help="lägg till en användare i en delad databas: deltagare för en organisation, "
        "ledningsgrupp eller samordnare",
    )
    user.add_argument("--url", required=True, metavar="ADRESS", help=_ADMIN_URL_HELP)
    user.add_argument(
        "--name",
        required=True,
        metavar="NAMN",
        help="användarnamn att logga in med (a–z, siffror och _ . -), t.ex. polisen.anna; "
        "lösenordet läses från EST_DESKTOP_PASSWORD, annars frågas det efter",
    )
    user.add_argument(
        "--role",
        required=True,
        choices=("deltagare", "ledningsgrupp", "samordnare"),
        help="deltagare (svarar på sin organisations åtgärder), ledningsgrupp (läser allt "
        "utom sekretessmarkerade händelser, ändrar inget) eller samordnare (allt)",
    )
    user.add_argument(
        "--organisation",
        metavar="NAMN",
        help='organisationen vars åtgärder deltagaren svarar på, t.ex. "Polisen"',
    )
    user.add_argument(
        "--display-name",
        default="",
        metavar="TEXT",
        help="namnet som visas i programmet, t.ex. personens namn",
    )
    return parser


_ADMIN_URL_HELP = (
    "administratörens adress till databasen (den användare som äger tabellerna), t.ex. "
    "postgresql+psycopg://est_admin@db.kommun.se/est; lösenordet läses från PGPASSWORD "
    "eller ~/.pgpass, annars frågas det efter"
)


def main(argv: list[str] | None = None) -> None:
    args = _parser().parse_args(argv)
    if args.command is None:
        # The data layer loads before Qt: PySide6's import hook reads the source of every
        # module imported after it, which with SQLAlchemy costs start-up 0.1 s.
        from . import bootstrap  # noqa: F401
        from .app import run_gui

        sys.exit(run_gui(args.db, exit_when_ready=args.exit_when_ready))
    from .commands import run_command

    sys.exit(run_command(args))
