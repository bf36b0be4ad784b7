"""The main window: meetings, the meeting workspace, the action register and settings.

On a shared server the window shows the logged-in user's part: a participant answers
their organisation's actions (Mina åtgärder) and reads the register and the lägesbild;
the ledningsgrupp reads the lägesbild and the follow-up and writes reports. The server
enforces who may change what; the window only leaves out what would fail.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShortcut, QWindow
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QToolBar,
    QWidget,
)
from sqlalchemy.engine import Engine

from ..db import is_server_url
from ..errors import KnownError, NeedsConfirmation, ValidationError
from ..models import saved_id
from ..services.documents.file_names import default_minutes_filename
from ..services.documents.pdf import AlsoAsPdf
from ..services.meetings import agenda as meetings
from ..text import QT_TRANSLATE_NOOP
from .backup_actions import database_menu, install_backup_actions
from .common import labels, persist, preferences
from .common.exported import ExportedNotice
from .common.lazy_page import LazyPage
from .common.messages import show_error, tr_service
from .common.pdf_export import pdfs_if, tell_pdf_problem
from .common.store import Store
from .common.tabs import tab_widget
from .common.tasks import run_task
from .help import install_help_menu
from .meetings.export_dialog import ExportMinutesDialog
from .meetings.meetings_page import MeetingsPage
from .meetings.workspace import WorkspacePage
from .presentation.controller import PresentationController
from .presentation.presenter_bar import PresenterBar, choose_screen

if TYPE_CHECKING:
    from ..services.server.users import ServerUser
    from .actions.my_actions_page import MyActionsPage
    from .actions.register_page import RegisterPage
    from .agreements.follow_up_page import FollowUpPage
    from .audit_page import AuditPage
    from .common.live import LiveUpdates
    from .lagesbild.page import LagesbildPage
    from .presentation.window import PresentationWindow
    from .server.connect_dialog import ServerConnection
    from .settings_page import SettingsPage

log = logging.getLogger(__name__)

NO_SUCH_FILE = QT_TRANSLATE_NOOP("Validation", "There is no database file there. Choose another.")
ALREADY_THERE = QT_TRANSLATE_NOOP(
    "Validation",
    "A file of that name is already there. Open it with Open database, or choose another name.",
)
# How long after F5 the laptop takes the keyboard back from the projector's window.
FOCUS_GRACE_MS = 1500
# The server's kinds of user (services.server.users), named here so that a start on a
# SQLite file does not load the server package.
PARTICIPANT = "deltagare"
MANAGEMENT = "ledningsgrupp"


class MainWindow(QMainWindow):
    minutes_exported = Signal(str)
    # The user connected to a server (a ServerConnection), or asked for the database on
    # this computer: the application rebuilds the window on it.
    server_connected = Signal(object)
    local_requested = Signal()
    # The user chose a database file to open, or a new one to make (a Path).
    file_requested = Signal(object)

    def __init__(
        self,
        engine: Engine,
        db_path: Path | str | None = None,
        parent: QWidget | None = None,
        *,
        user: ServerUser | None = None,
    ):
        """``db_path`` is the SQLite file, or the server's URL (without its password);
        ``user`` is who the server says is logged in (None: the convener, or SQLite)."""
        super().__init__(parent)
        self.store = Store(engine, self)
        self.db_path = db_path
        self.user = user
        self.on_server = db_path is not None and is_server_url(db_path)
        self.kind = user.kind if user is not None else ""
        # The server offered first in the connect dialog when not on one (set by the app).
        self.last_server_url: str | None = None
        self.meeting_id: int | None = None
        self.live: LiveUpdates | None = None
        self.my_actions_page: MyActionsPage | None = None
        self.setWindowTitle(self._title())

        self.meetings_page = MeetingsPage(self.store)
        self.workspace = WorkspacePage(self.store)
        # The other tabs, with their long lists, charts and editors, are built when first
        # opened.
        # ``<name>_tab.page()`` gives the page, building it if need be.
        reads_only = self.kind in (PARTICIPANT, MANAGEMENT)
        self.register_tab = LazyPage(
            partial(
                _register_page,
                self.store,
                read_only=reads_only,
                open_meeting=self.open_meeting,
            )
        )
        self.lagesbild_tab = LazyPage(
            partial(_lagesbild_page, self.store, sees_confidential=not reads_only)
        )
        self.follow_up_tab = LazyPage(partial(_follow_up_page, self.store, read_only=reads_only))
        self.settings_tab = LazyPage(partial(_settings_page, self.store))
        self.audit_tab = LazyPage(partial(_audit_page, self.store))
        self.tabs = tab_widget()
        if self.kind == PARTICIPANT and user is not None:
            self.my_actions_page = _my_actions_page(self.store, user)
            self.tabs.addTab(self.my_actions_page, self.tr("&My actions"))
            self.tabs.addTab(self.register_tab, self.tr("&Action register"))
            self.tabs.addTab(self.lagesbild_tab, self.tr("Situation &picture"))
        elif self.kind == MANAGEMENT:
            self.tabs.addTab(self.lagesbild_tab, self.tr("Situation &picture"))
            self.tabs.addTab(self.follow_up_tab, self.tr("&Follow-up"))
        if reads_only:
            # Not shown, but owned by the window like the rest (the toolbar refers to them).
            for page in (self.meetings_page, self.workspace):
                page.setParent(self)
                page.hide()
        else:
            self.tabs.addTab(self.meetings_page, self.tr("&Meetings"))
            self.tabs.addTab(self.workspace, self.tr("Meeting &workspace"))
            self.tabs.addTab(self.register_tab, self.tr("&Action register"))
            self.tabs.addTab(self.lagesbild_tab, self.tr("Situation &picture"))
            self.tabs.addTab(self.follow_up_tab, self.tr("&Follow-up"))
            self.tabs.addTab(self.settings_tab, self.tr("&Settings"))
            self.tabs.addTab(self.audit_tab, self.tr("Change log"))
        self.setCentralWidget(self.tabs)

        self.presentation = PresentationController(self.store, self)
        self.presentation_window: PresentationWindow | None = None
        self._build_toolbar()
        self._build_presenter_bar()
        self.meetings_page.open_requested.connect(self.open_meeting)
        self.workspace.open_requested.connect(self.open_meeting)
        self.store.changed.connect(self._update_meeting_state)

        geometry = persist.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        if not reads_only:
            latest = self.store.read(meetings.latest_meeting)
            if latest is not None:
                self.open_meeting(saved_id(latest), switch=False)
        self._update_meeting_state()
        self.backup_actions = install_backup_actions(self, self.store, db_path)
        self._build_database_menu()
        if not reads_only:
            from .imports.menu import install_import_menu

            self.import_actions = install_import_menu(self, self.store)
        self._build_connection_label()
        install_help_menu(self, self.db_path)  # last in the menu bar, as everywhere
        self._leave_out_what_the_user_may_not_do()

    def _title(self) -> str:
        """'EST Desktop — est.db': which database is open, the file's name or the server's."""
        title = self.tr("EST Desktop")
        if self.on_server:
            from .server.connect_dialog import short_name

            title += f" — {short_name(str(self.db_path))}"
        elif self.db_path is not None:
            title += f" — {Path(self.db_path).name}"
        return title

    def _leave_out_what_the_user_may_not_do(self) -> None:
        """A participant answers in Mina åtgärder only; the ledningsgrupp writes reports."""
        if self.kind not in (PARTICIPANT, MANAGEMENT):
            return
        kept = {self.report_action} if self.kind == MANAGEMENT else set()
        for action in self.meeting_toolbar.actions():
            if action not in kept:
                action.setVisible(False)
                action.setEnabled(False)  # and so their shortcuts
        self.meeting_toolbar.setVisible(bool(kept))

    def _build_database_menu(self) -> None:
        menu = database_menu(self)
        if not menu.isEmpty():
            menu.addSeparator()
        self.open_file_action = QAction(self.tr("&Open database…"), self)
        self.open_file_action.triggered.connect(lambda: self.open_database_file())
        menu.addAction(self.open_file_action)
        self.new_file_action = QAction(self.tr("&New database…"), self)
        self.new_file_action.triggered.connect(lambda: self.new_database_file())
        menu.addAction(self.new_file_action)
        menu.addSeparator()
        self.connect_action = QAction(self.tr("&Connect to server…"), self)
        self.connect_action.setObjectName("connectToServerAction")
        self.connect_action.setToolTip(
            self.tr("Work in a shared database on a server, together with the other desks")
        )
        self.connect_action.triggered.connect(self.connect_to_server)
        menu.addAction(self.connect_action)
        self.local_action = QAction(self.tr("Use the database on &this computer"), self)
        self.local_action.setObjectName("useLocalDatabaseAction")
        self.local_action.triggered.connect(self.use_local_database)
        self.local_action.setVisible(self.on_server)
        menu.addAction(self.local_action)
        menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        if self.quit_action.shortcut().isEmpty():  # no platform standard (Windows)
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action.triggered.connect(self.close)
        menu.addAction(self.quit_action)

    def _build_connection_label(self) -> None:
        self.exported = ExportedNotice(self)
        self.statusBar().addPermanentWidget(self.exported)
        self.connection_label = QLabel()
        self.connection_label.setObjectName("connectionState")
        self.connection_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.connection_label.hide()
        self.statusBar().addPermanentWidget(self.connection_label)

    # --- the shared server -------------------------------------------------------------

    def connect_to_server(self) -> ServerConnection | None:
        """Asks where and as whom; on success ``server_connected`` carries the connection."""
        from .server.connect_dialog import ConnectDialog

        url = str(self.db_path) if self.on_server else self.last_server_url
        dialog = ConnectDialog(self, url=url)
        try:
            if dialog.exec() != ConnectDialog.DialogCode.Accepted or dialog.connection is None:
                return None
            connection = dialog.connection
        finally:
            dialog.deleteLater()
        self.workspace.save_pending()
        self.server_connected.emit(connection)
        return connection

    def open_database_file(self, path: Path | None = None) -> bool:
        """Another database file on this computer or a shared drive (asked unless given)."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Open database"),
                str(self._file_folder()),
                self.tr("EST databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
            )
            if not chosen:
                return False
            path = Path(chosen)
        if not path.is_file():
            show_error(self, KnownError(NO_SUCH_FILE, str(path)))
            return False
        self.workspace.save_pending()
        self.file_requested.emit(path)
        return True

    def new_database_file(self, path: Path | None = None) -> bool:
        """A new, empty database with the agreement's lists (asked where unless given)."""
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("New database"),
                str(self._file_folder() / "est.sqlite3"),
                self.tr("EST databases (*.sqlite3)"),
            )
            if not chosen:
                return False
            path = Path(chosen)
            if path.suffix == "":
                path = path.with_suffix(".sqlite3")
        if path.exists():
            show_error(self, KnownError(ALREADY_THERE, str(path)))
            return False
        self.workspace.save_pending()
        self.file_requested.emit(path)
        return True

    def _file_folder(self) -> Path:
        if self.db_path is not None and not self.on_server:
            return Path(self.db_path).parent
        return Path.home()

    def use_local_database(self) -> None:
        self.workspace.save_pending()
        self.local_requested.emit()

    def start_live_updates(self) -> bool:
        """Other desks' changes shown as they are saved, and the connection's state in the
        status bar. False when there is nothing to listen to (a SQLite file)."""
        if not self.on_server or self.live is not None:
            return self.live is not None
        try:
            from .common.live import LiveUpdates
        except ImportError:
            log.warning("Live updates are not available in this version")
            return False
        self.live = LiveUpdates(self.store, parent=self)
        self.live.lost.connect(self._connection_lost)
        self.live.restored.connect(self._connection_restored)
        self.live.start()
        return True

    def stop_live_updates(self) -> None:
        if self.live is not None:
            self.live.stop()

    def _connection_lost(self, detail: str = "") -> None:
        log.info("Connection to the server lost: %s", detail)
        self.connection_label.setText(
            self.tr("The connection to the server was lost – trying again…")
        )
        self.connection_label.show()

    def _connection_restored(self) -> None:
        self.connection_label.hide()
        self.statusBar().showMessage(self.tr("Connected again"), 10000)
        # The pooled connections died with the outage: the next save gets a new one.
        self.store.engine.dispose()

    def _build_toolbar(self) -> None:
        bar = self.meeting_toolbar = QToolBar(self.tr("Meeting"))
        bar.setObjectName("meetingToolbar")
        bar.setMovable(False)
        self.addToolBar(bar)
        self.current_label = QLabel()
        self.current_label.setObjectName("currentMeeting")
        self.current_label.setTextFormat(Qt.TextFormat.PlainText)

        self.new_action = QAction(self.tr("New meeting…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.meetings_page.create_meeting)
        self.export_action = QAction(self.tr("Export minutes…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export_current_minutes)
        self.finalise_action = QAction(self.tr("Finalise meeting"), self)
        self.finalise_action.triggered.connect(self.finalise_current)
        self.reopen_action = QAction(self.tr("Reopen meeting"), self)
        self.reopen_action.triggered.connect(self.reopen_current)
        self.present_action = QAction(self.tr("Present (F5)"), self)
        self.present_action.setShortcut(QKeySequence("F5"))
        self.present_action.triggered.connect(self.start_presentation)
        self.lists_action = QAction(self.tr("Action lists…"), self)
        self.lists_action.setToolTip(self.tr("Export action lists for the organisations"))
        self.lists_action.triggered.connect(self.export_action_lists)
        self.answers_action = QAction(self.tr("Import answers…"), self)
        self.answers_action.setToolTip(self.tr("Read answered action lists back"))
        self.answers_action.triggered.connect(self.import_answers)
        self.report_action = QAction(self.tr("Report…"), self)
        self.report_action.setToolTip(self.tr("Write a follow-up or end-of-period report to Word"))
        self.report_action.triggered.connect(self.write_report)
        for action in (
            self.new_action,
            self.present_action,
            self.export_action,
            self.finalise_action,
            self.reopen_action,
        ):
            bar.addAction(action)
        bar.addSeparator()
        bar.addAction(self.lists_action)
        bar.addAction(self.answers_action)
        bar.addSeparator()
        bar.addAction(self.report_action)
        bar.addSeparator()
        bar.addWidget(self.current_label)

    def _build_presenter_bar(self) -> None:
        self.presenter_bar = PresenterBar(self.presentation, self.workspace.title_of)
        self.presenter_toolbar = QToolBar(self.tr("Presentation"))
        self.presenter_toolbar.setObjectName("presenterToolbar")
        self.presenter_toolbar.setMovable(False)
        self.presenter_toolbar.addWidget(self.presenter_bar)
        self.addToolBarBreak()
        self.addToolBar(self.presenter_toolbar)
        self.presenter_toolbar.hide()
        self.presenter_bar.show_selected.connect(self._show_selected_on_screen)
        self.presenter_bar.screen_chosen.connect(self._move_presentation)
        self.workspace.item_selected.connect(self.presentation.selection_changed)
        self.presentation.moved.connect(self._presentation_moved)
        self.presentation.ended.connect(self._presentation_ended)
        # Presenter clickers send Page Up/Down to the focused window: the laptop's. Esc
        # ends the presentation from here too, as the bar says. Enabled only while
        # presenting, so tables keep their paging and dialogs their Esc otherwise.
        self.clicker_shortcuts = []
        for key, step in (
            ("PgDown", self.presentation.next),
            ("PgUp", self.presentation.previous),
            ("Esc", self.presentation.end),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(step)
            shortcut.setEnabled(False)
            self.clicker_shortcuts.append(shortcut)
        # A window manager may give the projector's window the focus once it is mapped,
        # after F5 has returned: for a moment after showing it, focus is handed back.
        self._keeps_focus: QWidget | None = None
        self._focus_grace = QTimer(self)
        self._focus_grace.setSingleShot(True)
        self._focus_grace.setInterval(FOCUS_GRACE_MS)
        self._focus_grace.timeout.connect(self._focus_grace_over)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._focus_window_changed)

    def start_presentation(self) -> None:
        if self.meeting_id is None:
            return
        self.workspace.save_pending()
        if self.presentation_window is None:
            from .presentation.window import PresentationWindow  # loaded at the first F5

            self.presentation_window = PresentationWindow(self.store, self.presentation)
        screen = choose_screen(self.screen())
        self.presenter_bar.set_screens(screen)
        self._keeps_focus = QApplication.focusWidget()
        self.presentation.start(self.meeting_id, self.workspace.item_id)
        self.presentation_window.show_on(screen)
        self.presenter_toolbar.show()
        for shortcut in self.clicker_shortcuts:
            shortcut.setEnabled(True)
        self._focus_grace.start()
        self._take_focus_back()  # the convener keeps typing on the laptop

    def _focus_grace_over(self) -> None:
        self._keeps_focus = None

    def _focus_window_changed(self, window: QWindow | None) -> None:
        screen = self.presentation_window
        if (
            self._focus_grace.isActive()
            and screen is not None
            and window is not None
            and window is screen.windowHandle()
        ):
            self._take_focus_back()

    def _take_focus_back(self) -> None:
        self.activateWindow()
        if self._keeps_focus is not None and self._keeps_focus.window() is self:
            self._keeps_focus.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def _move_presentation(self, screen) -> None:
        if self.presentation_window is not None and self.presentation.active:
            self.presentation_window.show_on(screen)

    def _show_selected_on_screen(self) -> None:
        if self.workspace.item_id is not None:
            self.presentation.show_item(self.workspace.item_id)

    def _presentation_moved(self) -> None:
        self.workspace.agenda_model.set_on_screen(self.presentation.item_id)

    def _presentation_ended(self) -> None:
        self._focus_grace.stop()
        self._keeps_focus = None
        self.presenter_toolbar.hide()
        for shortcut in self.clicker_shortcuts:
            shortcut.setEnabled(False)
        self.workspace.agenda_model.set_on_screen(None)

    def open_meeting(self, meeting_id: int, switch: bool = True) -> None:
        if self.presentation.active and self.presentation.meeting_id != meeting_id:
            self.presentation.end()
        self.meeting_id = meeting_id
        with self.store.reading():
            self.workspace.show_meeting(meeting_id)
            if switch:
                self.tabs.setCurrentWidget(self.workspace)
                self.workspace.focus_agenda()
            self._update_meeting_state()

    def _update_meeting_state(self) -> None:
        meeting = None
        if self.meeting_id is not None:
            meeting = self.store.read(meetings.meeting_or_none, meeting_id=self.meeting_id)
        has_meeting = meeting is not None
        finalised = meeting is not None and meeting.is_finalised
        self.export_action.setEnabled(has_meeting)
        self.finalise_action.setEnabled(has_meeting and not finalised)
        self.reopen_action.setEnabled(finalised)
        if meeting is None:
            self.current_label.setText(self.tr("No meeting open"))
            return
        state = labels.meeting_status(meeting.status)
        self.current_label.setText(f"  {labels.meeting_name(meeting.date)} — {state}")

    def finalise_current(self) -> bool:
        """Asks first, then again for what the service wants confirmed (a meeting dated
        after today, nobody recorded as present). True when the meeting was finalised."""
        if self.meeting_id is None:
            return False
        self.workspace.save_pending()
        meeting = self.store.read(meetings.get_meeting, meeting_id=self.meeting_id)
        answer = QMessageBox.question(
            self,
            self.tr("Finalise meeting"),
            self.tr(
                "Finalise %1? The meeting becomes read-only; it can be reopened, and the "
                "reopening is recorded."
            ).replace("%1", labels.meeting_name(meeting.date)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        confirmed: dict[str, bool] = {}
        while True:
            try:
                self.store.write(
                    meetings.finalise_meeting,
                    meeting_id=self.meeting_id,
                    user=self.store.user,
                    today=date.today(),
                    **confirmed,
                )
                return True
            except NeedsConfirmation as question:
                answer = QMessageBox.question(
                    self, self.tr("Finalise meeting"), tr_service(question.message)
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return False
                key = (
                    "confirm_ahead"
                    if question.message == meetings.FINALISE_AHEAD
                    else "confirm_no_attendance"
                )
                if confirmed.get(key):
                    return False  # asked the same again: never loop
                confirmed[key] = True

    def reopen_current(self) -> None:
        """Asks first, with room for why; the reopening is kept in the meeting's history."""
        if self.meeting_id is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Reopen meeting"),
            self.tr(
                "The meeting is finalised. Reopen it for changes?\n"
                "The reopening is recorded in the meeting's history. Reason (optional):"
            ),
        )
        if not ok:
            return
        from ..services.personal_numbers import remove_personal_numbers
        from .common.personal_numbers import save_asking

        meeting_id = self.meeting_id

        def reopen(allow_personal_numbers: bool) -> None:
            self.store.write(
                meetings.reopen_meeting,
                meeting_id=meeting_id,
                user=self.store.user,
                reason=reason,
                allow_personal_numbers=allow_personal_numbers,
            )

        def remove(marker: str) -> None:
            nonlocal reason
            reason = remove_personal_numbers(reason, marker)

        try:
            save_asking(self, reopen, remove)
        except (ValidationError, KnownError) as error:  # a reason too long, say
            show_error(self, error)

    def export_current_minutes(self) -> None:
        if self.meeting_id is None:
            return
        self.workspace.save_pending()
        meeting = self.store.read(meetings.get_meeting, meeting_id=self.meeting_id)
        name = default_minutes_filename(meeting, options=preferences.document_options())
        dialog = ExportMinutesDialog(name, self)
        if dialog.exec() == ExportMinutesDialog.DialogCode.Accepted:
            self.export_minutes_to(
                dialog.target(),
                dialog.include_confidential(),
                include_map=dialog.include_map(),
                pdf=dialog.also_pdf(),
            )

    def export_minutes_to(
        self,
        target: Path,
        include_confidential: bool,
        allow_personal_numbers: bool = False,
        *,
        include_map: bool = False,
        pdf: bool = False,
    ) -> None:
        """Writes the minutes in the background, in the chosen language and template, and
        a PDF of them when asked; ``minutes_exported`` says when it is done.

        Minutes that would carry something like a personnummer are written only once the
        user has seen where and confirmed."""
        self.workspace.save_pending()
        meeting_id = self.meeting_id
        options = preferences.document_options()
        self.export_action.setEnabled(False)
        self.statusBar().showMessage(self.tr("Exporting minutes…"))

        def export() -> tuple[Path, AlsoAsPdf | None]:
            # Document code (python-docx, openpyxl) loads here, off the window's thread.
            from ..services.minutes.gather import export_minutes

            path = self.store.read(
                export_minutes,
                meeting_id=meeting_id,
                out_path=target,
                include_confidential=include_confidential,
                allow_personal_numbers=allow_personal_numbers,
                include_map=include_map,
                options=options,
            )
            return path, pdfs_if(pdf, [path])

        run_task(
            export,
            self._minutes_exported,
            lambda error: self._minutes_failed(
                error, target, include_confidential, include_map, pdf
            ),
        )

    def _minutes_exported(self, written: tuple[Path, AlsoAsPdf | None]) -> None:
        path, pdf = written
        self.export_action.setEnabled(self.meeting_id is not None)
        persist.set_last_export_dir(path.parent)
        self.statusBar().showMessage(self.tr("Minutes saved: %1").replace("%1", str(path)), 10000)
        self.exported.show_for(path)
        self.minutes_exported.emit(str(path))
        tell_pdf_problem(self, pdf)

    def _minutes_failed(
        self,
        error: Exception,
        target: Path,
        include_confidential: bool,
        include_map: bool,
        pdf: bool,
    ) -> None:
        from .common.personal_numbers import answer_export_failure

        self.export_action.setEnabled(self.meeting_id is not None)
        self.statusBar().clearMessage()
        answer_export_failure(
            self,
            error,
            lambda: self.export_minutes_to(
                target,
                include_confidential,
                allow_personal_numbers=True,
                include_map=include_map,
                pdf=pdf,
            ),
        )

    def export_action_lists(self) -> list[Path]:
        from .action_lists.export_dialog import ExportActionListsDialog

        dialog = ExportActionListsDialog(self.store, self)
        if dialog.exec() == ExportActionListsDialog.DialogCode.Accepted and dialog.written:
            folder = dialog.written[0].parent
            self.statusBar().showMessage(
                self.tr("%n file(s) saved in %1", "", len(dialog.written)).replace(
                    "%1", str(folder)
                ),
                15000,
            )
            self.exported.show_for(dialog.written[0], files=len(dialog.written))
        return dialog.written

    def import_answers(self, paths: list[Path] | None = None) -> int:
        from .action_lists.import_dialog import ImportAnswersDialog, choose_answer_files

        paths = paths or choose_answer_files(self)
        if not paths:
            return 0
        dialog = ImportAnswersDialog(self.store, paths, self)
        if dialog.exec() == ImportAnswersDialog.DialogCode.Accepted:
            self.statusBar().showMessage(self.tr("%n answer(s) applied", "", dialog.applied), 15000)
        return dialog.applied

    def write_report(self) -> Path | None:
        from .report_dialog import ReportDialog

        dialog = ReportDialog(self.store, date.today(), self)
        if dialog.exec() == ReportDialog.DialogCode.Accepted and dialog.written:
            self.statusBar().showMessage(
                self.tr("Report saved: %1").replace("%1", str(dialog.written)), 15000
            )
            self.exported.show_for(dialog.written)
        return dialog.written

    def closeEvent(self, event) -> None:  # noqa: N802
        self.stop_live_updates()
        self.presentation.end()
        self.workspace.save_pending()
        persist.set_window_geometry(self.saveGeometry())
        super().closeEvent(event)


# The later tabs' pages, each module imported when its tab is first opened.


def _register_page(
    store: Store, read_only: bool = False, open_meeting: Callable[[int], None] | None = None
) -> RegisterPage:
    from .actions.register_page import RegisterPage

    page = RegisterPage(store)
    if open_meeting is not None and not read_only:
        page.meeting_requested.connect(open_meeting)
    if read_only:
        for button in (page.reassign_button, page.move_dates_button):
            button.hide()
        for action in page.table.actions():
            page.table.removeAction(action)
    return page


def _lagesbild_page(store: Store, sees_confidential: bool = True) -> LagesbildPage:
    """Participants and the ledningsgrupp never see confidential incidents (the server's
    policies hold them back), so the box that would count them is not offered."""
    from .lagesbild.page import LagesbildPage

    page = LagesbildPage(store)
    page.confidential.setChecked(False)
    page.confidential.setVisible(sees_confidential)
    return page


def _follow_up_page(store: Store, read_only: bool = False) -> FollowUpPage:
    from .agreements.follow_up_page import FollowUpPage

    page = FollowUpPage(store)
    if read_only:
        _read_only(page, keep=(page.agreement_combo, page.year_combo))
    return page


def _read_only(page: QWidget, keep: tuple[QWidget, ...] = ()) -> None:
    """Every editor of ``page`` read-only and its buttons hidden, but for the choices in
    ``keep`` (which period, which year), which only choose what is shown."""
    for button in page.findChildren(QAbstractButton):
        button.hide()
    editors: list[QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox] = [
        *page.findChildren(QLineEdit),
        *page.findChildren(QPlainTextEdit),
        *page.findChildren(QTextEdit),
        *page.findChildren(QAbstractSpinBox),
    ]
    for editor in editors:
        editor.setReadOnly(True)
    for view in page.findChildren(QAbstractItemView):
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    for combo in page.findChildren(QComboBox):
        combo.setEnabled(combo in keep)
    for shortcut in page.findChildren(QShortcut):
        shortcut.setEnabled(False)


def _my_actions_page(store: Store, user: ServerUser) -> MyActionsPage:
    from .actions.my_actions_page import MyActionsPage

    if user.organisation_id is None:
        raise ValueError("A participant always has an organisation (server.users.validate)")
    return MyActionsPage(
        store,
        user.organisation_id,
        user.organisation_name or "",
        user.display_name or user.role_name,
    )


def _settings_page(store: Store) -> SettingsPage:
    from .settings_page import SettingsPage

    return SettingsPage(store)


def _audit_page(store: Store) -> AuditPage:
    from .audit_page import AuditPage

    return AuditPage(store)
