"""Real-looking report files, written the way the tools that make them write them."""

from __future__ import annotations

from pathlib import Path


def semicolon_csv(path: Path, lines: list[str], encoding: str = "cp1252") -> Path:
    """As Swedish Excel saves "CSV (semikolonavgränsad)": Windows-1252, CRLF."""
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


TRYGGHETSVARDAR = [
    "Datum;Klockslag;Plats;Adress;Typ;Beskrivning",
    "2026-03-02;21.30;Anderslöv C;Storgatan 4;Klotter;Klotter på skolans gavel",
    "2026-03-03;kl. 22.15;Trelleborg centrum;Stortorget;Samlingsplats;Grupp ungdomar vid fontänen",
    "03/03/2026;;Smygehamn;Hamnplan;Nedskräpning;Glas och skräp på kajen",
    "2026-03-04;23;Västra Sjöstaden;;Klotter;Klotter på busskuren",
]
