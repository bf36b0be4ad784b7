"""Measures EST Desktop with years of data against the targets of issue 7.

    python benchmarks/run.py --db PATH --json OUT.json [--quick]

Creates the ten-year database (``services.demo.years``) when PATH does not exist. Every
measurement runs in a fresh subprocess, the GUI ones offscreen, so none shares caches or
widgets with another; each writes one JSON line back. Figures are medians over repeats
after a warm-up. Keys whose part of the app is not built yet are written as null.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# key: (target, unit, what it measures)
KEYS: dict[str, tuple[float, str, str]] = {
    "startup_ready_ratio": (1.3, "×", "start to first painted screen, over a bare Qt window"),
    "open_meeting_ms": (100, "ms", "open a meeting's workspace, agenda and first item shown"),
    "switch_item_ms": (30, "ms", "next agenda item, workspace and presentation (worse one)"),
    "register_filter_ms": (30, "ms", "one keystroke of free-text filter over all actions"),
    "lagesbild_ms": (150, "ms", "refresh the lägesbild over the whole history, chart drawn"),
    "map_ms": (200, "ms", "the lägesbild's map redrawn after a filter change, whole history"),
    "map_first_ms": (1000, "ms", "a new window's first map: lägesbild and its Karta tab shown"),
    "export_minutes_ms": (1000, "ms", "minutes of a meeting with ~60 incidents, ~40 open"),
    "report_ms": (5000, "ms", "end-of-period report over four years"),
    "peak_rss_mb": (300, "MB", "peak memory of the window after visiting every view"),
    "max_gui_stall_ms": (100, "ms", "longest event-loop block during export and report"),
    "import_10k_ms": (5000, "ms", "10,000 reported rows read, previewed and saved as a batch"),
    "import_gui_stall_ms": (100, "ms", "longest event-loop block while the dialog imports them"),
    # With --server: the same database moved to PostgreSQL (issue 13).
    "server_open_meeting_ratio": (1.5, "×", "open a meeting on the server, over SQLite"),
    "server_switch_item_ratio": (1.5, "×", "next agenda item on the server, over SQLite"),
    "server_register_filter_ratio": (1.5, "×", "register keystroke on the server, over SQLite"),
    "server_lagesbild_ratio": (1.5, "×", "lägesbild refresh on the server, over SQLite"),
    "remote_change_visible_ms": (1000, "ms", "another desk's answer shown in the review"),
    "load_answers_lost": (0, "", "answers acknowledged but missing, 5 desks for 60 s"),
    "load_deadlocks": (0, "", "deadlocks among 5 desks answering for 60 s"),
}
SERVER_RATIOS = {
    "server_open_meeting_ratio": "open_meeting_ms",
    "server_switch_item_ratio": "switch_item_ms",
    "server_register_filter_ratio": "register_filter_ms",
    "server_lagesbild_ratio": "lagesbild_ms",
}
# Which subprocess measures which keys.
CHILDREN: dict[str, tuple[str, ...]] = {
    "open_meeting": ("open_meeting_ms",),
    "switch_item": ("switch_item_ms",),
    "register_filter": ("register_filter_ms",),
    "lagesbild": ("lagesbild_ms",),
    "map": ("map_first_ms", "map_ms"),
    "documents": ("export_minutes_ms", "report_ms"),
    "stall": ("max_gui_stall_ms",),
    "imports": ("import_10k_ms", "import_gui_stall_ms"),
    "rss": ("peak_rss_mb",),
}
# Run on the server database too (--server), and only there.
SERVER_CHILDREN = ("open_meeting", "switch_item", "register_filter", "lagesbild")
SERVER_ONLY_CHILDREN: dict[str, tuple[str, ...]] = {"remote_change": ("remote_change_visible_ms",)}
FLOOR_PROGRAM = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
import sqlmodel
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""
HEARTBEAT_MS = 5
CHILD_TIMEOUT = 900  # seconds; a child stuck on a dialog nobody can see is stopped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="database file (made if missing)")
    parser.add_argument(
        "--server",
        metavar="URL",
        help="also measure on PostgreSQL: an administrator's URL on a loopback server "
        "(benchmarks/server.py makes the database est_bench there)",
    )
    parser.add_argument("--load-seconds", type=float, default=60.0, help=argparse.SUPPRESS)
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--quick", action="store_true", help="few repeats: checks that it runs")
    parser.add_argument("--years", type=int, default=10, help="history of a new database")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument(
        "--child", choices=sorted({*CHILDREN, *SERVER_ONLY_CHILDREN}), help=argparse.SUPPRESS
    )
    parser.add_argument("--repeats", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return _run_child(args)
    args.db = Path(args.db)

    if not args.db.exists():
        from est_desktop.commands import write_demo

        started = time.perf_counter()
        summary = write_demo(args.db, years=args.years, seed=args.seed)
        print(f"Made {args.db} in {time.perf_counter() - started:.1f} s: {summary}")  # noqa: T201
    results: dict[str, float | None] = dict.fromkeys(KEYS)
    notes: dict[str, str] = {}
    failed = False
    with tempfile.TemporaryDirectory(prefix="est-bench-") as scratch:
        env = _child_env(Path(scratch))
        runs = 1 if args.quick else 9
        try:
            results["startup_ready_ratio"], notes["startup_ready_ratio"] = _startup(
                args.db, env, runs
            )
        except (RuntimeError, subprocess.TimeoutExpired) as error:
            notes["startup_ready_ratio"], failed = f"failed: {error}", True
        for child, keys in CHILDREN.items():
            repeats = args.repeats or (1 if args.quick else 7)
            found, note, ok = _spawn(child, args.db, env, Path(scratch), repeats)
            failed |= not ok
            for key in keys:
                results[key] = found.get(key)
                if note.get(key):
                    notes[key] = note[key]
        leak = _none_leak(env)
        if args.server:
            failed |= not _measure_server(args, env, Path(scratch), results, notes)
    print(_table(results, notes))  # noqa: T201
    if leak > 100:
        print(  # noqa: T201
            f"\nWARNING: this Python and PySide6 lose a reference to None on each Qt call "
            f"({leak} per 1,000 setText calls): the app aborts with 'none_dealloc' after a "
            "few hundred clicks. Install the PySide6 release pyproject.toml asks for."
        )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 1 if failed else 0


# --- the parent: processes, the start-up race, the table --------------------------------


def _measure_server(
    args: argparse.Namespace,
    env: dict[str, str],
    scratch: Path,
    results: dict[str, float | None],
    notes: dict[str, str],
) -> bool:
    """The window's figures on the same data on PostgreSQL, over SQLite's; then another
    desk's change reaching the window, and five desks answering at once."""
    from benchmarks import server

    started = time.perf_counter()
    bench = server.prepare(args.server, args.db)
    print(f"Moved {args.db} to {bench.database.database} in {time.perf_counter() - started:.1f} s")  # noqa: T201
    convener = bench.convener.render_as_string(hide_password=False)
    ok = True
    repeats = args.repeats or (1 if args.quick else 7)
    for child in SERVER_CHILDREN:
        found, note, done = _spawn(child, convener, env, scratch, repeats)
        ok &= done
        for ratio, key in SERVER_RATIOS.items():
            if key in CHILDREN[child] and found.get(key) is not None and results.get(key):
                results[ratio] = found[key] / results[key]
                notes[ratio] = f"{found[key]:.0f} ms on the server; {note.get(key, '')}"
    for child, keys in SERVER_ONLY_CHILDREN.items():
        found, note, done = _spawn(child, convener, env, scratch, repeats)
        ok &= done
        for key in keys:
            results[key] = found.get(key)
            if note.get(key):
                notes[key] = note[key]
    load = server.load_participants(bench, seconds=5 if args.quick else args.load_seconds)
    results["load_answers_lost"] = load["load_answers_lost"]
    results["load_deadlocks"] = load["load_deadlocks"]
    notes["load_answers_lost"] = (
        f"{load['load_answers_saved']} answers saved ({load['load_answers_per_s']:.0f}/s), "
        f"{load['load_conflicts_refused']} refused as conflicts, {load['load_retries']} retried"
    )
    notes["load_deadlocks"] = (
        f"{load['load_desks_hung']} desks hung, {load['load_errors']} errors "
        f"{load['load_first_error']}".strip()
    )
    return ok and not load["load_errors"] and not load["load_desks_hung"]


