"""Tab widgets with room for Swedish capitals: Å, Ä and Ö whole on every tab."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QTabWidget, QWidget

# Fusion draws an unselected tab two pixels lower and clips its text to the font's
# height: the ring of "Åtgärdsregister" and the dots of "Ändringslogg" were cut off.
EXTRA_HEIGHT = 4


class _RoomForAccents(QProxyStyle):
    def sizeFromContents(  # noqa: N802
        self,
        contents: QStyle.ContentsType,
        option: QStyleOption,
        size: QSize,
        widget: QWidget | None = None,
    ) -> QSize:
        # Qt takes no widget here; PySide's stub for QProxyStyle wrongly insists on one.
        size = super().sizeFromContents(contents, option, size, widget)  # type: ignore[arg-type]
        if contents == QStyle.ContentsType.CT_TabBarTab:
            size.setHeight(size.height() + EXTRA_HEIGHT)
        return size


def tab_widget(parent: QWidget | None = None) -> QTabWidget:
    """A QTabWidget whose tabs are a little taller than the platform style makes them."""
    tabs = QTabWidget(parent)
    app_style = QApplication.style()
    # Its own instance of the application's style: a proxy owns its base style.
    style = _RoomForAccents(app_style.name() if app_style is not None else "fusion")
    style.setParent(tabs)
    tabs.tabBar().setStyle(style)
    return tabs
