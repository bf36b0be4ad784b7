"""The Word document every export starts from: the kommun's own template, or ours.

A kommun's template brings its letterhead, logo, headers and footers and its styles. The
exports need a few styles by name (``NEEDED``); a template may carry them under their
Swedish names ("Rubrik 1", as some tools save them) or not at all. Those are taken as
they are called there, or copied from our template, and ``check_template`` says which
before the template is used.
"""

from __future__ import annotations

import copy
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.styles import BabelFish

from ...errors import KnownError
from ...paths import resource_path
from ...text import QT_TRANSLATE_NOOP
from .options import DEFAULT, DocumentOptions, Language

# Every style an export asks for by name, with the names Swedish Word and LibreOffice
# give the same style in a template saved under their own names.
NEEDED: dict[str, tuple[str, ...]] = {
    "Normal": ("Normal", "Standard"),
    "Title": ("Rubrik", "Titel"),
    "Subtitle": ("Underrubrik",),
    "Heading 1": ("Rubrik 1",),
    "Heading 2": ("Rubrik 2",),
    "Heading 3": ("Rubrik 3",),
    "Caption": ("Beskrivning", "Bildtext"),
    "Table Grid": ("Tabellrutnät",),
    "Tabellrubrik": ("Table Heading", "Tabellhuvud"),
    "Tabelltext": ("Table Contents", "Tabellinnehåll"),
}

_LANGUAGE_TAGS: dict[Language, str] = {"sv": "sv-SE", "en": "en-GB"}

# Our footer's words; a kommun's own footer is left as its template has it.
_FOOTER_WORDS: dict[Language, tuple[str, str]] = {"sv": ("Sida ", " av "), "en": ("Page ", " of ")}

_TEMPLATE_CONTENT_TYPES = (
    b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
_DOCUMENT_CONTENT_TYPE = (
    b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
)


@dataclass(frozen=True)
class TemplateCheck:
    """What a template lacked: styles taken under another name, and styles added from ours."""

    renamed: list[tuple[str, str]] = field(default_factory=list)  # (their name, ours)
    added: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.renamed and not self.added


def new_document(options: DocumentOptions = DEFAULT) -> DocxDocument:
    """A new, empty document from the chosen template, with every style the exports use.

    Anything in the template's body (a sample letter, a placeholder heading) is removed;
    its page setup, headers, footers and styles stay.
    """
    if options.template is None:
        document = _built_in()
        _footer_in(document, options.language)
    else:
        document = _open(options.template)
        _clear_body(document)
        _complete_styles(document)
    _set_language(document, options.language)
    return document


def check_template(path: Path) -> TemplateCheck:
    """What using ``path`` as the template would take or add; ``KnownError`` when it cannot
    be used at all (missing, not a Word document, damaged)."""
    return _complete_styles(_open(path))


def _built_in() -> DocxDocument:
    return Document(str(resource_path("templates", "minutes.docx")))


def _open(path: Path) -> DocxDocument:
    """Opens a .docx or a Word template (.dotx, .dotm): python-docx refuses a template's
    content type, so it is read as the document it otherwise is."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Validation",
                "The Word template was not found. "
                "Choose it again under Settings → Documents and language.",
            ),
            str(path),
        ) from None
    except OSError as error:
        raise KnownError(
            QT_TRANSLATE_NOOP("Validation", "The Word template could not be read."),
            f"{path}: {error}",
        ) from None
    try:
        return Document(io.BytesIO(_as_document(data)))
    except Exception:
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Validation",
                "The Word template is not a Word document (.docx or .dotx) or is damaged. "
                "Open it in Word, save it as a Word document and choose it again.",
            ),
            str(path),
        ) from None


def _as_document(data: bytes) -> bytes:
    try:
        source = zipfile.ZipFile(io.BytesIO(data))
        types = source.read("[Content_Types].xml")
    except (zipfile.BadZipFile, KeyError):
        return data  # python-docx says what is wrong with it
    if not any(kind in types for kind in _TEMPLATE_CONTENT_TYPES):
        return data
    for kind in _TEMPLATE_CONTENT_TYPES:
        types = types.replace(kind, _DOCUMENT_CONTENT_TYPE)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = types if item.filename == "[Content_Types].xml" else source.read(item)
            target.writestr(item, content)
    return out.getvalue()


def _clear_body(document: DocxDocument) -> None:
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _complete_styles(document: DocxDocument) -> TemplateCheck:
    """Gives every needed style the name python-docx asks for, taking a Swedish-named one
    where the template has it and copying ours (with what it is based on) where it has none."""
    check = TemplateCheck()
    styles = document.styles.element
    ours = None
    for name, aliases in NEEDED.items():
        internal = BabelFish.ui2internal(name)
        found = next(
            (
                (alias, style)
                for alias in (internal, *aliases)
                if (style := _find(styles, alias)) is not None
            ),
            None,
        )
        if found is None:
            if ours is None:
                ours = _built_in().styles.element
            if _find(styles, internal) is None:  # not copied already as another's base
                _copy_style(ours, styles, internal, check.added)
                check.added.append(name)
            continue
        alias, style = found
        style.find(qn("w:name")).set(qn("w:val"), internal)  # 'Heading 1' → 'heading 1' too
        if alias != internal:
            check.renamed.append((alias, name))
    return check


def _find(styles, name: str):
    """The style called ``name``, whatever its case ('Heading 1', 'heading 1')."""
    wanted = name.casefold()
    for style in styles.iterchildren(qn("w:style")):
        element = style.find(qn("w:name"))
        if element is not None and element.get(qn("w:val"), "").casefold() == wanted:
            return style
    return None


def _copy_style(source, target, name: str, added: list[str]) -> None:
    """Copies our style ``name`` into ``target``, first what it is based on if missing there
    (named in ``added``)."""
    copied = copy.deepcopy(_find(source, name))
    based_on = copied.find(qn("w:basedOn"))
    if based_on is not None:
        parent = _by_id(source, based_on.get(qn("w:val")))
        if parent is None:
            copied.remove(based_on)
        else:
            parent_name = parent.find(qn("w:name")).get(qn("w:val"))
            if _find(target, parent_name) is None:
                _copy_style(source, target, parent_name, added)
                added.append(BabelFish.internal2ui(parent_name))
            based_on.set(qn("w:val"), _find(target, parent_name).get(qn("w:styleId")))
    for reference in ("w:next", "w:link"):
        element = copied.find(qn(reference))
        if element is not None and _by_id(target, element.get(qn("w:val"))) is None:
            copied.remove(element)
    style_id = copied.get(qn("w:styleId"))
    while _by_id(target, style_id) is not None:
        style_id += "EST"
    copied.set(qn("w:styleId"), style_id)
    target.append(copied)


def _by_id(styles, style_id: str | None):
    for style in styles.iterchildren(qn("w:style")):
        if style.get(qn("w:styleId")) == style_id:
            return style
    return None


def _footer_in(document: DocxDocument, language: Language) -> None:
    swedish = _FOOTER_WORDS["sv"]
    words = _FOOTER_WORDS[language]
    if words == swedish:
        return
    for section in document.sections:
        for text in section.footer._element.iter(qn("w:t")):
            if text.text in swedish:
                text.text = words[swedish.index(text.text)]


def _set_language(document: DocxDocument, language: Language) -> None:
    """Spelling and hyphenation in the document's language."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    if defaults is None:
        return
    properties = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if properties is None:
        return
    tag = properties.find(qn("w:lang"))
    if tag is None:
        tag = properties.makeelement(qn("w:lang"), {})
        properties.append(tag)
    tag.set(qn("w:val"), _LANGUAGE_TAGS[language])
