""" "Also save as PDF" in every export dialog: the box, remembered between exports, and
what the user is told when the PDF could not be made (the Word file is saved either way)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QWidget

from ...services.documents.pdf import AlsoAsPdf, also_as_pdf
from . import preferences
from .messages import show_error


def pdf_checkbox(parent: QWidget | None = None) -> QCheckBox:
    box = QCheckBox(QCoreApplication.translate("PdfExport", "Also save as PD&F"), parent)
    box.setObjectName("pdfBox")
    box.setToolTip(
        QCoreApplication.translate(
            "PdfExport",
            "A PDF beside each Word file, made by LibreOffice (or Word on Windows) from the "
            "very same document.",
        )
    )
    box.setChecked(preferences.pdf_too())
    box.toggled.connect(preferences.set_pdf_too)
    return box


def pdfs_if(wanted: bool, documents: list[Path]) -> AlsoAsPdf | None:
    """On the worker thread, after the Word files are written."""
    return also_as_pdf(documents) if wanted else None


def tell_pdf_problem(parent: QWidget, result: AlsoAsPdf | None) -> None:
    if result is not None and result.problem is not None:
        show_error(parent, result.problem)
