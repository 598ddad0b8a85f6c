"""Issue 16: the tray icon's unread count and the batched desktop notifications of a refresh.

The real window (`create_window`) on a profile of feeds served on 127.0.0.1; notifications go
over a private D-Bus session bus to a recording server (`tests/support/notifications.py`).
"""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from newsreader.app.profile import resolve_profile
from newsreader.app.settings_wiring import SettingsOpener
from newsreader.core import prefs
from newsreader.core.types import Feed, Section
from newsreader.gui.main_window import MainWindow
from newsreader.gui.notify import Notifier, batch_notice
from newsreader.gui.tray import Tray, app_icon, badge_pixmap, badge_text, tooltip_text
from newsreader.storage import open_store
from tests.gui.conftest import FEEDS, RSS, items_for, refresh
from tests.support.feeds import rss
from tests.support.httpserver import Reply, TestServer
from tests.support.notifications import NotificationServer, notification_server

WAIT = 20000
TOTAL = sum(count for _s, _t, count in FEEDS.values())
BOLD = "/bold.xml"
BOLD_TITLE = "Bold <b>News</b> & Co"
# The offscreen platform has no tray and no window manager; what its plugin says about those
# says nothing about our code.
IGNORE = pytest.mark.qt_log_ignore(
    "does not support raise", "does not support propagateSizeHints", "systemTrayWindowChanged"
)

needs_dbus = pytest.mark.skipif(
    shutil.which("dbus-daemon") is None, reason="dbus-daemon is not installed (Debian: dbus)"
)


def tray_of(window: MainWindow) -> Tray:
    tray = window.findChild(Tray)
    assert tray is not None
    return tray


def notifier_of(window: MainWindow) -> Notifier:
    notifier = window.findChild(Notifier)
    assert notifier is not None
    return notifier


def shown_count(tray: Tray, size: int = 32) -> int | None:
    """The count the icon's pixmap shows, read back by matching it against each candidate
    rendering (0 is the bare icon, 100 stands for "99+")."""
    image = tray.pixmap(size).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    base = app_icon()
    for count in range(101):
        candidate = badge_pixmap(base, count, size).toImage()
        if candidate.convertToFormat(QImage.Format.Format_ARGB32) == image:
            return count
    return None


def _bits(image: QImage) -> bytes:
    return bytes(image.convertToFormat(QImage.Format.Format_ARGB32).constBits())


# -- the tray icon ------------------------------------------------------------------------


def test_badge_text_and_tooltip_words() -> None:
    counts = (0, 1, 42, 99, 100, 1000)
    assert [badge_text(n) for n in counts] == ["", "1", "42", "99", "99+", "99+"]
    assert tooltip_text(0) == "Newsreader: no unread articles"
    assert tooltip_text(1) == "Newsreader: 1 unread article"
    assert tooltip_text(42) == "Newsreader: 42 unread articles"
    base = app_icon()
    for size in (22, 32):  # each count draws something different, so the count can be read back
        images = {_bits(badge_pixmap(base, n, size).toImage()) for n in (0, 3, 42, 1000)}
        assert len(images) == 4


def test_tray_count_follows_reads_and_refreshes(
    make_window: Callable[..., MainWindow], profile: Path, qtbot: QtBot
) -> None:
    window = make_window(profile)
    tray = tray_of(window)
    assert tray.count == 0 and tray.tooltip == "Newsreader: no unread articles"
    assert shown_count(tray) == 0

    refresh(qtbot, window)
    qtbot.waitUntil(lambda: tray.count == TOTAL, timeout=WAIT)
    assert tray.tooltip == f"Newsreader: {TOTAL} unread articles"
    assert shown_count(tray) == TOTAL
    assert shown_count(tray, 22) == TOTAL

    window.select_node("all")  # read one: the tree's throttled update brings the tray along
    window.ui.articleList.setCurrentIndex(window.articles.index(0, 1))
    qtbot.waitUntil(lambda: tray.count == TOTAL - 1, timeout=WAIT)
    assert shown_count(tray) == TOTAL - 1
    assert tray.tooltip == f"Newsreader: {TOTAL - 1} unread articles"

    menu_action = tray.menu.findChild(type(window.ui.refreshAction), "trayMarkAllReadAction")
    assert menu_action is not None
    menu_action.trigger()
    qtbot.waitUntil(lambda: tray.count == 0, timeout=WAIT)
    assert shown_count(tray) == 0
    assert window.sections.count_for_key("unread") == 0


@IGNORE
def test_a_real_tray_icon_carries_the_count_and_the_menu(
    make_window: Callable[..., MainWindow], profile: Path, qtbot: QtBot
) -> None:
    window = make_window(profile)
    tray = Tray(window, window.library.setting, available=True)  # as on a desktop with a tray
    assert tray.icon is not None and tray.icon.contextMenu() is tray.menu
    names = [a.objectName() for a in tray.menu.actions() if not a.isSeparator()]
    assert names == [
        "trayToggleAction",
        "trayRefreshAction",
        "trayMarkAllReadAction",
        "workOfflineAction",
        "trayQuitAction",
    ]
    refresh(qtbot, window)
    qtbot.waitUntil(lambda: tray.icon is not None and str(TOTAL) in tray.icon.toolTip())
    assert tray.icon.toolTip() == f"Newsreader: {TOTAL} unread articles"
    tray.toggle_window()  # a click hides the window, the next one brings it back
    assert not window.isVisible()
    tray.toggle_window()
    assert window.isVisible()


