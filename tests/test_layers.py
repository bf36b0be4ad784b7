"""The layers: the domain (models, services, db) usable without Qt, imports that only
ever point down, and no module importing another that imports it back.

Everything a user can do is a service function first, run from the command line
and from tests without a GUI. One stray ``from PySide6 ...`` in a service would
drag the whole toolkit into the headless jobs, so both the source text and the
modules actually loaded at import time are checked.
"""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import est_desktop.models
import est_desktop.services

PACKAGE_DIR = Path(__file__).resolve().parents[1] / "est_desktop"
QT_PACKAGES = ("PySide6", "shiboken6")
# Importing the UI layer from below would bring Qt in through the back door.
FORBIDDEN = (*QT_PACKAGES, "est_desktop.ui", "est_desktop.app", "est_desktop.i18n")


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported_names(source: str, module: str, is_package: bool = False) -> list[str]:
    """Absolute names of everything ``source`` imports, relative imports resolved."""
    package = module if is_package else module.rpartition(".")[0]
    names: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                prefix = ".".join(base + ([node.module] if node.module else []))
            else:
                prefix = node.module or ""
            names.append(prefix)
            names += [f"{prefix}.{alias.name}" for alias in node.names]
    return names


def _forbidden(names: list[str]) -> list[str]:
    return [n for n in names if any(n == f or n.startswith(f + ".") for f in FORBIDDEN)]


def _domain_files() -> list[Path]:
    files = sorted((PACKAGE_DIR / "models").rglob("*.py"))
    files += sorted((PACKAGE_DIR / "services").rglob("*.py"))
    return [*files, PACKAGE_DIR / "db.py"]


def test_the_scan_sees_every_kind_of_qt_import() -> None:
    """Guards the guard: each way of importing Qt is caught, relative UI imports too."""
    module = "est_desktop.services.example"
    for source in (
        "import PySide6",
        "import PySide6.QtCore as core",
        "from PySide6 import QtCore",
        "from PySide6.QtWidgets import QWidget",
        "import shiboken6",
        "def later():\n    from PySide6.QtGui import QColor\n",
        "from ..ui import main_window",
        "from ..ui.agenda import AgendaModel",
    ):
        assert _forbidden(_imported_names(source, module)), source
    for source in ("from ..models import Meeting", "from .errors import ValidationError"):
        assert not _forbidden(_imported_names(source, module)), source


@pytest.mark.parametrize("path", _domain_files(), ids=lambda p: str(p.relative_to(PACKAGE_DIR)))
def test_domain_source_never_imports_qt(path: Path) -> None:
    names = _imported_names(
        path.read_text(encoding="utf-8"), _module_name(path), path.name == "__init__.py"
    )
    assert _forbidden(names) == [], f"{path.relative_to(PACKAGE_DIR)} imports the UI toolkit"


def test_domain_folders_are_not_empty() -> None:
    files = _domain_files()
    assert any(p.parent.name == "models" for p in files)
    assert sum(p.parent.name == "services" for p in files) >= 5


def _all_domain_modules() -> list[str]:
    modules = ["est_desktop.models", "est_desktop.db"]
    for package in (est_desktop.models, est_desktop.services):
        modules += [
            info.name for info in pkgutil.walk_packages(package.__path__, package.__name__ + ".")
        ]
    return modules


def test_importing_every_domain_module_loads_no_qt() -> None:
    modules = _all_domain_modules()
    assert "est_desktop.services.meetings.agenda" in modules
    check = (
        f"import {', '.join(modules)}; import sys; "
        f"loaded = sorted(m for m in sys.modules if m.startswith({QT_PACKAGES!r})); "
        "assert not loaded, loaded"
    )
    result = subprocess.run(
        [sys.executable, "-c", check],
        cwd=PACKAGE_DIR.parent,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


# --- which way imports go, and no circles ------------------------------------------------

ENTRY = ("est_desktop.app", "est_desktop.cli", "est_desktop.commands", "est_desktop.bootstrap")
# What each layer must never import: what lies above it.
ABOVE = {
    "est_desktop.models": ("est_desktop.services", "est_desktop.ui", "est_desktop.db", *ENTRY),
    "est_desktop.services": ("est_desktop.ui", *ENTRY),
    "est_desktop.ui": ("est_desktop.app", "est_desktop.cli", "est_desktop.commands"),
}


def _every_module() -> dict[str, Path]:
    modules = {}
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        if "__pycache__" not in path.parts:
            modules[_module_name(path)] = path
    return modules


def _import_graph(modules: dict[str, Path]) -> dict[str, set[str]]:
    """Module → the modules it imports, at the top, inside functions and under
    TYPE_CHECKING alike. Importing one's own package does not count: Python runs its
    ``__init__`` first anyway."""
    graph: dict[str, set[str]] = {}
    for module, path in modules.items():
        names = _imported_names(
            path.read_text(encoding="utf-8"), module, path.name == "__init__.py"
        )
        own_package = module.rpartition(".")[0]
        graph[module] = {n for n in names if n in modules and n not in (module, own_package)}
    return graph


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(graph.get(node, ())):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _upward(graph: dict[str, set[str]]) -> list[str]:
    wrong = []
    for module, imported in graph.items():
        for layer, forbidden in ABOVE.items():
            if module == layer or module.startswith(layer + "."):
                wrong += [
                    f"{module} → {name}"
                    for name in sorted(imported)
                    if any(name == f or name.startswith(f + ".") for f in forbidden)
                ]
    return wrong


def test_no_module_imports_another_that_imports_it_back() -> None:
    assert _circles(_import_graph(_every_module())) == []


def test_no_import_runs_upward() -> None:
    assert _upward(_import_graph(_every_module())) == []


def test_the_guards_see_a_circle_and_an_upward_import() -> None:
    """Guards the guards: a circle through a TYPE_CHECKING import and an import inside a
    function, and a service reaching into the start-up module, are each caught."""
    graph = {
        "est_desktop.services.minutes.gather": {"est_desktop.services.minutes.to_docx"},
        "est_desktop.services.minutes.to_docx": {"est_desktop.services.minutes.gather"},
        "est_desktop.services.demo.years": {"est_desktop.bootstrap"},
        "est_desktop.models.meeting": {"est_desktop.services.audit"},
        "est_desktop.ui.store": {"est_desktop.db"},
    }
    assert _circles(graph) == [
        ["est_desktop.services.minutes.gather", "est_desktop.services.minutes.to_docx"]
    ]
    assert _upward(graph) == [
        "est_desktop.services.demo.years → est_desktop.bootstrap",
        "est_desktop.models.meeting → est_desktop.services.audit",
    ]
    source = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from .data import MinutesData\n"
        "def write():\n    from .to_docx import render\n"
    )
    names = _imported_names(source, "est_desktop.services.minutes.gather")
    assert {"est_desktop.services.minutes.data", "est_desktop.services.minutes.to_docx"} <= set(
        names
    )
