"""The Rapport dialog shows its explanation whole, for either kind of report."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from est_desktop.ui.common.store import Store
from est_desktop.ui.report_dialog import ReportDialog

SHOTS = Path(__file__).resolve().parents[2] / "test-output"


def test_the_explanation_has_room_for_all_its_lines(qtbot, engine) -> None:
    dialog = ReportDialog(Store(engine), date(2026, 12, 3))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for index in range(dialog.kind.count()):
        dialog.kind.setCurrentIndex(index)
        qtbot.wait(10)
        label = dialog.explanation
        assert label.height() >= label.heightForWidth(label.width()), dialog.kind.currentText()
    assert dialog.grab().save(str(SHOTS / "report_dialog.png"))
