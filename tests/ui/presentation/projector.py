"""The presentation window at a projector's size, on a test screen smaller than one."""

from __future__ import annotations

PROJECTOR = (1920, 1080)


def at_projector_size(qtbot, screen) -> None:
    """Full screen on the test screen ends, and the window stays at 1920×1080: the
    platform may finish the full-screen change after a first resize, so until it holds."""

    def settled() -> bool:
        if screen.isFullScreen():
            screen.showNormal()
            return False
        if (screen.width(), screen.height()) != PROJECTOR:
            screen.resize(*PROJECTOR)
            return False
        qtbot.wait(30)
        return (screen.width(), screen.height()) == PROJECTOR and not screen.isFullScreen()

    qtbot.waitUntil(settled, timeout=3000)
