"""Library: keyset pages, index use, search safety, popularity by section, related articles."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from newsreader.core.html_text import index_text
from newsreader.core.types import ArticleQuery, PageCursor
from newsreader.storage.reader import Library
from newsreader.storage.sections import subtree_ids
from tests.unit.storage_factory import NOW, entry, make_library, store_update, update


def _all_pages(lib: Library, query: ArticleQuery, size: int) -> list[int]:
    ids: list[int] = []
    after: PageCursor | None = None
    while True:
        page = lib.article_page(query, after, size)
        if not page:
            return ids
        assert len(page) <= size
        ids.extend(row.id for row, _ in page)
        after = page[-1][1]


@pytest.mark.parametrize("newest_first", [True, False])
@pytest.mark.parametrize("size", [1, 4, 7, 100])
def test_keyset_pages_cover_every_row_once(tmp_path: Path, newest_first: bool, size: int) -> None:
    fx = make_library(tmp_path, per_feed=5)
    # Equal sort keys are where a keyset on time alone would skip or repeat rows.
    same = [entry(200 + i, published=NOW - timedelta(hours=2)) for i in range(6)]
    store_update(fx.store, update(fx.feeds["Tech"], *same), NOW)
    query = ArticleQuery(newest_first=newest_first)
    ids = _all_pages(fx.lib, query, size)
    assert len(ids) == len(set(ids)) == 21
    times = [(r.published, r.id) for r in fx.lib.articles(query, 100)]
    assert times == sorted(times, reverse=newest_first)
    assert ids == [i for _, i in times]


def test_filters_section_feed_unread_starred(tmp_path: Path) -> None:
    fx = make_library(tmp_path)
    world = fx.lib.section_by_path("World")
    asia = fx.lib.section_by_path("World/Asia")
    assert world is not None and asia is not None
    europe = fx.lib.section_by_path("World/Europe")
    assert europe is not None
    # The subtree the section filter uses (storage.queries.where).
    tree = list(fx.lib.sections())
    assert set(subtree_ids(tree, world.id)) == {world.id, asia.id, europe.id}
    assert subtree_ids(tree, asia.id) == [asia.id]
    in_world = fx.lib.articles(ArticleQuery(section_id=world.id), 50)
    assert {r.section_path for r in in_world} == {"World/Asia", "World/Europe"}
    assert len(in_world) == 6
    fx.store.mark_read(fx.articles["Tech"][:2], True)
    fx.store.set_starred(fx.articles["Tech"][2], True)
    tech = fx.feeds["Tech"]
    assert [r.id for r in fx.lib.articles(ArticleQuery(feed_id=tech, unread_only=True), 9)] == [
        fx.articles["Tech"][2]
    ]
    assert [r.id for r in fx.lib.articles(ArticleQuery(starred_only=True), 9)] == [
        fx.articles["Tech"][2]
    ]
    assert fx.lib.article_count(ArticleQuery(unread_only=True)) == 7
    assert fx.lib.article_count(ArticleQuery(section_id=asia.id)) == 3


@pytest.mark.parametrize(
    "query",
    [
        ArticleQuery(),
        ArticleQuery(newest_first=False),
        ArticleQuery(unread_only=True),
        ArticleQuery(starred_only=True),
        ArticleQuery(feed_id=1),
    ],
    ids=["all", "oldest", "unread", "starred", "feed"],
)
def test_list_queries_use_an_index(tmp_path: Path, query: ArticleQuery) -> None:
    fx = make_library(tmp_path)
    for after in (None, PageCursor(NOW.timestamp(), 5)):
        sql, params = fx.lib.list_sql(query, after)
        plan = fx.lib._conn.execute(f"EXPLAIN QUERY PLAN {sql}", [*params, 50]).fetchall()
        details = " | ".join(row[-1] for row in plan)
        # Walking an index in order ("SCAN a USING INDEX …", stopped by LIMIT) is the plan;
        # a bare table scan or a sort of every matching row is not.
        for step in details.split(" | "):
            if step.startswith(("SCAN a", "SCAN articles")):
                assert "USING INDEX" in step or "USING COVERING INDEX" in step, details
        assert "USE TEMP B-TREE" not in details, details
        if after is not None:
            assert "SEARCH a USING INDEX" in details, details


@pytest.mark.parametrize(
    ("text", "hits"),
    [
        ('"', 0),
        ("AND(", 0),
        ("NEAR(a b", 0),
        ("title:", 0),
        ("*", 0),
        (")(", 0),
        ("'; DROP TABLE articles; --", 0),
        ("^x", 0),
        ('"summary', 9),  # the words still count, the syntax does not
        ("summary*", 9),
        ("title:article number", 0),  # "title" is a word here, not a column filter
        ("number AND(", 0),
        ("Summary 3", 1),
    ],
)
def test_hostile_search_text_never_raises(tmp_path: Path, text: str, hits: int) -> None:
    fx = make_library(tmp_path)
    assert len(fx.lib.search(text, 50)) == hits
    assert len(fx.lib.article_page(ArticleQuery(search=text), None, 50)) == hits
    assert fx.lib.article_count(ArticleQuery(search=text)) == hits


def test_search_weights_title_above_body(tmp_path: Path) -> None:
    fx = make_library(tmp_path)
    feed = fx.feeds["Tech"]
    in_body = entry(300, title="Weekly roundup", content="<p>A note on <b>kestrels</b>.</p>")
    in_title = entry(301, title="Kestrels return to the city")
    store_update(fx.store, update(feed, in_body, in_title), NOW)
    rows = fx.lib.search("kestrels", 10)
    assert [r.title for r in rows] == ["Kestrels return to the city", "Weekly roundup"]
    assert fx.lib.search("KESTRELS weekly", 10)[0].title == "Weekly roundup"
    assert fx.lib.search("<b>", 10) == []  # tags are not indexed as text
    page = fx.lib.article_page(ArticleQuery(search="kestrels"), None, 1)
    rest = fx.lib.article_page(ArticleQuery(search="kestrels"), page[-1][1], 5)
    assert [r.title for r, _ in [*page, *rest]] == [r.title for r in rows]
    assert fx.lib.article_count(ArticleQuery(search="kestrels", feed_id=feed)) == 2


def test_popular_ranks_recent_reads_and_respects_section(tmp_path: Path) -> None:
    fx = make_library(tmp_path)
    asia, europe, tech = (fx.articles[s] for s in ("World/Asia", "World/Europe", "Tech"))
    # Two reads long ago vs two reads today: the same count, the recent pair wins.
    for at in (NOW - timedelta(days=6), NOW - timedelta(days=6, hours=1)):
        fx.store.record_read(asia[0], at, 10)
    for at in (NOW - timedelta(hours=1), NOW - timedelta(hours=2)):
        fx.store.record_read(europe[0], at, 10)
    fx.store.record_read(tech[0], NOW, 10)
    top = fx.lib.popular(None, 10, NOW)
    assert [p.article.id for p in top] == [europe[0], tech[0], asia[0]]
    assert top[0].score == pytest.approx(2 ** (-1 / 72) + 2 ** (-2 / 72))
    assert top[2].reads == 2
    world = fx.lib.section_by_path("World")
    assert world is not None
    assert [p.article.id for p in fx.lib.popular(world.id, 10, NOW)] == [europe[0], asia[0]]
    asia_section = fx.lib.section_by_path("World/Asia")
    assert asia_section is not None
    assert [p.article.id for p in fx.lib.popular(asia_section.id, 10, NOW)] == [asia[0]]


def test_related_skips_copies_of_the_story(tmp_path: Path) -> None:
    fx = make_library(tmp_path)
    asia, tech = fx.feeds["World/Asia"], fx.feeds["Tech"]
    body = "<p>Monsoon floods closed rail lines across the delta region.</p>"
    (me,) = store_update(
        fx.store,
        update(asia, entry(400, title="Monsoon floods hit delta", content=body, published=NOW)),
        NOW,
    )
    store_update(
        fx.store,
        update(
            asia,
            entry(401, title="Rail lines reopen after monsoon", published=NOW - timedelta(days=2)),
            # Same story under another URL in the same feed: a copy, never related.
            entry(402, title="Monsoon floods hit delta!", published=NOW),
        ),
        NOW,
    )
    store_update(
        fx.store,
        update(
            tech,
            entry(403, title="Flood sensors for the delta", published=NOW),
            # The very same URL syndicated in another feed: a copy.
            entry(404, title="Delta monsoon report", url="https://example.org/a/400"),
        ),
        NOW,
    )
    related = fx.lib.related(me, 5)
    titles = [r.title for r in related]
    # Relevance first (issue 15): tie-breaking by section is tested in test_related_eval.py.
    assert titles[0] == "Rail lines reopen after monsoon"
    assert not {"Monsoon floods hit delta!", "Delta monsoon report"} & set(titles)
    assert me not in [r.id for r in related]
    assert fx.lib.related(99999, 5) == []


def test_library_sees_each_commit_of_the_writer(tmp_path: Path) -> None:
    fx = make_library(tmp_path)
    assert [s.path for s in fx.lib.sections()][-1] == "Tech"
    fx.store.ensure_section("Tech/AI")
    assert [s.path for s in fx.lib.sections()][-1] == "Tech/AI"
    feed = fx.store.add_feed("https://example.org/ai.xml", "AI", "Tech/AI", 1800, now=NOW)
    (aid,) = store_update(fx.store, update(feed.id, entry(500, published=NOW)), NOW)
    assert fx.lib.articles(ArticleQuery(), 1)[0].section_path == "Tech/AI"
    fx.store.rename_section(fx.lib.section_by_path("Tech/AI").id, "ML")  # type: ignore[union-attr]
    assert fx.lib.article(aid).section_path == "Tech/ML"  # type: ignore[union-attr]


def test_index_text_keeps_words_split_by_inline_tags() -> None:
    html = (
        "<p>Hydro<b>power</b> &amp; <a href='x'>dams</a></p><p>next</p><br>line<script>x</script>"
    )
    assert index_text(html) == "Hydropower & dams next line"
