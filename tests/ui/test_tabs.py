"""The window's tabs read whole in Swedish: every capital's ring and dots on screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QTabWidget, QWidget

from est_desktop.ui.common.tabs import EXTRA_HEIGHT
from est_desktop.ui.main_window import MainWindow

SHOTS = Path(__file__).resolve().parents[2] / "test-output"


def test_tabs_are_tall_enough_for_a_capital_a_ring(qtbot, engine) -> None:
    """Fusion draws an unselected tab lower and clipped the ring of 'Åtgärdsregister'."""
    window = MainWindow(engine)
    qtbot.addWidget(window)
    window.resize(1400, 800)
    window.show()
    qtbot.waitExposed(window)
    plain = QTabWidget()  # as the platform style makes a tab
    qtbot.addWidget(plain)
    plain.addTab(QWidget(), "Åtgärdsregister")
    room = plain.tabBar().tabSizeHint(0).height() + EXTRA_HEIGHT
    bar = window.tabs.tabBar()
    for index in range(bar.count()):
        assert bar.tabSizeHint(index).height() >= room, bar.tabText(index)
    assert window.tabs.tabBar().grab().save(str(SHOTS / "main_tabs.png"))
