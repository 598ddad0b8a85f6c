"""Issue 15, stale and log-like text: what the window shows must follow what is true.

The tree's bold names follow the unread counts on screen (not only in `data()`), ranked lists
show no date sort arrow, dates under the C locale are ISO-like, and Settings names the font
the reader pane really uses. Real SQLite profiles and real widgets (offscreen).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QEvent, QLocale, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont, QFontInfo, QPaintEvent, QRegion
from PySide6.QtWidgets import QTreeView
from pytestqt.qtbot import QtBot

from newsreader.app.settings_wiring import SettingsOpener
from newsreader.core.opml import OpmlFeed
from newsreader.core.types import ArticleQuery, FeedStatus
from newsreader.gui.article_model import DATE_COLUMN, format_list_date
from newsreader.gui.main_window import MainWindow
from newsreader.gui.section_model import Node, NodeKind, SectionTreeModel, _tooltip
from newsreader.gui.settings.feeds_page import _status_text, report_details, when
from newsreader.gui.tree_plan import load_tree_data, plan_tree_update
from newsreader.usecases.opml import ImportReport
from tests.gui.conftest import refresh
from tests.unit.storage_factory import NOW, Fixture, entry, make_library, store_update, update


@pytest.fixture
def fx(tmp_path: Path) -> Iterator[Fixture]:
    fixture = make_library(tmp_path, per_feed=4)
    # A second feed beside the first in World/Asia: siblings change together.
    second = fixture.store.add_feed(
        "https://example.org/asia-two.xml", "Asia Two", "World/Asia", 1800, now=NOW
    )
    fixture.feeds["Asia Two"] = second.id
    store_update(fixture.store, update(second.id, entry(900), entry(901)), NOW)
    yield fixture
    fixture.lib.close()
    fixture.store.close()


class PaintLog(QObject):
    """Collects the regions of the tree's viewport that were really repainted."""

    def __init__(self) -> None:
        super().__init__()
        self.region = QRegion()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(event, QPaintEvent):
            self.region = self.region.united(event.region())
        return False

    def painted(self, view: QTreeView, index: QModelIndex) -> bool:
        rect = view.visualRect(index)
        return not rect.isEmpty() and self.region.intersected(rect) == QRegion(rect)


def _tree(qtbot: QtBot, fx: Fixture) -> tuple[SectionTreeModel, QTreeView, PaintLog]:
    model = SectionTreeModel(fx.lib)
    view = QTreeView()
    qtbot.addWidget(view)
    log = PaintLog()
    view.viewport().installEventFilter(log)
    view.setModel(model)
    view.expandAll()
    view.resize(400, 500)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: not log.region.isEmpty())
    return model, view, log


def _section_id(fx: Fixture, path: str) -> int:
    section = fx.lib.section_by_path(path)
    assert section is not None
    return section.id


def _refresh_counts(model: SectionTreeModel, fx: Fixture) -> None:
    model.apply(plan_tree_update(model.state, load_tree_data(fx.lib)))


def _bold_is_unread(model: SectionTreeModel) -> None:
    for node in model.walk():
        font = model.data(model.index_for_key(node.key), Qt.ItemDataRole.FontRole)
        unread = bool(node.count) and node.key != "starred"
        assert bool(font is not None and font.bold()) == unread, node.key


def _names_repainted(
    qtbot: QtBot, view: QTreeView, model: SectionTreeModel, log: PaintLog, fx: Fixture, bold: bool
) -> None:
    names = [model.index_for_key(f"feed:{fx.feeds[k]}") for k in ("World/Asia", "Asia Two")]
    qtbot.waitUntil(lambda: any(log.painted(view, i) for i in names))
    qtbot.wait(50)  # every queued update is painted
    for index in names:
        assert log.painted(view, index), index.data()
        font = index.data(Qt.ItemDataRole.FontRole)
        assert bool(font is not None and font.bold()) is bold, index.data()
    _bold_is_unread(model)


def test_tree_names_are_repainted_bold_exactly_when_unread(qtbot: QtBot, fx: Fixture) -> None:
    model, view, log = _tree(qtbot, fx)
    # Marking a section read makes two sibling feeds plain at once: both names (their font),
    # not only their counts, are repainted.
    log.region = QRegion()
    fx.store.mark_all_read(ArticleQuery(section_id=_section_id(fx, "World/Asia")))
    _refresh_counts(model, fx)
    _names_repainted(qtbot, view, model, log, fx, bold=False)
    # A refresh brings new unread articles to both: both names turn bold again on screen.
    log.region = QRegion()
    store_update(fx.store, update(fx.feeds["World/Asia"], entry(800)), NOW)
    store_update(fx.store, update(fx.feeds["Asia Two"], entry(801)), NOW)
    _refresh_counts(model, fx)
    _names_repainted(qtbot, view, model, log, fx, bold=True)


ISO_MINUTE = re.compile(r"\b\d{4}-\d{2}-\d{2} \d{2}:\d{2}\b")
C_STYLE = re.compile(r"\b\d{1,2} \d{1,2} \d{4}\b")  # "2 12 2026": day or month first?


@pytest.fixture
def c_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(before)


