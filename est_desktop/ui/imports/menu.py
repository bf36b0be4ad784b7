"""The window's Händelser menu: importing incidents and survey answers, and the imports."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from ..common.store import Store


class ImportActions(QObject):
    """Owns the menu's actions; each opens its dialog and says in the status bar what
    it saved."""

    def __init__(self, window: QMainWindow, store: Store) -> None:
        super().__init__(window)
        self.setObjectName("importActions")
        self._window = window
        self._store = store
        self.menu = QMenu(self.tr("&Incidents"), window)
        self.menu.setObjectName("incidentsMenu")
        self.incidents_action = QAction(self.tr("&Import incidents…"), window)
        self.incidents_action.setObjectName("importIncidentsAction")
        self.incidents_action.setToolTip(
            self.tr("Read incidents from a CSV or Excel file, with a mapping of its columns")
        )
        self.incidents_action.triggered.connect(self.import_incidents)
        self.survey_action = QAction(self.tr("Import &survey answers…"), window)
        self.survey_action.setObjectName("importSurveyAction")
        self.survey_action.triggered.connect(self.import_survey)
        self.batches_action = QAction(self.tr("Im&ports…"), window)
        self.batches_action.setObjectName("importBatchesAction")
        self.batches_action.setToolTip(self.tr("Every imported file, and undoing an import"))
        self.batches_action.triggered.connect(self.show_batches)
        for action in (self.incidents_action, self.survey_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.batches_action)
        window.menuBar().addMenu(self.menu)

    def import_incidents(self) -> int:
        from .incident_dialog import ImportIncidentsDialog

        dialog = ImportIncidentsDialog(self._store, self._window)
        try:
            dialog.exec()
            count = dialog.imported
        finally:
            dialog.deleteLater()
        if count:
            self._window.statusBar().showMessage(
                self.tr("%n incident(s) imported", "", count), 10000
            )
        return count

    def import_survey(self) -> None:
        from .survey_dialog import ImportSurveyDialog

        dialog = ImportSurveyDialog(self._store, self._window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def show_batches(self) -> None:
        from .batches_dialog import ImportBatchesDialog

        dialog = ImportBatchesDialog(self._store, self._window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()


def install_import_menu(window: QMainWindow, store: Store) -> ImportActions:
    return ImportActions(window, store)
