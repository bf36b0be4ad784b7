"""Opening an exported document the way a user's office suite would: LibreOffice to PDF,
then the text a reader sees. Required in CI; skipped elsewhere when not installed."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest


class ReadText(str):
    """The text of the rendered pages as laid out; ``phrase in text`` asks whether a reader
    finds the phrase there, wherever the fonts of this machine broke its lines: it looks in
    the text read cell by cell, spaces and line breaks aside ("Försena" / "d" in a narrow
    table column is still "Försenad" read)."""

    reading_order: str = ""

    def __contains__(self, phrase: object) -> bool:
        return isinstance(phrase, str) and _squashed(phrase) in _squashed(self.reading_order)


def _squashed(text: str) -> str:
    return "".join(text.split())


def text_as_read(document: Path, workdir: Path) -> ReadText:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    pdftotext = shutil.which("pdftotext")
    if soffice is None or pdftotext is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (soffice) and pdftotext are required in CI")
        pytest.skip("LibreOffice or pdftotext not installed")
    outdir = workdir / "pdf" / document.suffix.lstrip(".")
    profile = workdir / "lo-profile"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            str(document),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = outdir / document.with_suffix(".pdf").name
    assert pdf.is_file(), f"LibreOffice could not convert {document.name}"

    def read(*options: str) -> str:
        return subprocess.run(
            [pdftotext, *options, str(pdf), "-"], check=True, capture_output=True, text=True
        ).stdout

    text = ReadText(read("-layout"))
    text.reading_order = read("-raw")  # content order, cell by cell, hyphens kept
    return text