def _child_env(scratch: Path) -> dict[str, str]:
    """Offscreen, the repository importable, and settings kept out of the user's own."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env["XDG_CONFIG_HOME"] = str(scratch / "config")
    env["XDG_DATA_HOME"] = str(scratch / "data")  # start-up backups land here too
    return env


def _startup(db: Path, env: dict[str, str], runs: int) -> tuple[float, str]:
    """The app and the floor program as whole processes, taking turns, one warm-up each.

    The app's bytecode is compiled first, as installing it does for it and for the floor's
    libraries: where PYTHONDONTWRITEBYTECODE is set, as on our build machines, a checkout
    would otherwise compile some eighty modules from source on every start.
    """
    compileall.compile_dir(ROOT / "est_desktop", quiet=1)
    app = [sys.executable, "-m", "est_desktop", "--db", str(db), "--exit-when-ready"]
    floor = [sys.executable, "-c", FLOOR_PROGRAM]
    times: dict[str, list[float]] = {"app": [], "floor": []}
    for run in range(runs + 1):
        for name, command in (("app", app), ("floor", floor)):
            started = time.perf_counter()
            done = subprocess.run(
                command, env=env, capture_output=True, text=True, cwd=ROOT, timeout=CHILD_TIMEOUT
            )
            elapsed = time.perf_counter() - started
            if done.returncode != 0:
                raise RuntimeError(f"{name} exited {done.returncode}: {done.stderr[-400:]}")
            if run:
                times[name].append(elapsed)
    app_s, floor_s = statistics.median(times["app"]), statistics.median(times["floor"])
    return app_s / floor_s, f"app {app_s * 1000:.0f} ms, floor {floor_s * 1000:.0f} ms"


def _spawn(
    child: str, db: Path, env: dict[str, str], scratch: Path, repeats: int
) -> tuple[dict[str, Any], dict[str, str], bool]:
    out = scratch / f"{child}.json"
    command = [
        sys.executable, str(Path(__file__).resolve()), "--child", child, "--db", str(db),
        "--repeats", str(repeats), "--out", str(out),
    ]  # fmt: skip
    try:
        done = subprocess.run(
            command, env=env, capture_output=True, text=True, cwd=scratch, timeout=CHILD_TIMEOUT
        )
    except subprocess.TimeoutExpired:
        print(f"{child}: no answer in {CHILD_TIMEOUT} s", file=sys.stderr)  # noqa: T201
        return {}, dict.fromkeys(CHILDREN[child], "failed: timed out"), False
    if done.returncode != 0 or not out.exists():
        error = (done.stderr.strip().splitlines() or [f"no output, exit code {done.returncode}"])[
            -1
        ]
        print(f"{child}: failed ({error})", file=sys.stderr)  # noqa: T201
        return {}, dict.fromkeys(CHILDREN[child], f"failed: {error}"), False
    found = json.loads(out.read_text(encoding="utf-8"))
    return found["values"], found["notes"], True


def _table(results: dict[str, float | None], notes: dict[str, str]) -> str:
    lines = [f"{'measure':<22} {'value':>10} {'target':>9}  ok  notes", "-" * 92]
    for key, (target, unit, _what) in KEYS.items():
        value = results[key]
        shown = "null" if value is None else f"{value:.2f}" if unit == "×" else f"{value:.0f}"
        verdict = "  " if value is None else ("✓ " if value <= target else "✗ ")
        limit = f"≤ {target:g}{'' if unit == '×' else ' ' + unit}"
        lines.append(f"{key:<22} {shown:>10} {limit:>9}  {verdict}  {notes.get(key, '')}")
    return "\n".join(lines)


# --- the children ------------------------------------------------------------------------


class NotBuilt(Exception):
    """The part of the app this measures does not exist yet: its key is null."""


def _run_child(args: argparse.Namespace) -> int:
    import faulthandler

    faulthandler.dump_traceback_later(CHILD_TIMEOUT - 60, exit=True)
    values: dict[str, float | None] = {}
    notes: dict[str, str] = {}
    from est_desktop.db import is_server_url

    if not is_server_url(args.db):
        args.db = Path(args.db)
    measure = globals()[f"_measure_{args.child}"]
    try:
        measure(args.db, max(1, args.repeats), values, notes)
    except NotBuilt as missing:
        for key in {**CHILDREN, **SERVER_ONLY_CHILDREN}[args.child]:
            values.setdefault(key, None)
            notes.setdefault(key, f"not built: {missing}")
    args.out.write_text(json.dumps({"values": values, "notes": notes}), encoding="utf-8")
    return 0


NONE_LEAK_PROBE = """
import os
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
label = QLabel()
before = sys.getrefcount(None)
for _ in range(1000):
    label.setText("x")
