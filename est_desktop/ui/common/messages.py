"""Showing service errors to the user in their language, at the field where possible."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout, QWidget

from ...errors import UserError, ValidationError
from ...i18n import translate_error, user_message


def tr_service(text: str) -> str:
    return translate_error(text)


def show_error(parent: QWidget, error: Exception) -> None:
    text = user_message(error) if isinstance(error, UserError) else str(error)
    QMessageBox.warning(parent, QCoreApplication.translate("Messages", "Could not save"), text)


class FieldErrors:
    """A red message under each form field, shown when the services refuse the input."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}

    def wrap(self, field: str, widget: QWidget) -> QWidget:
        """Returns a container holding ``widget`` with its (hidden) error line below."""
        container = QWidget()
        layout = QVBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        label = QLabel()
        label.setObjectName("fieldError")
        label.setStyleSheet("color: #b00020;")
        label.setWordWrap(True)
        label.hide()
        layout.addWidget(label)
        self._labels[field] = label
        self._widgets[field] = widget
        return container

    def show(self, error: ValidationError, parent: QWidget) -> None:
        """Puts each message at its field; anything without a field goes to a message box."""
        self.clear()
        unplaced = []
        first: QWidget | None = None
        for field, message in error.errors.items():
            label = self._labels.get(field)
            if label is None:
                unplaced.append(message)
                continue
            label.setText(tr_service(message))
            label.show()
            first = first or self._widgets[field]
        if first is not None:
            first.setFocus()
        if unplaced:
            show_error(parent, ValidationError({str(i): m for i, m in enumerate(unplaced)}))

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear()
            label.hide()

    def message(self, field: str) -> str:
        label = self._labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""