@IGNORE
@pytest.mark.parametrize("tray_exists", [False, True])
def test_start_minimised(
    make_window: Callable[..., MainWindow], profile: Path, qtbot: QtBot, tray_exists: bool
) -> None:
    store = open_store(resolve_profile(profile).db_path)
    try:
        store.set_setting(prefs.START_MINIMISED.key, True)
    finally:
        store.close()
    window = make_window(profile)
    window.hide()  # as `run_window` finds it: built, not shown yet
    tray = Tray(window, window.library.setting, available=tray_exists)
    tray.show_at_start()
    if tray_exists:
        assert not window.isVisible()  # in the tray; a click brings it up
        tray.toggle_window()
        qtbot.waitUntil(window.isVisible)
    else:
        assert window.isMinimized()  # no tray to hide in: on the task bar


# -- notifications ------------------------------------------------------------------------


@pytest.fixture
def bus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[NotificationServer]:
    with notification_server(tmp_path / "bus") as (server, env):
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", env["DBUS_SESSION_BUS_ADDRESS"])
        yield server


@pytest.fixture
def bold_profile(profile: Path, news_server: TestServer) -> Path:
    """The test profile plus a top-level feed whose title is markup."""
    serve(news_server, BOLD, 2)
    store = open_store(resolve_profile(profile).db_path)
    try:
        store.add_feed(news_server.url(BOLD), BOLD_TITLE, "", 3600, user_title=True)
    finally:
        store.close()
    return profile


def serve(server: TestServer, path: str, count: int) -> None:
    if path == BOLD:
        items = items_for(server, "/asia.xml", count)
        items = [dataclasses.replace(i, guid=f"bold-{n}") for n, i in enumerate(items)]
        server.routes[path] = Reply(200, rss(BOLD_TITLE, items), RSS)
        return
    title = FEEDS[path][1]
    server.routes[path] = Reply(200, rss(title, items_for(server, path, count)), RSS)


def settle(qtbot: QtBot, notifier: Notifier) -> None:
    qtbot.waitUntil(lambda: notifier.in_flight == 0, timeout=WAIT)


@needs_dbus
def test_one_plain_text_notification_per_refresh(
    make_window: Callable[..., MainWindow],
    bold_profile: Path,
    news_server: TestServer,
    bus: NotificationServer,
    qtbot: QtBot,
) -> None:
    window = make_window(bold_profile)
    notifier = notifier_of(window)
    notifier.is_window_active = lambda: False  # the person is in another window

    refresh(qtbot, window)
    settle(qtbot, notifier)
    calls = bus.notified()
    assert len(calls) == 1  # one for the whole refresh, never one per article or per feed
    places = len({s for s, _t, _c in FEEDS.values()}) + 1
    assert calls[0].summary == f"{TOTAL + 2} new articles in {places} sections"
    # The server reads the body as markup: the feed's title arrives escaped, so it shows as is.
    assert "Bold &lt;b&gt;News&lt;/b&gt; &amp; Co: 2" in calls[0].body.split("\n")
    assert "Tech Wire: 5" in calls[0].body.split("\n")

    serve(news_server, BOLD, 3)  # one more article, in the top-level feed only
    refresh(qtbot, window)
    settle(qtbot, notifier)
    calls = bus.notified()
    assert len(calls) == 2
    assert calls[1].summary == f"1 new article in {BOLD_TITLE}"  # the summary is plain text
    assert calls[1].actions == ("default", "Open")

    refresh(qtbot, window)  # nothing new: nothing said
    settle(qtbot, notifier)
    assert len(bus.notified()) == 2