def test_dates_under_the_c_locale_are_iso_like_everywhere(
    qtbot: QtBot, make_window: Callable[..., MainWindow], profile: Path, c_locale: None
) -> None:
    window = make_window(profile)
    refresh(qtbot, window)
    window.select_node("all")
    model = window.articles
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    # The list: today's rows show the time, older ones the ISO date.
    shown = model.index(0, DATE_COLUMN).data()
    assert re.fullmatch(r"\d{2}:\d{2}", shown), shown
    now = datetime(2026, 12, 2, 16, 15, tzinfo=UTC)
    old = format_list_date(datetime(2026, 11, 27, 9, 0, tzinfo=UTC), now, QLocale())
    assert re.fullmatch(r"2026-11-2\d", old), old
    # Its tooltip, the pane's date line and the settings' health times: no "2 12 2026".
    tooltip = model.index(0, DATE_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
    assert ISO_MINUTE.fullmatch(tooltip), tooltip
    window.ui.articleList.setCurrentIndex(model.index(0, 1))
    pane = window.reader_pane
    qtbot.waitUntil(lambda: pane.article is not None)
    text = pane.toPlainText()
    assert ISO_MINUTE.search(text) and not C_STYLE.search(text), text
    health = when(datetime(2026, 12, 2, 16, 15, tzinfo=UTC))
    expected = QDateTime.fromSecsSinceEpoch(int(now.timestamp())).toString("yyyy-MM-dd HH:mm")
    assert health == expected


def test_other_locales_keep_their_own_formats(qtbot: QtBot) -> None:
    now = datetime(2026, 12, 2, 16, 15, tzinfo=UTC)
    shown = format_list_date(datetime(2026, 11, 27, 9, 0, tzinfo=UTC), now, QLocale("en_US"))
    assert shown == "11/27/26"


IGNORE = pytest.mark.qt_log_ignore("does not support raise", "does not support propagateSizeHints")


def test_ranked_lists_show_no_date_sort_arrow(qtbot: QtBot, window: MainWindow) -> None:
    header = window.ui.articleList.header()
    window.select_node("all")
    assert header.isSortIndicatorShown() and header.sortIndicatorSection() == DATE_COLUMN
    window.select_node("popular")
    assert not header.isSortIndicatorShown()
    assert not header.sectionsClickable()  # a click would flip a date order nobody sees
    window.select_node("all")
    assert header.isSortIndicatorShown() and header.sectionsClickable()
    # Search results come in relevance order: no arrow either, and it returns after Esc.
    box = window.ui.searchBox
    box.setText("story")
    box.returnPressed.emit()
    qtbot.waitUntil(
        lambda: window.articles.query is not None and bool(window.articles.query.search)
    )
    assert not header.isSortIndicatorShown()
    window.clear_search()
    assert header.isSortIndicatorShown()
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


@IGNORE
def test_settings_names_the_font_the_pane_uses(qtbot: QtBot, window: MainWindow) -> None:
    window.select_node("all")
    window.ui.articleList.setCurrentIndex(window.articles.index(0, 1))
    pane = window.reader_pane
    qtbot.waitUntil(lambda: pane.article is not None)
    opener = window.findChild(SettingsOpener)
    assert opener is not None
    dialog = opener.open()
    try:
        shown = dialog.ui.readerFontCombo.currentFont().family()
        assert shown == pane.reader_font_family, (shown, pane.reader_font_family)
        assert pane.reader_font_family == QFontInfo(QFont("DejaVu Serif")).family()
        assert f'font-family: "{shown}"' in pane.document().defaultStyleSheet()
    finally:
        dialog.close()


def test_failing_feed_tooltips_say_it_once_and_when_it_is_tried_again(fx: Fixture) -> None:
    feed = next(f for f in fx.lib.feeds() if f.id == fx.feeds["Tech"])
    gone = dataclasses.replace(
        feed, status=FeedStatus.GONE, last_error="410 Gone: the publisher removed this feed"
    )
    text = _tooltip(Node(NodeKind.FEED, gone.id, gone.title, feed=gone))
    assert text.count("410") == 1, text
    later = datetime.now(UTC).replace(microsecond=0) + timedelta(hours=1)
    limited = dataclasses.replace(
        feed,
        status=FeedStatus.ERROR,
        error_count=1,
        last_error="too many requests (HTTP 429)",
        next_update=later,
    )
    text = _tooltip(Node(NodeKind.FEED, limited.id, limited.title, feed=limited))
    assert "Last error: too many requests (HTTP 429)" in text
    local = later.astimezone()
    expected = f"{local:%H:%M}" if local.date() == datetime.now().astimezone().date() else ""
    assert "It will be tried again " in text and expected in text, text


def test_settings_texts_have_no_log_plurals(fx: Fixture) -> None:
    feed = next(f for f in fx.lib.feeds() if f.id == fx.feeds["Tech"])
    once = _status_text(dataclasses.replace(feed, status=FeedStatus.ERROR, error_count=1))
    many = _status_text(dataclasses.replace(feed, status=FeedStatus.ERROR, error_count=3))
    assert "(s)" not in once + many and "backoff" not in once + many
    assert "the last 3 refreshes did not work" in many
    report = ImportReport(imported=[OpmlFeed("http://127.0.0.1:9/a.xml", "A", "News")])
    details = report_details(report)
    assert details == "Imported (1):\n  News / A", details
