"""A feed the server says is gone (410) reads the same in the section tree's tooltip and the
settings dialog's health label (issue 13: one message per event)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from newsreader.app.profile import Engine
from newsreader.core.types import FeedStatus
from newsreader.gui.section_model import GONE_TEXT, SectionTreeModel
from tests.gui.settings_support import Answers, engine_factory, open_dialog
from tests.support.httpserver import Reply, TestServer

__all__ = ["engine_factory"]


def test_a_gone_feed_reads_the_same_in_the_tree_and_the_settings(
    qtbot: QtBot,
    engine_factory: Callable[[Path], Engine],
    http_server: TestServer,
    tmp_path: Path,
) -> None:
    http_server.routes["/old.xml"] = Reply(410, b"removed", {"Content-Type": "text/plain"})
    engine = engine_factory(tmp_path / "profile")
    url = http_server.url("/old.xml")
    feed = engine.writer.call(lambda store: store.add_feed(url, "Old news", "", 3600))
    engine.refresher.refresh(all_feeds=True)
    gone = engine.library.feed(feed.id)
    assert gone is not None and gone.status is FeedStatus.GONE

    tree = SectionTreeModel(engine.library)
    (node,) = [n for n in tree.walk() if n.feed is not None and n.feed.id == feed.id]
    tooltip = tree.data(tree.index_for_key(node.key), Qt.ItemDataRole.ToolTipRole)

    dialog = open_dialog(qtbot, engine, Answers())
    dialog.feeds.reload()
    dialog.feeds.select_feed(feed.id)
    status = dialog.ui.healthStatusLabel.text()

    assert status == GONE_TEXT
    assert tooltip.count("gone (HTTP 410)") == 1 and GONE_TEXT in tooltip
    assert dialog.ui.nextRefreshLabel.text() == "paused"
