"""Opening an exported document the way a user's office suite would: LibreOffice to PDF,
then the text a reader sees. Required in CI; skipped elsewhere when not installed."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest


def text_as_read(document: Path, workdir: Path) -> str:
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
    return subprocess.run(
        [pdftotext, "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
