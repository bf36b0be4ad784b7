"""Backing up and restoring from the window, and the restore offered for a damaged database."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ..bootstrap import DamagedDatabase
from ..db import is_server_url
from ..errors import KnownError
from ..services.backup import copies as backups
from ..services.backup.copies import Backup
from .common.messages import show_error
from .common.rowmodel import Index
from .common.store import Store
from .common.tasks import run_task

log = logging.getLogger(__name__)


def when(moment: datetime) -> str:
    """'26 november 2026 kl. 08:30' in Swedish: month names come from the locale."""
    pattern = QCoreApplication.translate("BackupActions", "MMMM d, yyyy 'at' HH:mm")
    local = moment.astimezone() if moment.tzinfo else moment
    shown = QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )
    return QLocale().toString(shown, pattern)


def _reason(code: str) -> str:
    if code == backups.MIGRATION:
        return QCoreApplication.translate("BackupActions", "before an upgrade")
    if code == backups.START:
        return QCoreApplication.translate("BackupActions", "at start-up")
    return QCoreApplication.translate("BackupActions", "made by hand")


class BackupListModel(QAbstractListModel):
    """The database's backups, newest first, named by when they were made and why."""

    def __init__(self, rows: list[Backup], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{when(row.taken_at)} — {_reason(row.reason)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(row.path)
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def backup_at(self, row: int) -> Backup:
        return self._rows[row]


class RestoreDialog(QDialog):
    """Lists the backups; the newest is chosen to begin with."""

    def __init__(self, rows: list[Backup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.model = BackupListModel(rows, self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setCurrentIndex(self.model.index(0, 0))
        self.view.doubleClicked.connect(self.accept)
        label = QLabel(
            self.tr(
                "Choose the backup to go back to. The database as it is now is kept "
                "beside it as a separate file, so nothing is lost."
            )
        )
        label.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Restore"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(460, 340)

    def chosen(self) -> Backup | None:
        index = self.view.currentIndex()
        return self.model.backup_at(index.row()) if index.isValid() else None


class BackupActions(QObject):
    """'Back up now' and 'Restore from backup…' for one window and its database.

    A restore closes the window first (its unsaved edits go into the database
    being replaced, which is kept), then replaces the file and asks for a restart:
    reopening in place would leave every page showing rows that may not exist.
    """

    backed_up = Signal(object)  # the Backup
    backup_failed = Signal(object)  # the exception
    restored = Signal(object)  # the Backup restored

    def __init__(
        self,
        window: QMainWindow,
        store: Store,
        db_path: Path | None,
        folder: Path | None = None,
    ) -> None:
        """``db_path`` None: the database is on a server, backed up there (both disabled)."""
        super().__init__(window)
        self.setObjectName("backupActions")
        self._window = window
        self.store = store
        self.db_path = Path(db_path) if db_path is not None else None
        self.folder = folder
        self.quit_application: Callable[[], None] = QCoreApplication.quit
        self.back_up_action = QAction(self.tr("&Back up now"), window)
        self.back_up_action.setObjectName("backUpNowAction")
        self.back_up_action.setToolTip(
            self.tr("Save a verified copy of the database in the backup folder")
        )
        self.back_up_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(self.tr("&Restore from backup…"), window)
        self.restore_action.setObjectName("restoreBackupAction")
        self.restore_action.triggered.connect(self.restore)
        if self.db_path is None:
            self._on_server()

    def _on_server(self) -> None:
        text = self.tr(
            "The database is on a server: its administrator backs it up there, not this desk."
        )
        for action in (self.back_up_action, self.restore_action):
            action.setEnabled(False)
            action.setToolTip(text)
            action.setStatusTip(text)

    @property
    def on_server(self) -> bool:
        return self.db_path is None

    def set_read_only(self, read_only: bool) -> None:
        """Another instance writes to the database: it is not ours to replace."""
        self.restore_action.setEnabled(not read_only and not self.on_server)

    def back_up_now(self) -> None:
        """Runs off the GUI thread: on a network share a copy can take seconds."""
        db_path, folder = self.db_path, self.folder
        if db_path is None:  # on a server
            return
        self.back_up_action.setEnabled(False)
        self._status(self.tr("Backing up…"), 0)
        run_task(
            lambda: backups.create_backup(db_path, folder=folder, reason=backups.MANUAL),
            self._backed_up,
            self._backup_failed,
        )

    def _backed_up(self, made: Backup) -> None:
        self.back_up_action.setEnabled(True)
        self._status(self.tr("Backup saved and verified: %1").replace("%1", str(made.path)), 15000)
        self.backed_up.emit(made)

    def _backup_failed(self, error: Exception) -> None:
        self.back_up_action.setEnabled(True)
        self._status("", 0)
        self.backup_failed.emit(error)
        if not isinstance(error, KnownError):
            raise error
        show_error(self._window, error)

    def _status(self, text: str, timeout: int) -> None:
        if text:
            self._window.statusBar().showMessage(text, timeout)
        else:
            self._window.statusBar().clearMessage()

    def restore(self) -> None:
        if self.db_path is None:  # on a server
            return
        rows = backups.list_backups(self.db_path, self.folder)
        if not rows:
            QMessageBox.information(
                self._window,
                self.tr("Restore from backup"),
                self.tr("There are no backups of this database yet."),
            )
            return
        dialog = RestoreDialog(rows, self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        chosen = dialog.chosen()
        if chosen is None:
            return
        answer = QMessageBox.question(
            self._window,
            self.tr("Restore from backup"),
            self.tr(
                "Replace the database with the backup from %1?\n\n"
                "Everything entered after that is left out of the restored database, but "
                "nothing is deleted: the database as it is now is kept beside it as a "
                "separate file. EST Desktop then closes; start it again."
            ).replace("%1", when(chosen.taken_at)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_from(chosen)

    def restore_from(self, chosen: Backup) -> bool:
        """Closes the window, replaces the database, tells the user, and quits."""
        db_path = self.db_path
        if db_path is None:  # on a server
            return False
        quit_on_close = QGuiApplication.quitOnLastWindowClosed()
        QGuiApplication.setQuitOnLastWindowClosed(False)
        try:
            if not self._window.close():
                return False
            self.store.engine.dispose()
            try:
                kept = backups.restore_backup(chosen, db_path)
            except KnownError as error:
                show_error(self._window, error)
                self.quit_application()
                return False
            text = self.tr("The backup from %1 has been restored.").replace(
                "%1", when(chosen.taken_at)
            )
            if kept is not None:
                text += "\n\n" + self.tr("The database as it was is kept as:\n%1").replace(
                    "%1", str(kept)
                )
            text += "\n\n" + self.tr("EST Desktop closes now. Start it again to go on working.")
            self.restored.emit(chosen)
            QMessageBox.information(None, self.tr("Restore from backup"), text)
        finally:
            QGuiApplication.setQuitOnLastWindowClosed(quit_on_close)
        self.quit_application()
        return True


def database_menu(window: QMainWindow) -> QMenu:
    """The window's 'Database' menu, made the first time it is asked for."""
    menu = window.menuBar().findChild(QMenu, "databaseMenu")
    if menu is None:
        menu = window.menuBar().addMenu(QCoreApplication.translate("BackupActions", "Database"))
        menu.setObjectName("databaseMenu")
    return menu


def install_backup_actions(
    window: QMainWindow, store: Store, db_path: Path | str | None, folder: Path | None = None
) -> BackupActions | None:
    """Adds the two actions to ``window``'s 'Database' menu.

    ``folder`` overrides where backups go (by default EST_DESKTOP_BACKUPS, else
    ``backups/`` beside the database). A server URL gives them disabled, saying why.
    Nothing is added without a database, and nothing twice.
    """
    if db_path is None:
        return None
    installed = window.findChild(BackupActions, "backupActions")
    if installed is not None:
        return installed
    if is_server_url(db_path):
        actions = BackupActions(window, store, None)
    else:
        if folder is None:
            from ..bootstrap import resolve_backup_folder

            folder = resolve_backup_folder()
        actions = BackupActions(window, store, Path(db_path), folder)
    menu = database_menu(window)
    menu.addAction(actions.back_up_action)
    menu.addAction(actions.restore_action)
    return actions


class DamagedDatabaseBox(QMessageBox):
    """Says what happened, where the damaged file is, and the date of the backup on offer."""

    def __init__(self, error: DamagedDatabase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("The database is damaged"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(self._what_happened(error.kind))
        if error.kept is None:
            details = self.tr("Nothing has been deleted. The database should be here:\n%1").replace(
                "%1", str(error.path)
            )
        else:
            details = self.tr(
                "Nothing has been deleted. The damaged file has been kept as:\n%1"
            ).replace("%1", str(error.kept))
        self.restore_button = None
        if error.backup is not None:
            details += "\n\n" + self.tr(
                "The newest backup that passes the check is from %1. Restore it to go on "
                "working. What was entered after %1 is only in the damaged file."
            ).replace("%1", when(error.backup.taken_at))
            self.restore_button = self.addButton(
                self.tr("&Restore"), QMessageBox.ButtonRole.AcceptRole
            )
        else:
            details += "\n\n" + self.tr(
                "There is no backup that passes the check. Quit, and ask your IT support "
                "to look at the damaged file."
            )
        self.setInformativeText(details)
        self.quit_button = self.addButton(self.tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.restore_button or self.quit_button)

    def _what_happened(self, kind: str) -> str:
        if kind == "missing":
            return self.tr(
                "The database file is missing, but there are backups of it. Starting "
                "with a new, empty database would leave their data behind."
            )
        if kind == "emptied":
            return self.tr(
                "The database file is empty, but there are backups of it: a sync tool or "
                "a failed copy may have emptied it."
            )
        return self.tr(
            "EST Desktop checks the database every time it starts. This time the check "
            "failed: the database file is damaged."
        )

    def restore_chosen(self) -> bool:
        clicked = self.clickedButton()
        return clicked is not None and self.buttonRole(clicked) == QMessageBox.ButtonRole.AcceptRole


def offer_restore(error: DamagedDatabase, parent: QWidget | None = None) -> bool:
    """True when the user chose to restore the offered backup."""
    box = DamagedDatabaseBox(error, parent)
    box.exec()
    return box.restore_chosen()
