"""Hand-rolled versions of what Qt already does stay out of the UI.

``blockSignals(True)`` … ``blockSignals(False)`` leaves a widget deaf when the code
between raises, and forgets a block that was already there; ``QSignalBlocker`` as a
context manager does neither. A "file(s)" filled in with ``replace("%1", …)`` reads
wrong in every language with real plurals; ``tr(text, "", n)`` with ``%n`` lets the
translation choose the form.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "est_desktop"
PSEUDO_PLURALS = ("(s)", "(er)")
TRANSLATING = ("tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP")


def _sources(*roots: Path, top_level: Path | None = None) -> list[Path]:
    files = [f for root in roots for f in sorted(root.rglob("*.py"))]
    if top_level is not None:
        files += sorted(top_level.glob("*.py"))
    return files


def _called_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _pseudo_plurals(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or _called_name(node) not in TRANSLATING:
            continue
        for arg in node.args:
            if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                continue
            text = arg.value
            if any(p in text for p in PSEUDO_PLURALS) and "%n" not in text:
                found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}: {text!r}")
    return found


def test_no_hand_written_signal_blocking() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE.parent)}:{number}"
        for path in _sources(PACKAGE)
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "blockSignals(" in line
    ]
    assert not offenders, "use 'with QSignalBlocker(widget):' at " + ", ".join(offenders)


def test_counted_strings_use_qt_plurals() -> None:
    offenders = [
        found
        for path in _sources(PACKAGE / "ui", top_level=PACKAGE)
        for found in _pseudo_plurals(path)
    ]
    assert not offenders, 'write self.tr("%n file(s) …", "", count):\n' + "\n".join(offenders)


def test_plurals_are_written_where_lupdate_reads_them() -> None:
    """lupdate takes ``%n`` plurals from ``tr()`` only: one in ``QCoreApplication.translate``
    never reaches the translation file, and the room reads "1 meeting(s) ago" in English."""
    offenders = []
    for path in _sources(PACKAGE):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _called_name(node) == "translate":
                texts = [a.value for a in node.args if isinstance(a, ast.Constant)]
                if any(isinstance(t, str) and "%n" in t for t in texts):
                    offenders.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    assert not offenders, "use self.tr() for a %n text: " + ", ".join(offenders)
