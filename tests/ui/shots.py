"""Screenshots the test run saves in test-output/, to look at what a changed screen shows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

SHOTS = Path(__file__).resolve().parents[2] / "test-output"


def save_shot(widget: QWidget, name: str) -> Path:
    """``widget`` as drawn, saved as test-output/``name``.png."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


def save_question(parent: QWidget | None, title: str, text: str, name: str) -> Path:
    """The question ``QMessageBox.question`` would ask, drawn and saved, never shown modal."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.adjustSize()
    try:
        return save_shot(box, name)
    finally:
        box.deleteLater()
