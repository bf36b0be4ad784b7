"""Starting the window: names → paths → settings → translators → error hook → database → window."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from . import APP_NAME, ORGANISATION_NAME, __version__
from .bootstrap import open_database, resolve_db_path
from .db import KnownError
from .i18n import install_translators, translate_error

log = logging.getLogger(__name__)


def _excepthook(kind, value, tb) -> None:
    """Bugs are logged with their trace and shown briefly; the app keeps running."""
    log.error("Unexpected error", exc_info=(kind, value, tb))
    text = "".join(traceback.format_exception_only(kind, value)).strip()
    QMessageBox.critical(
        None,
        QCoreApplication.translate("App", "Unexpected error"),
        QCoreApplication.translate(
            "App", "Something went wrong. What was saved before is kept.\n\n%1"
        ).replace("%1", text),
    )


def run_gui(
    db_option: str | None, argv: list[str] | None = None, exit_when_ready: bool = False
) -> int:
    """Starts the window. With ``exit_when_ready`` (the smoke test of an installed build)
    nothing may wait for a person: failures are printed and give a non-zero exit code."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)
    QCoreApplication.setOrganizationName(ORGANISATION_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    install_translators(app)

    path: Path = resolve_db_path(db_option)
    try:
        engine = open_database(path)
    except KnownError as error:
        title = QCoreApplication.translate("App", "Cannot open the database")
        text = translate_error(error.text) + f"\n\n{error.detail or path}"
        if exit_when_ready:
            print(f"{title}: {text}", file=sys.stderr)  # noqa: T201
        else:
            QMessageBox.critical(None, title, text)
        return 1

    try:
        from .ui.main_window import MainWindow

        window = MainWindow(engine, db_path=path)
        window.show()
    except Exception:
        log.exception("Start-up failed")
        return 2
    if exit_when_ready:
        # Quit from the event loop once the first paint has been delivered.
        QTimer.singleShot(0, app.quit)
    else:
        sys.excepthook = _excepthook
    return app.exec()
