"""Logging in at start-up to a server named by --db, EST_DESKTOP_DB or the last
connection: the password from the keychain or asked for, asked again when refused, and a
server that does not answer offered again (never a silent fall back to the file)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import make_url

from ...db import LOGIN_FAILED, SERVER_UNREACHABLE
from ...errors import KnownError
from ...services.server import credentials
from ..common.messages import tr_service
from .connect_dialog import Opener, ServerConnection, failure_text, open_server, short_name


class PasswordDialog(QDialog):
    """The password for a server named by ``--db``, with why it is asked again."""

    def __init__(self, url: str, message: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Password for the server"))
        self.setMinimumWidth(420)
        label = QLabel(self.tr("Password for %1:").replace("%1", short_name(url)))
        label.setWordWrap(True)
        self.message = QLabel(message)
        self.message.setObjectName("passwordMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setVisible(bool(message))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        label.setBuddy(self.password_edit)
        self.remember_box = QCheckBox(self.tr("&Remember the password in this computer's keychain"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Connect"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(label)
        layout.addWidget(self.password_edit)
        layout.addWidget(self.remember_box)
        layout.addWidget(buttons)


def ask_password(
    url: str, message: str = "", parent: QWidget | None = None
) -> tuple[str, bool] | None:
    """The password and whether to remember it; None when the user cancels."""
    dialog = PasswordDialog(url, message, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.password_edit.text(), dialog.remember_box.isChecked()
    finally:
        dialog.deleteLater()


RETRY, LOCAL, QUIT = "retry", "local", "quit"


def ask_retry(text: str, parent: QWidget | None = None, *, offer_local: bool = False) -> str:
    """The server could not be reached at start-up: try again (the default), or quit.
    ``offer_local``: the server was only remembered from the last time, so the database
    on this computer is offered too; it is never opened in the server's place unasked."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("ConnectDialog", "Cannot reach the server"),
        text,
        parent=parent,
    )
    retry = box.addButton(
        QCoreApplication.translate("ConnectDialog", "&Try again"), QMessageBox.ButtonRole.AcceptRole
    )
    local = None
    if offer_local:
        local = box.addButton(
            QCoreApplication.translate("ConnectDialog", "Use the database on &this computer"),
            QMessageBox.ButtonRole.ActionRole,
        )
    box.addButton(
        QCoreApplication.translate("ConnectDialog", "&Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(retry)
    box.exec()
    clicked = box.clickedButton()
    if clicked is retry:
        return RETRY
    return LOCAL if local is not None and clicked is local else QUIT


def retry_or_quit(text: str) -> bool:
    """Whether to try the server again (``ask_retry`` without the local database)."""
    return ask_retry(text) == RETRY


def connect_at_start(
    url: str,
    *,
    opener: Opener = open_server,
    ask: Callable[[str, str], tuple[str, bool] | None] | None = ask_password,
    retry: Callable[[str], bool] | None = retry_or_quit,
    report: Callable[[str], Any] | None = None,
) -> ServerConnection | None:
    """The server named by ``--db`` (or remembered from the last time), opened.

    The password comes from the URL, else the keychain, else ``ask``; a refused one is
    asked for again, with the server's message. ``ask`` and ``retry`` None: nobody to
    ask (the smoke test), so a missing password or a failure ends the start with
    ``report(text)``. None when the user gave up."""
    parsed = make_url(url)
    password = parsed.password or credentials.load_password(url)
    from_keychain = parsed.password is None and password is not None
    remember = False
    message = ""
    while True:
        if password is None:
            if ask is None:
                if report is not None:
                    report(
                        QCoreApplication.translate("ConnectDialog", "No password for %1.").replace(
                            "%1", short_name(url)
                        )
                    )
                return None
            answer = ask(url, message)
            if answer is None:
                return None
            password, remember = answer
            from_keychain = False
        try:
            connection = opener(url, password)
        except KnownError as error:
            if error.text == LOGIN_FAILED and ask is not None:
                if from_keychain:
                    credentials.forget_password(url)
                message, password = tr_service(error.text), None
                continue
            text = failure_text(error, url)
            if retry is not None and error.text == SERVER_UNREACHABLE and retry(text):
                continue
            if report is not None:
                report(text)
            return None
        if remember:
            credentials.save_password(url, password)  # failing, it is asked for next time
        return connection
