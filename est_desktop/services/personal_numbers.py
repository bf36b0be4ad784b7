"""Finding Swedish personal identity numbers in free text before it is saved or exported.

EST records places and events, not persons: a personnummer or samordningsnummer in a
description is almost always a slip. The regular expression only finds candidates;
python-stdnum decides whether the date and the Luhn check digit make a real number.
stdnum does not know samordningsnummer (day of birth + 60), so for those the day is
moved back before the date is checked; the check digit is over the digits as written.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date

from pydantic import BaseModel

from ..errors import KnownError, NeedsConfirmation
from ..text import QT_TRANSLATE_NOOP

PERSONNUMMER = "personnummer"
SAMORDNINGSNUMMER = "samordningsnummer"

REMOVED = QT_TRANSLATE_NOOP("Validation", "[personal identity number removed]")
FOUND_IN_TEXT = QT_TRANSLATE_NOOP(
    "Validation",
    "The text contains something that looks like a personal identity number "
    "(personnummer or samordningsnummer). EST records places and events, not persons.",
)
FOUND_IN_EXPORT = QT_TRANSLATE_NOOP(
    "Validation",
    "The document would contain something that looks like a personal identity number "
    "(personnummer or samordningsnummer). Remove it from the meeting's records, "
    "or confirm that it may be exported.",
)

# Digits not glued to other digits, read on ``normalised`` text. The date may be written in
# pairs with a space between them (``19 88 03 20``); the separator is a hyphen (as typed, or
# as Word and other programs turn it into dashes), plus (100 years or older), a dot, slash
# or underscore, or one space.
_GAP = r"[ \u00a0\u202f]?"
_CANDIDATE = re.compile(
    r"(?<!\d)"
    rf"(?:(?P<century>1[89]|20){_GAP})?"
    rf"(?P<birth>\d\d{_GAP}\d\d{_GAP}\d\d)"
    r"(?P<separator>\s*[-+./_\u2010\u2011\u2012\u2013\u2212\uff0b\uff0d]\s*|\s)?"
    r"(?P<serial>\d{4})"
    r"(?!\d)"
)

# Invisible characters that can sit inside a number without showing: zero-width space,
# non-joiner and joiner, word joiner, byte order mark, soft hyphen.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")


def normalised(text: str) -> tuple[str, list[int]]:
    """``text`` as the detector reads it, and where each of its characters came from.

    Invisible characters are dropped and every decimal digit (fullwidth, Arabic-Indic …)
    becomes its ASCII digit, so a number cannot hide behind how it is written.
    """
    chars, origin = [], []
    for index, char in enumerate(text):
        if char in _INVISIBLE:
            continue
        if not ("0" <= char <= "9"):
            digit = unicodedata.decimal(char, None)
            if digit is not None:
                char = str(digit)
        chars.append(char)
        origin.append(index)
    return "".join(chars), origin


@dataclass(frozen=True)
class Finding:
    """One number found: ``text[start:end]``; ``where`` names the field or document part."""

    start: int
    end: int
    number: str
    kind: str
    where: str = ""


def find_personal_numbers(text: str, *, today: date | None = None) -> list[Finding]:
    """Every valid personnummer or samordningsnummer in ``text``, in order; positions and
    ``number`` are those of ``text`` as written, whatever hid the number."""
    today = today or date.today()
    plain, origin = normalised(text)
    found, position = [], 0
    while (match := _CANDIDATE.search(plain, position)) is not None:
        kind = _kind(match, today)
        if kind is None:
            # Not a number; one may still begin inside it ("år 20 880320-0016").
            position = match.start() + 1
            continue
        start, end = origin[match.start()], origin[match.end() - 1] + 1
        found.append(Finding(start, end, text[start:end], kind))
        position = match.end()
    return found


def _kind(match: re.Match[str], today: date) -> str | None:
    # stdnum (with pydoc behind it) loads at the first candidate, not at start-up.
    from stdnum import luhn
    from stdnum.exceptions import ValidationError as StdnumError
    from stdnum.se import personnummer

    century, serial = match["century"] or "", match["serial"]
    birth = re.sub(r"\D", "", match["birth"])
    if not luhn.is_valid(birth + serial):
        return None
    kind = PERSONNUMMER
    day = int(birth[4:6])
    if day > 60:
        kind = SAMORDNINGSNUMMER
        birth = f"{birth[:4]}{day - 60:02d}"
    plus = bool({"+", "\uff0b"} & set(match["separator"] or ""))
    try:
        born = personnummer.get_birth_date(f"{century}{birth}{'+' if plus else '-'}{serial}")
    except StdnumError:
        return None
    # Without a century the number is read as someone under 100 (over 100 with '+'),
    # so only a written-out century can put the birth in the future.
    return kind if not century or born <= today else None


def remove_personal_numbers(text: str, replacement: str = REMOVED) -> str:
    """``text`` with each number found replaced; the UI passes the translated marker."""
    parts, last = [], 0
    for finding in find_personal_numbers(text):
        parts += [text[last : finding.start], replacement]
        last = finding.end
    return "".join([*parts, text[last:]])


def scan_texts(texts: Mapping[str, str] | Iterable[tuple[str, str]]) -> list[Finding]:
    """Findings in several texts at once, each labelled with the name it came with."""
    pairs = texts.items() if isinstance(texts, Mapping) else texts
    return [
        dataclasses.replace(finding, where=where)
        for where, text in pairs
        for finding in find_personal_numbers(text)
    ]


def texts_in(value: object) -> Iterator[str]:
    """Every string inside rows gathered for a document (dataclasses, models, lists)."""
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from texts_in(getattr(value, field.name))
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from texts_in(getattr(value, name))
    elif isinstance(value, Mapping):
        yield from texts_in(list(value.keys()))
        yield from texts_in(list(value.values()))
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from texts_in(item)


class PersonalNumbersFound(NeedsConfirmation):
    """Saving free text that holds a personal identity number: ask first.

    ``fields`` names the form fields holding one, so the UI can remove them there.
    """

    def __init__(self, fields: list[str]) -> None:
        super().__init__(FOUND_IN_TEXT)
        self.fields = fields


class PersonalNumbersInExport(KnownError):
    """An export refused because the document would hold a personal identity number.

    A ``KnownError`` so that a caller not yet asking the user shows it as a message;
    the UI asks and exports again with ``allow_personal_numbers=True``. ``detail``
    says where (document headings), never the number itself.
    """

    def __init__(self, findings: list[Finding]) -> None:
        places = dict.fromkeys(f.where for f in findings if f.where)
        super().__init__(FOUND_IN_EXPORT, "; ".join(places))
        self.findings = findings


def refuse_personal_numbers(
    fields: Mapping[str, str] | Iterable[tuple[str, str]], *, allow: bool
) -> None:
    """Raises ``PersonalNumbersFound`` when a field holds a number, unless ``allow``."""
    if allow:
        return
    found = list(dict.fromkeys(f.where for f in scan_texts(fields)))
    if found:
        raise PersonalNumbersFound(found)


def check_no_personal_number(errors: dict[str, str], field: str, text: str) -> None:
    """For a name (of a place, a participant, a meeting's location): a number never belongs
    there, so it is a field error like any other, not a question."""
    if find_personal_numbers(text):
        errors.setdefault(field, FOUND_IN_TEXT)


def refuse_in_export(findings: list[Finding], *, allow: bool) -> None:
    if findings and not allow:
        raise PersonalNumbersInExport(findings)
