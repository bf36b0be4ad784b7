"""Whether another EST Desktop has the database open: the lock file the window keeps.

The window holds ``<database>.lock`` while it runs (Qt's QLockFile: the process id, the
program's name and the computer's name, one per line). Jobs from the command line read
it without Qt, so that a job beside an open window reads the file as a reader and never
writes to it, checks it in place, or renames it.
"""

from __future__ import annotations

import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

from ...errors import KnownError
from ...text import QT_TRANSLATE_NOOP

IN_USE = QT_TRANSLATE_NOOP(
    "Validation",
    "The database is open in EST Desktop on another desk or in another window, which is "
    "the one that writes to it. Close EST Desktop there, or run the job there, and try again.",
)


@dataclass(frozen=True)
class Holder:
    pid: int
    program: str
    computer: str

    def __str__(self) -> str:
        return f"datorn {self.computer or '?'}, process {self.pid}"


def lock_path(db_path: Path) -> Path:
    return Path(f"{db_path}.lock")


def holder(db_path: Path) -> Holder | None:
    """Who holds the database's lock, when that is a running process other than this
    one; a lock left behind by a process that has ended on this computer holds nothing.
    A lock from another computer (a shared folder) is taken to hold: it cannot be checked."""
    try:
        lines = lock_path(db_path).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    try:
        pid = int(lines[0].strip())
    except (IndexError, ValueError):
        return None
    program = lines[1].strip() if len(lines) > 1 else ""
    computer = lines[2].strip() if len(lines) > 2 else ""
    here = socket.gethostname()
    if computer and computer != here:
        return Holder(pid, program, computer)
    if pid == os.getpid() or not _running(pid):
        return None
    return Holder(pid, program, computer or here)


def _running(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # os.kill(pid, 0) would send Ctrl+C there
        return _running_on_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process: running
    except OSError:
        return False
    return True


def _running_on_windows(pid: int) -> bool:
    import ctypes

    kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        # typeshed declares get_last_error on Windows only, and mypy checks as Linux.
        last_error = ctypes.get_last_error()  # type: ignore[attr-defined]
        return last_error == 5  # access denied: someone else's, running
    try:
        code = ctypes.c_ulong()
        return bool(kernel.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259
    finally:
        kernel.CloseHandle(handle)


def refuse_if_in_use(db_path: Path) -> None:
    """For a job that writes to the file: refused while another process holds it,
    with the computer and the process named."""
    found = holder(db_path)
    if found is not None:
        raise KnownError(IN_USE, str(found))
