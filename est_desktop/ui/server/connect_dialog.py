"""Databas → Anslut till server…: where the shared database is, who logs in, and how.

The password goes into the operating system's keychain when the user asks for it, and
never into the URL that is shown or remembered. Testing and connecting run off the
window's thread (a server that does not answer takes seconds to say so); a failure
leaves the dialog open with a sentence saying what to check, and the window on the
database it had.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL, Engine, make_url

from ...db import LOGIN_FAILED, SERVER_UNREACHABLE
from ...errors import KnownError
from ...i18n import user_message
from ...services.server import credentials
from ..common.messages import tr_service
from ..common.tasks import run_task

if TYPE_CHECKING:
    from ...services.server.users import ServerUser

log = logging.getLogger(__name__)

DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432
DEFAULT_DATABASE = "est"
DEFAULT_SSL_MODE = "prefer"
SSL_MODES = ("disable", "prefer", "require", "verify-full")


def _ssl_label(mode: str) -> str:
    return {
        "disable": QCoreApplication.translate("ConnectDialog", "No encryption"),
        "prefer": QCoreApplication.translate(
            "ConnectDialog", "Encrypt when the server can (default)"
        ),
        "require": QCoreApplication.translate("ConnectDialog", "Always encrypt"),
        "verify-full": QCoreApplication.translate(
            "ConnectDialog", "Always encrypt and verify the server's certificate"
        ),
    }[mode]


@dataclass(frozen=True)
class ServerConnection:
    """An opened server database: the engine (password inside), the URL to show and
    remember (without it), and who the server says is logged in."""

    engine: Engine
    url: str
    user: ServerUser | None


Opener = Callable[[str, str | None], ServerConnection]


def build_url(
    *, host: str, port: int, database: str, user: str, ssl_mode: str = DEFAULT_SSL_MODE
) -> str:
    """The server's URL as ``--db`` takes it; never with a password."""
    query = {} if ssl_mode == DEFAULT_SSL_MODE else {"sslmode": ssl_mode}
    url = URL.create(
        DRIVER,
        username=user.strip() or None,
        host=host.strip() or None,
        port=port if port != DEFAULT_PORT else None,
        database=database.strip() or None,
        query=query,
    )
    return url.render_as_string(hide_password=False)


def without_password(url: str | URL) -> str:
    parsed = make_url(url) if isinstance(url, str) else url
    # Not URL.set(password=None): set() leaves a field given as None unchanged.
    return parsed._replace(password=None).render_as_string(hide_password=False)


def short_name(url: str | URL) -> str:
    """'karin@est.trelleborg.se/est', for the window title and messages."""
    parsed = make_url(url) if isinstance(url, str) else url
    host = parsed.host or "localhost"
    if parsed.port and parsed.port != DEFAULT_PORT:
        host += f":{parsed.port}"
    user = f"{parsed.username}@" if parsed.username else ""
    return f"{user}{host}/{parsed.database or ''}"


def _host_and_port(url: str | URL) -> str:
    parsed = make_url(url) if isinstance(url, str) else url
    return f"{parsed.host or 'localhost'}:{parsed.port or DEFAULT_PORT}"


def who_is_logged_in(engine: Engine) -> ServerUser | None:
    """The server's word on this login; None where the server keeps no users."""
    from ...db import session_scope
    from ...services.server.users import who_am_i

    with session_scope(engine) as session:
        return who_am_i(session=session)


def open_server(url: str, password: str | None) -> ServerConnection:
    """Opens the database and asks who is logged in; the engine is released on failure."""
    from ...bootstrap import open_server_database

    engine = open_server_database(url, password=password)
    try:
        user = who_is_logged_in(engine)
    except BaseException:
        engine.dispose()
        raise
    return ServerConnection(engine, without_password(url), user)


def failure_text(error: BaseException, url: str) -> str:
    """What went wrong, as a sentence for this dialog (or the start-up's question)."""
    if isinstance(error, KnownError) and error.text == SERVER_UNREACHABLE:
        return QCoreApplication.translate(
            "ConnectDialog",
            "The server %1 does not answer. Check the server's name and port, and that this "
            "computer is connected to the network.",
        ).replace("%1", _host_and_port(url))
    if isinstance(error, KnownError):
        return user_message(error, between="\n")
    log.warning("Connecting to %s failed: %s", short_name(url), type(error).__name__)
    first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return QCoreApplication.translate("ConnectDialog", "Could not connect: %1").replace("%1", first)


def user_text(user: ServerUser | None) -> str:
    if user is None:
        return QCoreApplication.translate(
            "ConnectDialog", "The server keeps no users of its own: you work as the convener."
        )
    kind = {
        "samordnare": QCoreApplication.translate("ConnectDialog", "convener"),
        "deltagare": QCoreApplication.translate("ConnectDialog", "participant"),
        "ledningsgrupp": QCoreApplication.translate("ConnectDialog", "management group"),
    }.get(user.kind, user.kind)
    name = user.display_name or user.role_name
    if user.organisation_name:
        return (
            QCoreApplication.translate("ConnectDialog", "Logged in as %1, %2 for %3.")
            .replace("%1", name)
            .replace("%2", kind)
            .replace("%3", user.organisation_name)
        )
    return (
        QCoreApplication.translate("ConnectDialog", "Logged in as %1, %2.")
        .replace("%1", name)
        .replace("%2", kind)
    )