print(before - sys.getrefcount(None), flush=True)
os._exit(0)  # where the leak is, tearing down the interpreter would abort
"""


def _none_leak(env: dict[str, str]) -> int:
    """References to None lost by 1,000 calls of a Qt setter (0 when Qt behaves)."""
    done = subprocess.run(
        [sys.executable, "-c", NONE_LEAK_PROBE], env=env, capture_output=True, text=True
    )
    lines = done.stdout.split()
    return int(lines[-1]) if done.returncode == 0 and lines else 0


def _import(module: str, name: str | None = None):
    import importlib

    try:
        loaded = importlib.import_module(module)
    except ModuleNotFoundError as error:
        if error.name and (error.name == module or module.startswith(error.name + ".")):
            raise NotBuilt(module) from None
        raise
    if name is None:
        return loaded
    if not hasattr(loaded, name):
        raise NotBuilt(f"{module}.{name}")
    return getattr(loaded, name)


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


class Gui:
    """The real main window on the database, as ``app.run_gui`` builds it."""

    def __init__(self, db: Path) -> None:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QApplication

        from est_desktop import APP_NAME, ORGANISATION_NAME
        from est_desktop.bootstrap import open_database
        from est_desktop.i18n import install_translators
        from est_desktop.ui.main_window import MainWindow

        QCoreApplication.setOrganizationName(ORGANISATION_NAME)
        QCoreApplication.setApplicationName(APP_NAME)
        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        install_translators(self.app)
        self.engine = open_database(db)
        self.window = MainWindow(self.engine, db_path=db if isinstance(db, Path) else None)
        self.window.resize(1280, 800)
        self.window.show()
        self.settle()
        _import("est_desktop.app", "keep_start_up_out_of_collection")()

    def settle(self) -> None:
        """Until nothing is pending: posted events, layouts and paints included."""
        for _ in range(3):
            self.app.sendPostedEvents()
            self.app.processEvents()

    def timed(self, action: Callable[[], object]) -> float:
        started = time.perf_counter()
        action()
        self.settle()
        return time.perf_counter() - started

    def meetings(self) -> tuple[int, int]:
        """The latest finalised meeting and the upcoming one."""
        from sqlalchemy import select

        from est_desktop.models import Meeting, MeetingStatus

        with self.engine.connect() as connection:
            rows = connection.execute(
                select(Meeting.id, Meeting.status).order_by(Meeting.date.desc()).limit(10)
            ).all()
        finalised = next(i for i, status in rows if status == MeetingStatus.FINALISED)
        return finalised, rows[0][0]


def _measure_open_meeting(db: Path, repeats: int, values: dict, notes: dict) -> None:
    gui = Gui(db)
    finalised, upcoming = gui.meetings()
    window = gui.window
    samples = []
    for run in range(2 * repeats + 2):
        meeting_id = (finalised, upcoming)[run % 2]
        elapsed = gui.timed(lambda meeting_id=meeting_id: window.open_meeting(meeting_id))
        if run >= 2:
            samples.append(elapsed)
    values["open_meeting_ms"] = _median_ms(samples)
    notes["open_meeting_ms"] = f"max {max(samples) * 1000:.0f} ms"


def _measure_switch_item(db: Path, repeats: int, values: dict, notes: dict) -> None:
    gui = Gui(db)
    finalised, _upcoming = gui.meetings()
    window = gui.window
    window.open_meeting(finalised)
    gui.settle()
    workspace = window.workspace
    items = workspace.agenda_model.rowCount()
    in_workspace: list[float] = []
    for run in range(repeats + 1):
        workspace.select_item_row(0)
        gui.settle()
        steps = [gui.timed(lambda: workspace.step_item(1)) for _ in range(items - 1)]
        if run:
            in_workspace += steps
    medians = {"workspace": _median_ms(in_workspace)}
    slowest = max(in_workspace)
    if hasattr(window, "start_presentation"):
        workspace.select_item_row(0)
        gui.settle()
        window.start_presentation()
        gui.settle()
        controller = window.presentation
        presenting: list[float] = []
        for run in range(repeats + 1):
            controller.first()
            gui.settle()
            steps = [gui.timed(controller.next) for _ in range(len(controller.item_ids) - 1)]
            if run:
                presenting += steps
        medians["presentation"] = _median_ms(presenting)
        slowest = max(slowest, *presenting)
        controller.end()
    values["switch_item_ms"] = max(medians.values())
    notes["switch_item_ms"] = ", ".join(f"{k} {v:.0f} ms" for k, v in medians.items())
    notes["switch_item_ms"] += f"; slowest step {slowest * 1000:.0f} ms"


def _measure_register_filter(db: Path, repeats: int, values: dict, notes: dict) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    gui = Gui(db)
    gui.window.tabs.setCurrentWidget(gui.window.register_tab)  # built when first shown
    gui.settle()
    page = gui.window.register_tab.page()
    page.status_filter.setCurrentIndex(page.status_filter.findData("all"))
    gui.settle()
    total = page.proxy.rowCount()
    if total == 0:
        raise RuntimeError("the action register lists no actions: nothing to filter")
    page.text_filter.setFocus()
    samples: list[float] = []
    word = "skegrie"
    for run in range(repeats + 1):
        page.text_filter.clear()
        gui.settle()
        steps = [gui.timed(lambda c=c: QTest.keyClick(page.text_filter, c)) for c in word]
        steps += [
            gui.timed(lambda: QTest.keyClick(page.text_filter, Qt.Key.Key_Backspace)) for _ in word
        ]
        if run:
            samples += steps
    values["register_filter_ms"] = _median_ms(samples)
    notes["register_filter_ms"] = (
        f"{total} actions; typing and erasing '{word}'; max {max(samples) * 1000:.0f} ms"
    )


def _measure_lagesbild(db: Path, repeats: int, values: dict, notes: dict) -> None:
    gui = Gui(db)
    window = gui.window
    tab = getattr(window, "lagesbild_tab", None)
    if tab is None:
        raise NotBuilt("lägesbild page")
    from PySide6.QtCore import QDate
    from sqlalchemy import func, select

    from est_desktop.models import Incident

    first_shown = gui.timed(lambda: window.tabs.setCurrentWidget(tab))  # built on first view
    page = window.lagesbild_tab.page()
    with gui.engine.connect() as connection:
        first = connection.execute(select(func.min(Incident.occurred_on))).scalar()
    page.preset.setCurrentIndex(page.preset.findData("custom"))
    page.date_from.setDate(QDate(first.year, first.month, first.day))
    page.date_to.setDate(QDate.currentDate())
    gui.settle()
    samples = [gui.timed(page.refresh) for _ in range(repeats + 1)][1:]
    values["lagesbild_ms"] = _median_ms(samples)
    count = sum(
        int(page.place_model.index(r, 1).data()) for r in range(page.place_model.rowCount())
    )
    notes["lagesbild_ms"] = (
        f"{count} incidents since {first}; first view {first_shown * 1000:.0f} ms"
    )


def _measure_map(db: Path, repeats: int, values: dict, notes: dict) -> None:
    """The map over the whole history: its first opening in a new window (matplotlib
    loaded then), and each redraw after a filter change (confidential ticked and not)."""
    gui = Gui(db)
    window = gui.window
    tab = getattr(window, "lagesbild_tab", None)
    if tab is None:
        raise NotBuilt("lägesbild page")
    from PySide6.QtCore import QDate
    from sqlalchemy import func, select

    from est_desktop.models import Incident

    _import("est_desktop.ui.map.map_view", "MapView")

    def open_map() -> None:
        window.tabs.setCurrentWidget(tab)
        page = tab.page()
        page.tabs.setCurrentWidget(page.map_view)

    first = gui.timed(open_map)
    page = tab.page()
    with gui.engine.connect() as connection:
        oldest = connection.execute(select(func.min(Incident.occurred_on))).scalar()
    page.preset.setCurrentIndex(page.preset.findData("custom"))
    page.date_from.setDate(QDate(oldest.year, oldest.month, oldest.day))
    page.date_to.setDate(QDate.currentDate())
    gui.settle()
    samples = [gui.timed(page.confidential.toggle) for _ in range(repeats + 1)][1:]
    values["map_first_ms"] = first * 1000
    values["map_ms"] = _median_ms(samples)
    shown = page.map_view.model.rows()
    notes["map_ms"] = (
        f"{sum(r.count for r in shown)} incidents at {len(shown)} places since {oldest}; "
        f"max {max(samples) * 1000:.0f} ms"
    )


def _measure_remote_change(db: str, repeats: int, values: dict, notes: dict) -> None:
    """The convener's window on the review item; another desk answers an open action."""
    from benchmarks.remote_change import measure_remote_change_visible_ms

    gui = Gui(db)
    _finalised, upcoming = gui.meetings()
    gui.window.open_meeting(upcoming)
    gui.settle()
    live = getattr(gui.window, "live", None)
    from sqlalchemy.engine import make_url

    from benchmarks import server
    from est_desktop.services.actions.my_actions import answer_action, open_actions_of
    from est_desktop.services.server.users import who_am_i

    participant = make_url(db).set(username=server.PARTICIPANTS[0][0])

    def answer(session, run: int) -> None:
        me = who_am_i(session=session)
        row = open_actions_of(session=session, organisation_id=me.organisation_id)[0]
        answer_action(
            session=session,
            action_id=row.id,
            status="in_progress",
            new_due_date=None,
            comment=f"Svar {run} från polisen",
            answered_by=me.role_name,
            expected_version=row.version,
        )

    values["remote_change_visible_ms"] = measure_remote_change_visible_ms(
        db,
        max(5, 3 * repeats),
        window=gui.window,
        live=live,
        other_url=participant,
        save=answer,
        triggers=False,
    )
    notes["remote_change_visible_ms"] = (
        "a participant's answer committed to the convener's window re-read"
    )


