"""The Swedish source texts of the documents, found in the code the way a reviewer would:
every string handed to ``t``, ``t_each`` or ``plural`` (from ``documents.wording``), as a
literal or as a module-level constant (a tuple or dict of them too), followed through
imports. Texts chosen at run time (``t(header)`` in a loop) are not found here; the
English renders catch those, by the warning ``t`` logs for a text without English."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[3] / "est_desktop"
WORDING = "est_desktop.services.documents.wording"
CATALOGUE = PACKAGE / "services" / "documents" / "english.py"
# The translating functions, and which of their arguments are source texts.
CALLS = {"t": (0,), "t_each": (0,), "plural": (1, 2)}


@dataclass
class Module:
    name: str
    is_package: bool
    tree: ast.Module
    constants: dict[str, ast.expr] = field(default_factory=dict)
    imports: dict[str, tuple[str, str]] = field(default_factory=dict)  # alias → (module, name)

    def absolute(self, module: str | None, level: int) -> str:
        if level == 0:
            return module or ""
        package = self.name.split(".")
        if not self.is_package:
            package = package[:-1]
        package = package[: len(package) - (level - 1)]
        return ".".join([*package, module] if module else package)


@dataclass(frozen=True)
class Found:
    texts: dict[str, list[str]]  # source text → where it is handed to t
    f_strings: list[str]  # places an f-string is handed to t: never translatable
    translating_modules: frozenset[str]


def _module(path: Path) -> Module:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    is_package = parts[-1] == "__init__"
    module = Module(
        ".".join(parts[:-1] if is_package else parts),
        is_package,
        ast.parse(path.read_text(encoding="utf-8"), str(path)),
    )
    for node in module.tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            if isinstance(node.targets[0], ast.Name):
                module.constants[node.targets[0].id] = node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            if node.value is not None:
                module.constants[node.target.id] = node.value
    for node in ast.walk(module.tree):  # imports inside functions count too
        if isinstance(node, ast.ImportFrom):
            base = module.absolute(node.module, node.level)
            for alias in node.names:
                module.imports[alias.asname or alias.name] = (base, alias.name)
    return module


@cache
def modules() -> dict[str, Module]:
    found = (_module(path) for path in sorted(PACKAGE.rglob("*.py")))
    return {module.name: module for module in found}


def _strings(module: Module, node: ast.expr, depth: int = 0) -> set[str] | None:
    """The strings ``node`` can be, or None when only known at run time."""
    if depth > 10:
        return None
    match node:
        case ast.Constant(value=str() as text):
            return {text}
        case ast.Constant():
            return set()
        case ast.Tuple(elts=items) | ast.List(elts=items) | ast.Set(elts=items):
            return _union(module, items, depth)
        case ast.Dict(values=items):
            return _union(module, items, depth)
        case ast.Subscript(value=container):
            return _strings(module, container, depth + 1)
        case ast.Name(id=name):
            source, value = _resolve(module, name)
            return None if value is None else _strings(source, value, depth + 1)
        case ast.Attribute(value=ast.Name(id=alias), attr=name) if alias in module.imports:
            base, imported = module.imports[alias]
            target = modules().get(f"{base}.{imported}")
            if target is None:
                return None
            source, value = _resolve(target, name)
            return None if value is None else _strings(source, value, depth + 1)
    return None


def _resolve(module: Module, name: str, depth: int = 0) -> tuple[Module, ast.expr | None]:
    if depth > 10:
        return module, None
    if name in module.constants:
        return module, module.constants[name]
    if name in module.imports:
        base, imported = module.imports[name]
        source = modules().get(base)
        if source is not None:
            return _resolve(source, imported, depth + 1)
    return module, None


def _union(module: Module, items: list[ast.expr], depth: int) -> set[str] | None:
    found: set[str] = set()
    for item in items:
        if isinstance(item, ast.Constant) and not isinstance(item.value, str):
            continue
        strings = _strings(module, item, depth + 1)
        if strings is not None:
            found |= strings
    return found


def _calls(module: Module) -> Iterator[tuple[str, ast.Call]]:
    for node in ast.walk(module.tree):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        if name not in CALLS:
            continue
        # Only the wording's own functions (or the wording module itself).
        if module.name != WORDING:
            origin = module.imports.get(name, ("", ""))[0]
            if isinstance(node.func, ast.Name) and origin != WORDING:
                continue
            if isinstance(node.func, ast.Attribute):
                alias = getattr(node.func.value, "id", "")
                if module.imports.get(alias, ("", ""))[1] != "wording":
                    continue
        yield name, node


@cache
def found() -> Found:
    texts: dict[str, list[str]] = {}
    f_strings: list[str] = []
    translating: set[str] = set()
    for module in modules().values():
        for name, call in _calls(module):
            translating.add(module.name)
            for index in CALLS[name]:
                if index >= len(call.args):
                    continue
                argument = call.args[index]
                where = f"{module.name}:{call.lineno}"
                if isinstance(argument, ast.JoinedStr):
                    f_strings.append(where)
                    continue
                for text in _strings(module, argument) or ():
                    texts.setdefault(text, []).append(where)
    return Found(texts, f_strings, frozenset(translating))


def literals_in_translating_modules() -> set[str]:
    """Every string literal (docstrings aside) of the modules that translate."""
    literals: set[str] = set()
    for name in found().translating_modules:
        tree = modules()[name].tree
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        literals |= {
            node.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
        }
    return literals