class ConnectDialog(QDialog):
    """Server, port, database, user, password, keychain and TLS; Test, then Connect.

    ``connection`` holds the opened database once the dialog is accepted. ``opener``
    stands in for ``open_server`` in tests.
    """

    tested = Signal(bool, str)  # worked, the sentence shown
    failed = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        url: str | None = None,
        opener: Opener = open_server,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to server"))
        self.setMinimumWidth(520)
        self._opener = opener
        self._busy = False
        self.connection: ServerConnection | None = None

        self.host_edit = QLineEdit()
        self.host_edit.setPlaceholderText(self.tr("e.g. est.trelleborg.se"))
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.database_edit = QLineEdit(DEFAULT_DATABASE)
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_box = QCheckBox(self.tr("&Remember the password in this computer's keychain"))
        self.remember_box.setToolTip(
            self.tr("Otherwise EST Desktop asks for the password each time it starts.")
        )
        self.ssl_combo = QComboBox()
        for mode in SSL_MODES:
            self.ssl_combo.addItem(_ssl_label(mode), mode)
        self.ssl_combo.setCurrentIndex(SSL_MODES.index(DEFAULT_SSL_MODE))

        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.result_label = QLabel()
        self.result_label.setObjectName("connectResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)

        form = QFormLayout()
        for text, widget in (
            (self.tr("&Server"), self.host_edit),
            (self.tr("&Port"), self.port_spin),
            (self.tr("&Database"), self.database_edit),
            (self.tr("&User"), self.user_edit),
            (self.tr("Pass&word"), self.password_edit),
            ("", self.remember_box),
            (self.tr("&Encryption (TLS)"), self.ssl_combo),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.connect_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(self.tr("&Connect"))
        self.buttons.accepted.connect(self.connect_to_server)
        self.buttons.rejected.connect(self.reject)

        intro = QLabel(
            self.tr(
                "A shared database on a PostgreSQL server: the convener and the participants "
                "work in the same record at the same time. Your administrator gives you the "
                "server's name, the database and your user."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(test_row)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        if url:
            self.set_url(url)

    # --- the fields ------------------------------------------------------------------

    def set_url(self, url: str) -> None:
        parsed = make_url(url)
        self.host_edit.setText(parsed.host or "")
        self.port_spin.setValue(parsed.port or DEFAULT_PORT)
        self.database_edit.setText(parsed.database or "")
        self.user_edit.setText(parsed.username or "")
        mode = parsed.query.get("sslmode", DEFAULT_SSL_MODE)
        if isinstance(mode, tuple):
            mode = mode[0]
        if mode in SSL_MODES:
            self.ssl_combo.setCurrentIndex(SSL_MODES.index(mode))
        remembered = parsed.password or credentials.load_password(url)
        if remembered:
            self.password_edit.setText(remembered)
            self.remember_box.setChecked(parsed.password is None)

    def url(self) -> str:
        return build_url(
            host=self.host_edit.text(),
            port=self.port_spin.value(),
            database=self.database_edit.text(),
            user=self.user_edit.text(),
            ssl_mode=self.ssl_combo.currentData(),
        )

    def password(self) -> str | None:
        return self.password_edit.text() or None

    def _missing(self) -> str:
        for widget, text in (
            (self.host_edit, self.tr("Write the server's name or address.")),
            (self.database_edit, self.tr("Write the name of the database.")),
            (self.user_edit, self.tr("Write your user name on the server.")),
        ):
            if not widget.text().strip():
                widget.setFocus()
                return text
        return ""

    # --- testing and connecting -----------------------------------------------------------

    def test_connection(self) -> None:
        self._run(keep=False)

    def connect_to_server(self) -> None:
        self._run(keep=True)

    def _run(self, *, keep: bool) -> None:
        if self._busy:
            return
        missing = self._missing()
        if missing:
            self._show(missing, ok=False)
            self.failed.emit(missing)
            return
        url, password, opener = self.url(), self.password(), self._opener
        self._set_busy(True)
        self._show(self.tr("Connecting to %1…").replace("%1", short_name(url)), ok=True, quiet=True)

        def work() -> ServerConnection:
            connection = opener(url, password)
            if not keep:
                connection.engine.dispose()
            return connection

        run_task(
            work,
            lambda connection: self._done(connection, keep, password),
            lambda error: self._failed(error, url),
        )

    def _done(self, connection: ServerConnection, keep: bool, password: str | None) -> None:
        self._set_busy(False)
        text = self.tr("The connection works.") + " " + user_text(connection.user)
        self._show(text, ok=True)
        self.tested.emit(True, text)
        if not keep:
            return
        self._remember(connection.url, password)
        self.connection = connection
        self.accept()

    def _failed(self, error: Exception, url: str) -> None:
        self._set_busy(False)
        text = failure_text(error, url)
        self._show(text, ok=False)
        self.tested.emit(False, text)
        self.failed.emit(text)
        if isinstance(error, KnownError) and error.text == LOGIN_FAILED:
            self.password_edit.setFocus()
            self.password_edit.selectAll()

    def _remember(self, url: str, password: str | None) -> None:
        if self.remember_box.isChecked() and password:
            problem = credentials.save_password(url, password)
            if problem:
                QMessageBox.information(self, self.windowTitle(), tr_service(problem))
        else:
            credentials.forget_password(url)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.test_button.setEnabled(not busy)
        self.connect_button.setEnabled(not busy)

    def _show(self, text: str, *, ok: bool, quiet: bool = False) -> None:
        colour = "#b00020" if not ok else ("palette(placeholder-text)" if quiet else "#1b5e20")
        self.result_label.setStyleSheet(f"color: {colour};")
        self.result_label.setText(text)

    def reject(self) -> None:
        if not self._busy:  # a connection on its way is waited for, not left behind
            super().reject()


__all__ = [
    "ConnectDialog",
    "ServerConnection",
    "build_url",
    "open_server",
    "short_name",
    "without_password",
]