def export_meeting(engine) -> tuple[int, date, int, int]:
    """The meeting closest to 60 incidents and 40 actions open after it (the newest of equals)."""
    from sqlalchemy import text

    query = text(
        """
        WITH incidents AS (
            SELECT agenda_item.meeting_id AS id, count(*) AS n FROM incident
            JOIN agenda_item ON agenda_item.id = incident.agenda_item_id GROUP BY 1
        ), open_after AS (
            SELECT meeting.id AS id, (
                SELECT count(*) FROM action JOIN meeting AS decided
                ON decided.id = action.decided_meeting_id
                WHERE decided.date <= meeting.date
                AND (action.closed_on IS NULL OR action.closed_on > meeting.date)
            ) AS n FROM meeting WHERE meeting.status = 'finalised'
        )
        SELECT meeting.id, meeting.date, incidents.n, open_after.n FROM meeting
        JOIN incidents ON incidents.id = meeting.id JOIN open_after ON open_after.id = meeting.id
        ORDER BY abs(incidents.n - 60) + abs(open_after.n - 40), meeting.date DESC LIMIT 1
        """
    )
    with engine.connect() as connection:
        meeting_id, day, incidents, still_open = connection.execute(query).one()
    return meeting_id, date.fromisoformat(str(day)), incidents, still_open


