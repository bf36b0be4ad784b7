"""The window's language: Swedish (ours and Qt's own translation) or English (the source
texts), with the dates, weekday and month names that go with it; and service messages."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .errors import UserError
from .paths import resource_dir
from .services.documents import wording
from .services.documents.options import Language

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []
_window_language: Language | None = None  # set once the window's translators are chosen


LOCALES: dict[Language, tuple[QLocale.Language, QLocale.Country]] = {
    "sv": (QLocale.Language.Swedish, QLocale.Country.Sweden),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),  # day month year
}


def install_translators(app: QCoreApplication, language: Language = "sv") -> None:
    """Swedish by default: the app is made for Swedish meetings whatever the desktop's
    language. English is the source text, so it needs no translation of ours; dates and
    the documents' wording follow ``language`` either way."""
    global _window_language
    remove_translators(app)
    _window_language = language
    locale = QLocale(*LOCALES[language])
    QLocale.setDefault(locale)
    wording.set_default_language(language)
    if language == "en":
        return
    ours = QTranslator(app)
    if not ours.load(locale, "est_desktop", "_", str(resource_dir() / "i18n")):
        log.warning("Swedish translation not found in %s", resource_dir() / "i18n")
    qt = QTranslator(app)
    qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for translator in (ours, qt):
        app.installTranslator(translator)
        _installed.append(translator)


def remove_translators(app: QCoreApplication) -> None:
    while _installed:
        app.removeTranslator(_installed.pop())


def translate_error(text: str) -> str:
    """A message from the services (context 'Validation'), in the user's language.

    Works without a Qt application object (the command line has none): creating one
    here would clash with a QApplication made later in the same process.
    """
    if QCoreApplication.instance() is not None and _window_language is not None:
        return QCoreApplication.translate("Validation", text)
    global _standalone
    if _standalone is None:
        _standalone = QTranslator()
        swedish = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
        _standalone.load(swedish, "est_desktop", "_", str(resource_dir() / "i18n"))
    return _standalone.translate("Validation", text) or text


_standalone: QTranslator | None = None


def user_message(error: UserError, *, between: str = "\n\n", joined: str = "\n") -> str:
    """What the user is told of ``error``, in their language: each message translated,
    ``joined`` together, then the detail after ``between`` ("\n\n" in a dialog, " – " on the
    command line). The one place that puts a message and its detail together."""
    text = joined.join(translate_error(message) for message in error.texts())
    return f"{text}{between}{error.detail}" if error.detail else text
