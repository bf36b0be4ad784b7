"""Mina åtgärder as a participant meets it on the shared server: exactly its organisation's
open actions, an answer the convener sees at once, a conflict shown rather than lost, and
typed text that survives a dropped connection."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from est_desktop.db import NOT_PERMITTED, SERVER_UNREACHABLE, session_scope
from est_desktop.errors import KnownError
from est_desktop.models import ActionStatus, MeetingCreate
from est_desktop.services.action_lists import answers
from est_desktop.services.actions import decisions as actions
from est_desktop.services.actions.decisions import ReviewOutcome
from est_desktop.services.actions.my_actions import SOURCE, MyActionRow
from est_desktop.services.meetings import agenda as meetings
from est_desktop.ui.actions.my_actions_page import MyActionsModel, MyActionsPage
from est_desktop.ui.common import labels
from est_desktop.ui.common.conflict_dialog import ConflictDialog
from est_desktop.ui.common.messages import tr_service
from est_desktop.ui.main_window import MainWindow
from est_desktop.ui.server.connect_dialog import short_name, who_is_logged_in, without_password
from tests.ui.shared_server import (
    ANSWERER,
    Cable,
    SharedServer,
    shared_server,
    terminate_connections,
)

SHOTS = Path(__file__).resolve().parents[3] / "test-output"
TODAY = date.today()


@pytest.fixture
def server() -> Iterator[SharedServer]:
    with shared_server() as made:
        yield made


def participant_window(qtbot, server: SharedServer, engine=None) -> MainWindow:
    engine = engine or server.participant
    window = MainWindow(
        engine,
        db_path=without_password(server.participant_url),
        user=who_is_logged_in(engine),
    )
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


def shown_ids(page: MyActionsPage) -> list[int]:
    """The actions in the order the table shows them."""
    proxy = page.proxy
    return [
        page.model.row_at(proxy.mapToSource(proxy.index(r, 0)).row()).id
        for r in range(proxy.rowCount())
    ]


def stored_answers(server: SharedServer) -> list[answers.AnswerRow]:
    with session_scope(server.convener) as session:
        return answers.answers_between(
            session=session, after=server.decided_on, up_to=TODAY + timedelta(days=7)
        )


def type_answer(qtbot, page: MyActionsPage, *, status: str | None = None, comment: str = ""):
    if status is not None:
        page.status_combo.setCurrentIndex(page.status_combo.findData(status))
    page.comment_edit.setFocus()
    page.comment_edit.setText(comment)  # QTest types ASCII only
    qtbot.keyClick(page.comment_edit, Qt.Key.Key_End)


def test_the_model_passes_qt_model_tester(qtmodeltester) -> None:
    model = MyActionsModel(date(2026, 11, 30))
    model.set_rows(
        [
            MyActionRow(
                1,
                "Belysning",
                "Otrygghet",
                date(2026, 11, 3),
                date(2026, 11, 20),
                "new",
                "Per Ek",
                "",
                1,
            ),
            MyActionRow(2, "Vandring", "", None, None, "in_progress", "", "Bokad", 3),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(0, 4).data() == f"2026-11-20 ({labels.overdue()})"
    assert model.index(1, 4).data() == ""


def test_the_participant_gets_its_organisations_open_actions_and_no_more(
    qtbot, server: SharedServer
) -> None:
    window = participant_window(qtbot, server)
    page = window.my_actions_page

    assert window.tabs.widget(0) is page and window.tabs.currentWidget() is page
    tabs = [window.tabs.widget(i) for i in range(window.tabs.count())]
    assert tabs == [page, window.register_tab, window.lagesbild_tab]
    assert window.tabs.tabText(0).replace("&", "") in ("My actions", "Mina åtgärder")
    # Earliest due first; another organisation's and closed actions are not there.
    assert shown_ids(page) == [server.lights, server.walk]
    assert not window.meeting_toolbar.isVisible()
    assert not window.new_action.isEnabled() and not window.answers_action.isEnabled()
    assert short_name(server.participant_url) in window.windowTitle()
    assert "Hemligt" not in window.windowTitle()
    # The register and the lägesbild read what the server lets a participant read.
    window.tabs.setCurrentWidget(window.register_tab)
    register = window.register_tab.page()
    assert register.proxy.rowCount() >= 2
    assert register.reassign_button.isHidden() and register.move_dates_button.isHidden()
    assert register.table.actions() == []
    register.select_action(server.lights)
    assert "Extra belysning i Stationsparken" in register.history_view.toPlainText()
    window.tabs.setCurrentWidget(window.lagesbild_tab)
    assert window.lagesbild_tab.page().isVisible()
    # What the server refuses anyway is a sentence, not a trace.
    with pytest.raises(KnownError) as refused:
        window.store.write(meetings.create_meeting, data=MeetingCreate(date=TODAY))
    assert refused.value.text == NOT_PERMITTED


def test_an_answer_saved_with_enter_is_in_the_conveners_review(qtbot, server: SharedServer) -> None:
    window = participant_window(qtbot, server)
    page = window.my_actions_page
    assert page.current_row().id == server.lights
    assert page.answered_by_edit.text() == ANSWERER

    type_answer(qtbot, page, status=ActionStatus.IN_PROGRESS, comment="Armaturer beställda")
    page.due_box.setChecked(True)
    page.due_edit.setDate(page.due_edit.date().addDays(30))
    qtbot.keyClick(page.comment_edit, Qt.Key.Key_Return)

    assert page.message.text() == page.tr(
        "Answer saved. The convener sees it in the review of open actions."
    )
    assert page.comment_edit.text() == "" and not page.due_box.isChecked()
    # The list re-read: the answer's status and comment stand on the row.
    row = page.model.row_at(page.model.row_of_id(server.lights))
    assert (row.status, row.latest_note) == (ActionStatus.IN_PROGRESS, "Armaturer beställda")
    # At the convener's desk, through the services on another login: as an imported answer.
    with session_scope(server.convener) as session:
        next_meeting = meetings.create_meeting(
            session=session, data=MeetingCreate(date=TODAY + timedelta(days=7))
        )
        review = {
            r.action.id: r for r in actions.review_rows(session=session, meeting_id=next_meeting.id)
        }
    assert review[server.lights].action.status == ActionStatus.IN_PROGRESS
    assert review[server.lights].action.due_date == TODAY + timedelta(days=30)
    assert review[server.lights].last_note == "Armaturer beställda"
    [answer] = stored_answers(server)
    assert (answer.action_id, answer.answered_by, answer.answered_on, answer.source_file) == (
        server.lights,
        ANSWERER,
        TODAY,
        SOURCE,
    )

    # Another action, a draft typed but not saved: how the page looks while answering.
    page.select_action(server.walk)
    type_answer(qtbot, page, comment="Vandringen bokad till nästa vecka")
    page.select_action(server.lights)
    page.select_action(server.walk)
    assert page.comment_edit.text() == "Vandringen bokad till nästa vecka"  # its own draft
    SHOTS.mkdir(exist_ok=True)
    assert window.grab().save(str(SHOTS / "my_actions_page.png"))


def _answer_on_the_dialog(button: str, seen: list) -> None:
    def click() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            QTimer.singleShot(20, click)
            return
        seen.append([(r.label, r.mine, r.theirs) for r in dialog.model.rows()])
        if not (SHOTS / "my_actions_conflict.png").exists():
            dialog.grab().save(str(SHOTS / "my_actions_conflict.png"))
        dialog.findChild(QPushButton, button).click()

    QTimer.singleShot(0, click)


def test_an_answer_over_the_conveners_newer_change_shows_both_and_loses_nothing(
    qtbot, server: SharedServer
) -> None:
    window = participant_window(qtbot, server)
    page = window.my_actions_page
    # The convener reviews the action at the meeting table after the list was read.
    with session_scope(server.convener) as session:
        meeting = meetings.create_meeting(session=session, data=MeetingCreate(date=TODAY))
        actions.record_review(
            session=session,
            meeting_id=meeting.id,
            action_id=server.lights,
            outcome=ReviewOutcome.NEW_DUE_DATE,
            note="Leveransen försenad",
            new_due_date=TODAY + timedelta(days=21),
        )
    type_answer(qtbot, page, status=ActionStatus.DONE, comment="Klart nu")

    seen: list = []
    _answer_on_the_dialog("cancel", seen)
    assert not page.save()

    [differences] = seen
    names = dict(labels.action_statuses())
    assert differences == [
        (page.tr("Status"), names[ActionStatus.DONE], names[ActionStatus.IN_PROGRESS]),
        (page.tr("Due"), "—", (TODAY + timedelta(days=21)).isoformat()),
    ]
    assert page.comment_edit.text() == "Klart nu"
    assert page.status_combo.currentData() == ActionStatus.DONE
    assert stored_answers(server) == []

    _answer_on_the_dialog("keepMine", seen)
    assert page.save()
    [answer] = stored_answers(server)
    assert (answer.status, answer.comment) == (ActionStatus.DONE, "Klart nu")


def test_a_dropped_connection_keeps_the_text_says_so_and_the_save_works_after(
    qtbot, server: SharedServer
) -> None:
    cable = Cable(server.participant_url.host, server.participant_url.port)
    engine = server.engine_as(cable.url(server.participant_url))
    try:
        window = participant_window(qtbot, server, engine)
        page = window.my_actions_page
        assert window.start_live_updates()
        qtbot.waitUntil(lambda: window.live.connected, timeout=10000)
        type_answer(qtbot, page, status=ActionStatus.IN_PROGRESS, comment="Offert inkommen")

        cable.pull()
        qtbot.waitUntil(lambda: window.connection_label.isVisible(), timeout=10000)
        assert window.connection_label.text() == window.tr(
            "The connection to the server was lost – trying again…"
        )
        assert not page.save()
        assert page.message.text() == tr_service(SERVER_UNREACHABLE)
        assert page.comment_edit.text() == "Offert inkommen"
        assert page.status_combo.currentData() == ActionStatus.IN_PROGRESS
        SHOTS.mkdir(exist_ok=True)
        qtbot.wait(50)  # laid out as the user sees it
        assert window.grab().save(str(SHOTS / "my_actions_connection_lost.png"))

        cable.plug()
        qtbot.waitUntil(lambda: not window.connection_label.isVisible(), timeout=20000)
        assert window.statusBar().currentMessage() == window.tr("Connected again")
        assert page.comment_edit.text() == "Offert inkommen"
        assert page.save()
        [answer] = stored_answers(server)
        assert answer.comment == "Offert inkommen"
        window.close()
    finally:
        engine.dispose()
        cable.close()


def test_connections_ended_by_the_server_are_replaced_without_losing_the_form(
    qtbot, server: SharedServer
) -> None:
    window = participant_window(qtbot, server)
    page = window.my_actions_page
    assert window.start_live_updates()
    qtbot.waitUntil(lambda: window.live.connected, timeout=10000)
    type_answer(qtbot, page, comment="Väntar på leverantören")
    lost: list[str] = []
    window.live.lost.connect(lost.append)

    with qtbot.waitSignal(window.live.restored, timeout=20000):
        assert terminate_connections(server.url.database) >= 1
    assert lost  # the status bar said so meanwhile
    assert page.comment_edit.text() == "Väntar på leverantören"
    assert page.save()
    # The convener's desk lost its connections too; its window would renew them on
    # reconnecting, as the participant's did.
    server.convener.dispose()
    assert [a.comment for a in stored_answers(server)] == ["Väntar på leverantören"]
    window.close()
