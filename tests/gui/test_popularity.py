"""Issue 5 in the real window: reading articles reorders the Most popular node, the section
ranking and the pane's Most popular box; Related articles are linked, never the article itself,
and clicking one shows it (selecting it in the list when it is there) and counts as a read."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QPalette
from pytestqt.qtbot import QtBot

from newsreader.gui.article_html import article_url
from newsreader.gui.main_window import MainWindow
from newsreader.gui.reader_boxes import RELATED_TITLE
from newsreader.gui.reading_settings import ReadingSettings

WAIT = 10000
SHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def reads_of(window: MainWindow) -> dict[int, int]:
    rows = window.library.popular(None, 100, datetime.now(UTC))
    return {p.article.id: p.reads for p in rows}


def section_key(window: MainWindow, path: str) -> str:
    section = next(s for s in window.library.sections() if s.path == path)
    return f"section:{section.id}"


def list_ids(window: MainWindow) -> list[int]:
    model = window.articles
    return [row.id for i in range(model.rowCount()) if (row := model.row_at(i)) is not None]


def open_in_list(qtbot: QtBot, window: MainWindow, article_id: int) -> None:
    """Select the article's row, as a click would, and wait until its read is stored."""
    before = reads_of(window).get(article_id, 0)
    window.ui.articleList.setCurrentIndex(window.articles.index_of(article_id))
    qtbot.waitUntil(lambda: window.ui.readerPane.article is not None)
    assert window.ui.readerPane.article is not None
    assert window.ui.readerPane.article.id == article_id
    window.reading.flush_read_event()  # what leaving the article does; the delay is 0 anyway
    qtbot.waitUntil(lambda: reads_of(window).get(article_id, 0) == before + 1, timeout=WAIT)


def shown_boxes(qtbot: QtBot, window: MainWindow, article_id: int) -> dict[str, list[int]]:
    pane = window.ui.readerPane
    qtbot.waitUntil(lambda: window.boxes.settled and pane.article is not None, timeout=WAIT)
    assert pane.article is not None and pane.article.id == article_id
    return {box.title: [row.id for row in box.rows] for box in pane.boxes}


def test_reading_reorders_the_popular_node_and_the_pane_box(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.select_node(section_key(window, "Technology"))
    tech = list_ids(window)
    assert len(tech) == 5
    t0, t1, t2, t3 = tech[:4]
    for article_id in (t0, t1, t0, t1, t0):  # t0 read 3 times, t1 twice
        open_in_list(qtbot, window, article_id)
    # Asia articles read more often must never appear in Technology's box.
    assert window.select_node(section_key(window, "World/Asia"))
    asia, other = list_ids(window)[:2]
    for article_id in (asia, other) * 5 + (asia,):  # 6 and 5 reads: above every tech one
        open_in_list(qtbot, window, article_id)

    assert window.select_node("popular")
    ranked = list_ids(window)
    assert ranked[0] == asia and [i for i in ranked if i in tech] == [t0, t1]
    tip = window.popular.tooltip_for(t0)
    assert tip is not None and "read 3 times" in tip and f"#{ranked.index(t0) + 1} " in tip
    assert window.popular.tooltip_for(t2) is None  # never read: not ranked

    assert window.select_node(section_key(window, "Technology"))
    open_in_list(qtbot, window, t2)
    boxes = shown_boxes(qtbot, window, t2)
    popular = boxes["Most popular in Technology"]
    assert popular[:2] == [t0, t1] and t2 not in popular and asia not in popular
    box = next(b for b in window.ui.readerPane.boxes if b.title.startswith("Most popular"))
    assert box.notes[0].startswith("Read 3 times, last")
    assert "Most popular in Technology" in window.ui.readerPane.toPlainText()

    for article_id in (t1, t3, t1, t3):  # t1 now 4 reads: it overtakes t0
        open_in_list(qtbot, window, article_id)
    open_in_list(qtbot, window, t2)
    boxes = shown_boxes(qtbot, window, t2)
    assert boxes["Most popular in Technology"][:2] == [t1, t0]
    assert window.select_node("popular")
    ranked = list_ids(window)
    assert ranked[0] == asia and [i for i in ranked if i in tech][:2] == [t1, t0]


def test_related_click_shows_and_selects_the_article(qtbot: QtBot, window: MainWindow) -> None:
    assert window.select_node("all")
    first = list_ids(window)[0]
    open_in_list(qtbot, window, first)
    boxes = shown_boxes(qtbot, window, first)
    related = boxes[RELATED_TITLE]
    assert 1 <= len(related) <= 5 and first not in related
    target = related[0]
    before = reads_of(window).get(target, 0)
    window.ui.readerPane.anchorClicked.emit(QUrl(article_url(target)))
    pane = window.ui.readerPane
    assert pane.article is not None and pane.article.id == target
    current = window.reading.current_row()
    assert current is not None and current.id == target  # All articles lists it: selected
    window.reading.flush_read_event()
    qtbot.waitUntil(lambda: reads_of(window).get(target, 0) == before + 1, timeout=WAIT)
    assert target not in shown_boxes(qtbot, window, target).get(RELATED_TITLE, [])


def test_section_ranking_toggle_lists_only_that_section(qtbot: QtBot, window: MainWindow) -> None:
    assert window.select_node(section_key(window, "World/Europe"))
    europe = list_ids(window)
    assert window.select_node(section_key(window, "Technology"))
    tech = list_ids(window)
    for article_id in (tech[4], tech[3], tech[4]):
        open_in_list(qtbot, window, article_id)
    assert window.select_node(section_key(window, "World/Europe"))
    open_in_list(qtbot, window, europe[2])

    window.popular.rank_action.setChecked(True)
    assert window.select_node(section_key(window, "World"))
    assert list_ids(window) == [europe[2]]  # World's ranking: subsections in, Technology out
    assert window.select_node("all")
    assert list_ids(window) == [tech[4], europe[2], tech[3]]  # a tie goes to the recent read
    window.popular.rank_action.setChecked(False)
    assert len(list_ids(window)) == 12  # back to the newest-first list of every article


def test_screenshots_of_an_article_with_both_boxes(qtbot: QtBot, window: MainWindow) -> None:
    assert window.select_node(section_key(window, "Technology"))
    tech = list_ids(window)
    for article_id in (tech[1], tech[2], tech[1], tech[3]):
        open_in_list(qtbot, window, article_id)
    open_in_list(qtbot, window, tech[0])
    boxes = shown_boxes(qtbot, window, tech[0])
    assert RELATED_TITLE in boxes and "Most popular in Technology" in boxes
    settings = getattr(window, "reading_settings", None)
    assert isinstance(settings, ReadingSettings)
    SHOTS.mkdir(exist_ok=True)
    assert window.grab().save(str(SHOTS / "pane-boxes-light.png"))
    try:
        settings.apply_theme("dark")
        qtbot.waitUntil(
            lambda: window.ui.readerPane.palette().color(QPalette.ColorRole.Base).lightnessF() < 0.3
        )
        assert window.grab().save(str(SHOTS / "pane-boxes-dark.png"))
    finally:
        settings.apply_theme("system")
