"""Builds the one-folder EST Desktop bundle from packaging/est_desktop.spec.

IT installs signed packages, not pip; this folder is what the MSI wraps (docs/building.md).
The same command works on Windows and Linux: no shell, paths through pathlib.

    python tools/build_app.py [--dist DIR] [--work DIR]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SPEC = REPO / "packaging" / "est_desktop.spec"
NAME = "est-desktop"  # COLLECT's name in the spec: the folder under --dist


def folder_size(folder: Path) -> int:
    """Bytes on disk; symbolic links (PyInstaller makes some on Linux) are not counted twice."""
    return sum(
        path.lstat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


def build(dist: Path, work: Path) -> Path:
    """Runs PyInstaller in this interpreter's environment; returns the bundle folder."""
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    subprocess.run(command, check=True, cwd=REPO)
    return dist / NAME


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--dist", type=Path, default=REPO / "dist", help="output folder (default: dist/)"
    )
    parser.add_argument(
        "--work", type=Path, default=REPO / "build", help="PyInstaller's work folder (build/)"
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        folder = build(args.dist.resolve(), args.work.resolve())
    except subprocess.CalledProcessError as error:
        print(f"PyInstaller failed (exit code {error.returncode})", file=sys.stderr)  # noqa: T201
        return error.returncode or 1
    except OSError as error:  # no Python at sys.executable, an unwritable folder
        print(f"Could not run PyInstaller: {error}", file=sys.stderr)  # noqa: T201
        return 1
    executable = folder / (NAME + (".exe" if sys.platform == "win32" else ""))
    if not executable.is_file():
        print(f"PyInstaller finished but {executable} is missing", file=sys.stderr)  # noqa: T201
        return 1
    print(f"Built {folder}")  # noqa: T201
    print(f"Size: {folder_size(folder) / 1e6:.1f} MB")  # noqa: T201
    print(f"Time: {time.monotonic() - started:.0f} s")  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())
