"""Marks English source strings for Qt's translation tools without importing Qt.

Services and models return these strings in errors and labels; the UI (and the
command line) pass them through ``QCoreApplication.translate`` with the same
context. ``pyside6-lupdate`` finds them by the function's name.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (Qt's name)
    return text
