"""What every document shares lives in services/documents, not inside one renderer that
the others reach into: the words (``wording``) and the Word helpers (``word``)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[3] / "est_desktop"


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_no_renderer_reaches_into_the_minutes_renderer() -> None:
    reaching = sorted(
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if path.parent.name != "minutes"
        and any(module.endswith("minutes.to_docx") for module in _imports(path))
    )
    assert reaching == []


def test_document_properties_and_month_names_are_written_once() -> None:
    properties = sorted(
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "core_properties" in path.read_text(encoding="utf-8")
    )
    months = sorted(
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if '"september"' in path.read_text(encoding="utf-8")
    )
    assert properties == ["services/documents/word.py"]
    assert months == ["services/documents/wording.py"]


def test_reading_answers_loads_no_word_library() -> None:
    probe = (
        "import sys\n"
        "import est_desktop.services.action_lists.answers\n"
        "print('docx' in sys.modules)\n"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    ).stdout.strip()
    assert loaded == "False"
