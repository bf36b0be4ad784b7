"""Starting the window: names → paths → settings → translators → error hook → lock →
database → window."""

from __future__ import annotations

import gc
import logging
import sys
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QMessageBox
from sqlalchemy.engine import Engine

from . import APP_NAME, ORGANISATION_NAME, __version__
from .bootstrap import DamagedDatabase, open_database, resolve_db_path
from .db import KnownError, is_network_path
from .i18n import install_translators, translate_error

log = logging.getLogger(__name__)

NETWORK_WARNING_DISMISSED = "warnings/network_database_dismissed"


def _excepthook(kind, value, tb) -> None:
    """Bugs are logged with their trace and shown briefly; the app keeps running.
    An error the user can act on (a read-only database, a full disk) is shown as such."""
    if isinstance(value, KnownError):
        log.warning("Not saved: %s", value.text)
        QMessageBox.warning(
            None,
            QCoreApplication.translate("App", "Not saved"),
            translate_error(value.text) + (f"\n\n{value.detail}" if value.detail else ""),
        )
        return
    log.error("Unexpected error", exc_info=(kind, value, tb))
    text = "".join(traceback.format_exception_only(kind, value)).strip()
    QMessageBox.critical(
        None,
        QCoreApplication.translate("App", "Unexpected error"),
        QCoreApplication.translate(
            "App", "Something went wrong. What was saved before is kept.\n\n%1"
        ).replace("%1", text),
    )


def lock_database(path: Path) -> QLockFile:
    """A lock beside the database: only the instance holding it writes.

    No time-based staleness: a lock left by a process that died on this computer is
    taken over, one from another computer (a shared folder) is respected until removed.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:  # tryLock then fails too, and the user is told
        log.warning("Cannot create %s: %s", path.parent, error)
    lock = QLockFile(f"{path}.lock")
    lock.setStaleLockTime(0)
    lock.tryLock(0)
    return lock


def _lock_problem(lock: QLockFile, path: Path) -> str:
    if lock.error() == QLockFile.LockError.LockFailedError:
        info = lock.getLockInfo()  # PySide6 gives (pid, hostname, appname)
        pid, host = (info[-3], info[-2]) if isinstance(info, tuple) and len(info) >= 3 else (0, "")
        return (
            QCoreApplication.translate(
                "App",
                "The database is already open in EST Desktop (on the computer %1, process %2). "
                "Only one EST Desktop at a time may change it.",
            )
            .replace("%1", host or "?")
            .replace("%2", str(pid))
        )
    return QCoreApplication.translate(
        "App",
        "EST Desktop may not create its lock file beside the database, so changes "
        "to it cannot be made safely:\n%1",
    ).replace("%1", f"{path}.lock")


def _ask_read_only(problem: str) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Question, QCoreApplication.translate("App", "Database in use"), problem
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "App", "Open it read-only to look things up, or quit. Nothing you do can change it."
        )
    )
    read_only = box.addButton(
        QCoreApplication.translate("App", "Open &read-only"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QCoreApplication.translate("App", "&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(read_only)
    box.exec()
    clicked = box.clickedButton()
    return clicked is not None and box.buttonRole(clicked) == QMessageBox.ButtonRole.AcceptRole


def _open(
    opened: Callable[[], Engine], path: Path, exit_when_ready: bool
) -> tuple[Engine | None, str]:
    """The engine ``opened`` gives for ``path``, or None after telling the user why not;
    and a note for the status bar."""
    try:
        return opened(), ""
    except DamagedDatabase as damage:
        return _recover(damage, path, exit_when_ready)
    except KnownError as error:
        _report(
            QCoreApplication.translate("App", "Cannot open the database"),
            error,
            path,
            exit_when_ready,
        )
        return None, ""


def _recover(
    damage: DamagedDatabase, path: Path, exit_when_ready: bool
) -> tuple[Engine | None, str]:
    """Offers the newest sound backup; nothing is restored without the user's word."""
    from .services.backup import restore_backup
    from .ui.backup_actions import offer_restore, when

    if exit_when_ready:
        newest = damage.backup
        offered = f"{newest.path} ({newest.taken_at:%Y-%m-%d %H:%M})" if newest else "–"
        _print_error(
            QCoreApplication.translate("App", "The database is damaged"),
            f"{translate_error(damage.text)}\n{damage.kept}\n{offered}",
        )
        return None, ""
    if damage.backup is None or not offer_restore(damage):
        return None, ""
    try:
        restore_backup(damage.backup, path)
        engine = open_database(path)
    except KnownError as error:
        _report(
            QCoreApplication.translate("App", "Cannot open the database"),
            error,
            path,
            exit_when_ready,
        )
        return None, ""
    note = QCoreApplication.translate(
        "App", "Restored from the backup of %1. The damaged file is kept as %2."
    )
    return engine, note.replace("%1", when(damage.backup.taken_at)).replace("%2", str(damage.kept))


