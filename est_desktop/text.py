"""Marks English source strings for Qt's translation tools without importing Qt.

Services and models return these strings in errors and labels; the UI (and the
command line) pass them through ``QCoreApplication.translate`` with the same
context. ``pyside6-lupdate`` finds them by the function's name.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (Qt's name)
    return text


_SWEDISH_ORDER = str.maketrans(
    {"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}", "ü": "y", "é": "e"}
)


def swedish_sort_key(text: str) -> str:
    """Å, Ä, Ö after Z and case ignored, as a Swedish reader expects."""
    return text.casefold().translate(_SWEDISH_ORDER)


def swedish_collation(left: str, right: str) -> int:
    """SQLite collation 'sv' (registered on every connection): SQLite itself sorts by bytes."""
    a, b = swedish_sort_key(left), swedish_sort_key(right)
    return (a > b) - (a < b)