def _report_period(session, today: date) -> tuple[date, date]:
    from est_desktop.services.agreements.in_force import agreement_in_force

    agreement = agreement_in_force(session=session, on=today)
    if agreement is None:
        raise NotBuilt("an agreement")
    return agreement.start_date, agreement.end_date


def _measure_documents(db: Path, repeats: int, values: dict, notes: dict) -> None:
    from est_desktop.bootstrap import open_database
    from est_desktop.db import session_scope

    engine = open_database(db)
    today = date.today()
    scratch = Path(tempfile.mkdtemp(prefix="est-docs-"))
    meeting_id, day, incidents, still_open = export_meeting(engine)
    try:
        export_minutes = _import("est_desktop.services.minutes.gather", "export_minutes")
    except NotBuilt as missing:
        values["export_minutes_ms"], notes["export_minutes_ms"] = None, f"not built: {missing}"
    else:
        samples = []
        for run in range(repeats + 1):
            started = time.perf_counter()
            with session_scope(engine) as session:
                export_minutes(
                    session=session,
                    meeting_id=meeting_id,
                    out_path=scratch / f"minutes-{run}.docx",
                    include_confidential=False,
                )
            samples.append(time.perf_counter() - started)
        values["export_minutes_ms"] = _median_ms(samples[1:])
        notes["export_minutes_ms"] = (
            f"meeting {day}: {incidents} incidents, {still_open} open after; "
            f"first {samples[0] * 1000:.0f} ms"
        )
    try:
        reports = _import("est_desktop.services.reports.write")
        write_report = getattr(reports, "write_report", None)
        if write_report is None:
            raise NotBuilt("est_desktop.services.reports.write.write_report")
    except NotBuilt as missing:
        values["report_ms"], notes["report_ms"] = None, f"not built: {missing}"
        return
    samples = []
    for run in range(min(repeats, 3) + 1):
        started = time.perf_counter()
        with session_scope(engine) as session:
            start, end = _report_period(session, today)
            write_report(
                session=session,
                kind=reports.FINAL,
                date_from=start,
                date_to=end,
                target=scratch / f"report-{run}.docx",
                today=today,
            )
        samples.append(time.perf_counter() - started)
    values["report_ms"] = _median_ms(samples[1:])
    notes["report_ms"] = f"slutrapport {start}–{end}; first {samples[0] * 1000:.0f} ms"


