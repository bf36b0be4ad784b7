"""Asking the user when text holds something that looks like a personal identity number."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...errors import UserError
from ...services.personal_numbers import (
    FOUND_IN_TEXT,
    REMOVED,
    PersonalNumbersFound,
    PersonalNumbersInExport,
)
from .messages import show_error, tr_service


class Choice(Enum):
    REMOVE = "remove"
    SAVE = "save"
    CANCEL = "cancel"


def ask_before_saving(parent: QWidget) -> Choice:
    """Remove the number, save anyway, or go back to the form (the default)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(
        QCoreApplication.translate("PersonalNumbers", "Personal identity number in the text")
    )
    box.setText(tr_service(FOUND_IN_TEXT))
    box.setInformativeText(
        QCoreApplication.translate(
            "PersonalNumbers", "Remove it before saving, or save the text as it is?"
        )
    )
    remove = box.addButton(
        QCoreApplication.translate("PersonalNumbers", "&Remove it"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    remove.setObjectName("remove")
    save = box.addButton(
        QCoreApplication.translate("PersonalNumbers", "&Save anyway"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    save.setObjectName("saveAnyway")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setObjectName("cancel")
    box.setDefaultButton(remove)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is remove:
        return Choice.REMOVE
    if clicked is save:
        return Choice.SAVE
    return Choice.CANCEL


def save_asking(
    parent: QWidget, save: Callable[[bool], object], remove: Callable[[str], None]
) -> bool:
    """Runs ``save(allow_personal_numbers)``; when the text holds something like a
    personnummer, asks: removing it calls ``remove(marker)`` and saves again, saving anyway
    saves as written. False when the user goes back to the text. Validation errors pass
    through to the caller."""
    allow = False
    while True:
        try:
            save(allow)
            return True
        except PersonalNumbersFound:
            choice = ask_before_saving(parent)
            if choice == Choice.CANCEL:
                return False
            if choice == Choice.REMOVE:
                remove(tr_service(REMOVED))
            allow = choice == Choice.SAVE


def confirm_export(parent: QWidget, error: PersonalNumbersInExport) -> bool:
    """True when the user exports anyway; the default is not to."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(
        QCoreApplication.translate("PersonalNumbers", "Personal identity number in the document")
    )
    box.setText(tr_service(error.text))
    if error.detail:
        box.setInformativeText(
            QCoreApplication.translate("PersonalNumbers", "Found under: %1").replace(
                "%1", error.detail
            )
        )
    export = box.addButton(
        QCoreApplication.translate("PersonalNumbers", "&Export anyway"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    export.setObjectName("exportAnyway")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setObjectName("cancel")
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is export


def answer_export_failure(
    parent: QWidget, error: Exception, write_anyway: Callable[[], None]
) -> None:
    """After an export on a worker thread failed: a personnummer in the text asks first and
    ``write_anyway`` writes again once allowed; what the user can act on is shown; anything
    else is a bug and raised."""
    if isinstance(error, PersonalNumbersInExport):
        if confirm_export(parent, error):
            write_anyway()
        return
    if not isinstance(error, UserError):
        raise error
    show_error(parent, error)
