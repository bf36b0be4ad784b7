"""The user's choices on this computer: the language, the kommun's Word template, PDF too.

Kept in the platform's settings store (QSettings), beside the remembered window state in
``persist``: a template is a file on this desk's drive, and each user picks their language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from ...services.documents.options import LANGUAGES, DocumentOptions, Language

_LANGUAGE = "preferences/language"
_TEMPLATE = "preferences/word_template"
_PDF_TOO = "preferences/pdf_too"
_EXPORT_FOLDER = "preferences/export_folder"


def language() -> Language:
    value = str(QSettings().value(_LANGUAGE, "sv", str))
    return next((known for known in LANGUAGES if known == value), "sv")


def set_language(value: Language) -> None:
    QSettings().setValue(_LANGUAGE, value)


def word_template() -> Path | None:
    """The chosen template, or None for the one built in (also when it is set to nothing)."""
    value = str(QSettings().value(_TEMPLATE, "", str))
    return Path(value) if value else None


def set_word_template(path: Path | None) -> None:
    if path is None:
        QSettings().remove(_TEMPLATE)
    else:
        QSettings().setValue(_TEMPLATE, str(path))


def pdf_too() -> bool:
    return bool(QSettings().value(_PDF_TOO, False, bool))


def set_pdf_too(value: bool) -> None:
    QSettings().setValue(_PDF_TOO, value)


def document_options() -> DocumentOptions:
    """How exports are written: in the window's language, from the chosen template."""
    return DocumentOptions(language=language(), template=word_template())


def export_folder() -> Path | None:
    """Where every export starts (the shared drive), or None for the folder used last."""
    value = str(QSettings().value(_EXPORT_FOLDER, "", str))
    return Path(value) if value else None


def set_export_folder(folder: Path | None) -> None:
    if folder is None:
        QSettings().remove(_EXPORT_FOLDER)
    else:
        QSettings().setValue(_EXPORT_FOLDER, str(folder))
