"""The Add feed dialog asks before it reads from an address on a private network (issue 12).

0.0.0.0 is not a public address, and connecting to it reaches this machine, so the feed
served on 127.0.0.1 stands in for a NAS or router feed without leaving the machine.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from newsreader.app.profile import Engine
from tests.gui.settings_support import Answers, engine_factory, open_dialog
from tests.gui.test_settings import WAIT, find
from tests.support.httpserver import Reply, TestServer

__all__ = ["engine_factory"]
FEED = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Home server</title>'
    b"<item><title>Backup done</title><guid>1</guid></item></channel></rss>"
)


def test_a_private_address_is_read_only_after_a_yes(
    qtbot: QtBot, engine_factory: Callable[[Path], Engine], profile: Path, news_server: TestServer
) -> None:
    news_server.routes["/home.xml"] = Reply(200, FEED, {"Content-Type": "application/rss+xml"})
    local = news_server.url("/home.xml").replace("127.0.0.1", "0.0.0.0")
    engine = engine_factory(profile)
    answers = Answers(confirms=[False, True])
    dialog = open_dialog(qtbot, engine, answers)
    add = dialog.feeds.add()

    find(qtbot, add, local)  # the person says no
    assert "private network (0.0.0.0)" in answers.asked[0]
    assert "Not subscribed" in add.messageLabel.text()
    assert news_server.requests_to("/home.xml") == []
    assert not add.subscribeButton.isEnabled()

    find(qtbot, add, local)  # then yes
    qtbot.waitUntil(add.previewBox.isVisible, timeout=WAIT)
    assert len(answers.asked) == 2 and len(news_server.requests_to("/home.xml")) == 1
    with qtbot.waitSignal(add.feed_added, timeout=WAIT):
        qtbot.mouseClick(add.subscribeButton, Qt.MouseButton.LeftButton)
    feed = engine.library.feed_by_url(local)
    assert feed is not None and feed.title == "Home server"


def test_a_loopback_feed_is_not_questioned(
    qtbot: QtBot, engine_factory: Callable[[Path], Engine], profile: Path, news_server: TestServer
) -> None:
    news_server.routes["/home.xml"] = Reply(200, FEED, {"Content-Type": "application/rss+xml"})
    engine = engine_factory(profile)
    answers = Answers()
    add = open_dialog(qtbot, engine, answers).feeds.add()
    find(qtbot, add, news_server.url("/home.xml"))
    qtbot.waitUntil(add.previewBox.isVisible, timeout=WAIT)
    assert answers.asked == []