@needs_dbus
@IGNORE
def test_quiet_while_the_window_is_focused(
    make_window: Callable[..., MainWindow], profile: Path, bus: NotificationServer, qtbot: QtBot
) -> None:
    window = make_window(profile)
    notifier = notifier_of(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    refresh(qtbot, window)
    settle(qtbot, notifier)
    assert tray_of(window).count == TOTAL  # the refresh brought articles
    assert bus.notified() == [] and notifier.sent == []


@needs_dbus
@IGNORE
def test_muted_feeds_and_sections_say_nothing(
    make_window: Callable[..., MainWindow],
    profile: Path,
    news_server: TestServer,
    bus: NotificationServer,
    qtbot: QtBot,
) -> None:
    window = make_window(profile)
    notifier = notifier_of(window)
    notifier.is_window_active = lambda: False
    refresh(qtbot, window)
    settle(qtbot, notifier)
    assert len(bus.notified()) == 1

    # Mute the Asia feed and the Technology section from the tree's context menu.
    feeds = {f.title: f for f in window.library.feeds()}
    sections = {s.path: s for s in window.library.sections()}
    for key in (f"feed:{feeds['Asia Daily'].id}", f"section:{sections['Technology'].id}"):
        node = window.sections.node(window.sections.index_for_key(key))
        menu = window.section_actions.build_menu(node, window)
        action = next(a for a in menu.actions() if a.objectName() == "notifyMenuAction")
        assert action.isCheckable() and action.isChecked()
        action.trigger()
    setting = window.library.setting
    qtbot.waitUntil(lambda: prefs.NOTIFY_MUTED_FEEDS.get(setting) == (feeds["Asia Daily"].id,))
    qtbot.waitUntil(
        lambda: prefs.NOTIFY_MUTED_SECTIONS.get(setting) == (sections["Technology"].id,)
    )
    node = window.sections.node(window.sections.index_for_key(f"feed:{feeds['Asia Daily'].id}"))
    menu = window.section_actions.build_menu(node, window)
    assert not next(a for a in menu.actions() if a.objectName() == "notifyMenuAction").isChecked()

    serve(news_server, "/asia.xml", 6)
    serve(news_server, "/tech.xml", 9)
    refresh(qtbot, window)
    settle(qtbot, notifier)
    assert len(bus.notified()) == 1  # only muted places had news

    serve(news_server, "/europe.xml", 4)
    serve(news_server, "/asia.xml", 8)
    refresh(qtbot, window)
    settle(qtbot, notifier)
    calls = bus.notified()
    assert len(calls) == 2
    assert calls[1].summary == "1 new article in World › Europe"
    assert calls[1].body == "Europe Today: 1"

    # A click on it ("default" action) brings the window up on that section.
    assert calls[1].actions == ("default", "Open")
    window.select_node("starred")
    bus.click(calls[1])
    europe = f"section:{sections['World/Europe'].id}"
    qtbot.waitUntil(lambda: (node := window.current_node()) is not None and node.key == europe)


def test_without_a_notification_service_nothing_breaks(
    make_window: Callable[..., MainWindow],
    profile: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")
    window = make_window(profile)
    notifier = notifier_of(window)
    notifier.is_window_active = lambda: False
    refresh(qtbot, window)
    settle(qtbot, notifier)
    assert notifier.sent == []  # no bus and no tray here: nothing shown, nothing failed
    assert tray_of(window).count == TOTAL


# -- the batch, on its own ---------------------------------------------------------------


def _feed(ident: int, title: str, section: Section | None) -> Feed:
    return Feed(
        id=ident,
        url=f"http://127.0.0.1:9/{ident}",
        title=title,
        section_id=section.id if section else None,
        section_path=section.path if section else "",
        interval=3600,
        last_success=datetime(2026, 1, 1, tzinfo=UTC),
    )


def test_batches_skip_storms_and_muted_subsections() -> None:
    world = Section(1, "World", None, 0, "World")
    asia = Section(2, "Asia", 1, 0, "World/Asia")
    tech = Section(3, "Technology", None, 1, "Technology")
    feeds = {
        1: _feed(1, "Asia Daily", asia),
        2: _feed(2, "Tokyo Post", asia),
        3: _feed(3, "Tech Wire", tech),
    }
    sections = (world, asia, tech)
    notice = batch_notice({1: 4, 2: 8}, feeds, sections)
    assert notice is not None and notice.summary == "12 new articles in World › Asia"
    assert notice.body == "Tokyo Post: 8\nAsia Daily: 4" and notice.target == "section:2"
    storm = batch_notice({1: 4, 3: 201}, feeds, sections)  # Tech Wire republished everything
    assert storm is not None and storm.summary == "4 new articles in World › Asia"
    assert batch_notice({3: 500}, feeds, sections) is None
    assert batch_notice({1: 4, 2: 8}, feeds, sections, muted_sections=[1]) is None  # a parent
    both = batch_notice({1: 4, 3: 2}, feeds, sections, muted_feeds=[2])
    assert both is not None and both.summary == "6 new articles in 2 sections"
    assert both.target == "unread"


# -- settings ---------------------------------------------------------------------------


@IGNORE
def test_general_page_stores_the_tray_choices(
    make_window: Callable[..., MainWindow], profile: Path, qtbot: QtBot
) -> None:
    window = make_window(profile)
    opener = window.findChild(SettingsOpener)
    assert opener is not None
    dialog = opener.open()
    try:
        close = dialog.findChild(QCheckBox, "closeToTrayCheck")
        start = dialog.findChild(QCheckBox, "startMinimisedCheck")
        assert close is not None and start is not None
        assert not close.isChecked() and not start.isChecked()
        assert not close.isEnabled()  # no tray on this desktop: closing quits as before
        start.setChecked(True)
        setting = window.library.setting
        qtbot.waitUntil(lambda: prefs.START_MINIMISED.get(setting) is True, timeout=WAIT)
    finally:
        dialog.close()
