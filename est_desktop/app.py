"""Starting the window: names → paths → settings → translators → error hook → lock →
database → window; and replacing the window when the user connects to a server or goes
back to the database on this computer."""

from __future__ import annotations

import gc
import logging
import os
import sys
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QMessageBox
from sqlalchemy.engine import Engine

from . import APP_NAME, ORGANISATION_NAME, __version__
from .bootstrap import DB_ENV, DamagedDatabase, default_db_path, open_database, resolve_db_path
from .db import is_network_path, is_server_url, on_read_only_media
from .errors import KnownError, UserError
from .i18n import install_translators, translate_error, user_message
from .ui.common import preferences

if TYPE_CHECKING:
    from .services.server.users import ServerUser
    from .ui.main_window import MainWindow
    from .ui.server.connect_dialog import ServerConnection

log = logging.getLogger(__name__)

NETWORK_WARNING_DISMISSED = "warnings/network_database_dismissed"
# The server the window was last connected to from the dialog, never with a password.
LAST_SERVER = "persist/last_server_url"
# The database file opened last from Databas → Öppna/Ny databas, when not the usual one.
LAST_FILE = "persist/last_database_file"


def remembered_file() -> Path | None:
    value = QSettings().value(LAST_FILE, "", str)
    return Path(value) if isinstance(value, str) and value else None


def remember_file(path: Path | None) -> None:
    if path is None or path == default_db_path():
        QSettings().remove(LAST_FILE)
    else:
        QSettings().setValue(LAST_FILE, str(path))


def local_file() -> Path:
    """The database on this computer: EST_DESKTOP_DB, else the file opened last from the
    menu while it is still there, else the file in the user data folder."""
    if os.environ.get(DB_ENV):
        target = resolve_db_path(None)
        return default_db_path() if is_server_url(target) else Path(target)
    remembered = remembered_file()
    return remembered if remembered is not None and remembered.is_file() else default_db_path()


def remembered_server() -> str | None:
    url = QSettings().value(LAST_SERVER, "", str)
    return url if isinstance(url, str) and url else None


def remember_server(url: str | None) -> None:
    if url:
        QSettings().setValue(LAST_SERVER, url)
    else:
        QSettings().remove(LAST_SERVER)


def start_target(db_option: str | None) -> Path | str:
    """``--db`` wins, then EST_DESKTOP_DB, then the server connected to last time, then
    the file in the user data folder."""
    if db_option or os.environ.get(DB_ENV):
        return resolve_db_path(db_option)
    return remembered_server() or local_file()


