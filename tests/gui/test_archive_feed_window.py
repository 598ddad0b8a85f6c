"""Removing a feed but keeping its starred articles, through the real settings dialog of the
real main window: the feed leaves the section tree, Starred still lists what was kept."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from newsreader.app.profile import Engine, utc_now
from newsreader.app.settings_wiring import install_settings
from newsreader.core.types import ArticleQuery, FeedStatus
from newsreader.gui.main_window import MainWindow
from newsreader.gui.offline_mode import NetworkGate
from newsreader.gui.section_model import NodeKind
from newsreader.gui.settings.context import Prompts, choice_box
from newsreader.storage import Store
from tests.gui.settings_support import Answers, engine_factory

__all__ = ["engine_factory"]

WAIT = 20000
SHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def _window(qtbot: QtBot, engine: Engine, tmp_path: Path) -> MainWindow:
    window = MainWindow(
        library=engine.library,
        writer=engine.writer,
        refresher=NetworkGate(engine.refresher, utc_now),
        images_dir=engine.paths.images_dir,
        settings_path=tmp_path / "window.ini",
        clock=utc_now,
        read_delay_ms=0,
        poll=False,
    )
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def _feed_names(window: MainWindow) -> set[str]:
    return {n.name for n in window.sections.walk() if n.kind is NodeKind.FEED}


def _listed(window: MainWindow) -> dict[int, str]:
    model = window.articles
    rows = [model.row_at(r) for r in range(model.rowCount())]
    return {row.id: row.feed_title for row in rows if row is not None}


# The offscreen platform cannot raise a window (opening the dialog raises it).
@pytest.mark.qt_log_ignore("does not support raise", "does not support propagateSizeHints")
def test_keep_starred_archives_the_feed_out_of_the_tree(
    qtbot: QtBot, engine_factory: Callable[[Path], Engine], profile: Path, tmp_path: Path
) -> None:
    engine = engine_factory(profile)
    engine.refresher.refresh(all_feeds=True)
    library = engine.library
    asia = next(f for f in library.feeds() if f.title == "Asia Daily")
    rows = library.articles(ArticleQuery(feed_id=asia.id), 10)
    kept = {rows[0].id, rows[2].id}

    def star(store: Store) -> None:
        for aid in kept:
            store.set_starred(aid, True)

    engine.writer.call(star)
    window = _window(qtbot, engine, tmp_path)
    qtbot.waitUntil(lambda: "Asia Daily" in _feed_names(window), timeout=WAIT)

    answers = Answers(choices=[1])  # "Keep starred articles"
    dialog = install_settings(window, engine, answers.prompts()).open()
    qtbot.waitExposed(dialog)
    assert dialog.feeds.select_feed(asia.id)
    with qtbot.waitSignal(dialog.feeds.changed, timeout=WAIT):
        dialog.ui.removeFeedButton.click()
    assert answers.choices == [] and answers.offered == [
        ("Delete everything", "Keep starred articles")
    ]
    archived = library.feed(asia.id)
    assert archived is not None and archived.status is FeedStatus.ARCHIVED

    # The window's tree drops the feed; Starred and All articles still show the kept ones.
    qtbot.waitUntil(lambda: "Asia Daily" not in _feed_names(window), timeout=WAIT)
    assert {"Europe Today", "Tech Wire"} <= _feed_names(window)
    qtbot.waitUntil(lambda: window.sections.count_for_key("starred") == 2, timeout=WAIT)
    assert window.select_node("starred")
    qtbot.waitUntil(lambda: set(_listed(window)) == kept, timeout=WAIT)
    assert set(_listed(window).values()) == {"Asia Daily"}
    assert window.select_node("all")
    qtbot.waitUntil(lambda: kept <= set(_listed(window)), timeout=WAIT)
    assert not ({r.id for r in rows} - kept) & set(_listed(window))

    # The question as the user sees it, for a person to look at (screenshots/ is git-ignored).
    box, buttons = choice_box(dialog, "Remove feed", answers.asked[-1], answers.offered[-1])
    box.show()
    qtbot.waitExposed(box)
    assert [b.text() for b in buttons] == ["Delete everything", "Keep starred articles"]
    SHOTS.mkdir(exist_ok=True)
    box.grab().save(str(SHOTS / "remove_feed_keep_starred.png"))
    box.close()


def test_the_real_choice_box_returns_the_answer_taken(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    answers = ("Delete everything", "Keep starred articles")

    def press(label: str | None) -> None:
        box = parent.findChild(QMessageBox)
        assert box is not None
        # A label not on any button cancels, so a wrong box fails the assertion, not hangs.
        wanted = [b for b in box.buttons() if b.text() == label]
        (wanted[0] if wanted else box.button(QMessageBox.StandardButton.Cancel)).click()

    for label, expected in ((answers[1], 1), (answers[0], 0), (None, None)):
        QTimer.singleShot(0, partial(press, label))
        assert Prompts().choose(parent, "Remove feed", "Keep them?", answers) == expected


@pytest.mark.qt_log_ignore("does not support raise", "does not support propagateSizeHints")
def test_the_trees_unsubscribe_asks_the_same_question(
    qtbot: QtBot, engine_factory: Callable[[Path], Engine], profile: Path, tmp_path: Path
) -> None:
    # The tree's context menu goes through the settings dialog's removal: one place decides
    # about starred articles and passwords, whichever way the user unsubscribes.
    engine = engine_factory(profile)
    engine.refresher.refresh(all_feeds=True)
    library = engine.library
    tech = next(f for f in library.feeds() if f.title == "Tech Wire")
    (first, *_rest) = library.articles(ArticleQuery(feed_id=tech.id), 10)
    engine.writer.call(lambda store: store.set_starred(first.id, True))
    window = _window(qtbot, engine, tmp_path)
    qtbot.waitUntil(lambda: "Tech Wire" in _feed_names(window), timeout=WAIT)
    bare = window.section_actions.build_menu(None, window)
    assert "Unsubscribe…" not in [a.text() for a in bare.actions()]

    answers = Answers(choices=[1])  # "Keep starred articles"
    opener = install_settings(window, engine, answers.prompts())
    (node,) = [n for n in window.sections.walk() if n.name == "Tech Wire"]
    menu = window.section_actions.build_menu(node, window)
    (unsubscribe,) = [a for a in menu.actions() if a.text() == "Unsubscribe…"]
    unsubscribe.trigger()
    assert opener.dialog is not None
    assert answers.offered == [("Delete everything", "Keep starred articles")]
    qtbot.waitUntil(lambda: "Tech Wire" not in _feed_names(window), timeout=WAIT)
    archived = library.feed(tech.id)
    assert archived is not None and archived.status is FeedStatus.ARCHIVED
    assert [r.id for r in library.articles(ArticleQuery(starred_only=True), 10)] == [first.id]
