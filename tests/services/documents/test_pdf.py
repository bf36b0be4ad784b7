"""Saving a Word export as PDF: what LibreOffice renders from the same file, and a clear
message naming what to install when no converter is there; the Word file stays."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from docx import Document

from est_desktop.errors import KnownError
from est_desktop.services.documents import pdf
from est_desktop.services.documents.pdf import (
    NO_CONVERTER,
    Converter,
    also_as_pdf,
    find_converter,
    save_as_pdf,
)


@pytest.fixture
def minutes(tmp_path: Path) -> Path:
    document = Document()
    document.add_heading("Minnesanteckningar EST-möte 2026-11-24", level=0)
    document.add_paragraph("Åtgärd: städa gångtunneln vid Övre Vallgatan.")
    path = tmp_path / "Delade dokument" / "minnesanteckningar.docx"
    path.parent.mkdir()
    document.save(str(path))
    return path


def _libreoffice() -> Converter:
    converter = find_converter()
    if converter is None or shutil.which("pdftotext") is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice and pdftotext are required in CI")
        pytest.skip("LibreOffice not installed")
    return converter


def test_pdf_beside_the_docx_says_what_the_docx_says(minutes):
    converter = _libreoffice()
    before = minutes.read_bytes()

    written = save_as_pdf(minutes, converter=converter)

    assert written == minutes.with_suffix(".pdf")
    text = subprocess.run(
        ["pdftotext", str(written), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = " ".join(text.split())  # wherever this machine's fonts broke the lines
    assert "Minnesanteckningar EST-möte 2026-11-24" in text
    assert "Övre Vallgatan" in text
    assert minutes.read_bytes() == before
    assert sorted(p.name for p in minutes.parent.iterdir()) == [
        "minnesanteckningar.docx",
        "minnesanteckningar.pdf",
    ]


def test_without_libreoffice_or_word_the_message_names_what_to_install(minutes, monkeypatch):
    monkeypatch.setattr(pdf, "find_converter", lambda: None)

    with pytest.raises(KnownError) as raised:
        save_as_pdf(minutes)
    result = also_as_pdf([minutes])

    assert raised.value.text == NO_CONVERTER
    assert "LibreOffice" in NO_CONVERTER and "Microsoft Word" in NO_CONVERTER
    assert result.pdfs == [] and result.problem.text == NO_CONVERTER
    assert [p.name for p in minutes.parent.iterdir()] == ["minnesanteckningar.docx"]


def _fake_converter(tmp_path: Path, script: str) -> Converter:
    program = tmp_path / "soffice"
    program.write_text("#!/bin/sh\n" + script)
    program.chmod(program.stat().st_mode | stat.S_IEXEC)
    return Converter("libreoffice", program)


@pytest.mark.skipif(os.name == "nt", reason="a shell script stands in for LibreOffice")
def test_a_failing_converter_leaves_no_pdf_and_says_so(minutes, tmp_path):
    broken = _fake_converter(tmp_path, "echo 'Error: source file could not be loaded' >&2\nexit 1")
    earlier = minutes.with_suffix(".pdf")
    earlier.write_bytes(b"%PDF last week's")

    with pytest.raises(KnownError) as raised:
        save_as_pdf(minutes, converter=broken)

    assert "could not be made" in raised.value.text
    assert "source file could not be loaded" in raised.value.detail
    assert earlier.read_bytes() == b"%PDF last week's"  # an earlier PDF is not destroyed


@pytest.mark.skipif(os.name == "nt", reason="a shell script stands in for LibreOffice")
def test_a_converter_that_hangs_is_stopped(minutes, tmp_path, monkeypatch):
    monkeypatch.setattr(pdf, "TIMEOUT_SECONDS", 0.5)
    hanging = _fake_converter(tmp_path, "sleep 30")

    with pytest.raises(KnownError) as raised:
        save_as_pdf(minutes, converter=hanging)

    assert "took too long" in raised.value.text


def test_also_as_pdf_converts_only_the_word_files(minutes):
    converter = _libreoffice()
    answers = minutes.with_name("svar.xlsx")
    answers.write_bytes(b"not converted")

    result = also_as_pdf([minutes, answers], converter=converter)

    assert result.problem is None
    assert result.pdfs == [minutes.with_suffix(".pdf")]
