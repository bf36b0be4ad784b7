"""Which place (or category, or organisation) a source's own name most likely means.

Files name places as people write them: "Anderslöv C", "anderslövs centrum",
"Trelleborg, Stortorget", "Smygehamn hamn". A suggestion is only offered, never applied
without the user: the import maps a value only when it is the list's name exactly (case
and spacing aside) or the user chose the suggestion.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable

from ...text import swedish_sort_key
from .mapping import value_key

# Words that say "the middle of" or "the area of" rather than name a different place.
_FILLER = frozenset(
    {"c", "centrum", "center", "city", "tätort", "området", "omr", "by", "kyrkby", "stad"}
)


def _plain(text: str) -> str:
    """Lower case, no punctuation and no diacritics but Swedish å ä ö kept apart."""
    text = value_key(text)
    kept = []
    for character in unicodedata.normalize("NFC", text):
        if character in "åäö":
            kept.append(character)
            continue
        decomposed = unicodedata.normalize("NFD", character)
        kept.append("".join(c for c in decomposed if not unicodedata.combining(c)))
    return re.sub(r"[^\wåäö]+", " ", "".join(kept)).strip()


def _words(text: str) -> list[str]:
    words = _plain(text).split()
    # A genitive "Anderslövs" is Anderslöv.
    return [w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words]


def suggest(value: str, names: Iterable[tuple[int, str]]) -> tuple[int, str] | None:
    """The (id, name) ``value`` most likely means, or None when nothing is close."""
    candidates = list(names)
    if not value.strip() or not candidates:
        return None
    whole = _words(value)
    wanted = [w for w in whole if w not in _FILLER] or whole
    wanted_text = " ".join(wanted)
    best: tuple[float, str, tuple[int, str]] | None = None
    for candidate in candidates:
        words = _words(candidate[1])
        text = " ".join(words)
        if not text:
            continue
        if words == whole:
            score = 1.1  # "Trelleborg centrum" is the place of that name, not Trelleborg
        elif text == wanted_text:
            score = 1.0
        elif _contains(wanted, words):
            # "Trelleborg, Stortorget" holds Stortorget; the longer name is more specific.
            score = 0.9 + 0.05 * len(words) / max(len(wanted), 1)
        else:
            score = difflib.SequenceMatcher(None, wanted_text, text).ratio()
        if score < 0.8:
            continue
        key = (score, swedish_sort_key(candidate[1]))
        if best is None or key[0] > best[0] or (key[0] == best[0] and key[1] < best[1]):
            best = (key[0], key[1], candidate)
    return best[2] if best is not None else None


def _contains(words: list[str], part: list[str]) -> bool:
    size = len(part)
    return any(words[i : i + size] == part for i in range(len(words) - size + 1))


def exact(value: str, names: Iterable[tuple[int, str]]) -> int | None:
    """The id whose name is ``value`` exactly, case and spacing aside."""
    key = value_key(value)
    return next((id_ for id_, name in names if value_key(name) == key), None)
