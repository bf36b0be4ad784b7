"""One word for one thing in the code's names: ``follow_up`` (never ``followup``) and
``personal_numbers`` (the Swedish ``personnummer`` is the users' word, in texts only;
stdnum's own module keeps its name)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_modules_and_names_use_one_word_for_each_thing() -> None:
    this = Path(__file__).resolve()
    paths = [
        p for d in ("est_desktop", "tests") for p in (ROOT / d).rglob("*.py") if p.resolve() != this
    ]
    names = sorted(
        str(p.relative_to(ROOT)) for p in paths if re.search("followup|personnummer", p.name)
    )
    spelled = sorted(
        f"{p.relative_to(ROOT)}:{number}"
        for p in paths
        for number, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"(?<![A-Za-z])followup(?![A-Za-z])", line)
        or re.search(r"(from|import) [\w.]*\bpersonnummer\b(?! import)", line)
        and "stdnum" not in line
    )
    assert names == []
    assert spelled == []
