"""Atomic writing: after any failure the earlier file is intact and no temporary file is left."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

import pytest

from est_desktop.errors import KnownError
from est_desktop.services.documents import safe_write
from est_desktop.services.documents.safe_write import write_atomically

OLD = b"the minutes exported last week"
NEW = b"this week's minutes"


def _writes(content: bytes):
    def write(path: Path) -> None:
        path.write_bytes(content)

    return write


@pytest.fixture
def target(tmp_path: Path) -> Path:
    folder = tmp_path / "Delade dokument"
    folder.mkdir()
    path = folder / "EST-minnesanteckningar 2026-11-24 (v 48).docx"
    path.write_bytes(OLD)
    return path


def _assert_untouched(target: Path) -> None:
    assert target.read_bytes() == OLD
    assert [p.name for p in target.parent.iterdir()] == [target.name]


def test_writes_a_new_file(tmp_path: Path) -> None:
    target = tmp_path / "ny.docx"
    assert write_atomically(target, _writes(NEW)) == target
    assert target.read_bytes() == NEW
    assert [p.name for p in tmp_path.iterdir()] == ["ny.docx"]


def test_replaces_the_earlier_file(target: Path) -> None:
    write_atomically(target, _writes(NEW))
    assert target.read_bytes() == NEW
    assert [p.name for p in target.parent.iterdir()] == [target.name]


def test_the_temporary_file_is_beside_the_target(target: Path) -> None:
    seen: list[Path] = []
    write_atomically(target, lambda path: (seen.append(path), path.write_bytes(NEW)))
    assert seen[0].parent == target.parent
    assert seen[0] != target


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_new_file_follows_the_umask_like_any_saved_file(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        target = write_atomically(tmp_path / "ny.docx", _writes(NEW))
    finally:
        os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o644


def test_missing_folder(tmp_path: Path) -> None:
    target = tmp_path / "finns-inte" / "m.docx"
    with pytest.raises(KnownError) as caught:
        write_atomically(target, _writes(NEW))
    assert caught.value.text == "The folder does not exist. Choose another folder."
    assert caught.value.detail == str(target)
    assert list(tmp_path.iterdir()) == []


def test_folder_without_write_permission(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(_target: Path) -> Path:
        raise PermissionError(errno.EACCES, "Permission denied", str(_target.parent))

    monkeypatch.setattr(safe_write, "_create_temp", refuse)
    with pytest.raises(KnownError) as caught:
        write_atomically(target, _writes(NEW))
    assert caught.value.text == "You may not write to this folder. Choose another folder."
    assert caught.value.detail == str(target)
    _assert_untouched(target)


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root may write anywhere")
def test_read_only_folder_for_real(target: Path) -> None:
    target.parent.chmod(0o555)
    try:
        with pytest.raises(KnownError) as caught:
            write_atomically(target, _writes(NEW))
    finally:
        target.parent.chmod(0o755)
    assert caught.value.text == "You may not write to this folder. Choose another folder."
    _assert_untouched(target)


def test_file_open_in_word(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On Windows, replacing a file Word has open fails with PermissionError."""

    def locked(src: object, dst: object) -> None:
        raise PermissionError(errno.EACCES, "The process cannot access the file", str(dst))

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(KnownError) as caught:
        write_atomically(target, _writes(NEW))
    assert caught.value.text == (
        "The file is open in another program, for example Word. Close it and try again."
    )
    assert caught.value.detail == str(target)
    _assert_untouched(target)


@pytest.mark.parametrize("code", [errno.EBUSY, errno.ETXTBSY])
def test_file_busy(target: Path, monkeypatch: pytest.MonkeyPatch, code: int) -> None:
    def busy(src: object, dst: object) -> None:
        raise OSError(code, os.strerror(code), str(dst))

    monkeypatch.setattr(os, "replace", busy)
    with pytest.raises(KnownError) as caught:
        write_atomically(target, _writes(NEW))
    assert caught.value.text.startswith("The file is open in another program")
    _assert_untouched(target)


def test_read_only_target_file_is_not_called_open(
    target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(src: object, dst: object) -> None:
        raise PermissionError(errno.EACCES, "Access is denied", str(dst))

    monkeypatch.setattr(os, "replace", refused)
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    with pytest.raises(KnownError) as caught:
        write_atomically(target, _writes(NEW))
    assert caught.value.text == "You may not write to this folder. Choose another folder."
    _assert_untouched(target)


def test_disk_full(target: Path) -> None:
    def fills_the_disk(path: Path) -> None:
        path.write_bytes(NEW[:5])
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    with pytest.raises(KnownError) as caught:
        write_atomically(target, fills_the_disk)
    assert caught.value.text == (
        "The disk is full. Free some space or choose another folder and try again."
    )
    assert caught.value.detail == str(target)
    _assert_untouched(target)


def test_a_bug_in_the_writer_is_not_dressed_up(target: Path) -> None:
    def broken(path: Path) -> None:
        path.write_bytes(b"half")
        raise ValueError("bug")

    with pytest.raises(ValueError, match="bug"):
        write_atomically(target, broken)
    _assert_untouched(target)


def test_an_unexpected_os_error_propagates_as_is(target: Path) -> None:
    def odd(path: Path) -> None:
        raise OSError(errno.EINVAL, "Invalid argument")

    with pytest.raises(OSError) as caught:
        write_atomically(target, odd)
    assert not isinstance(caught.value, KnownError)
    assert caught.value.errno == errno.EINVAL
    _assert_untouched(target)
