"""Atomic file writing for every document export.

A half-written .docx on the shared drive is worse than none: the reader opens
it and Word offers a repair. So a document is written beside its target under
a temporary name and moved over the target only once it is complete; when
anything fails, the earlier file is still there, byte for byte.
"""

from __future__ import annotations

import errno
import os
import secrets
from collections.abc import Callable
from pathlib import Path

from ...errors import KnownError
from ...text import QT_TRANSLATE_NOOP

FOLDER_MISSING = QT_TRANSLATE_NOOP(
    "Validation", "The folder does not exist. Choose another folder."
)
NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "Validation", "You may not write to this folder. Choose another folder."
)
FILE_IN_USE = QT_TRANSLATE_NOOP(
    "Validation", "The file is open in another program, for example Word. Close it and try again."
)
DISK_FULL = QT_TRANSLATE_NOOP(
    "Validation", "The disk is full. Free some space or choose another folder and try again."
)

_IN_USE_ERRNOS = {errno.EBUSY, errno.ETXTBSY}
_NOT_ALLOWED_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS}
_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT}


def write_atomically(target: Path, write: Callable[[Path], object]) -> Path:
    """Calls ``write`` with a temporary path in ``target``'s folder, then moves it onto ``target``.

    Errors a user can act on become ``KnownError`` (detail: the path); anything
    else propagates. Either way the temporary file is removed. What ``write``
    returns is ignored.
    """
    target = Path(target)
    temp: Path | None = None
    try:
        temp = _create_temp(target)
        write(temp)
        _flush_to_disk(temp)
        _replace(temp, target)
        temp = None
        return target
    except OSError as error:
        known = _known(error, target)
        if known is None:
            raise
        raise known from error
    finally:
        if temp is not None:
            temp.unlink(missing_ok=True)


def _create_temp(target: Path) -> Path:
    """An empty new file beside ``target``; os.open with 0o666 lets the umask decide access,
    as for any file the user saves (mkstemp would make it private to the user)."""
    for _ in range(100):
        temp = target.with_name(f".~{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            continue
        return temp
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(target.parent))


def _flush_to_disk(path: Path) -> None:
    with open(path, "rb+") as file:
        os.fsync(file.fileno())


class _ReplaceRefused(OSError):
    """os.replace refused: on Windows usually because the target is open in Word."""


def _replace(temp: Path, target: Path) -> None:
    try:
        os.replace(temp, target)
    except PermissionError as error:
        if target.exists() and not os.access(target, os.W_OK):
            raise  # a read-only file, not a locked one
        raise _ReplaceRefused(error.errno, error.strerror, error.filename) from error


def _known(error: OSError, target: Path) -> KnownError | None:
    detail = str(target)
    if isinstance(error, _ReplaceRefused) or error.errno in _IN_USE_ERRNOS:
        return KnownError(FILE_IN_USE, detail)
    if error.errno in _FULL_ERRNOS:
        return KnownError(DISK_FULL, detail)
    if error.errno == errno.ENOENT and not target.parent.is_dir():
        return KnownError(FOLDER_MISSING, detail)
    if isinstance(error, PermissionError) or error.errno in _NOT_ALLOWED_ERRNOS:
        return KnownError(NOT_ALLOWED, detail)
    return None