def _measure_stall(db: Path, repeats: int, values: dict, notes: dict) -> None:
    """A heartbeat timer on the GUI thread; its longest gap beyond its interval is the stall."""
    from PySide6.QtCore import QEventLoop, QTimer

    gui = Gui(db)
    window = gui.window
    run_task = _import("est_desktop.ui.common.tasks", "run_task")
    reports = _import("est_desktop.services.reports.write")
    meeting_id, day, *_ = export_meeting(gui.engine)
    window.open_meeting(meeting_id)
    gui.settle()
    scratch = Path(tempfile.mkdtemp(prefix="est-stall-"))
    today = date.today()
    start, end = gui.window.store.read(_report_period, today=today)
    gaps: list[float] = []
    last = [0.0]
    beat = QTimer()
    beat.setInterval(HEARTBEAT_MS)

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    beat.timeout.connect(tick)

    def wait_for(start_work: Callable[[Callable[[object], None]], None]) -> None:
        loop = QEventLoop()
        outcome: list[object] = []

        def finish(result: object) -> None:
            outcome.append(result)
            loop.quit()

        start_work(finish)
        if not outcome:
            QTimer.singleShot(300_000, loop.quit)  # a stuck task fails the run, not the suite
            loop.exec()
        if not outcome:
            raise TimeoutError("the background task never finished")
        if isinstance(outcome[0], Exception):
            raise outcome[0]

    def export(finish: Callable[[object], None], run: int) -> None:
        window.minutes_exported.connect(finish)
        window.export_minutes_to(scratch / f"minutes-{run}.docx", False)

    def report(finish: Callable[[object], None], run: int) -> None:
        run_task(
            lambda progress: window.store.read(
                reports.write_report,
                kind=reports.FINAL,
                date_from=start,
                date_to=end,
                target=scratch / f"report-{run}.docx",
                today=today,
                on_progress=progress,
            ),
            finish,
            finish,
            lambda done, total, label: window.statusBar().showMessage(f"{label} {done}/{total}"),
        )

    stalls = []
    for run in range(min(repeats, 3)):
        gaps.clear()
        last[0] = time.perf_counter()
        beat.start()
        wait_for(lambda finish, run=run: export(finish, run))
        window.minutes_exported.disconnect()
        wait_for(lambda finish, run=run: report(finish, run))
        beat.stop()
        stalls.append(max(0.0, max(gaps, default=0.0) - HEARTBEAT_MS / 1000))
    values["max_gui_stall_ms"] = _median_ms(stalls)
    notes["max_gui_stall_ms"] = (
        f"export {day} then slutrapport, {HEARTBEAT_MS} ms heartbeat; "
        f"worst run {max(stalls) * 1000:.0f} ms"
    )


