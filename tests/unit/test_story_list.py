"""Stories in the list (issue 19): one row per story in every scope, its sources, its copies.

A real library in tmp_path; `story_id` is set directly (tests/support/storygui.py), as
the clustering engine would set it.
"""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest

from newsreader.core import prefs
from newsreader.core.types import ArticleQuery, PageCursor
from newsreader.storage import Library
from newsreader.storage.queries import where
from tests.support.storygui import StoryLibrary, make_story_library, set_story
from tests.unit.storage_factory import NOW


@pytest.fixture
def fx(tmp_path: Path) -> StoryLibrary:
    return make_story_library(tmp_path)


def ids(lib: Library, query: ArticleQuery, limit: int = 100) -> list[int]:
    return [row.id for row, _ in lib.article_page(query, None, limit)]


def test_a_story_shows_once_as_its_earliest_member(fx: StoryLibrary) -> None:
    story = fx.story  # Asia's, Europe's and Tech's article about one event
    shown = ids(fx.lib, ArticleQuery())
    assert story[0] in shown
    assert story[1] not in shown and story[2] not in shown
    assert len(shown) == len(fx.all_ids) - 2
    assert fx.lib.article_count(ArticleQuery()) == len(shown)


def test_the_row_counts_the_story_sources(fx: StoryLibrary) -> None:
    rows = {row.id: row for row, _ in fx.lib.article_page(ArticleQuery(), None, 100)}
    assert rows[fx.story[0]].sources == 3
    alone = next(aid for aid in fx.all_ids if aid not in fx.story)
    assert rows[alone].sources == 1


def test_in_a_section_without_the_first_member_the_next_one_leads(fx: StoryLibrary) -> None:
    europe = fx.lib.section_by_path("World/Europe")
    assert europe is not None
    shown = ids(fx.lib, ArticleQuery(section_id=europe.id))
    assert fx.story[1] in shown  # Europe's copy, though Asia's came first
    world = fx.lib.section_by_path("World")
    assert world is not None
    shown = ids(fx.lib, ArticleQuery(section_id=world.id))
    assert fx.story[0] in shown and fx.story[1] not in shown


def test_every_feed_lists_its_own_copy(fx: StoryLibrary) -> None:
    for feed_id, aid in zip(fx.story_feeds, fx.story, strict=True):
        assert aid in ids(fx.lib, ArticleQuery(feed_id=feed_id))


def test_unread_and_starred_lists_lead_with_a_member_they_select(fx: StoryLibrary) -> None:
    fx.store.mark_read([fx.story[0]], False)  # no follow-up: it is "unread"
    with fx.raw() as conn:  # the first copy read elsewhere, without the story option
        conn.execute("UPDATE articles SET read = 1 WHERE id = ?", (fx.story[0],))
    unread = ids(fx.lib, ArticleQuery(unread_only=True))
    assert fx.story[0] not in unread and fx.story[1] in unread and fx.story[2] not in unread
    fx.store.set_starred(fx.story[2], True)
    assert ids(fx.lib, ArticleQuery(starred_only=True)) == [fx.story[2]]


def test_hidden_members_neither_lead_nor_count(fx: StoryLibrary) -> None:
    with fx.raw() as conn:
        conn.execute("UPDATE articles SET hidden = 1 WHERE id = ?", (fx.story[0],))
    rows = {row.id: row for row, _ in fx.lib.article_page(ArticleQuery(), None, 100)}
    assert fx.story[0] not in rows
    assert rows[fx.story[1]].sources == 2


def test_keyset_pages_give_the_collapsed_list_exactly(fx: StoryLibrary) -> None:
    for newest in (True, False):
        query = ArticleQuery(newest_first=newest)
        whole = ids(fx.lib, query)
        paged: list[int] = []
        cursor: PageCursor | None = None
        while True:
            page = fx.lib.article_page(query, cursor, 2)
            paged.extend(row.id for row, _ in page)
            if len(page) < 2:
                break
            cursor = page[-1][1]
        assert paged == whole


def test_two_stories_at_once(fx: StoryLibrary) -> None:
    others = [aid for aid in fx.all_ids if aid not in fx.story]
    second = set_story(fx.path, others[:2])
    shown = ids(fx.lib, ArticleQuery())
    assert second[0] in shown and second[1] not in shown
    assert len(shown) == len(fx.all_ids) - 3


