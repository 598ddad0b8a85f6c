"""storage.trending on a real library: candidates, members, leads and reasons (issue 19)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from newsreader.core import trending
from tests.support.storygui import StoryLibrary, make_story_library, set_story
from tests.unit.storage_factory import NOW


@pytest.fixture
def fx(tmp_path: Path) -> StoryLibrary:
    return make_story_library(tmp_path)


def test_the_story_trends_with_its_reason(fx: StoryLibrary) -> None:
    rows = fx.lib.trending(10, NOW)
    assert [r.story_id for r in rows] == [fx.story[0]]
    top = rows[0]
    assert top.article.id == fx.story[0]  # led by its earliest article
    assert top.article.sources == 3
    assert top.reason.sources == 3
    assert top.reason.span_seconds == pytest.approx(3600)  # 90 and 30 minutes ago
    assert top.reason.newest_seconds == pytest.approx(1800)
    assert top.reason.reads == 0
    assert top.score == pytest.approx(
        sum(0.5 ** (m / 60 / trending.HALF_LIFE_HOURS) for m in (90, 60, 30))
    )


def test_articles_alone_never_trend(fx: StoryLibrary) -> None:
    with fx.raw() as conn:
        conn.execute("UPDATE articles SET story_id = NULL")
    assert fx.lib.trending(10, NOW) == []


def test_opened_articles_raise_the_story_and_say_so(fx: StoryLibrary) -> None:
    others = [aid for aid in fx.all_ids if aid not in fx.story]
    # A second story of two sources, as fresh as the first one's newest.
    second = set_story(fx.path, [others[0], others[3]])
    before = {r.story_id: r for r in fx.lib.trending(10, NOW)}
    assert list(before) == [fx.story[0], second[0]]
    fx.store.set_setting("story_mark_read", False)
    fx.store.record_read(second[0], NOW, None)
    fx.store.record_read(second[1], NOW, None)
    fx.store.record_read(second[1], NOW + timedelta(seconds=1), None)  # re-read: one article
    after = {r.story_id: r for r in fx.lib.trending(10, NOW)}
    assert after[second[0]].reason.reads == 2
    assert after[second[0]].score == pytest.approx(
        before[second[0]].score * (1 + 2 * trending.READ_BOOST)
    )


def test_a_story_older_than_the_window_drops_out(fx: StoryLibrary) -> None:
    later = NOW + timedelta(days=trending.WINDOW_DAYS, hours=1)
    assert fx.lib.trending(10, later) == []


def test_hidden_members_are_not_sources(fx: StoryLibrary) -> None:
    with fx.raw() as conn:
        conn.execute("UPDATE articles SET hidden = 1 WHERE id = ?", (fx.story[0],))
    (top,) = fx.lib.trending(10, NOW)
    assert top.reason.sources == 2
    assert top.article.id == fx.story[1]


def test_the_limit_is_kept(fx: StoryLibrary) -> None:
    others = [aid for aid in fx.all_ids if aid not in fx.story]
    set_story(fx.path, [others[0], others[3]])
    set_story(fx.path, [others[1], others[4]])
    assert len(fx.lib.trending(2, NOW)) == 2
    assert len(fx.lib.trending(10, NOW)) == 3
