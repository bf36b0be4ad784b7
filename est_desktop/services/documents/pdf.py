"""A Word export saved as PDF too: what LibreOffice (or Word on Windows) renders from the
very .docx written, so the two never differ.

LibreOffice runs headless with a profile of its own, so it works while the user has
LibreOffice open and never touches their settings. The PDF is written beside the .docx
only once complete, like every other export.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ...errors import KnownError
from ...text import QT_TRANSLATE_NOOP
from .safe_write import write_atomically

TIMEOUT_SECONDS = 180

# Where LibreOffice installs itself when it is not on PATH.
_LIBREOFFICE_PLACES = (
    Path(os.environ.get("PROGRAMFILES", r"C:\Program Files")) / "LibreOffice/program/soffice.exe",
    Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)"))
    / "LibreOffice/program/soffice.exe",
    Path("/Applications/LibreOffice.app/Contents/MacOS/soffice"),
)

# Word's own "save as PDF" (wdFormatPDF = 17), through PowerShell: no extra Python package.
_WORD_SCRIPT = (
    "$ErrorActionPreference = 'Stop'; $word = New-Object -ComObject Word.Application; "
    "try { $doc = $word.Documents.Open($args[0], $false, $true); "
    "$doc.SaveAs([ref] $args[1], [ref] 17); $doc.Close($false) } finally { $word.Quit() }"
)

NO_CONVERTER = QT_TRANSLATE_NOOP(
    "Validation",
    "Saving as PDF needs LibreOffice (free, from libreoffice.org) or Microsoft Word. "
    "Install one of them and export again; the Word file is saved.",
)


@dataclass(frozen=True)
class Converter:
    """A program that turns .docx into PDF: ``kind`` is "libreoffice" or "word"."""

    kind: str
    program: Path


def find_converter() -> Converter | None:
    """LibreOffice where installed, else Word on Windows, else None."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return Converter("libreoffice", Path(found))
    for place in _LIBREOFFICE_PLACES:
        if place.is_file():
            return Converter("libreoffice", place)
    if sys.platform == "win32" and _word_installed():
        return Converter("word", Path(shutil.which("powershell") or "powershell"))
    return None


def save_as_pdf(docx: Path, *, converter: Converter | None = None) -> Path:
    """Writes ``docx`` with the suffix .pdf beside it and returns that path.

    ``KnownError`` when no converter is installed (``NO_CONVERTER``), when it fails or
    takes longer than ``TIMEOUT_SECONDS``, and when the PDF cannot be written (open in a
    reader, disk full); the .docx is never touched.
    """
    if converter is None:
        converter = find_converter()
    if converter is None:
        raise KnownError(NO_CONVERTER)
    target = docx.with_suffix(".pdf")
    with tempfile.TemporaryDirectory(prefix="est-pdf-") as work:
        rendered = _convert(converter, docx, Path(work))
        return write_atomically(target, lambda path: shutil.copyfile(rendered, path))


def _convert(converter: Converter, docx: Path, work: Path) -> Path:
    if converter.kind == "word":
        out = work / docx.with_suffix(".pdf").name
        command = [
            str(converter.program),
            "-NoProfile",
            "-NonInteractive",
            "-Command",
            _WORD_SCRIPT,
            str(docx.resolve()),
            str(out),
        ]
    else:
        out = work / "out" / docx.with_suffix(".pdf").name
        command = [
            str(converter.program),
            f"-env:UserInstallation={(work / 'profile').resolve().as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out.parent),
            str(docx.resolve()),
        ]
    try:
        finished = subprocess.run(
            command, capture_output=True, text=True, timeout=TIMEOUT_SECONDS, check=False
        )
    except subprocess.TimeoutExpired:
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Validation",
                "Making the PDF took too long and was stopped. The Word file is saved; "
                "open it and save it as PDF from there.",
            ),
            str(docx),
        ) from None
    except OSError as error:
        raise KnownError(
            QT_TRANSLATE_NOOP("Validation", "The PDF could not be made."),
            f"{converter.program}: {error}",
        ) from None
    if finished.returncode != 0 or not out.is_file():
        detail = (finished.stderr or finished.stdout).strip().splitlines()
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Validation",
                "The PDF could not be made. The Word file is saved; open it and save it as "
                "PDF from there.",
            ),
            detail[-1] if detail else str(docx),
        )
    return out


def _word_installed() -> bool:
    if sys.platform != "win32":
        return False  # winreg exists on Windows alone; callers ask only there
    try:
        import winreg

        winreg.CloseKey(winreg.OpenKey(winreg.HKEY_CLASSES_ROOT, r"Word.Application"))
    except OSError:
        return False
    return True


@dataclass(frozen=True)
class AlsoAsPdf:
    """The PDFs made beside the Word files, and why the rest were not (None: all were)."""

    pdfs: list[Path]
    problem: KnownError | None = None


def also_as_pdf(documents: list[Path], *, converter: Converter | None = None) -> AlsoAsPdf:
    """A PDF beside each .docx in ``documents``. Stops at the first that fails: the Word
    files are written already, so a missing LibreOffice is a message, not a lost export."""
    if converter is None:
        converter = find_converter()
    pdfs: list[Path] = []
    for document in documents:
        if document.suffix.lower() != ".docx":
            continue
        if converter is None:
            return AlsoAsPdf(pdfs, KnownError(NO_CONVERTER))
        try:
            pdfs.append(save_as_pdf(document, converter=converter))
        except KnownError as error:
            return AlsoAsPdf(pdfs, error)
    return AlsoAsPdf(pdfs)
