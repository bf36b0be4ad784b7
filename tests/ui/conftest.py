"""UI tests see what users see: the Swedish translation is installed once for the session."""

from __future__ import annotations

import pytest

from est_desktop.i18n import install_translators


@pytest.fixture(scope="session", autouse=True)
def swedish_ui(qapp) -> None:
    install_translators(qapp)
