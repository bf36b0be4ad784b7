"""Settings → Documents and language: choosing the kommun's template says what it lacks,
a file that is no template is refused, and the language is kept for the next start."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from est_desktop.ui.common import preferences
from est_desktop.ui.documents_tab import DocumentsTab
from tests.kommun_template import make_kommun_template

SHOTS = Path(__file__).resolve().parents[2] / "test-output"


@pytest.fixture
def tab(qtbot) -> DocumentsTab:
    tab = DocumentsTab()
    qtbot.addWidget(tab)
    tab.resize(720, 360)
    tab.show()
    return tab


@pytest.fixture
def told(monkeypatch) -> list[str]:
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: messages.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: messages.append(text))
    return messages


def test_a_template_missing_styles_is_used_once_the_user_is_told_which(qtbot, tab, told, tmp_path):
    template = make_kommun_template(tmp_path / "Brevmall Trelleborgs kommun.docx")

    assert tab.choose_template(template)

    assert preferences.word_template() == template
    assert preferences.document_options().template == template
    assert tab.template_label.text().startswith(template.name)
    assert tab.template_label.toolTip() == str(template)
    assert len(told) == 1
    assert "”Rubrik 1” → Heading 1" in told[0]
    assert "Tabellrubrik" in told[0] and "Caption" in told[0]
    assert tab.built_in_button.isEnabled()
    SHOTS.mkdir(exist_ok=True)
    qtbot.wait(20)  # the form lays the two lines out on the next turn of the event loop
    tab.grab().save(str(SHOTS / "settings-documents-template.png"))


def test_a_file_that_is_no_word_document_is_refused_and_the_choice_kept(tab, told, tmp_path):
    earlier = make_kommun_template(tmp_path / "mall.docx")
    tab.choose_template(earlier)
    told.clear()
    picture = tmp_path / "logga.docx"
    picture.write_bytes(b"\x89PNG not a document")

    assert not tab.choose_template(picture)

    assert preferences.word_template() == earlier
    assert len(told) == 1 and "spara den som Word-dokument" in told[0]  # in Swedish


def test_back_to_the_built_in_template(tab, told, tmp_path):
    tab.choose_template(make_kommun_template(tmp_path / "mall.docx"))

    tab.built_in_button.click()

    assert preferences.word_template() is None
    assert not tab.built_in_button.isEnabled()


def test_a_template_moved_away_says_so_in_settings(qtbot, tmp_path):
    preferences.set_word_template(tmp_path / "borta.docx")
    tab = DocumentsTab()
    qtbot.addWidget(tab)

    assert tab.template_label.text().startswith("borta.docx (hittas inte: välj den igen)")


def test_the_language_is_kept_for_the_next_start_and_says_so(tab):
    assert preferences.language() == "sv"
    changed: list[str] = []
    tab.language_changed.connect(changed.append)

    tab.language_combo.setCurrentIndex(tab.language_combo.findData("en"))

    assert preferences.language() == "en"
    assert preferences.document_options().language == "en"
    assert changed == ["en"]
    assert "next time" in tab.language_note.text() and "nästa gång" in tab.language_note.text()


def test_the_export_folder_chosen_is_where_every_export_starts(tab, tmp_path) -> None:
    from est_desktop.ui.common import persist

    shared = tmp_path / "G-enheten" / "EST"
    shared.mkdir(parents=True)
    persist.set_last_export_dir(tmp_path)
    assert persist.last_export_dir() == tmp_path
    assert tab.export_label.text() == "Den mapp som användes senast"
    assert not tab.last_used_button.isEnabled()

    assert tab.choose_export_folder(shared)
    assert persist.last_export_dir() == shared  # the last used folder no longer wins
    assert tab.export_label.toolTip() == str(shared)
    tab.grab().save(str(SHOTS / "settings-documents-export-folder.png"))

    shared.rmdir()  # the shared drive is not reached today
    assert persist.last_export_dir() == tmp_path
    tab.choose_export_folder(shared)
    assert "nås inte nu" in tab.export_label.text()

    tab.use_last_folder()
    assert preferences.export_folder() is None
    assert persist.last_export_dir() == tmp_path
