"""A kommun's own Word template as the tests meet it: a letterhead with a logo and a
different first-page header, its own fonts, heading styles saved under their Swedish
names ("Rubrik 1"), some styles the exports need missing, and a sample text in the body."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

BODY_FONT = "Garamond"
HEADING_FONT = "Georgia"
HEADING_COLOUR = RGBColor(0x00, 0x5A, 0x32)  # the kommun's green
FIRST_PAGE_HEADER = "Trelleborgs kommun · Säkerhetsenheten"
OTHER_PAGES_HEADER = "Trelleborgs kommun · EST"
FOOTER = "Stortorget 1, 231 83 Trelleborg"
SAMPLE_TEXT = "Skriv brevets text här."
RENAMED = {"heading 1": "Rubrik 1", "heading 2": "Rubrik 2", "heading 3": "Rubrik 3"}
REMOVED = ("Caption",)


def logo_png(width: int = 120, height: int = 40) -> bytes:
    """A green block: enough of a logo to find in the header and see on the page."""
    row = b"\x00" + bytes((0x00, 0x5A, 0x32)) * width
    raw = zlib.compress(row * height)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def make_kommun_template(path: Path) -> Path:
    document = Document()
    styles = document.styles
    styles["Normal"].font.name = BODY_FONT
    styles["Normal"].font.size = Pt(11)
    for english, swedish in RENAMED.items():
        style = styles[english.title()]
        style.element.find(qn("w:name")).set(qn("w:val"), swedish)
        style.element.set(qn("w:styleId"), swedish.replace(" ", ""))
        style.font.name = HEADING_FONT
        style.font.color.rgb = HEADING_COLOUR
    for name in REMOVED:
        element = styles[name].element
        element.getparent().remove(element)
    document.add_paragraph(SAMPLE_TEXT)

    section = document.sections[0]
    section.different_first_page_header_footer = True
    first = section.first_page_header.paragraphs[0]
    first.add_run().add_picture(io.BytesIO(logo_png()), width=Cm(3))
    first.add_run("  " + FIRST_PAGE_HEADER)
    section.header.paragraphs[0].text = OTHER_PAGES_HEADER
    section.footer.paragraphs[0].text = FOOTER
    section.first_page_footer.paragraphs[0].text = FOOTER
    document.save(str(path))
    return path
