"""UI tests see what users see, and leave the user's own settings alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from est_desktop import APP_NAME, ORGANISATION_NAME
from est_desktop.i18n import install_translators


@pytest.fixture(scope="session", autouse=True)
def swedish_ui(qapp, tmp_path_factory) -> None:
    """The Swedish translation is installed once; remembered window state goes to a temp folder."""
    QCoreApplication.setOrganizationName(ORGANISATION_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat,
        QSettings.Scope.UserScope,
        str(tmp_path_factory.mktemp("settings")),
    )
    install_translators(qapp)


@pytest.fixture(autouse=True)
def fresh_settings() -> None:
    """Each test starts without remembered folders, screens or window geometry."""
    QSettings().clear()
