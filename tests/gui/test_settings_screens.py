"""Screenshots of every settings page (saved in screenshots/, git-ignored, to be looked at),
the 1366×768 fit, and keyboard use: mnemonics, tab order, Enter and Esc."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from newsreader.app.profile import Engine
from newsreader.gui.settings.dialog import PAGES
from tests.conftest import REPO
from tests.gui.settings_support import Answers, engine_factory, open_dialog, serve_discovery_page
from tests.support.httpserver import TestServer

__all__ = ["engine_factory"]
SHOTS = REPO / "screenshots"
WAIT = 20000


def shoot(widget: QWidget, name: str) -> Path:
    SHOTS.mkdir(exist_ok=True)
    path = SHOTS / f"settings-{name}.png"
    assert widget.grab().save(str(path))
    return path


def test_every_page_fits_a_small_screen_and_is_screenshotted(
    qtbot: QtBot, engine_factory: Callable[[Path], Engine], profile: Path, news_server: TestServer
) -> None:
    engine = engine_factory(profile)
    engine.refresher.refresh(all_feeds=True)  # health: successes, one failure, counts
    dialog = open_dialog(qtbot, engine, Answers())
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768 - 60
    assert dialog.width() <= 1366 and dialog.height() <= 768 - 60
    broken = next(f for f in engine.library.feeds() if f.title == "Broken Feed")
    dialog.feeds.select_feed(broken.id)
    assert "HTTP 500" in dialog.ui.lastErrorLabel.text()
    for name in PAGES:
        dialog.show_page(name)
        qtbot.wait(10)
        shoot(dialog, name)

    page, _second = serve_discovery_page(news_server)
    dialog.show_page("feeds")
    add = dialog.feeds.add()
    add.urlEdit.setText(page)
    add.findButton.click()
    qtbot.waitUntil(lambda: add.previewBox.isVisible() and not add.busy, timeout=WAIT)
    assert add.height() <= 768 - 60
    shoot(add, "add-feed")
    add.reject()
    edit = dialog.feeds.edit()
    assert edit is not None
    shoot(edit, "edit-feed")
    edit.reject()


def test_keyboard_mnemonics_tab_order_enter_and_escape(
    qtbot: QtBot, engine_factory: Callable[[Path], Engine], profile: Path, news_server: TestServer
) -> None:
    engine = engine_factory(profile)
    dialog = open_dialog(qtbot, engine, Answers())
    tabs: QTabWidget = dialog.ui.settingsTabs
    # Every tab and every button has a mnemonic, unique within its page.
    assert all("&" in tabs.tabText(i) for i in range(tabs.count()))
    for i in range(tabs.count()):
        page = tabs.widget(i)
        keys = [tabs.tabText(j).split("&")[1][0].lower() for j in range(tabs.count())]
        for button in page.findChildren(QAbstractButton):
            assert "&" in button.text(), button.text()
            keys.append(button.text().split("&")[1][0].lower())
        for label in page.findChildren(QLabel):
            if label.buddy() is not None:
                assert "&" in label.text(), label.text()
                keys.append(label.text().split("&")[1][0].lower())
        assert len(keys) == len(set(keys)), (tabs.tabText(i), sorted(keys))

    # Tab walks the Feeds page in reading order.
    tech = next(f for f in engine.library.feeds() if f.title == "Tech Wire")
    dialog.feeds.select_feed(tech.id)  # edit and remove are enabled only with a feed chosen
    dialog.ui.feedTree.setFocus()
    expected = ["addFeedButton", "editFeedButton", "removeFeedButton", "importOpmlButton"]
    for name in expected:
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.focusWidget().objectName() == name

    # Enter in the address field finds; Esc closes the add dialog, then the settings.
    add = dialog.feeds.add()
    qtbot.waitExposed(add)
    add.urlEdit.setFocus()
    add.urlEdit.setText(news_server.url("/tech.xml"))
    qtbot.keyClick(add.urlEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not add.busy and add.messageLabel.text() != "", timeout=WAIT)
    assert "already subscribed" in add.messageLabel.text()
    qtbot.keyClick(add, Qt.Key.Key_Escape)
    assert not add.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