def _excepthook(kind, value, tb) -> None:
    """Bugs are logged with their trace and shown briefly; the app keeps running.
    An error the user can act on (a read-only database, a full disk, input a service
    refused) is shown as such, never as "Unexpected error"."""
    if isinstance(value, UserError):
        log.warning("Not saved: %s", value)
        QMessageBox.warning(
            None, QCoreApplication.translate("App", "Not saved"), user_message(value)
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
    if on_read_only_media(path):
        return QCoreApplication.translate(
            "App",
            "The database lies on a disk or in a folder that cannot be written to (a "
            "write-protected drive, say), so it can only be read:\n%1",
        ).replace("%1", str(path))
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
    from .services.backup.copies import restore_backup
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
    text = user_message(error) if error.detail else f"{user_message(error)}\n\n{path}"
    if exit_when_ready:
        _print_error(title, text)
    else:
        QMessageBox.critical(None, title, text)


def _print_error(title: str, text: str) -> None:
    print(f"{title}: {text}", file=sys.stderr)  # noqa: T201


def _warn_about_network(path: Path) -> None:
    """Once per database, unless the user wants to be reminded."""
    settings = QSettings()
    stored = settings.value(NETWORK_WARNING_DISMISSED, [], list)
    dismissed = stored if isinstance(stored, list) else []
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
    app = _application(argv)
    install_translators(app, preferences.language())

    desk = Desk(exit_when_ready)
    try:
        target = start_target(db_option)
        if is_server_url(target):
            explicit = bool(db_option or os.environ.get(DB_ENV))
            started = desk.start_on_server(str(target), remembered=not explicit)
            if started is None:  # the user chose the database on this computer instead
                target = default_db_path()
            elif not started:
                return 1
            else:
                return _exec(app, exit_when_ready)
        return _run_file(app, desk, Path(target), exit_when_ready)
    finally:
        desk.release()


def _application(argv: list[str] | None = None) -> QApplication:
    """The QApplication running (a test's, say), or a new one made with ``argv``."""
    app = QApplication.instance()
    if app is None:
        return QApplication(argv or sys.argv[:1])
    if not isinstance(app, QApplication):
        raise TypeError("the running Qt application has no widgets")
    return app


def _run_file(app: QApplication, desk: Desk, path: Path, exit_when_ready: bool) -> int:
    lock = lock_database(path)
    read_only = not lock.isLocked()
    if read_only:
        problem = _lock_problem(lock, path)
        if exit_when_ready:
            _print_error(QCoreApplication.translate("App", "Database in use"), problem)
            return 1
        if not _ask_read_only(problem):
            return 1
    desk.lock = lock  # released with the desk, whatever happens below
    return _run_window(app, desk, path, read_only, exit_when_ready)


def _run_window(
    app: QApplication, desk: Desk, path: Path, read_only: bool, exit_when_ready: bool
) -> int:
    # The database is opened and checked on a thread of its own while the window's code
    # loads: SQLite's integrity check runs without holding Python's lock, so the two
    # overlap. (Not ``ui.common.tasks.run_task``: there is no event loop yet to report back.)
    main_window: ModuleType | None
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
    if not desk.show(engine, path, read_only=read_only, lock=desk.lock, note=note):
        return 2
    return _exec(app, exit_when_ready)


def _exec(app: QApplication, exit_when_ready: bool) -> int:
    keep_start_up_out_of_collection()
    if exit_when_ready:
        # Quit from the event loop once the first paint has been delivered.
        QTimer.singleShot(0, app.quit)
    else:
        sys.excepthook = _excepthook
    return app.exec()


class Desk(QObject):
    """The window and what it holds open: its engine and, for a file, the file's lock.

    Connecting to a server, or going back to the file on this computer, builds a window
    on the new database first and only then closes the old one (saving what it had
    pending): a database that cannot be opened leaves the user where they were.
    """

    def __init__(self, exit_when_ready: bool = False) -> None:
        super().__init__()
        self.exit_when_ready = exit_when_ready
        self.window: MainWindow | None = None
        self.engine: Engine | None = None
        self.lock: QLockFile | None = None

    def show(
        self,
        engine: Engine,
        target: Path | str,
        *,
        user: ServerUser | None = None,
        read_only: bool = False,
        lock: QLockFile | None = None,
        note: str = "",
    ) -> bool:
        """A window on ``engine`` in place of the current one; False (and ``engine``
        released) when it could not be built."""
        try:
            from .ui import main_window
            from .ui.backup_actions import BackupActions

            window = main_window.MainWindow(engine, db_path=target, user=user)
        except Exception:
            log.exception("Building the window failed")
            engine.dispose()
            if lock is not None and lock is not self.lock:
                lock.unlock()
            return False
        if read_only:
            window.setWindowTitle(
                window.windowTitle() + " — " + QCoreApplication.translate("App", "read-only")
            )
            for actions in window.findChildren(BackupActions):
                actions.set_read_only(True)
        if note:
            window.statusBar().showMessage(note)
        window.last_server_url = remembered_server()
        window.server_connected.connect(self.switch_to_server)
        window.local_requested.connect(self.switch_to_local)
        window.file_requested.connect(self.switch_to_file)
        previous = (self.window, self.engine, self.lock)
        self.window, self.engine, self.lock = window, engine, lock
        self._close(*previous)
        window.show()
        window.start_live_updates()
        return True

    def _close(
        self, window: MainWindow | None, engine: Engine | None, lock: QLockFile | None
    ) -> None:
        if window is not None:
            app = _application()
            quit_on_close = app.quitOnLastWindowClosed()
            app.setQuitOnLastWindowClosed(False)
            try:
                window.close()
                window.deleteLater()
            finally:
                app.setQuitOnLastWindowClosed(quit_on_close)
        if engine is not None and engine is not self.engine:
            engine.dispose()
        if lock is not None and lock is not self.lock:
            lock.unlock()

    def release(self) -> None:
        if self.window is not None:
            self.window.stop_live_updates()
            self.window.deleteLater()
        if self.engine is not None:
            self.engine.dispose()
        if self.lock is not None:
            self.lock.unlock()
        self.window = self.engine = self.lock = None

    def start_on_server(self, url: str, *, remembered: bool) -> bool | None:
        """The window on the server; False when the start ends, None when the user chose
        the database on this computer (offered when the server was only remembered)."""
        from .ui.server.server_login import LOCAL, RETRY, ask_retry, connect_at_start

        title = QCoreApplication.translate("App", "Cannot open the database")
        chose_local = False

        def retry(text: str) -> bool:
            nonlocal chose_local
            choice = ask_retry(text, offer_local=remembered)
            chose_local = choice == LOCAL
            return choice == RETRY

        if self.exit_when_ready:
            connection = connect_at_start(
                url, ask=None, retry=None, report=lambda text: _print_error(title, text)
            )
        else:
            connection = connect_at_start(
                url, retry=retry, report=lambda text: QMessageBox.critical(None, title, text)
            )
        if connection is None:
            if chose_local:
                remember_server(None)
                return None
            return False
        return self.show(connection.engine, connection.url, user=connection.user)

    def switch_to_server(self, connection: ServerConnection) -> bool:
        """From the connect dialog: the next start opens this server too."""
        if not self.show(connection.engine, connection.url, user=connection.user):
            QMessageBox.critical(
                self.window,
                QCoreApplication.translate("App", "Cannot open the database"),
                QCoreApplication.translate(
                    "App",
                    "The window could not be built on the server's database. "
                    "You can go on working in the database you had open.",
                ),
            )
            return False
        remember_server(connection.url)
        return True

    def switch_to_local(self) -> bool:
        return self.switch_to_file(local_file())

    def switch_to_file(self, path: Path) -> bool:
        """A window on the database file ``path`` (a new one, seeded, when it does not
        exist yet); the next start opens it too. The current window stays when it fails."""
        lock = lock_database(path)
        if not lock.isLocked():
            QMessageBox.warning(
                self.window,
                QCoreApplication.translate("App", "Database in use"),
                _lock_problem(lock, path),
            )
            return False
        engine, note = _open(lambda: open_database(path), path, exit_when_ready=False)
        if engine is None:
            lock.unlock()
            return False
        if not self.show(engine, path, lock=lock, note=note):
            return False
        remember_server(None)
        remember_file(path)
        return True
