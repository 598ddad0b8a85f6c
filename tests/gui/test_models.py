"""The tree and list models over a real SQLite library: qtmodeltester, paging, live merges."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QModelIndex
from pytestqt.modeltest import ModelTester

from newsreader.core.types import ArticleQuery
from newsreader.gui.article_model import ArticleListModel, format_list_date
from newsreader.gui.section_model import (
    NodeKind,
    SectionTreeModel,
    load_tree_data,
    plan_tree_update,
)
from tests.unit.storage_factory import NOW, Fixture, entry, make_library, store_update, update


def show_fresh_counts(model: SectionTreeModel, fx: Fixture) -> None:
    """What the window does after a write: plan from fresh data (there on a worker), apply."""
    model.apply(plan_tree_update(model.state, load_tree_data(fx.lib)))


@pytest.fixture
def fx(tmp_path: Path) -> Iterator[Fixture]:
    fixture = make_library(tmp_path, per_feed=7)
    yield fixture
    fixture.lib.close()
    fixture.store.close()


def test_section_model_passes_modeltester(qtmodeltester: ModelTester, fx: Fixture) -> None:
    model = SectionTreeModel(fx.lib)
    qtmodeltester.check(model, force_py=True)
    names = [n.name for n in model.walk()]
    assert names[:4] == ["All articles", "Unread", "Starred", "Most popular"]
    world = model.section_by_path("World")
    assert world is not None and world.count == 14
    fx.store.mark_read(fx.articles["World/Asia"][:2], True)
    show_fresh_counts(model, fx)  # counts only: no reset
    assert world.count == 12 and model.count_for_key("unread") == 19
    fx.store.add_feed("https://example.org/new.xml", "New", "Science", 1800, now=NOW)
    show_fresh_counts(model, fx)  # structure changed: rebuilt
    assert model.section_by_path("Science") is not None


def test_article_model_pages_and_passes_modeltester(
    qtmodeltester: ModelTester, fx: Fixture
) -> None:
    model = ArticleListModel(fx.lib, lambda: NOW, page_size=5)
    model.set_query(ArticleQuery())
    assert model.rowCount() == 5 and model.canFetchMore(QModelIndex())
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 21
    dates = [model.row_at(r).published for r in range(21)]  # type: ignore[union-attr]
    assert dates == sorted(dates, reverse=True)
    model.sort(3)  # ascending: oldest first, in SQL
    assert model.row_at(0).published == min(dates)  # type: ignore[union-attr]
    # Checked last: pytest-qt's tester fetches more inside its own modelReset handler.
    qtmodeltester.check(model, force_py=True)


def test_new_rows_are_inserted_not_reset(qtmodeltester: ModelTester, fx: Fixture) -> None:
    model = ArticleListModel(fx.lib, lambda: NOW, page_size=50)
    model.set_query(ArticleQuery(section_id=None))
    qtmodeltester.check(model, force_py=True)  # stays connected: checks the inserts below
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    feed_id = fx.feeds["Tech"]
    fresh = [entry(100 + i, published=NOW + timedelta(minutes=i)) for i in range(3)]
    store_update(fx.store, update(feed_id, *fresh), NOW)
    assert model.merge_new() == 3
    assert resets == []
    assert [model.row_at(r).title for r in range(3)] == [  # type: ignore[union-attr]
        "Article number 102",
        "Article number 101",
        "Article number 100",
    ]
    assert model.merge_new() == 0


def test_flags_update_in_place(fx: Fixture) -> None:
    model = ArticleListModel(fx.lib, lambda: NOW)
    model.set_query(ArticleQuery(unread_only=True))
    changed: list[int] = []
    model.dataChanged.connect(lambda a, _b: changed.append(a.row()))
    first = model.row_at(0)
    assert first is not None
    model.update_row(first.id, read=True, starred=True)
    assert changed == [0]
    assert model.row_at(0).read and model.row_at(0).starred  # type: ignore[union-attr]


def test_list_date_is_time_today_and_date_otherwise() -> None:
    locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    today = format_list_date(NOW - timedelta(minutes=5), NOW, locale)
    older = format_list_date(NOW - timedelta(days=3), NOW, locale)
    assert ":" in today and "/" not in today
    assert "/" in older
    plain = QLocale(QLocale.Language.C)
    assert format_list_date(NOW - timedelta(days=3), NOW, plain) == (
        (NOW - timedelta(days=3)).astimezone().strftime("%Y-%m-%d")
    )


def test_popular_node_has_no_query(fx: Fixture) -> None:
    model = SectionTreeModel(fx.lib)
    (popular,) = [n for n in model.walk() if n.kind is NodeKind.POPULAR]
    assert popular.count is None


def test_merged_rows_land_in_order_one_insert_per_block(
    qtmodeltester: ModelTester, fx: Fixture
) -> None:
    model = ArticleListModel(fx.lib, lambda: NOW, page_size=100)
    model.set_query(ArticleQuery())
    qtmodeltester.check(model, force_py=True)
    before = model.rowCount()
    inserts: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _p, first, last: inserts.append((first, last)))
    feed_id = fx.feeds["Tech"]
    # Two on top, two between the existing hourly rows, one older than everything.
    times = [NOW + timedelta(minutes=5), NOW + timedelta(minutes=6)]
    times += [NOW - timedelta(minutes=90), NOW - timedelta(minutes=91)]
    times.append(NOW - timedelta(days=30))
    fresh = [entry(300 + i, published=t) for i, t in enumerate(times)]
    store_update(fx.store, update(feed_id, *fresh), NOW)
    assert model.merge_new(page=fx.lib.article_page(ArticleQuery(), None, 100)) == 5
    assert model.rowCount() == before + 5
    shown = [model.row_at(r).id for r in range(model.rowCount())]  # type: ignore[union-attr]
    assert shown == [row.id for row in fx.lib.articles(ArticleQuery(), 100)]
    assert len(inserts) == 3  # top, middle, bottom: one notification per contiguous block


def test_tree_updates_repaint_only_what_changed(qtmodeltester: ModelTester, fx: Fixture) -> None:
    model = SectionTreeModel(fx.lib)
    qtmodeltester.check(model, force_py=True)
    changes: list[tuple[str, int, int]] = []

    def on_changed(top: QModelIndex, bottom: QModelIndex, _roles: object) -> None:
        node = model.node(top)
        assert node is not None
        changes.append((node.key, top.column(), bottom.column()))

    model.dataChanged.connect(on_changed)
    tech = fx.feeds["Tech"]
    # A fetch that stores nothing new changes only the feed's times: nothing is repainted.
    store_update(fx.store, update(tech, now=NOW + timedelta(minutes=1)), NOW)
    show_fresh_counts(model, fx)
    assert changes == []
    # New unread articles: ranges of several rows start at the count column (from column 0,
    # QTreeView asks every row for children); a lone row is cheap and sent whole.
    store_update(fx.store, update(tech, entry(700), entry(701)), NOW)
    show_fresh_counts(model, fx)
    assert changes == [("all", 1, 1), (f"feed:{tech}", 0, 1)]
    assert model.count_for_key(f"feed:{tech}") == 9
    # Reading everything in the feed makes its name plain: the name column is included.
    changes.clear()
    fx.store.mark_all_read(ArticleQuery(feed_id=tech))
    show_fresh_counts(model, fx)
    assert (f"feed:{tech}", 0, 1) in [(k, f, last) for k, f, last in changes]
    assert model.count_for_key(f"feed:{tech}") == 0
    # A retitled feed repaints its name.
    changes.clear()
    fx.store.update_feed(tech, title="Technology desk")
    show_fresh_counts(model, fx)
    assert (f"feed:{tech}", 0, 1) in changes
