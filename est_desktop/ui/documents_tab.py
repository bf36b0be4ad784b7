"""Settings → Documents and language: the window's language, the kommun's own Word
template for every export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..errors import KnownError
from ..services.documents.template import TemplateCheck, check_template
from .common import persist, preferences
from .common.messages import show_error


class DocumentsTab(QWidget):
    """Choices kept on this computer (``preferences``), saved as soon as they are made."""

    language_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language_combo = QComboBox()
        self.language_combo.addItem("Svenska", "sv")  # each language in its own words
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(
            max(self.language_combo.findData(preferences.language()), 0)
        )
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        self.language_note = QLabel()
        self.language_note.setWordWrap(True)
        self.language_note.hide()  # until the language is changed

        self.template_label = QLabel()
        self.choose_button = QPushButton(self.tr("C&hoose template…"))
        self.choose_button.clicked.connect(self.choose_template)
        self.built_in_button = QPushButton(self.tr("Use the &built-in template"))
        self.built_in_button.clicked.connect(self.use_built_in)
        template_buttons = QHBoxLayout()
        template_buttons.addWidget(self.choose_button)
        template_buttons.addWidget(self.built_in_button)
        template_buttons.addStretch()

        self.export_label = QLabel()
        self.export_button = QPushButton(self.tr("Choose the export &folder…"))
        self.export_button.clicked.connect(lambda: self.choose_export_folder())
        self.last_used_button = QPushButton(self.tr("Use the folder used &last"))
        self.last_used_button.clicked.connect(self.use_last_folder)
        export_buttons = QHBoxLayout()
        export_buttons.addWidget(self.export_button)
        export_buttons.addWidget(self.last_used_button)
        export_buttons.addStretch()

        intro = QLabel(
            self.tr(
                "These choices are kept on this computer. The minutes, action lists and "
                "reports are written in the chosen language, from the chosen template: "
                "its letterhead, logo, headers, footers and styles."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.language_combo)
        form.addRow("", self.language_note)
        form.addRow(self.tr("Word template"), self.template_label)
        form.addRow("", template_buttons)
        form.addRow(self.tr("Exports start in"), self.export_label)
        form.addRow("", export_buttons)
        box = QWidget()
        box.setMaximumWidth(640)
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(intro)
        box_layout.addLayout(form)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addStretch()
        self._show_template()
        self._show_export_folder()

    def choose_export_folder(self, folder: Path | None = None) -> bool:
        """The folder every export dialog opens in, e.g. the shared drive (asked unless
        given ``folder``)."""
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Choose the export folder"), str(persist.last_export_dir())
            )
            if not chosen:
                return False
            folder = Path(chosen)
        preferences.set_export_folder(folder)
        self._show_export_folder()
        return True

    def use_last_folder(self) -> None:
        preferences.set_export_folder(None)
        self._show_export_folder()

    def _show_export_folder(self) -> None:
        folder = preferences.export_folder()
        self.last_used_button.setEnabled(folder is not None)
        if folder is None:
            self.export_label.setText(self.tr("The folder used last"))
            self.export_label.setToolTip("")
            return
        shown = self.export_label.fontMetrics().elidedText(
            str(folder), Qt.TextElideMode.ElideMiddle, 460
        )
        if not folder.is_dir():
            shown = self.tr("%1 (cannot be reached now: the folder used last instead)").replace(
                "%1", shown
            )
        self.export_label.setText(shown)
        self.export_label.setToolTip(str(folder))

    def choose_template(self, path: Path | None = None) -> bool:
        """Asks for a .docx or .dotx (unless given ``path``), checks it and keeps it.

        A template that lacks styles the exports need is still used, once the user has
        read which are taken from the built-in template."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Choose the Word template"),
                str(persist.last_import_dir()),
                self.tr("Word documents and templates (*.docx *.dotx)"),
            )
            if not chosen:
                return False
            path = Path(chosen)
        try:
            check = check_template(path)
        except KnownError as error:
            show_error(self, error)
            return False
        preferences.set_word_template(path)
        self._show_template()
        if not check.complete:
            QMessageBox.information(self, self.tr("Word template"), self.check_text(check))
        return True

    def use_built_in(self) -> None:
        preferences.set_word_template(None)
        self._show_template()

    def check_text(self, check: TemplateCheck) -> str:
        lines = [self.tr("The template is used for every export from now on.")]
        if check.renamed:
            used = ", ".join(f"”{theirs}” → {ours}" for theirs, ours in check.renamed)
            lines.append(self.tr("Its styles are used under their names: %1.").replace("%1", used))
        if check.added:
            lines.append(
                self.tr(
                    "It has no style for %1; the built-in template's is added to each document."
                ).replace("%1", ", ".join(check.added))
            )
        return "\n\n".join(lines)

    def _language_chosen(self) -> None:
        language = self.language_combo.currentData()
        preferences.set_language(language)
        self.language_note.setText(
            # Both languages, since the window is still in the other one.
            "Språket byts när du startar EST Desktop nästa gång. "
            "The language changes the next time you start EST Desktop."
        )
        self.language_note.show()
        self.language_changed.emit(language)

    def _show_template(self) -> None:
        """The file's name, and its folder shortened in the middle: a path on a shared
        drive is long, and a wrapped label is cut off in a form."""
        template = preferences.word_template()
        self.template_label.setToolTip("" if template is None else str(template))
        if template is None:
            self.template_label.setText(self.tr("The built-in template"))
        else:
            folder = self.template_label.fontMetrics().elidedText(
                str(template.parent), Qt.TextElideMode.ElideMiddle, 460
            )
            name = template.name
            if not template.is_file():
                name = self.tr("%1 (not found: choose it again)").replace("%1", name)
            self.template_label.setText(f"{name}\n{folder}")
        self.built_in_button.setEnabled(template is not None)
