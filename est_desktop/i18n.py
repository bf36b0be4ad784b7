"""Loads the Swedish translation (ours and Qt's own) and translates service messages."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .paths import resource_dir

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> None:
    """Swedish by default: the app is made for Swedish meetings whatever the desktop's language."""
    locale = locale or QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
    QLocale.setDefault(locale)
    ours = QTranslator(app)
    if not ours.load(locale, "est_desktop", "_", str(resource_dir() / "i18n")):
        log.warning("Swedish translation not found in %s", resource_dir() / "i18n")
    qt = QTranslator(app)
    qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for translator in (ours, qt):
        app.installTranslator(translator)
        _installed.append(translator)


def translate_error(text: str) -> str:
    """A message from the services (context 'Validation'), in the user's language.

    Works without a Qt application object (the command line has none): creating one
    here would clash with a QApplication made later in the same process.
    """
    if QCoreApplication.instance() is not None and _installed:
        return QCoreApplication.translate("Validation", text)
    global _standalone
    if _standalone is None:
        _standalone = QTranslator()
        swedish = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
        _standalone.load(swedish, "est_desktop", "_", str(resource_dir() / "i18n"))
    return _standalone.translate("Validation", text) or text


_standalone: QTranslator | None = None