def test_story_sources_lists_the_other_articles_earliest_first(fx: StoryLibrary) -> None:
    sources = fx.lib.story_sources(fx.story[1], 10)
    assert [row.id for row in sources] == [fx.story[0], fx.story[2]]
    assert {row.feed_id for row in sources} == {fx.story_feeds[0], fx.story_feeds[2]}
    alone = next(aid for aid in fx.all_ids if aid not in fx.story)
    assert fx.lib.story_sources(alone, 10) == []
    assert len(fx.lib.story_sources(fx.story[0], 1)) == 1


def test_reading_one_marks_the_copies_read_by_default(fx: StoryLibrary) -> None:
    assert prefs.STORY_MARK_READ.default is True
    fx.store.record_read(fx.story[1], NOW, None)
    read = {aid: fx.lib.article(aid).read for aid in fx.story}  # type: ignore[union-attr]
    assert read == dict.fromkeys(fx.story, True)
    others = [aid for aid in fx.all_ids if aid not in fx.story]
    assert not any(fx.lib.article(aid).read for aid in others)  # type: ignore[union-attr]


def test_mark_read_marks_the_copies_and_unread_does_not_spread(fx: StoryLibrary) -> None:
    fx.store.mark_read([fx.story[2]], True)
    assert all(fx.lib.article(aid).read for aid in fx.story)  # type: ignore[union-attr]
    fx.store.mark_read([fx.story[2]], False)
    assert fx.lib.article(fx.story[2]).read is False  # type: ignore[union-attr]
    assert fx.lib.article(fx.story[0]).read is True  # type: ignore[union-attr]


def test_the_option_off_leaves_the_copies_alone(fx: StoryLibrary) -> None:
    fx.store.set_setting(prefs.STORY_MARK_READ.key, False)
    fx.store.record_read(fx.story[0], NOW, None)
    fx.store.mark_read([fx.story[1]], True)
    assert fx.lib.article(fx.story[2]).read is False  # type: ignore[union-attr]


def test_manual_marking_records_the_read_without_marking_the_copies(fx: StoryLibrary) -> None:
    # The window records the read event, then puts the article back to unread (manual mode).
    fx.store.set_setting(prefs.MARK_READ.key, "manual")
    fx.store.record_read(fx.story[0], NOW, None)
    fx.store.mark_read([fx.story[0]], False)
    assert not any(fx.lib.article(aid).read for aid in fx.story)  # type: ignore[union-attr]


def test_filling_in_the_seconds_later_does_not_mark_again(fx: StoryLibrary) -> None:
    fx.store.set_setting(prefs.STORY_MARK_READ.key, False)
    fx.store.record_read(fx.story[0], NOW, None)
    fx.store.set_setting(prefs.STORY_MARK_READ.key, True)
    fx.store.record_read(fx.story[0], NOW, 12.0)  # the same event's seconds
    assert fx.lib.article(fx.story[1]).read is False  # type: ignore[union-attr]


def test_stories_older_than_their_articles_keep_working(fx: StoryLibrary) -> None:
    # A later refresh adds a fourth source: it joins, the leading row stays the first.
    later = fx.add_article("Tech", NOW - timedelta(minutes=5))
    set_story(fx.path, [*fx.story, later], story_id=fx.story[0])
    rows = {row.id: row for row, _ in fx.lib.article_page(ArticleQuery(), None, 100)}
    assert later not in rows
    assert rows[fx.story[0]].sources == 3  # Tech already carried it: still three feeds


def test_every_list_filter_names_its_article_columns_on_alias_a(fx: StoryLibrary) -> None:
    """The collapse applies `where()`'s filters to the other members by rewriting `a.` to
    `b.` (storage.story_list); a bare article column would silently mean the outer row."""
    with fx.raw() as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(articles)")}
        section = conn.execute("SELECT min(id) FROM sections").fetchone()[0]
        tag = conn.execute("INSERT INTO tags (name) VALUES ('probe') RETURNING id").fetchone()[0]
        query = ArticleQuery(
            section_id=section, feed_id=fx.story_feeds[0], unread_only=True,
            starred_only=True, tag_id=tag, show_hidden=False,
        )  # fmt: skip
        conds, _params = where(conn, query)
    assert len(conds) == 6  # every filter ArticleQuery has, so a new one is looked at here
    for cond in conds:
        outer = re.sub(r"\(SELECT [^)]*\)", "", cond)  # subqueries name their own tables
        bare = [w for w in re.findall(r"(?<![\w.])([a-z_]+)\b", outer) if w in columns]
        assert bare == [], cond
