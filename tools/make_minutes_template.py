"""Generates resources/templates/minutes.docx, the Word template the minutes start from.

Run from the repository root after changing the look of the minutes:

    python tools/make_minutes_template.py

It starts from python-docx's built-in template and makes it ours: A4 with Swedish
language settings, Calibri throughout, calm heading styles, a footer with
"Sida N av M", and no trace of python-docx or its 2013 dates in the document
properties. The output is byte-for-byte reproducible, so regenerating it without
changes gives no diff.
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).resolve().parents[1] / "resources" / "templates" / "minutes.docx"

FONT = "Calibri"
LANGUAGE = "sv-SE"
DARK_BLUE = RGBColor(0x1F, 0x38, 0x64)
BLUE = RGBColor(0x2F, 0x54, 0x96)
TEXT = RGBColor(0x1A, 0x1A, 0x1A)

APP_XML = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
    '2006/docPropsVTypes"><Template>Normal.dotm</Template><Application>EST Desktop'
    "</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
    "<Company/><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
    "<HyperlinksChanged>false</HyperlinksChanged></Properties>"
)

# Parts of python-docx's template we do not want to ship: a thumbnail of an empty
# US-letter page, an empty bibliography store and Word 2010's duplicate style sheet.
_DROPPED_PACKAGE_RELS = {RT.THUMBNAIL}
_DROPPED_DOCUMENT_RELS = {
    RT.CUSTOM_XML,
    "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects",
}

_THEME_FONT_ATTRS = ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")


def build() -> DocxDocument:
    document = Document()
    _drop_parts(document)
    _page(document)
    _styles(document)
    _settings(document)
    _footer(document)
    _clean_properties(document)
    return document


def _drop_parts(document: DocxDocument) -> None:
    package = document.part.package
    for owner in (package, document.part):
        dropped = _DROPPED_PACKAGE_RELS if owner is package else _DROPPED_DOCUMENT_RELS
        rels = owner.rels
        for rid in [rid for rid, rel in rels.items() if rel.reltype in dropped]:
            del rels[rid]
            rels.related_parts.pop(rid, None)
    for part in package.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            part._blob = APP_XML.encode("utf-8")


def _page(document: DocxDocument) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.top_margin = section.bottom_margin = Cm(2.0)
    section.left_margin = section.right_margin = Cm(2.0)
    section.header_distance = section.footer_distance = Cm(1.0)


def _styles(document: DocxDocument) -> None:
    styles_root = document.styles.element
    for fonts in styles_root.iter(qn("w:rFonts")):
        if any(fonts.get(qn(f"w:{attr}")) for attr in _THEME_FONT_ATTRS):
            for attr in _THEME_FONT_ATTRS:
                fonts.attrib.pop(qn(f"w:{attr}"), None)
            for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
                fonts.set(qn(f"w:{attr}"), FONT)
    for lang in styles_root.iter(qn("w:lang")):
        lang.set(qn("w:val"), LANGUAGE)
        lang.set(qn("w:eastAsia"), LANGUAGE)

    styles = document.styles
    normal = styles["Normal"]
    normal.font.name, normal.font.size, normal.font.color.rgb = FONT, Pt(11), TEXT
    # Spacing lives in the document defaults, not in Normal, so that a table
    # style's tighter spacing still applies inside tables.
    spacing = styles_root.find(qn("w:docDefaults")).find(".//" + qn("w:spacing"))
    spacing.set(qn("w:after"), "80")
    spacing.set(qn("w:line"), "264")

    for name, size, color, before, after in (
        ("Title", 22, DARK_BLUE, 0, 4),
        ("Subtitle", 12, BLUE, 0, 10),
        ("Heading 1", 14, DARK_BLUE, 16, 4),
        ("Heading 2", 12, BLUE, 10, 3),
        ("Heading 3", 11, TEXT, 8, 2),
    ):
        style = styles[name]
        style.font.size, style.font.color.rgb = Pt(size), color
        style.font.italic = False
        style.font.bold = name != "Subtitle"
        fmt = style.paragraph_format
        fmt.space_before, fmt.space_after = Pt(before), Pt(after)
        fmt.line_spacing = 1.0
        fmt.keep_with_next = True
        char_style = f"{name} Char"
        if char_style in [s.name for s in styles]:
            linked = styles[char_style]
            linked.font.size, linked.font.color.rgb = Pt(size), color
    for name in ("Title", "Subtitle"):  # no letter-spacing: it reads as shouting
        rpr = styles[name].element.rPr
        if rpr is not None and rpr.find(qn("w:spacing")) is not None:
            rpr.remove(rpr.find(qn("w:spacing")))
    title_ppr = styles["Title"].element.pPr
    if title_ppr is not None and title_ppr.find(qn("w:pBdr")) is not None:
        title_ppr.remove(title_ppr.find(qn("w:pBdr")))
    subtitle = styles["Subtitle"]
    subtitle.font.italic = False
    subtitle.font.name = FONT

    table_text = styles.add_style("Tabelltext", WD_STYLE_TYPE.PARAGRAPH)
    table_text.base_style = normal
    table_text.font.size = Pt(10)
    table_text.paragraph_format.space_before = Pt(1)
    table_text.paragraph_format.space_after = Pt(1)
    table_text.paragraph_format.line_spacing = 1.0
    # Narrow table columns meet long Swedish compounds: hyphenate there, nowhere else.
    _suppress_hyphenation(normal, True)
    _suppress_hyphenation(table_text, False)
    table_heading = styles.add_style("Tabellrubrik", WD_STYLE_TYPE.PARAGRAPH)
    table_heading.base_style = table_text
    table_heading.font.bold = True
    table_heading.paragraph_format.keep_with_next = True

    for name in ("Header", "Footer"):
        style = styles[name]
        style.font.size, style.font.color.rgb = Pt(9), TEXT
        tabs = style.element.pPr.find(qn("w:tabs"))
        if tabs is not None:
            style.element.pPr.remove(tabs)
        style.paragraph_format.tab_stops.add_tab_stop(Cm(8.5), WD_TAB_ALIGNMENT.CENTER)
        style.paragraph_format.tab_stops.add_tab_stop(Cm(17.0), WD_TAB_ALIGNMENT.RIGHT)


def _suppress_hyphenation(style, suppress: bool) -> None:
    element = OxmlElement("w:suppressAutoHyphens")
    element.set(qn("w:val"), "1" if suppress else "0")
    ppr = style.element.get_or_add_pPr()
    ppr.insert_element_before(element, *_PPR_AFTER_SUPPRESS_HYPHENS)


_PPR_AFTER_SUPPRESS_HYPHENS = tuple(
    f"w:{tag}"
    for tag in (
        "kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi "
        "adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents "
        "suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl "
        "divId cnfStyle rPr sectPr pPrChange"
    ).split()
)


def _settings(document: DocxDocument) -> None:
    settings = document.settings.element
    hyphenation = OxmlElement("w:autoHyphenation")
    settings.find(qn("w:defaultTabStop")).addnext(hyphenation)
    lang = settings.find(qn("w:themeFontLang"))
    if lang is not None:
        lang.set(qn("w:val"), LANGUAGE)
        lang.attrib.pop(qn("w:eastAsia"), None)
    for tag, value in (("w:decimalSymbol", ","), ("w:listSeparator", ";")):
        element = settings.find(qn(tag))
        if element is not None:
            element.set(qn("w:val"), value)


def _footer(document: DocxDocument) -> None:
    paragraph = document.sections[0].footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    paragraph.add_run("Sida ")
    _field(paragraph, "PAGE", "1")
    paragraph.add_run(" av ")
    _field(paragraph, "NUMPAGES", "1")


def _field(paragraph, instruction: str, placeholder: str) -> None:
    def char(kind: str):
        run = paragraph.add_run()
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        run._r.append(element)

    char("begin")
    run = paragraph.add_run()
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    run._r.append(text)
    char("separate")
    paragraph.add_run(placeholder)
    char("end")


def _clean_properties(document: DocxDocument) -> None:
    props = document.core_properties
    props.author = props.last_modified_by = ""
    props.title = props.subject = props.keywords = props.comments = props.category = ""
    props.language = LANGUAGE
    props.revision = 1
    core = props._element
    for tag in ("dcterms:created", "dcterms:modified", "cp:lastPrinted"):
        element = core.find(qn(tag))
        if element is not None:
            core.remove(element)


def reproducible_bytes(document: DocxDocument) -> bytes:
    """The .docx with fixed zip timestamps, so an unchanged template gives no diff."""
    raw = io.BytesIO()
    document.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dest:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dest.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def main() -> int:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(reproducible_bytes(build()))
    print(f"wrote {OUT}")  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())