IMPORT_ROWS = 10_000


def write_import_file(path: Path, places: list[str], until: date, rows: int = IMPORT_ROWS) -> Path:
    """A trygghetsvärdar-like report in Swedish Excel's CSV: Windows-1252, semicolons,
    a year of evenings over the kommun's places, every description different."""
    import random
    from datetime import timedelta

    chance = random.Random(14)
    kinds = ["Klotter", "Nedskräpning", "Samlingsplats", "Belysning", "Skadegörelse"]
    lines = ["Datum;Klockslag;Plats;Typ;Beskrivning"]
    for number in range(rows):
        day = until - timedelta(days=chance.randrange(365))
        kind = chance.choice(kinds)
        place = chance.choice(places)
        clock = f"{chance.randrange(17, 24)}.{chance.randrange(60):02d}"
        lines.append(f"{day.isoformat()};{clock};{place};{kind};{kind} vid {place}, nr {number}")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def _import_mapping(session, headers) -> object:
    from sqlalchemy import select

    from est_desktop.models import Source

    mapping = _import("est_desktop.services.imports.mapping")
    source = session.scalars(select(Source.id).order_by(Source.position)).first()
    return mapping.IncidentMapping(
        columns=mapping.guess_columns(headers),
        source_id=source,
        categories={
            mapping.value_key(kind): [None, None]
            for kind in ("Klotter", "Nedskräpning", "Samlingsplats", "Belysning", "Skadegörelse")
        },
    )


