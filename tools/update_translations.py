"""Refreshes resources/i18n/est_desktop_sv.ts from the sources and compiles the .qm.

Run after changing user-visible strings:  python tools/update_translations.py
Then translate the new entries (Qt Linguist: pyside6-linguist, or by hand) and run it again.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "est_desktop_sv.ts"
QM = TS.with_suffix(".qm")


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "est_desktop").rglob("*.py"))


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def main() -> None:
    subprocess.run(
        [tool("lupdate"), "-no-obsolete", "-locations", "none", *sources(), "-ts", str(TS)],
        cwd=ROOT,
        check=True,
    )
    subprocess.run([tool("lrelease"), str(TS), "-qm", str(QM)], cwd=ROOT, check=True)


if __name__ == "__main__":
    main()
