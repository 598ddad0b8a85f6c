"""core.trending: the pure score of a story and the reason that explains it (issue 19)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from newsreader.core import trending
from newsreader.core.trending import StoryMember, TrendScore, score_story, span_unit

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def story(
    *hours_ago: float, opened: int = 0, feed_of: list[int] | None = None
) -> list[StoryMember]:
    """Members `hours_ago` before NOW, each from its own feed unless `feed_of` says; the
    first `opened` of them were opened by the user."""
    feeds = feed_of or list(range(1, len(hours_ago) + 1))
    return [
        StoryMember(article_id=i + 1, feed_id=feeds[i], seen=NOW - timedelta(hours=h),
                    opened=i < opened)
        for i, h in enumerate(hours_ago)
    ]  # fmt: skip


def scored(members: list[StoryMember]) -> TrendScore:
    result = score_story(members, NOW)
    assert result is not None
    return result


def test_one_source_is_no_trend() -> None:
    assert score_story(story(1), NOW) is None
    # Two articles of the same feed are still one source.
    assert score_story(story(1, 2, feed_of=[7, 7]), NOW) is None


def test_fresh_sources_count_one_each_and_halve_each_half_life() -> None:
    assert scored(story(0, 0)).score == pytest.approx(2.0)
    half = trending.HALF_LIFE_HOURS
    assert scored(story(half, half)).score == pytest.approx(1.0)


def test_more_sources_rank_higher() -> None:
    assert scored(story(1, 1, 1)).score > scored(story(1, 1)).score


def test_the_same_sources_faster_rank_higher() -> None:
    burst = scored(story(0.5, 1, 2, 3, 3.5))  # five sources within three hours
    slow = scored(story(0.5, 12, 24, 36, 48))  # five sources over two days
    assert burst.score > slow.score
    assert burst.reason.sources == slow.reason.sources == 5


def test_reason_says_sources_span_newest_and_reads() -> None:
    reason = scored(story(1, 2, 4, opened=2)).reason
    assert reason.sources == 3
    assert reason.span_seconds == pytest.approx(3 * 3600)
    assert reason.newest_seconds == pytest.approx(3600)
    assert reason.reads == 2


def test_a_feed_counts_at_its_first_article() -> None:
    members = story(1, 10, 2, feed_of=[1, 2, 2])
    reason = scored(members).reason
    assert reason.sources == 2
    assert reason.span_seconds == pytest.approx(9 * 3600)  # feed 2 joined 10 hours ago


def test_reads_boost_the_score_but_are_capped() -> None:
    base = scored(story(1, 1)).score
    read = scored(story(1, 1, opened=2)).score
    assert read == pytest.approx(base * (1 + 2 * trending.READ_BOOST))
    many = [1.0] * (trending.READ_CAP + 3)
    capped = scored(story(*many, opened=len(many))).score
    plain = scored(story(*many)).score
    assert capped == pytest.approx(plain * (1 + trending.READ_CAP * trending.READ_BOOST))


def test_reading_never_beats_many_more_fresh_sources() -> None:
    read_both = scored(story(2, 2, opened=2)).score
    big_story = scored(story(2, 2, 2, 2, 2)).score
    assert big_story > read_both


def test_a_story_out_of_the_window_does_not_trend() -> None:
    days = trending.WINDOW_DAYS
    assert score_story(story(days * 24 + 1, days * 24 + 2), NOW) is None
    assert score_story(story(days * 24 - 1, days * 24 + 2), NOW) is not None


def test_a_feed_clock_ahead_counts_as_now() -> None:
    future = [
        StoryMember(1, 1, NOW + timedelta(hours=3)),
        StoryMember(2, 2, NOW),
    ]
    result = scored(future)
    assert result.score == pytest.approx(2.0)
    assert result.reason.newest_seconds == 0.0


def test_the_clock_is_injected() -> None:
    members = story(0, 0)
    later = score_story(members, NOW + timedelta(hours=trending.HALF_LIFE_HOURS))
    assert later is not None
    assert later.score == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("seconds", "unit", "count"),
    [
        (0, "minutes", 1),
        (59, "minutes", 1),
        (45 * 60, "minutes", 45),
        (3600, "hours", 1),
        (3599.9999, "hours", 1),  # an hour between two REAL sort times (a flaky GUI test)
        (3 * 3600 + 1800, "hours", 3),
        (47 * 3600, "hours", 47),
        (49 * 3600, "days", 2),
    ],
)
def test_span_unit(seconds: float, unit: str, count: int) -> None:
    assert span_unit(seconds) == trending.SpanUnit(unit, count)


def test_rank_orders_by_score_then_sources_then_newer() -> None:
    a = scored(story(1, 1))
    b = scored(story(1, 1, 1))
    ranked = trending.rank([(10, a), (11, b), (12, a)], limit=2)
    assert [story_id for story_id, _ in ranked] == [11, 12]
