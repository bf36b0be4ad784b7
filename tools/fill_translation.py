"""Fills translations into resources/i18n/est_desktop_sv.ts from the command line.

    python tools/fill_translation.py CONTEXT "English source" "Svensk översättning"

Plural (numerus) messages take both Swedish forms as "singular|plural".

Handy for a few new strings; for many, use Qt Linguist (pyside6-linguist).
Run tools/update_translations.py afterwards to compile the .qm.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "resources" / "i18n" / "est_desktop_sv.ts"


def fill(context: str, source: str, translation: str) -> None:
    tree = ET.parse(TS)
    for ctx in tree.getroot().iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            if message.findtext("source") == source:
                element = message.find("translation")
                element.attrib.pop("type", None)
                if message.get("numerus") == "yes":
                    # Swedish has two forms: give them as "singular|plural".
                    for child in list(element):
                        element.remove(child)
                    element.text = None
                    for form in translation.split("|"):
                        ET.SubElement(element, "numerusform").text = form
                else:
                    element.text = translation
                header = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                body = ET.tostring(tree.getroot(), encoding="unicode")
                TS.write_text(header + body + "\n", encoding="utf-8")
                return
    raise SystemExit(f"not found: {context} / {source!r}")


if __name__ == "__main__":
    fill(*sys.argv[1:4])
