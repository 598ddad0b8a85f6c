"""Issue 19 in the real window: a story shows once in the list ("+2 sources"), the pane lists
the other feeds' takes ("Also reported by", links open them), reading one marks its copies
read, and the Trending node ranks stories with a reason per row. Screenshots light and dark."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QPalette
from pytestqt.qtbot import QtBot

from newsreader.app.profile import Engine, resolve_profile
from newsreader.core import prefs
from newsreader.gui.article_html import article_url
from newsreader.gui.article_model import FEED_COLUMN, TITLE_COLUMN
from newsreader.gui.main_window import MainWindow
from newsreader.gui.reading_settings import ReadingSettings
from newsreader.storage import open_store
from tests.gui.settings_support import Answers, engine_factory, open_dialog
from tests.support.storygui import StoryLibrary, make_story_library, set_story

WAIT = 10000
__all__ = ["engine_factory"]  # a fixture of settings_support, used below
SHOTS = Path(os.environ.get("NEWSREADER_SHOTS", "/tmp/notes/shots/storygui"))


@pytest.fixture
def stories(tmp_path: Path) -> tuple[Path, StoryLibrary, list[int]]:
    """A profile with one story in three feeds and a second one in two (older)."""
    now = datetime.now(UTC).replace(microsecond=0)
    root = tmp_path / "profile"
    paths = resolve_profile(root)
    paths.create()
    fx = make_story_library(tmp_path, now=now, path=paths.db_path)
    others = [aid for aid in fx.all_ids if aid not in fx.story]
    second = set_story(fx.path, [others[1], others[4]])
    fx.store.set_setting(prefs.REFRESH_ON_START.key, False)
    fx.store.close()
    fx.lib.close()
    return root, fx, second


@pytest.fixture
def window(
    make_window: Callable[..., MainWindow], stories: tuple[Path, StoryLibrary, list[int]]
) -> MainWindow:
    return make_window(stories[0])


def list_ids(window: MainWindow) -> list[int]:
    model = window.articles
    return [row.id for i in range(model.rowCount()) if (row := model.row_at(i)) is not None]


def boxes_of(qtbot: QtBot, window: MainWindow, article_id: int) -> dict[str, list[int]]:
    pane = window.ui.readerPane
    qtbot.waitUntil(
        lambda: window.boxes.settled and pane.article is not None and pane.article.id == article_id,
        timeout=WAIT,
    )
    return {box.title: [row.id for row in box.rows] for box in pane.boxes}


def test_the_list_shows_a_story_once_with_its_sources(
    qtbot: QtBot, window: MainWindow, stories: tuple[Path, StoryLibrary, list[int]]
) -> None:
    _root, fx, second = stories
    assert window.select_node("all")
    shown = list_ids(window)
    assert fx.story[0] in shown and fx.story[1] not in shown and fx.story[2] not in shown
    assert second[0] in shown and second[1] not in shown
    assert len(shown) == len(fx.all_ids) - 3
    model = window.articles
    cell = model.index(model.index_of(fx.story[0]).row(), FEED_COLUMN)
    # "+2 sources" once the English catalogue has the plural; "+2 source(s)" before.
    assert cell.data().startswith("World/Asia +2 source")
    alone = next(aid for aid in shown if aid not in (fx.story[0], second[0]))
    assert model.index(model.index_of(alone).row(), FEED_COLUMN).data() in fx.feeds
    # Europe's list has its own copy of the story.
    europe = window.library.section_by_path("World/Europe")
    assert europe is not None
    assert window.select_node(f"section:{europe.id}")
    assert fx.story[1] in list_ids(window)


def test_the_pane_lists_the_other_sources_and_opens_them(
    qtbot: QtBot, window: MainWindow, stories: tuple[Path, StoryLibrary, list[int]]
) -> None:
    _root, fx, _second = stories
    assert window.select_node("all")
    window.ui.articleList.setCurrentIndex(window.articles.index_of(fx.story[0]))
    boxes = boxes_of(qtbot, window, fx.story[0])
    assert next(iter(boxes)) == "Also reported by"
    assert boxes["Also reported by"] == [fx.story[1], fx.story[2]]
    for ids in list(boxes.values())[1:]:
        assert fx.story[1] not in ids and fx.story[2] not in ids  # not repeated as Related
    html = window.ui.readerPane.toHtml()
    assert "Volcano erupts (World/Europe)" in html and "Tech" in html
    # Reading it marked the story's other articles read (the default of the option).
    qtbot.waitUntil(
        lambda: all(window.library.article(a).read for a in fx.story),  # type: ignore[union-attr]
        timeout=WAIT,
    )
    window.ui.readerPane.anchorClicked.emit(QUrl(article_url(fx.story[2])))
    back = boxes_of(qtbot, window, fx.story[2])
    assert back["Also reported by"] == [fx.story[0], fx.story[1]]


def test_copies_stay_unread_with_the_option_off(
    qtbot: QtBot, window: MainWindow, stories: tuple[Path, StoryLibrary, list[int]]
) -> None:
    _root, fx, _second = stories
    store = open_store(fx.path)  # as a CLI command beside the window would
    try:
        store.set_setting(prefs.STORY_MARK_READ.key, False)
    finally:
        store.close()
    assert window.select_node("all")
    window.ui.articleList.setCurrentIndex(window.articles.index_of(fx.story[0]))
    qtbot.waitUntil(
        lambda: window.library.article(fx.story[0]).read,  # type: ignore[union-attr]
        timeout=WAIT,
    )
    boxes_of(qtbot, window, fx.story[0])
    assert not window.library.article(fx.story[1]).read  # type: ignore[union-attr]


def test_trending_ranks_stories_and_explains_each(
    qtbot: QtBot, window: MainWindow, stories: tuple[Path, StoryLibrary, list[int]]
) -> None:
    _root, fx, second = stories
    assert window.sections.index_for_key("trending").isValid()
    with qtbot.waitSignal(window.trending.loaded, timeout=WAIT) as loaded:
        assert window.select_node("trending")
    assert loaded.args == [2]
    assert list_ids(window) == [fx.story[0], second[0]]
    assert not window.ui.markAllReadAction.isEnabled()
    tip = window.trending.tooltip_for(fx.story[0])
    assert tip is not None and tip.startswith("#1 trending: 3 source") and "1 hour" in tip
    assert window.trending.tooltip_for(fx.all_ids[0]) is None
    # The reason is on the row itself (after its title), and the pane says what the list is.
    model = window.articles
    cell = model.index(0, TITLE_COLUMN).data()
    assert cell.startswith("Volcano erupts (World/Asia) · 3 source") and " in 1 hour" in cell
    assert model.index(0, FEED_COLUMN).data() == "World/Asia"
    second_cell = model.index(1, TITLE_COLUMN).data()
    assert "in 3 hour" in second_cell and "you read" not in second_cell
    assert "Trending: 2 stories" in window.ui.readerPane.toPlainText()
    # Leaving the node before the answer arrives: the answer is dropped.
    assert window.select_node("trending")
    assert window.select_node("all")
    qtbot.wait(200)
    assert len(list_ids(window)) == len(fx.all_ids) - 3


def test_screenshots_light_and_dark(
    qtbot: QtBot, window: MainWindow, stories: tuple[Path, StoryLibrary, list[int]]
) -> None:
    _root, fx, _second = stories
    settings = getattr(window, "reading_settings", None)
    assert isinstance(settings, ReadingSettings)
    SHOTS.mkdir(parents=True, exist_ok=True)
    try:
        for theme in ("light", "dark"):
            settings.apply_theme(theme)
            qtbot.waitUntil(
                lambda t=theme: (
                    (
                        window.ui.readerPane.palette().color(QPalette.ColorRole.Base).lightnessF()
                        < 0.3
                    )
                    == (t == "dark")
                )
            )
            for size, tag in (((1024, 700), "1024"), ((1920, 1080), "1920")):
                window.resize(*size)
                assert window.select_node("all")
                window.ui.articleList.setCurrentIndex(window.articles.index_of(fx.story[0]))
                boxes_of(qtbot, window, fx.story[0])
                assert window.grab().save(str(SHOTS / f"story-{theme}-{tag}.png"))
            with qtbot.waitSignal(window.trending.loaded, timeout=WAIT):
                window.select_node("trending")
            window.resize(1024, 700)
            assert window.grab().save(str(SHOTS / f"trending-{theme}-1024.png"))
    finally:
        settings.apply_theme("system")


def test_the_story_option_is_on_the_reading_page(
    qtbot: QtBot,
    stories: tuple[Path, StoryLibrary, list[int]],
    engine_factory: Callable[[Path], Engine],
) -> None:
    root, _fx, _second = stories
    engine = engine_factory(root)
    dialog = open_dialog(qtbot, engine, Answers())
    check = dialog.ui.storyMarkReadCheck
    assert check.isChecked()  # the default
    assert check.parent() is dialog.ui.readingPage
    check.setChecked(False)
    qtbot.waitUntil(
        lambda: prefs.STORY_MARK_READ.get(engine.library.setting) is False, timeout=WAIT
    )
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.ui.settingsTabs.setCurrentWidget(dialog.ui.readingPage)
    dialog.resize(1024, 700)
    assert dialog.grab().save(str(SHOTS / "settings-reading-light-1024.png"))