def _report(title: str, error: KnownError, path: Path, exit_when_ready: bool) -> None:
    text = translate_error(error.text) + f"\n\n{error.detail or path}"
    if exit_when_ready:
        _print_error(title, text)
    else:
        QMessageBox.critical(None, title, text)


def _print_error(title: str, text: str) -> None:
    print(f"{title}: {text}", file=sys.stderr)  # noqa: T201


def _warn_about_network(path: Path) -> None:
    """Once per database, unless the user wants to be reminded."""
    settings = QSettings()
    dismissed = settings.value(NETWORK_WARNING_DISMISSED, [], list) or []
    if str(path) in dismissed:
        return
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("App", "Database on a network drive"),
        QCoreApplication.translate(
            "App",
            "The database lies on a network drive:\n%1\n\n"
            "If the network connection drops while EST Desktop writes, the database can be "
            "damaged, and SQLite cannot reliably keep two computers from writing at once.",
        ).replace("%1", str(path)),
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "App",
            "Keep the database in a folder on this computer, and export minutes and "
            "action lists to the shared drive instead.",
        )
    )
    again = QCheckBox(QCoreApplication.translate("App", "&Do not warn again for this database"))
    box.setCheckBox(again)
    box.exec()
    if again.isChecked():
        settings.setValue(NETWORK_WARNING_DISMISSED, [*dismissed, str(path)])


def keep_start_up_out_of_collection() -> None:
    """What start-up built lives as long as the window: kept out of the garbage collector's
    sweeps, which otherwise pause the window for 100 ms and more with years of data."""
    gc.freeze()


def run_gui(
    db_option: str | None, argv: list[str] | None = None, exit_when_ready: bool = False
) -> int:
    """Starts the window. With ``exit_when_ready`` (the smoke test of an installed build)
    nothing may wait for a person: failures are printed and give a non-zero exit code."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)
    QCoreApplication.setOrganizationName(ORGANISATION_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    install_translators(app)

    path: Path = resolve_db_path(db_option)
    lock = lock_database(path)
    read_only = not lock.isLocked()
    if read_only:
        problem = _lock_problem(lock, path)
        if exit_when_ready:
            _print_error(QCoreApplication.translate("App", "Database in use"), problem)
            return 1
        if not _ask_read_only(problem):
            return 1
    try:
        return _run_window(app, path, read_only, exit_when_ready)
    finally:
        lock.unlock()


def _run_window(app: QApplication, path: Path, read_only: bool, exit_when_ready: bool) -> int:
    # The database is opened and checked on a thread of its own while the window's code
    # loads: SQLite's integrity check runs without holding Python's lock, so the two
    # overlap. (Not ``ui.tasks.run_task``: there is no event loop yet to report back.)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="open-database") as pool:
        opening = pool.submit(open_database, path, read_only=read_only)
        try:
            from .ui import main_window
        except Exception:
            log.exception("Start-up failed")
            main_window = None
        engine, note = _open(opening.result, path, exit_when_ready)
    if engine is None:
        return 1
    if main_window is None:
        engine.dispose()
        return 2
    if is_network_path(path):
        log.warning("The database lies on a network drive: %s", path)
        if not exit_when_ready:
            _warn_about_network(path)

    try:
        from .ui.backup_actions import BackupActions

        window = main_window.MainWindow(engine, db_path=path)
        if read_only:
            window.setWindowTitle(
                window.windowTitle() + " — " + QCoreApplication.translate("App", "read-only")
            )
            for actions in window.findChildren(BackupActions):
                actions.set_read_only(True)
        if note:
            window.statusBar().showMessage(note)
        window.show()
    except Exception:
        log.exception("Start-up failed")
        return 2
    keep_start_up_out_of_collection()
    if exit_when_ready:
        # Quit from the event loop once the first paint has been delivered.
        QTimer.singleShot(0, app.quit)
    else:
        sys.excepthook = _excepthook
    return app.exec()