def _measure_imports(db: Path, repeats: int, values: dict, notes: dict) -> None:
    """On a copy of the database: the file read, previewed and saved, then undone; and
    the same through the window's dialog with a heartbeat on the GUI thread."""
    import shutil

    from PySide6.QtCore import QEventLoop, QTimer
    from sqlalchemy import select

    from est_desktop.db import session_scope
    from est_desktop.models import Place

    tables = _import("est_desktop.services.imports.tables")
    preview = _import("est_desktop.services.imports.preview")
    batches = _import("est_desktop.services.imports.batches")
    dialog_module = _import("est_desktop.ui.imports.incident_dialog")
    scratch = Path(tempfile.mkdtemp(prefix="est-import-"))
    copy = scratch / "est.sqlite3"
    shutil.copy2(db, copy)
    gui = Gui(copy)
    store = gui.window.store
    today = date.today()
    with session_scope(gui.engine) as session:
        places = list(session.scalars(select(Place.name).where(Place.active.is_(True))))
    path = write_import_file(scratch / "trygghetsvärdar.csv", places, today)
    with session_scope(gui.engine) as session:
        mapping = _import_mapping(session, tables.read_table(path).headers)

    samples = []
    for _run in range(min(repeats, 3)):
        started = time.perf_counter()
        table = tables.read_table(path)
        shown = store.read(preview.build_preview, table=table, mapping=mapping, today=today)
        batch = store.write(batches.import_incidents, table=table, mapping=mapping, today=today)
        samples.append(time.perf_counter() - started)
        if batch.row_count != IMPORT_ROWS or len(shown.ready) != IMPORT_ROWS:
            raise RuntimeError(f"imported {batch.row_count} of {IMPORT_ROWS} rows")
        store.write(batches.undo_batch, batch_id=batch.id)
    values["import_10k_ms"] = _median_ms(samples)
    notes["import_10k_ms"] = f"CSV in Windows-1252; worst run {max(samples) * 1000:.0f} ms"

    gaps: list[float] = []
    last = [time.perf_counter()]
    beat = QTimer()
    beat.setInterval(HEARTBEAT_MS)

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    beat.timeout.connect(tick)
    mappings = _import("est_desktop.services.imports.mapping")
    store.write(mappings.save_mapping, name="Trygghetsvärdar", mapping=mapping)
    loop = QEventLoop()

    def until(done: Callable[[], bool]) -> None:
        waited = time.perf_counter()
        while not done():
            if time.perf_counter() - waited > 120:
                raise TimeoutError("the import dialog never finished")
            QTimer.singleShot(20, loop.quit)
            loop.exec()

    informs = dialog_module.QMessageBox.information
    dialog_module.QMessageBox.information = lambda *args, **kwargs: None
    stalls = []
    try:
        for _run in range(min(repeats, 3)):
            dialog = dialog_module.ImportIncidentsDialog(store, gui.window, today=today)
            dialog.mapping_combo.setCurrentIndex(dialog.mapping_combo.findText("Trygghetsvärdar"))
            dialog.show()
            gui.settle()  # its first painting is the dialog opening, not the import
            gaps.clear()
            last[0] = time.perf_counter()
            beat.start()
            dialog.open_file(path)
            until(lambda dialog=dialog: dialog.preview is not None)
            dialog.start_import()
            until(lambda dialog=dialog: dialog.imported > 0)
            beat.stop()
            stalls.append(max(0.0, max(gaps, default=0.0) - HEARTBEAT_MS / 1000))
            imported = dialog.imported
            dialog.deleteLater()
            [done] = store.read(batches.batch_rows)[:1]
            store.write(batches.undo_batch, batch_id=done.id)
    finally:
        dialog_module.QMessageBox.information = informs
    values["import_gui_stall_ms"] = _median_ms(stalls)
    notes["import_gui_stall_ms"] = (
        f"file read, previewed and {imported} rows saved from the dialog, "
        f"{HEARTBEAT_MS} ms heartbeat; worst run {max(stalls) * 1000:.0f} ms"
    )
    gui.engine.dispose()
    shutil.rmtree(scratch, ignore_errors=True)


def _measure_rss(db: Path, repeats: int, values: dict, notes: dict) -> None:
    """Every tab and sub-tab, every item of the latest meeting, presentation mode."""
    import resource

    from PySide6.QtWidgets import QTabWidget

    gui = Gui(db)
    window = gui.window
    finalised, upcoming = gui.meetings()
    seen = 0
    for meeting_id in (finalised, upcoming):
        window.open_meeting(meeting_id)
        gui.settle()
        for _ in range(window.workspace.agenda_model.rowCount()):
            window.workspace.step_item(1)
            gui.settle()
    if hasattr(window, "start_presentation"):
        window.start_presentation()
        gui.settle()
        for _ in window.presentation.item_ids:
            window.presentation.next()
            gui.settle()
        window.presentation.end()
        gui.settle()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        gui.settle()
        seen += 1
        page = window.tabs.widget(index)
        for inner in page.findChildren(QTabWidget):
            for sub in range(inner.count()):
                inner.setCurrentIndex(sub)
                gui.settle()
                seen += 1
    window.tabs.setCurrentWidget(window.register_tab)
    register = window.register_tab.page()
    register.status_filter.setCurrentIndex(register.status_filter.findData("all"))
    gui.settle()
    kilobytes = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    values["peak_rss_mb"] = kilobytes / 1024 if sys.platform != "darwin" else kilobytes / 2**20
    notes["peak_rss_mb"] = f"{seen} tabs and sub-tabs, two meetings, presentation"


if __name__ == "__main__":
    sys.exit(main())
