"""One root for every error a user can act on, and one way it is told: the same Swedish
sentence, with its detail, in a dialog, from the window's error hook and on the command line.
"""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from est_desktop import app, errors
from est_desktop.errors import KnownError, NotFound, UserError, ValidationError
from est_desktop.i18n import user_message
from est_desktop.ui.common.messages import show_error

PACKAGE = Path(__file__).resolve().parents[2] / "est_desktop"
FIELD_MESSAGE = "Enter a name."  # Swedish: "Ange ett namn."
DISK_FULL = "The disk is full. Free some space and try again."


def _modules() -> dict[str, ast.Module]:
    return {
        str(path.relative_to(PACKAGE.parent)): ast.parse(path.read_text(encoding="utf-8"))
        for path in PACKAGE.rglob("*.py")
    }


def test_every_error_a_user_can_act_on_has_the_one_root() -> None:
    from est_desktop.bootstrap import DamagedDatabase
    from est_desktop.services.imports.tables import UnreadableFile
    from est_desktop.services.personal_numbers import PersonalNumbersInExport
    from est_desktop.services.server.move import MoveNotVerified, TargetNotEmpty

    for kind in (
        KnownError,
        ValidationError,
        NotFound,
        errors.NeedsConfirmation,
        DamagedDatabase,
        UnreadableFile,
        PersonalNumbersInExport,
        TargetNotEmpty,
        MoveNotVerified,
    ):
        assert issubclass(kind, UserError), kind


def test_the_error_classes_are_declared_once() -> None:
    roots = {"UserError", "KnownError", "ValidationError", "NotFound", "NeedsConfirmation"}
    declared = {
        (where, node.name)
        for where, module in _modules().items()
        for node in ast.walk(module)
        if isinstance(node, ast.ClassDef) and node.name in roots
    }
    assert {where for where, _ in declared} == {"est_desktop/errors.py"}


def test_a_dialog_shows_the_message_in_swedish_with_its_detail(monkeypatch, qtbot) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))

    show_error(None, ValidationError({"name": FIELD_MESSAGE, "kind": FIELD_MESSAGE}))
    show_error(None, KnownError(FIELD_MESSAGE, "/delad/est.sqlite3"))

    assert shown == ["Ange ett namn.\nAnge ett namn.", "Ange ett namn.\n\n/delad/est.sqlite3"]
    assert user_message(KnownError(FIELD_MESSAGE, "x"), between=" – ") == "Ange ett namn. – x"


@pytest.mark.parametrize(
    "error",
    [
        ValidationError.single(FIELD_MESSAGE, "name"),
        NotFound("action 12"),
        KnownError(FIELD_MESSAGE),
    ],
    ids=["validation", "not-found", "known"],
)
def test_an_uncaught_error_a_user_can_act_on_is_never_unexpected(monkeypatch, error) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: shown.append((title, text)))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: pytest.fail(f"shown as a bug: {a}"))

    app._excepthook(type(error), error, None)

    assert len(shown) == 1
    title, text = shown[0]
    assert title == "Inte sparat"
    assert text == user_message(error)
    assert "Unexpected" not in text and "oväntat" not in text.casefold()


def test_the_message_and_its_detail_are_put_together_in_one_place() -> None:
    """'Translate the text and append the detail' was written five times; now only
    ``user_message`` translates a message and reads the detail beside it."""
    both = []
    for where, module in _modules().items():
        for node in ast.walk(module):
            if not isinstance(node, ast.FunctionDef):
                continue
            attributes = {
                child.attr for child in ast.walk(node) if isinstance(child, ast.Attribute)
            }
            calls = {
                child.func.id
                for child in ast.walk(node)
                if isinstance(child, ast.Call) and isinstance(child.func, ast.Name)
            }
            if "detail" in attributes and calls & {"translate_error", "tr_service"}:
                both.append(f"{where}:{node.name}")
    # A personnummer found in an export names where, under its own heading ("Found under").
    assert sorted(both) == [
        "est_desktop/i18n.py:user_message",
        "est_desktop/ui/common/personal_numbers.py:confirm_export",
    ]
    assert "detail" in inspect.signature(KnownError).parameters


def test_nobody_imports_an_error_from_the_database_module() -> None:
    """A view catching KnownError needs no database module, and there is no second home."""
    from_db = sorted(
        where
        for where, module in _modules().items()
        for node in ast.walk(module)
        if isinstance(node, ast.ImportFrom)
        and (node.module or "").split(".")[-1] == "db"
        and any(alias.name in {"KnownError", "UserError"} for alias in node.names)
    )
    assert from_db == []
    assert not (PACKAGE / "services" / "errors.py").exists()
