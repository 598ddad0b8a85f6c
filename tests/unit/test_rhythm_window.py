"""posting_window (issue 19): the days and hours a feed usually posts, for the health view."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta, timezone

from newsreader.core.rhythm import PostingWindow, posting_window

MONDAY = datetime(2026, 3, 2, 0, 0, tzinfo=UTC)
BERLIN_WINTER = timezone(timedelta(hours=1))


def weekday_mornings(weeks: int = 6) -> list[datetime]:
    """Three posts each weekday, between 06:00 and 09:00 UTC."""
    out = []
    for d in range(weeks * 7):
        day = MONDAY + timedelta(days=d)
        if day.weekday() < 5:
            out += [day.replace(hour=h, minute=(d * 13 + h) % 60) for h in (6, 7, 8)]
    return out


def test_weekday_mornings_are_found_with_their_rate() -> None:
    window = posting_window(weekday_mornings(), UTC)
    assert window is not None
    assert window == PostingWindow(frozenset(range(5)), 6, 9, window.per_week)
    assert 14 <= window.per_week <= 16  # 15 posts a week


def test_a_daily_feed_at_six_covers_every_day_and_one_hour() -> None:
    times = [MONDAY + timedelta(days=d, hours=6, minutes=d % 20) for d in range(30)]
    window = posting_window(times, UTC)
    assert window is not None
    assert (window.weekdays, window.start_hour, window.end_hour) == (frozenset(range(7)), 6, 7)
    assert abs(window.per_week - 7.0) < 0.01


def test_hours_are_given_in_the_time_zone_asked_for() -> None:
    window = posting_window(weekday_mornings(), BERLIN_WINTER)
    assert window is not None
    assert (window.start_hour, window.end_hour) == (7, 10)


def test_a_window_may_wrap_past_midnight_and_move_the_weekday() -> None:
    # Friday and Saturday 23:00-01:00 UTC: Friday 23:xx and Saturday 00:xx.
    times = []
    for week in range(5):
        friday = MONDAY + timedelta(weeks=week, days=4)
        times += [friday.replace(hour=23, minute=30), friday + timedelta(days=1, minutes=20)]
    window = posting_window(times, UTC)
    assert window is not None
    assert (window.weekdays, window.start_hour, window.end_hour) == (frozenset({4, 5}), 23, 1)
    in_tokyo = posting_window(times, timezone(timedelta(hours=9)))
    assert in_tokyo is not None
    assert (in_tokyo.weekdays, in_tokyo.start_hour, in_tokyo.end_hour) == (
        frozenset({5}),
        8,
        10,
    )


def test_too_little_history_gives_none() -> None:
    few = weekday_mornings()[:5]
    assert posting_window(few, UTC) is None  # five posts
    short = [MONDAY + timedelta(hours=6 + h / 10) for h in range(30)]
    assert posting_window(short, UTC) is None  # thirty posts within a day
    assert posting_window([], UTC) is None


def test_posts_around_the_clock_have_no_window() -> None:
    times = [MONDAY + timedelta(hours=h * 1.7) for h in range(300)]
    assert posting_window(times, UTC) is None


def test_random_times_have_no_window() -> None:
    rng = random.Random(4)
    times = [MONDAY + timedelta(seconds=rng.uniform(0, 60 * 86400)) for _ in range(80)]
    assert posting_window(times, UTC) is None


def test_a_stray_post_does_not_hide_the_window_but_many_do() -> None:
    times = weekday_mornings()
    stray = [*times, MONDAY + timedelta(days=5, hours=15)]  # one Saturday afternoon
    window = posting_window(stray, UTC)
    assert window is not None and window.weekdays == frozenset(range(5))
    evenings = [MONDAY + timedelta(days=d, hours=19) for d in range(42)]
    # A third of the posts at 19:00: no twelve hours hold four fifths of them.
    assert posting_window(times + evenings, UTC) is None


def test_duplicates_and_naive_times_count_once_and_as_utc() -> None:
    times = weekday_mornings()
    naive = [t.replace(tzinfo=None) for t in times]
    assert posting_window([*times, *naive], UTC) == posting_window(times, UTC)
