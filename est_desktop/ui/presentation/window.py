"""The full-screen window on the meeting-room screen."""

from __future__ import annotations

import time
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPalette,
    QScreen,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QStackedLayout,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...models import AgendaItemKind
from ...services.lagesbild import LagesbildFilter
from ...services.map.counts import IncidentMap
from ...services.meetings import agenda as meetings
from ...services.meetings import presentation
from ..common import labels
from ..common.store import Store
from .controller import PresentationController
from .slide_html import Piece, SlideHtml, paginate, short_date
from .theme import ALERT, BACKGROUND, MUTED, TEXT, Sizes
from .trend_widget import TrendWidget
from .week_map import WeekMap

# Body beside trend, and body beside map: the map gets the larger part, and the incident
# list keeps about 40 characters a line at 1920×1080.
TREND_SPLIT = (3, 1)
MAP_SPLIT = (2, 3)


class PresentationWindow(QWidget):
    """Shows the controller's item; never takes focus from the laptop when it updates."""

    def __init__(
        self, store: Store, controller: PresentationController, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setWindowTitle(self.tr("EST Desktop – presentation"))
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self._store = store
        self.controller = controller
        self.slide: presentation.Slide | None = None
        self.incident_map: IncidentMap | None = None  # read only while the map is shown
        self.pages: list[list[Piece]] = [[]]  # the slide's pages at this size
        self.sizes = Sizes.for_height(1080)
        self._html = SlideHtml(self.sizes)
        self._rendering = self._resized = False
        self._over_time = False
        self._apply_theme()

        self.meeting_label = QLabel()
        self.clock_label = QLabel()
        self.timer_label = QLabel()
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.body = QTextBrowser()
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.body.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body.setOpenLinks(False)
        self.trend = TrendWidget()
        self.week_map = WeekMap()
        self.week_map.hide()

        top = QHBoxLayout()
        top.addWidget(self.meeting_label, 1)
        top.addWidget(self.timer_label)
        top.addSpacing(40)
        top.addWidget(self.clock_label)
        self.content = content = QHBoxLayout()
        content.setSpacing(40)
        content.addWidget(self.body, TREND_SPLIT[0])
        content.addWidget(self.trend, TREND_SPLIT[1])
        content.addWidget(self.week_map, MAP_SPLIT[1])
        page = QWidget()
        self._column = column = QVBoxLayout(page)
        column.setContentsMargins(60, 30, 60, 40)
        column.addLayout(top)
        column.addWidget(self.title_label)
        column.addLayout(content, 1)

        self.blank = QWidget()
        self.blank.setAutoFillBackground(True)
        self.stack = QStackedLayout(self)
        self.slide_page = page
        self.stack.addWidget(page)
        self.stack.addWidget(self.blank)

        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        self._measure = QTextDocument(self)

        controller.moved.connect(self.refresh)
        controller.paged.connect(self._show_page)
        controller.state_changed.connect(self._show_state)
        controller.ended.connect(self.close)

    def _apply_theme(self) -> None:
        palette = QPalette()
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            palette.setColor(role, QColor(BACKGROUND))
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            palette.setColor(role, QColor(TEXT))
        self.setPalette(palette)
        self.setAutoFillBackground(True)

    # --- placing ------------------------------------------------------------------------

    def show_on(self, screen: QScreen) -> None:
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.sizes = Sizes.for_height(self.height())
        if self._rendering:
            self._resized = True  # while laying out for the count: counted again after
        else:
            self._render()

    # --- content ------------------------------------------------------------------------

    def refresh(self) -> None:
        item_id = self.controller.item_id
        if item_id is None:
            return
        self.slide = self._store.read(presentation.slide_for_item, item_id=item_id)
        self._load_map()
        meeting = self._store.read(meetings.meeting_or_none, meeting_id=self.controller.meeting_id)
        self.meeting_label.setText("" if meeting is None else labels.meeting_name(meeting.date))
        self._render()
        self._tick()

    def _render(self) -> None:
        self._rendering = True
        try:
            self._render_now()
        finally:
            self._rendering = False
        if self._resized:
            self._resized = False
            self._render()

    def _render_now(self) -> None:
        sizes, slide = self.sizes, self.slide
        self._font(self.meeting_label, sizes.small, MUTED)
        self._font(self.clock_label, sizes.small, MUTED)
        self._font(
            self.timer_label, sizes.small, ALERT if self._over_time else MUTED, bold=self._over_time
        )
        # Room for the longest timer text, so the layout never has to catch up with it.
        widest = QCoreApplication.translate("Slides", "⚠ %1 over time").replace("%1", "88:88")
        bold = QFont(self.timer_label.font())
        bold.setBold(True)
        self.timer_label.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(widest))
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._font(self.title_label, sizes.title, TEXT, bold=True)
        if slide is None:
            return
        is_focus = slide.kind == AgendaItemKind.FOCUS_AREA
        with_map = is_focus and self.incident_map is not None
        self.trend.setVisible(is_focus and not with_map)
        self.week_map.setVisible(with_map)
        self.content.setStretchFactor(self.body, (MAP_SPLIT if with_map else TREND_SPLIT)[0])
        if with_map and self.incident_map is not None and slide.map_filter is not None:
            self.week_map.set_map(self.incident_map, self._map_title(slide.map_filter))
        elif is_focus:
            self.trend.set_points(slide.trend, sizes.small)
        self._html = SlideHtml(sizes, narrow=with_map)
        pieces = self._html.pieces(slide)
        # The body's height follows from the layout, the title's lines included: counted
        # with the title as it will read, once more if the count changes how it reads.
        for _ in range(2):
            self.title_label.setText(self._title(slide, len(self.pages)))
            self.stack.activate()  # the page's geometry from the window's, then the body's
            self._column.activate()
            counted = len(self.pages)
            self.pages = paginate(pieces, self._fits)
            if len(self.pages) == counted:
                break
        self.controller.set_pages(len(self.pages))
        self._show_page()

    def _fits(self, pieces: list[Piece]) -> bool:
        """Whether the pieces fit the body without scrolling, laid out as it lays them out."""
        viewport = self.body.viewport()
        self._measure.setDefaultFont(self.body.font())
        self._measure.setDocumentMargin(self.body.document().documentMargin())
        self._measure.setTextWidth(viewport.width())
        self._measure.setHtml(self._html.page(pieces))
        return self._measure.size().height() <= viewport.height()

    def _show_page(self) -> None:
        slide = self.slide
        if slide is None:
            return
        page, pages = self.controller.page, len(self.pages)
        self.title_label.setText(self._title(slide, pages, page))
        self.body.setHtml(self._html.page(self.pages[min(page, pages - 1)]))

    @staticmethod
    def _title(slide: presentation.Slide, pages: int, page: int = -1) -> str:
        """'§ 2 Genomgång av öppna åtgärder — 2 av 7', with '(fortsättning 2/3)' on the
        pages after the first (``page`` -1: the longest it can read, for measuring)."""
        title = (
            QCoreApplication.translate("Slides", "§ %1 %2 — %1 of %3")
            .replace("%1", str(slide.number))
            .replace("%2", slide.title)
            .replace("%3", str(slide.total))
        )
        if pages <= 1:
            return title
        more = (
            QCoreApplication.translate("Slides", "(%1/%2)")
            if page == 0
            else QCoreApplication.translate("Slides", "(continued %1/%2)")
        )
        shown = pages if page < 0 else page + 1
        return f"{title} {more.replace('%1', str(shown)).replace('%2', str(pages))}"

    def _load_map(self) -> None:
        """The week's map is read only while the convener shows it, with the slide."""
        slide = self.slide
        if self.controller.show_map and slide is not None and slide.map_filter is not None:
            self.incident_map = self._store.read(
                presentation.slide_map, map_filter=slide.map_filter
            )
        else:
            self.incident_map = None

    @staticmethod
    def _map_title(map_filter: LagesbildFilter) -> str:
        return (
            QCoreApplication.translate("Slides", "Incidents %1–%2")
            .replace("%1", short_date(map_filter.date_from))
            .replace("%2", short_date(map_filter.date_to))
        )

    @staticmethod
    def _font(label: QLabel, pixels: int, colour: str, bold: bool = False) -> None:
        font = QFont(label.font())
        font.setPixelSize(pixels)
        font.setBold(bold)
        label.setFont(font)
        label.setStyleSheet(f"color: {colour};")

    def _show_state(self) -> None:
        self.stack.setCurrentWidget(self.blank if self.controller.blanked else self.slide_page)
        if self.controller.show_map != (self.incident_map is not None):
            self._load_map()
            self._render()

    # --- clock and item timer ---------------------------------------------------------

    def _tick(self) -> None:
        self.clock_label.setText(datetime.now().strftime("%H:%M"))
        if self.slide is None:
            return
        spent = int(time.monotonic() - self.controller.item_started)
        planned = self.slide.planned_minutes * 60
        over = bool(planned) and spent > planned
        if over:
            late = spent - planned
            text = QCoreApplication.translate("Slides", "⚠ %1 over time").replace(
                "%1", f"{late // 60}:{late % 60:02d}"
            )
        else:
            text = (
                QCoreApplication.translate("Slides", "%1 of %2 min")
                .replace("%1", f"{spent // 60}:{spent % 60:02d}")
                .replace("%2", str(self.slide.planned_minutes))
            )
        if over != self._over_time:
            # Quiet while on time; visible in colour and in words once the item runs over.
            self._over_time = over
            self._font(self.timer_label, self.sizes.small, ALERT if over else MUTED, bold=over)
        self.timer_label.setText(text)

    # --- keys: like a slide show, and what presenter clickers send -------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if not handle_presentation_key(self.controller, event.key()):
            super().keyPressEvent(event)


NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space}
PREVIOUS_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp}


def handle_presentation_key(controller: PresentationController, key: int) -> bool:
    if key in NEXT_KEYS:
        controller.next()
    elif key in PREVIOUS_KEYS:
        controller.previous()
    elif key == Qt.Key.Key_Home:
        controller.first()
    elif key == Qt.Key.Key_End:
        controller.last()
    elif key == Qt.Key.Key_B:
        controller.toggle_blank()
    elif key == Qt.Key.Key_K:  # karta
        controller.toggle_map()
    elif key == Qt.Key.Key_Escape:
        controller.end()
    else:
        return False
    return True
