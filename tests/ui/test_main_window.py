"""The main window as it opens: the meeting list first, the other tabs when first opened."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMenu, QPushButton
from sqlalchemy.engine import Engine
from sqlmodel import select

from est_desktop import app
from est_desktop.db import SERVER_UNREACHABLE, make_server_engine, session_scope
from est_desktop.errors import KnownError
from est_desktop.models import ActionCreate, AgendaItem, MeetingCreate
from est_desktop.services import reference
from est_desktop.services.actions import decisions as actions
from est_desktop.services.meetings import agenda as meetings
from est_desktop.ui.main_window import MainWindow
from est_desktop.ui.server.connect_dialog import (
    ConnectDialog,
    ServerConnection,
    failure_text,
    short_name,
    who_is_logged_in,
    without_password,
)
from tests.ui.shared_server import SharedServer, shared_server, unused_port

REPO = Path(__file__).resolve().parents[2]
FIRST = date(2026, 9, 1)
WEEKS = 12


@pytest.fixture
def window(qtbot, engine: Engine) -> MainWindow:
    with session_scope(engine) as session:
        for week in range(WEEKS):
            day = FIRST + timedelta(weeks=week)
            meetings.create_meeting(session=session, data=MeetingCreate(date=day))
    window = MainWindow(engine)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_meeting_list_shows_every_meeting_newest_first(window: MainWindow) -> None:
    table = window.meetings_page.table
    assert window.tabs.currentWidget() is window.meetings_page
    shown = [table.model().index(row, 0).data() for row in range(table.model().rowCount())]
    newest = FIRST + timedelta(weeks=WEEKS - 1)
    assert shown == [(newest - timedelta(weeks=w)).isoformat() for w in range(WEEKS)]
    # The latest meeting is ready in the workspace and named in the toolbar.
    assert f"EST-möte {newest.isoformat()}" in window.current_label.text()


def test_page_headings_stand_out_from_the_text(window: MainWindow) -> None:
    heading = next(
        label
        for label in window.meetings_page.findChildren(QLabel)
        if label.objectName() == "pageHeading"
    )
    assert heading.text() == "Möten"
    assert heading.font().bold()
    assert heading.font().pointSizeF() > window.current_label.font().pointSizeF() + 2


def test_a_meeting_made_while_the_list_is_hidden_is_listed_when_it_is_shown(
    window: MainWindow,
) -> None:
    window.tabs.setCurrentWidget(window.workspace)
    later = FIRST + timedelta(weeks=WEEKS)
    window.store.write(meetings.create_meeting, data=MeetingCreate(date=later))
    window.tabs.setCurrentWidget(window.meetings_page)
    assert window.meetings_page.table.model().index(0, 0).data() == later.isoformat()


@pytest.mark.parametrize(
    ("tab", "heading"),
    [
        ("register_tab", "Åtgärdsregister"),
        ("lagesbild_tab", "Lägesbild"),
        ("follow_up_tab", "Uppföljning"),
        ("settings_tab", "Inställningar"),
        ("audit_tab", None),
    ],
)
def test_each_later_tab_shows_its_page_when_first_opened(
    window: MainWindow, tab: str, heading: str | None
) -> None:
    window.tabs.setCurrentWidget(getattr(window, tab))
    shown = getattr(window, tab).page()
    assert shown.isVisible()
    assert shown.width() > window.width() // 2  # fills the tab, not a corner of it
    if heading is not None:
        assert heading in [label.text() for label in shown.findChildren(QLabel)]


def test_the_register_opened_later_lists_actions_decided_before(
    window: MainWindow, engine: Engine
) -> None:
    with session_scope(engine) as session:
        item = session.scalars(select(AgendaItem).order_by(AgendaItem.id)).first()
        owner = reference.organisations(session=session)[0].id
        for text in ("Laga busskuren", "Mer belysning vid stationen"):
            data = ActionCreate(description=text, owner_organisation_id=owner)
            actions.decide_action(session=session, item_id=item.id, data=data)
    window.store.announce()  # as after any save: the register is not built yet
    window.tabs.setCurrentWidget(window.register_tab)
    register = window.register_tab.page()
    model = register.proxy
    assert model.rowCount() == 2
    shown = {model.index(r, c).data() for r in range(2) for c in range(model.columnCount())}
    assert {"Laga busskuren", "Mer belysning vid stationen"} <= shown


# --- on a shared server ----------------------------------------------------------------


@pytest.fixture
def server() -> Iterator[SharedServer]:
    with shared_server() as made:
        yield made


def server_window(qtbot, engine: Engine, url) -> MainWindow:
    window = MainWindow(engine, db_path=without_password(url), user=who_is_logged_in(engine))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_on_a_server_the_title_names_it_and_backups_are_the_administrators(
    qtbot, server: SharedServer
) -> None:
    window = server_window(qtbot, server.convener, server.convener_url)

    assert window.windowTitle().endswith(short_name(server.convener_url))
    assert server.convener_url.password not in window.windowTitle()
    backups = window.backup_actions
    for action in (backups.back_up_action, backups.restore_action):
        assert not action.isEnabled()
        assert "administrat" in action.toolTip().lower()
    menu = window.findChild(QMenu, "databaseMenu")
    names = [a.objectName() for a in menu.actions()]
    assert names[:2] == ["backUpNowAction", "restoreBackupAction"]
    assert "connectToServerAction" in names and window.local_action.isVisible()
    # The convener keeps every tab.
    assert window.tabs.count() == 7 and window.tabs.widget(0) is window.meetings_page


def test_a_file_window_offers_to_connect_but_not_to_go_back(window: MainWindow) -> None:
    assert window.connect_action.isEnabled() and not window.local_action.isVisible()
    assert window.windowTitle() == window.tr("EST Desktop")


def test_the_ledningsgrupp_reads_the_lagesbild_and_follow_up_and_writes_reports(
    qtbot, server: SharedServer
) -> None:
    engine = make_server_engine(server.management_url)
    try:
        window = server_window(qtbot, engine, server.management_url)
        tabs = [window.tabs.widget(i) for i in range(window.tabs.count())]
        assert tabs == [window.lagesbild_tab, window.follow_up_tab]
        assert window.meeting_toolbar.isVisible()
        shown = [a for a in window.meeting_toolbar.actions() if a.isVisible()]
        assert window.report_action in shown
        assert not any(a in shown for a in (window.new_action, window.answers_action))

        window.tabs.setCurrentWidget(window.lagesbild_tab)
        lagesbild = window.lagesbild_tab.page()
        # The server never shows it confidential incidents: the box to count them is gone.
        assert not lagesbild.confidential.isVisible() and not lagesbild.confidential.isChecked()

        window.tabs.setCurrentWidget(window.follow_up_tab)
        follow_up = window.follow_up_tab.page()
        assert follow_up.agreement_combo.isEnabled()
        assert not follow_up.new_button.isVisible() and not follow_up.delete_button.isVisible()
        assert all(not b.isVisible() for b in follow_up.findChildren(QPushButton))
        window.close()
    finally:
        engine.dispose()


def test_connecting_rebuilds_the_window_on_the_server_and_the_next_start_opens_it(
    qtbot, engine: Engine, db_path: Path, server: SharedServer, monkeypatch
) -> None:
    monkeypatch.delenv("EST_DESKTOP_DB", raising=False)
    desk = app.Desk()
    assert desk.show(engine, db_path)
    on_file = desk.window
    url = without_password(server.participant_url)

    on_file.server_connected.emit(
        ServerConnection(server.participant, url, who_is_logged_in(server.participant))
    )

    assert desk.window is not on_file and not on_file.isVisible()
    assert desk.window.isVisible() and desk.window.my_actions_page is not None
    assert desk.window.live is not None  # other desks' changes come in live
    assert app.remembered_server() == url and app.start_target(None) == url
    assert app.start_target(str(db_path)) == db_path  # --db still wins

    monkeypatch.setenv("EST_DESKTOP_DB", str(db_path.with_name("lokal.sqlite3")))
    desk.window.local_requested.emit()
    assert desk.window.db_path == db_path.with_name("lokal.sqlite3")
    assert desk.lock is not None and desk.lock.isLocked()
    assert app.remembered_server() is None
    desk.window.close()
    desk.release()
    qtbot.wait(10)  # the windows deleted now, not whenever the collector runs


def test_the_database_menu_connects_and_hands_the_connection_over(
    qtbot, window: MainWindow, server: SharedServer, monkeypatch
) -> None:
    url = server.participant_url

    def fill_and_connect(dialog: ConnectDialog) -> int:
        dialog.host_edit.setText(url.host)
        dialog.port_spin.setValue(url.port)
        dialog.database_edit.setText(url.database)
        dialog.user_edit.setText(url.username)
        dialog.password_edit.setText(url.password)
        with qtbot.waitSignal(dialog.accepted, timeout=20000):
            dialog.connect_button.click()
        return ConnectDialog.DialogCode.Accepted

    monkeypatch.setattr(ConnectDialog, "exec", fill_and_connect)
    with qtbot.waitSignal(window.server_connected) as handed:
        window.connect_to_server()
    connection = handed.args[0]
    try:
        assert connection.url == without_password(url)
        assert connection.user.kind == "deltagare"
    finally:
        connection.engine.dispose()


def test_an_unreachable_server_leaves_the_window_on_its_database(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    said: list[str] = []

    def connect_and_give_up(dialog: ConnectDialog) -> int:
        dialog.host_edit.setText("127.0.0.1")
        dialog.port_spin.setValue(unused_port())
        dialog.user_edit.setText("karin")
        with qtbot.waitSignal(dialog.failed, timeout=20000) as failure:
            dialog.connect_button.click()
        said.append(failure.args[0])
        dialog.reject()
        return ConnectDialog.DialogCode.Rejected

    monkeypatch.setattr(ConnectDialog, "exec", connect_and_give_up)
    engine = window.store.engine
    with qtbot.assertNotEmitted(window.server_connected):
        assert window.connect_to_server() is None
    [text] = said
    port = text.split("127.0.0.1:")[1].split(" ")[0]
    assert text == failure_text(
        KnownError(SERVER_UNREACHABLE), f"postgresql://k@127.0.0.1:{port}/est"
    )
    assert window.store.engine is engine and window.isVisible()


def _start(db: str, home: Path) -> subprocess.CompletedProcess[str]:
    """est-desktop --db … --exit-when-ready in a process of its own: its event loop quits the
    application, which a test's process must not."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(REPO),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
    }
    env.pop("EST_DESKTOP_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "est_desktop", "--db", db, "--exit-when-ready"],
        cwd=home,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_start_with_a_server_url_opens_the_window_on_it(
    server: SharedServer, tmp_path: Path
) -> None:
    with_password = server.participant_url.render_as_string(hide_password=False)
    started = _start(with_password, tmp_path)
    assert started.returncode == 0, started.stderr
    assert "Hemligt" not in started.stderr  # the password is in no log line

    # Without a password (and nobody to ask) the smoke test says so and stops.
    without = without_password(server.participant_url)
    started = _start(without, tmp_path)
    assert started.returncode == 1
    assert short_name(without) in started.stderr
