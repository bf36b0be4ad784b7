"""The convener's controls on the laptop while the room watches the other screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from ..common import persist
from .controller import PresentationController


def choose_screen(laptop: QScreen | None) -> QScreen:
    """The remembered screen if present; else a second screen; else the laptop's own."""
    screens = QGuiApplication.screens()
    wanted = persist.presentation_screen()
    for screen in screens:
        if wanted and screen.name() == wanted:
            return screen
    others = [s for s in screens if s is not laptop]
    return others[0] if others else (laptop or QGuiApplication.primaryScreen())


class PresenterBar(QWidget):
    show_selected = Signal()
    screen_chosen = Signal(QScreen)

    def __init__(
        self,
        controller: PresentationController,
        title_of: Callable[[int], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self._title_of = title_of
        self.on_screen = QLabel()
        self.on_screen.setObjectName("onScreen")
        self.previous_button = QPushButton("◀")
        self.previous_button.setToolTip(self.tr("Previous item on the screen (Page Up)"))
        self.previous_button.clicked.connect(controller.previous)
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip(self.tr("Next item on the screen (Page Down)"))
        self.next_button.clicked.connect(controller.next)
        self.show_button = QPushButton(self.tr("Show selected item"))
        self.show_button.clicked.connect(self.show_selected)
        self.follow_box = QCheckBox(self.tr("Follow selection"))
        self.follow_box.toggled.connect(controller.set_follow)
        self.freeze_box = QCheckBox(self.tr("Freeze screen"))
        self.freeze_box.toggled.connect(controller.set_frozen)
        self.blank_box = QCheckBox(self.tr("Black screen (B)"))
        self.blank_box.clicked.connect(controller.toggle_blank)
        self.map_button = QPushButton(self.tr("Map (K)"))
        self.map_button.setCheckable(True)
        self.map_button.setToolTip(
            self.tr("Show the week's map instead of the trend on the focus-area slides (K)")
        )
        self.map_button.clicked.connect(controller.set_map)
        self.screen_combo = QComboBox()
        self.screen_combo.setToolTip(self.tr("Screen for the presentation"))
        self.screen_combo.activated.connect(self._screen_activated)
        self.end_button = QPushButton(self.tr("End presentation (Esc)"))
        self.end_button.clicked.connect(controller.end)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        for widget in (
            self.on_screen,
            self.previous_button,
            self.next_button,
            self.show_button,
            self.follow_box,
            self.freeze_box,
            self.blank_box,
            self.map_button,
            self.screen_combo,
            self.end_button,
        ):
            layout.addWidget(widget)
        layout.insertStretch(1, 1)
        controller.moved.connect(self.update_state)
        controller.paged.connect(self.update_state)
        controller.state_changed.connect(self.update_state)

    def set_screens(self, current: QScreen) -> None:
        self.screen_combo.clear()
        for screen in QGuiApplication.screens():
            size = screen.geometry().size()
            self.screen_combo.addItem(f"{screen.name()} ({size.width()}×{size.height()})", screen)
            if screen is current:
                self.screen_combo.setCurrentIndex(self.screen_combo.count() - 1)

    def _screen_activated(self, index: int) -> None:
        screen = self.screen_combo.itemData(index)
        if screen is not None:
            persist.set_presentation_screen(screen.name())
            self.screen_chosen.emit(screen)

    def update_state(self) -> None:
        controller = self.controller
        item_id = controller.item_id
        if not controller.active or not controller.item_ids or item_id is None:
            return
        self.on_screen.setText(
            QCoreApplication.translate("PresenterBar", "On screen: § %1 %2 (%1 of %3)")
            .replace("%1", str(controller.index + 1))
            .replace("%2", self._title_of(item_id))
            .replace("%3", str(len(controller.item_ids)))
        )
        if controller.pages > 1:
            self.on_screen.setText(
                self.on_screen.text()
                + " "
                + QCoreApplication.translate("PresenterBar", "page %1 of %2")
                .replace("%1", str(controller.page + 1))
                .replace("%2", str(controller.pages))
            )
        for box, value in (
            (self.follow_box, controller.follow),
            (self.freeze_box, controller.frozen),
            (self.blank_box, controller.blanked),
            (self.map_button, controller.show_map),
        ):
            with QSignalBlocker(box):
                box.setChecked(value)
