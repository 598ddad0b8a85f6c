"""The settings dialog driven for real: a profile in tmp_path, feeds on 127.0.0.1, the writer
thread, the dialog's workers — adding, editing, moving, removing feeds and sections."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from newsreader.app.profile import Engine
from newsreader.core.types import ArticleQuery
from newsreader.gui.settings.add_feed import AddFeedDialog
from newsreader.gui.settings.feed_tree import NodeKind
from tests.gui.settings_support import Answers, engine_factory, open_dialog, serve_discovery_page

__all__ = ["engine_factory"]  # a fixture, shared with the credential tests
from tests.support.httpserver import Reply, TestServer

WAIT = 20000


def feed_titles(engine: Engine) -> dict[str, str]:
    return {f.title: f.section_path for f in engine.library.feeds()}


def find(qtbot: QtBot, add: AddFeedDialog, text: str) -> None:
    add.urlEdit.setText(text)
    qtbot.mouseClick(add.findButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not add.busy, timeout=WAIT)


def test_add_by_page_url_with_autodiscovery_picks_the_second_feed(
    qtbot: QtBot, engine_factory: Callable[[Path], Engine], profile: Path, news_server: TestServer
) -> None:
    page, second = serve_discovery_page(news_server)
    engine = engine_factory(profile)
    dialog = open_dialog(qtbot, engine, Answers())
    add = dialog.feeds.add()
    find(qtbot, add, page)
    assert add.candidatesList.isVisible() and add.candidatesList.count() == 2
    assert "Analysis" in add.candidatesList.item(1).text()
    qtbot.waitUntil(add.previewBox.isVisible, timeout=WAIT)  # the first, by default
    add.candidatesList.setCurrentRow(1)
    qtbot.waitUntil(lambda: "Second Feed" in add.previewTitle.text(), timeout=WAIT)
    assert add.previewItems.count() == 5  # the latest five of six items
    assert add.titleEdit.text() == "Second Feed"
    add.sectionCombo.setCurrentText("Science/Space")
    with qtbot.waitSignal(add.feed_added, timeout=WAIT):
        qtbot.mouseClick(add.subscribeButton, Qt.MouseButton.LeftButton)
    feed = engine.library.feed_by_url(second)
    assert feed is not None and feed.title == "Second Feed"
    assert feed.section_path == "Science/Space" and feed.auth_ref is None
    # The new feed is selected in the tree and its health shown.
    assert dialog.feeds.current_feed() is not None
    assert dialog.feeds.current_feed().id == feed.id  # type: ignore[union-attr]
    assert dialog.ui.healthUrlLabel.text() == second
    assert dialog.ui.nextRefreshLabel.text() == "due now"


def test_bad_input_gets_a_clear_message_and_changes_nothing(
    qtbot: QtBot, engine_factory: Callable[[Path], Engine], profile: Path, news_server: TestServer
) -> None:
    news_server.routes["/plain.html"] = Reply(
        200, b"<html><body>no feeds here</body></html>", {"Content-Type": "text/html"}
    )
    engine = engine_factory(profile)
    before = feed_titles(engine)
    dialog = open_dialog(qtbot, engine, Answers())
    add = dialog.feeds.add()
    cases = {
        "ht tp://bad url": "spaces",
        "javascript:alert(1)": "unsupported URL scheme",
        "file:///etc/passwd": "unsupported URL scheme",
        news_server.url("/plain.html"): "no feed found",
        "http://127.0.0.1:9/feed.xml": "connection refused",
        news_server.url("/missing.xml"): "HTTP 404",
        news_server.url("/asia.xml"): "already subscribed",
    }
    for text, expected in cases.items():
        find(qtbot, add, text)
        message = add.messageLabel.text()
        assert expected in message, (text, message)
        assert "\n" not in message
        assert not add.subscribeButton.isEnabled()
    assert feed_titles(engine) == before


def test_stop_cancels_a_slow_search_and_the_dialog_stays_usable(
    qtbot: QtBot, engine_factory: Callable[[Path], Engine], profile: Path, news_server: TestServer
) -> None:
    news_server.routes["/slow.xml"] = Reply(
        200, iter([b"<rss>", b"</rss>"]), {"Content-Type": "application/rss+xml"}, chunk_delay=2
    )
    engine = engine_factory(profile)
    dialog = open_dialog(qtbot, engine, Answers())
    add = dialog.feeds.add()
    add.urlEdit.setText(news_server.url("/slow.xml"))
    add.findButton.click()
    assert add.busy and add.stopButton.isVisible() and add.progress.isVisible()
    add.stopButton.click()
    assert not add.busy and add.findButton.isEnabled()
    assert add.messageLabel.text() == "Stopped."
    qtbot.waitUntil(lambda: not dialog.tasks.busy, timeout=WAIT)
    assert add.messageLabel.text() == "Stopped."  # the late result was dropped


def test_edit_title_section_and_interval(
    qtbot: QtBot, engine_factory: Callable[[Path], Engine], profile: Path
) -> None:
    engine = engine_factory(profile)
    dialog = open_dialog(qtbot, engine, Answers())
    asia = next(f for f in engine.library.feeds() if f.title == "Asia Daily")
    assert dialog.feeds.select_feed(asia.id)
    edit = dialog.feeds.edit()
    assert edit is not None
    edit.titleEdit.setText("Asia Weekly")
    edit.sectionCombo.setCurrentText("World/Far East")
    edit.intervalSpin.setValue(90)
    with qtbot.waitSignal(edit.feed_changed, timeout=WAIT):
        edit.buttons.accepted.emit()
    feed = engine.library.feed(asia.id)
    assert feed is not None
    assert (feed.title, feed.section_path, feed.interval) == ("Asia Weekly", "World/Far East", 5400)
    index = dialog.feeds.model.index_of(NodeKind.FEED, asia.id)
    assert index.data() == "Asia Weekly"
    assert dialog.feeds.model.node(index.parent()).name == "Far East"  # type: ignore[union-attr]


def test_drag_and_drop_moves_feeds_and_sections(
    qtbot: QtBot,
    qtmodeltester,
    engine_factory: Callable[[Path], Engine],
    profile: Path,  # type: ignore[no-untyped-def]
) -> None:
    engine = engine_factory(profile)
    dialog = open_dialog(qtbot, engine, Answers())
    model = dialog.feeds.model
    qtmodeltester.check(model)
    library = engine.library
    tech = library.section_by_path("Technology")
    world = library.section_by_path("World")
    asia_feed = next(f for f in library.feeds() if f.title == "Asia Daily")
    assert tech is not None and world is not None

    # A feed dropped on "Technology", before its first feed.
    feed_index = model.index_of(NodeKind.FEED, asia_feed.id)
    tech_index = model.index_of(NodeKind.SECTION, tech.id)
    data = model.mimeData([feed_index])
    with qtbot.waitSignal(dialog.feeds.changed, timeout=WAIT):
        assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, tech_index) is False
    moved = library.feed(asia_feed.id)
    assert moved is not None and moved.section_path == "Technology"
    tech_feeds = [f.title for f in library.feeds() if f.section_path == "Technology"]
    assert tech_feeds[0] == "Asia Daily"

    # A section dropped into another one nests it; never into itself or below itself.
    world_index = model.index_of(NodeKind.SECTION, world.id)
    tech_index = model.index_of(NodeKind.SECTION, tech.id)
    asia_section = library.section_by_path("World/Asia")
    assert asia_section is not None
    inner = model.index_of(NodeKind.SECTION, asia_section.id)
    assert not model.canDropMimeData(
        model.mimeData([world_index]), Qt.DropAction.MoveAction, -1, 0, inner
    )
    with qtbot.waitSignal(dialog.feeds.changed, timeout=WAIT):
        model.dropMimeData(
            model.mimeData([tech_index]), Qt.DropAction.MoveAction, -1, 0, world_index
        )
    assert library.section_by_path("World/Technology") is not None
    assert {f.section_path for f in library.feeds() if f.title == "Tech Wire"} == {
        "World/Technology"
    }
    qtmodeltester.check(model)
    # The Sections page shows the same tree.
    assert dialog.sections.model.index_of(NodeKind.SECTION, tech.id).parent().data() == "World"


def test_remove_offers_to_keep_starred_articles(
    qtbot: QtBot, engine_factory: Callable[[Path], Engine], profile: Path
) -> None:
    engine = engine_factory(profile)
    engine.refresher.refresh(all_feeds=True)
    library = engine.library
    asia = next(f for f in library.feeds() if f.title == "Asia Daily")
    europe = next(f for f in library.feeds() if f.title == "Europe Today")
    rows = library.articles(ArticleQuery(feed_id=asia.id), 10)
    assert len(rows) == 4
    engine.writer.call(lambda store: store.set_starred(rows[0].id, True))
    answers = Answers()
    dialog = open_dialog(qtbot, engine, answers)
    dialog.feeds.select_feed(asia.id)
    assert dialog.ui.articlesLabel.text() == "4"

    answers.choices = [None]  # Cancel: one question, nothing removed
    dialog.ui.removeFeedButton.click()
    assert "1 of its 4 stored articles is starred" in answers.asked[-1]
    assert answers.offered[-1] == ("Delete everything", "Keep starred articles")
    assert library.feed(asia.id) is not None and answers.choices == answers.confirms == []
    assert "Kept" in dialog.ui.feedsMessageLabel.text()

    answers.choices = [1]  # keep the starred one: the feed is archived
    with qtbot.waitSignal(dialog.feeds.changed, timeout=WAIT):
        dialog.ui.removeFeedButton.click()
    assert asia.id not in {f.id for f in library.feeds()}
    assert dialog.feeds.model.index_of(NodeKind.FEED, asia.id).isValid() is False
    assert "kept its starred article." in dialog.ui.feedsMessageLabel.text()
    kept = library.articles(ArticleQuery(starred_only=True), 10)
    assert [(r.id, r.feed_title) for r in kept] == [(rows[0].id, "Asia Daily")]
    assert library.article_count(ArticleQuery(feed_id=asia.id)) == 1

    # "Delete everything" removes the starred articles too.
    europe_rows = library.articles(ArticleQuery(feed_id=europe.id), 10)
    engine.writer.call(lambda store: store.set_starred(europe_rows[0].id, True))
    dialog.feeds.reload()
    dialog.feeds.select_feed(europe.id)
    answers.choices = [0]
    with qtbot.waitSignal(dialog.feeds.changed, timeout=WAIT):
        dialog.ui.removeFeedButton.click()
    assert library.feed(europe.id) is None
    assert library.article(europe_rows[0].id) is None

    # A feed without starred articles is removed after one plain confirmation.
    tech = next(f for f in library.feeds() if f.title == "Tech Wire")
    dialog.feeds.select_feed(tech.id)
    answers.confirms = [True]
    with qtbot.waitSignal(dialog.feeds.changed, timeout=WAIT):
        dialog.ui.removeFeedButton.click()
    assert library.feed(tech.id) is None and answers.confirms == []
    assert answers.choices == []


def test_sections_page_creates_nests_renames_reorders_and_deletes(
    qtbot: QtBot, engine_factory: Callable[[Path], Engine], profile: Path
) -> None:
    engine = engine_factory(profile)
    answers = Answers()
    dialog = open_dialog(qtbot, engine, answers)
    dialog.show_page("sections")
    page, ui, library = dialog.sections, dialog.ui, engine.library

    def press(button) -> None:  # type: ignore[no-untyped-def]
        with qtbot.waitSignal(page.changed, timeout=WAIT):
            button.click()

    answers.texts = ["Sport"]
    press(ui.newSectionButton)
    sport = library.section_by_path("Sport")
    assert sport is not None
    page.select(sport.id)
    answers.texts = ["Tennis"]
    press(ui.newSubsectionButton)
    assert library.section_by_path("Sport/Tennis") is not None

    answers.texts = ["bad/name"]
    ui.newSectionButton.click()
    assert "must not" in ui.sectionsMessageLabel.text()

    world = library.section_by_path("World")
    assert world is not None
    page.select(world.id)
    answers.texts = ["International"]
    press(ui.renameSectionButton)
    assert library.section_by_path("International/Asia") is not None

    def top_level() -> list[str]:
        return [s.name for s in library.sections() if s.parent_id is None]

    order = top_level()
    page.select(sport.id)
    press(ui.moveSectionUpButton)
    assert top_level().index("Sport") == order.index("Sport") - 1

    tennis = library.section_by_path("Sport/Tennis")
    assert tennis is not None
    page.select(tennis.id)
    press(ui.moveSectionOutButton)
    assert library.section_by_path("Tennis") is not None
    page.select(tennis.id)
    press(ui.moveSectionInButton)  # into the section above it at the top level
    assert library.section_by_path("Tennis") is None
    assert any(s.path.endswith("/Tennis") for s in library.sections())

    europe = library.section_by_path("International/Europe")
    assert europe is not None
    page.select(europe.id)
    answers.confirms = [True]
    press(ui.deleteSectionButton)
    assert "move to International" in answers.asked[-1]
    assert library.section_by_path("International/Europe") is None
    moved = next(f for f in library.feeds() if f.title == "Europe Today")
    assert moved.section_path == "International"
    # The Feeds page followed.
    index = dialog.feeds.model.index_of(NodeKind.FEED, moved.id)
    assert index.parent().data() == "International"
