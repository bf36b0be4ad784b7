"""The lägesbild's filter buttons leave room for their arrow: it is drawn beside the text,
never over its last letter (issue 19)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QStyle, QToolButton

from est_desktop.ui.lagesbild.multi_choice import MultiChoiceButton

SHOTS = Path(__file__).resolve().parents[3] / "test-output" / "lagesbild"


def test_the_button_is_wider_than_its_text_by_the_arrow(qtbot) -> None:
    button = MultiChoiceButton("Alla fokusområden", "%n fokusområde(n)")
    qtbot.addWidget(button)
    plain = QToolButton()
    qtbot.addWidget(plain)
    plain.setText(button.text())
    arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    assert button.sizeHint().width() >= plain.sizeHint().width() + arrow
    button.set_choices([(1, "Narkotika"), (2, "Skadegörelse")])
    button.show()
    SHOTS.mkdir(parents=True, exist_ok=True)
    image = button.grab()
    assert image.scaled(image.width() * 3, image.height() * 3).save(
        str(SHOTS / "filter_button.png")
    )
