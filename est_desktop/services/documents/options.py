"""How a document is written: in which language, and from which Word template."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Language = Literal["sv", "en"]

LANGUAGES: tuple[Language, ...] = ("sv", "en")


@dataclass(frozen=True)
class DocumentOptions:
    """Swedish from the built-in template unless the user chose otherwise.

    ``template`` is the kommun's own .docx (letterhead, logo, header and footer, styles);
    ``None`` is the template that ships with the app.
    """

    language: Language = "sv"
    template: Path | None = None


DEFAULT = DocumentOptions()
