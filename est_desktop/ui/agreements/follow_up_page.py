"""Follow-up of the agreement for the ledningsgrupp: bilaga 1 year by year, and the goals.

The agreement and the year are chosen here; each tab (``follow_up_panels``) edits one
thing at a time.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...errors import KnownError, ValidationError
from ...services.agreements import periods as agreement_periods
from ...services.agreements.periods import AgreementRow
from ..common.emphasis import page_heading
from ..common.messages import show_error
from ..common.store import Store
from ..common.tabs import tab_widget
from ..common.views import RefreshWhenShown
from .agreement_dialog import AgreementDialog
from .follow_up_panels import EditingPanel, PlanPanel, labelled
from .goals_panel import GoalsPanel

# The agreement, its goals and plan, and what the follow-up counts against them.
SHOWS = frozenset(
    {
        "agreement",
        "agreement_goal",
        "goal_focus_area",
        "focus_area",
        "plan_activity",
        "plan_follow_up",
        "incident",
        "place",
        "category",
        "action",
        "action_update",
        "organisation",
        "meeting",
        "survey_result",
        "survey_factor",
    }
)


class FollowUpPage(QWidget):
    """The agreement and year chosen at the top; bilaga 1 and the goals in two tabs."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._agreements: list[AgreementRow] = []

        self.agreement_combo = QComboBox()
        self.agreement_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.agreement_combo.setMinimumContentsLength(34)
        self.year_combo = QComboBox()
        self.new_button = QPushButton(self.tr("&New agreement period…"))
        self.new_button.clicked.connect(self.new_agreement)
        self.delete_button = QPushButton(self.tr("&Delete agreement…"))
        self.delete_button.clicked.connect(self.delete_agreement)
        self.plan = PlanPanel(store)
        self.goals = GoalsPanel(store)
        self.tabs = tab_widget()
        self.tabs.addTab(self.plan, self.tr("Action p&lan (bilaga 1)"))
        self.tabs.addTab(self.goals, self.tr("Overall &goals"))

        heading = page_heading(self.tr("Follow-up"))
        top = QHBoxLayout()
        top.addWidget(labelled(self.tr("Agr&eement"), self.agreement_combo))
        top.addWidget(self.agreement_combo)
        top.addSpacing(12)
        top.addWidget(labelled(self.tr("&Year"), self.year_combo))
        top.addWidget(self.year_combo)
        top.addStretch()
        top.addWidget(self.new_button)
        top.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.activated.connect(self.save_current)
        self.agreement_combo.currentIndexChanged.connect(self._agreement_chosen)
        self.year_combo.currentIndexChanged.connect(self._year_chosen)
        self.tabs.currentChanged.connect(self._tab_changed)
        # Read when first shown, not at start-up.
        RefreshWhenShown(self, store.changed, self.refresh, tables=SHOWS, stale=True)

    def agreement_id(self) -> int | None:
        return self.agreement_combo.currentData()

    def year(self) -> int | None:
        return self.year_combo.currentData()

    def refresh(self) -> None:
        """Rereads the agreements, keeping the chosen one if it still exists."""
        self._agreements = self._store.read(
            agreement_periods.agreements_overview, today=date.today()
        )
        chosen, ids = self.agreement_id(), [a.id for a in self._agreements]
        if chosen not in ids:
            latest = ids[-1] if ids else None
            chosen = next((a.id for a in self._agreements if a.is_current), latest)
        with QSignalBlocker(self.agreement_combo):
            self.agreement_combo.clear()
            for row in self._agreements:
                period = f"{row.start_date.isoformat()} – {row.end_date.isoformat()}"
                self.agreement_combo.addItem(row.name, row.id)
                self.agreement_combo.setItemData(
                    self.agreement_combo.count() - 1, period, Qt.ItemDataRole.ToolTipRole
                )
            self.agreement_combo.setCurrentIndex(self.agreement_combo.findData(chosen))
        self.delete_button.setEnabled(bool(self._agreements))
        self.new_button.setEnabled(bool(self._agreements))
        self._fill_years()
        self.plan.show_period(self.agreement_id(), self.year())
        self.goals.show_agreement(self.agreement_id())

    def _fill_years(self) -> None:
        row = next((a for a in self._agreements if a.id == self.agreement_id()), None)
        years = list(range(row.start_date.year, row.end_date.year + 1)) if row else []
        chosen = self.year()
        if chosen not in years and years:
            chosen = min(max(date.today().year, years[0]), years[-1])
        with QSignalBlocker(self.year_combo):
            self.year_combo.clear()
            for year in years:
                self.year_combo.addItem(str(year), year)
            self.year_combo.setCurrentIndex(self.year_combo.findData(chosen))

    def select_agreement(self, agreement_id: int) -> bool:
        index = self.agreement_combo.findData(agreement_id)
        if index < 0:
            self.refresh()
            index = self.agreement_combo.findData(agreement_id)
        self.agreement_combo.setCurrentIndex(index)
        return index >= 0

    def _agreement_chosen(self) -> None:
        self._fill_years()
        self.plan.show_period(self.agreement_id(), self.year())
        self.goals.show_agreement(self.agreement_id())

    def _year_chosen(self) -> None:
        self.plan.show_period(self.agreement_id(), self.year())

    def _tab_changed(self, index: int) -> None:
        # The goals are weighed over the whole period; the year applies to bilaga 1 only.
        self.year_combo.setEnabled(self.tabs.widget(index) is self.plan)

    def save_current(self) -> bool:
        panel = self.tabs.currentWidget()
        return isinstance(panel, EditingPanel) and panel.save()

    def new_agreement(self) -> bool:
        """Drafts the period after the latest agreement; the dialog creates it."""
        if not self._agreements:
            return False
        latest = self._agreements[-1]
        draft = self._store.read(agreement_periods.draft_from, agreement_id=latest.id)
        dialog = AgreementDialog(self._store, draft, self)
        if dialog.exec() != AgreementDialog.DialogCode.Accepted or dialog.created_id is None:
            return False
        self.select_agreement(dialog.created_id)
        return True

    def delete_agreement(self) -> bool:
        row = next((a for a in self._agreements if a.id == self.agreement_id()), None)
        if row is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Delete agreement"),
            self.tr(
                "Delete %1 with its focus areas, goals and action plan? Only an agreement "
                "entered by mistake, that nothing refers to yet, can be deleted."
            ).replace("%1", row.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self._store.write(agreement_periods.delete_agreement, agreement_id=row.id)
        except (ValidationError, KnownError) as error:
            show_error(self, error)
            return False
        return True
