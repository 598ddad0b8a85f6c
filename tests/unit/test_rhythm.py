"""The learned posting rhythm and the schedule built on it (issue 19): pure, injected clock."""

from __future__ import annotations

import random
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.schedule_replay import fixed_schedule, learned_schedule, replay
from newsreader.core import rhythm
from newsreader.core.decide import decide_feed_state, decide_update
from newsreader.core.rhythm import Kind, describe, learn, next_check
from newsreader.core.schedule import RHYTHM_CEILING, next_poll
from newsreader.core.types import (
    CacheHints,
    Feed,
    FetchKind,
    FetchResult,
    ParsedEntry,
    ParsedFeed,
)
from newsreader.storage import open_store

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)  # a Monday, noon
HOUR = 3600.0


def daily_at_six(days: int = 42) -> list[datetime]:
    start = NOW.replace(hour=6, minute=0) - timedelta(days=days)
    return [start + timedelta(days=d, minutes=(d * 7) % 10) for d in range(days + 1)]


def weekdays_six_to_nine(weeks: int = 6) -> list[datetime]:
    out = []
    first = (NOW - timedelta(weeks=weeks)).replace(hour=0, minute=0)
    for d in range(weeks * 7):
        day = first + timedelta(days=d)
        if day.weekday() < 5:
            out += [day.replace(hour=h, minute=(d * 13 + h) % 60) for h in (6, 7, 8)]
    return [t for t in out if t <= NOW]


def hourly(days: int = 10) -> list[datetime]:
    return [NOW - timedelta(hours=h) for h in range(days * 24)]


def bursty() -> list[datetime]:
    rng = random.Random(3)
    out: list[datetime] = []
    t = NOW - timedelta(days=60)
    while t < NOW - timedelta(days=1):
        out += [t + timedelta(minutes=m) for m in range(10)]
        t += timedelta(days=rng.uniform(3, 12), hours=rng.uniform(0, 24))
    return out


def polls_over(model: rhythm.Rhythm, start: datetime, hours: float, **kw: float) -> list[datetime]:
    """The polls next_check makes from `start` on, for `hours` (the model stays fixed)."""
    out = []
    t = start
    while t < start + timedelta(hours=hours):
        t = next_check(model, t, kw.get("interval", HOUR), kw.get("floor", 300), RHYTHM_CEILING)
        out.append(t)
    return out


# -- learning the rhythm -------------------------------------------------------------------


def test_a_daily_six_am_feed_is_polled_around_six_and_rarely_otherwise() -> None:
    model = learn(daily_at_six(), NOW)
    assert model.kind is Kind.DAILY_WINDOW
    assert model.window == (6, 7)
    assert describe(model).text == "Usually posts every day around 06:00"
    polls = polls_over(model, NOW, 48)
    assert len(polls) <= 20  # a fixed hourly poller makes 48 in the same two days
    for day in (1, 2):
        six = (NOW + timedelta(days=day)).replace(hour=6, minute=0)
        # Polled at about two thirds of the interval through its hour: caught within 45 min.
        assert any(six <= p <= six + timedelta(minutes=45) for p in polls), polls


def test_a_weekday_morning_feed_is_learned_and_left_alone_at_weekends() -> None:
    model = learn(weekdays_six_to_nine(), NOW)
    assert model.kind is Kind.WEEKDAYS_WINDOW
    assert model.window == (6, 9)
    line = describe(model)
    assert line.text == "Usually posts on weekdays between 06:00 and 09:00"
    assert (line.start_hour, line.end_hour) == (6, 9)
    friday = datetime(2026, 3, 6, 0, 0, tzinfo=UTC)
    saturday = friday + timedelta(days=1)
    assert len(polls_over(model, saturday, 24)) < len(polls_over(model, friday, 24))


def test_an_hourly_feed_is_polled_at_least_as_often_as_its_interval() -> None:
    model = learn(hourly(), NOW)
    assert model.kind is Kind.HOURLY
    assert describe(model).text == "Posts about every hour"
    wait = (next_check(model, NOW, HOUR, 300, RHYTHM_CEILING) - NOW).total_seconds()
    assert 300 <= wait <= HOUR


def test_bursts_and_long_silences_are_irregular() -> None:
    model = learn(bursty(), NOW)
    assert model.kind is Kind.IRREGULAR
    assert describe(model).text == "Posts irregularly"


def test_random_long_tailed_gaps_are_irregular() -> None:
    rng = random.Random(8)
    times = []
    t = NOW
    while t > NOW - timedelta(days=80):
        times.append(t)
        t -= timedelta(seconds=min(rng.lognormvariate(9, 2.2), 20 * 86400))
    model = learn(times, NOW)
    assert model.kind is Kind.IRREGULAR


def test_a_few_posts_a_week_are_described_so() -> None:
    times = [NOW - timedelta(days=2.3 * i, hours=(i * 5) % 24) for i in range(30)]
    model = learn(times, NOW)
    assert model.kind is Kind.FEW_A_WEEK
    assert describe(model).text == "Posts a few times a week"


def test_a_new_feed_with_two_entries_keeps_the_users_interval() -> None:
    model = learn([NOW - timedelta(hours=5), NOW - timedelta(hours=1)], NOW)
    assert model.kind is Kind.NEW and not model.learned
    assert next_check(model, NOW, 1800, 300, RHYTHM_CEILING) == NOW + timedelta(seconds=1800)
    assert describe(model).text == "Not enough posts yet to learn when this feed posts"


def test_posts_from_the_future_and_beyond_twelve_weeks_are_ignored() -> None:
    times = daily_at_six()
    noisy = [*times, NOW + timedelta(hours=1), NOW + timedelta(days=3), NOW - timedelta(days=200)]
    assert learn(noisy, NOW) == learn(times, NOW)


def test_only_the_newest_posts_count() -> None:
    many = hourly(days=30)  # 720 posts
    assert learn(many, NOW).posts == rhythm.MAX_POSTS


def test_naive_times_are_taken_as_utc() -> None:
    times = daily_at_six()
    naive = [t.replace(tzinfo=None) for t in times]
    assert learn(naive, NOW) == learn(times, NOW)


# -- the floor, the ceiling, the user's interval, the server -------------------------------


def test_never_sooner_than_the_floor_even_for_a_very_busy_feed() -> None:
    busy = [NOW - timedelta(minutes=2 * i) for i in range(150)]
    model = learn([*busy, NOW - timedelta(days=3)], NOW)
    assert next_check(model, NOW, HOUR, 900, RHYTHM_CEILING) == NOW + timedelta(seconds=900)


def test_quiet_hours_wait_longer_but_never_past_the_ceiling() -> None:
    model = learn(daily_at_six(), NOW)
    evening = NOW.replace(hour=19)
    wait = (next_check(model, evening, HOUR, 300, 4 * HOUR) - evening).total_seconds()
    assert wait == 4 * HOUR
    longer = (next_check(model, evening, HOUR, 300, 24 * HOUR) - evening).total_seconds()
    assert HOUR < longer < 11 * HOUR  # woken again before 06:00


def test_without_adaptive_the_users_interval_is_the_longest_wait() -> None:
    model = learn(daily_at_six(), NOW)
    evening = NOW.replace(hour=19)
    capped = next_check(model, evening, 900, 300, RHYTHM_CEILING, adaptive=False)
    assert capped - evening == timedelta(seconds=900)
    free = next_check(model, evening, 900, 300, RHYTHM_CEILING, adaptive=True)
    assert free - evening > timedelta(seconds=900)


def test_the_floor_wins_over_a_short_user_interval() -> None:
    model = learn(daily_at_six(), NOW)
    assert next_check(model, NOW, 60, 300, RHYTHM_CEILING, adaptive=False) == NOW + timedelta(
        seconds=300
    )


def test_cache_control_longer_than_the_learned_wait_is_honoured() -> None:
    model = learn(hourly(), NOW)
    hints = CacheHints(cache_control="max-age=10800")
    when = next_poll(NOW, 3600, hints, rng=random.Random(1), rhythm=model)
    assert when == NOW + timedelta(seconds=10800)


def test_failures_keep_backoff_and_retry_after_whatever_the_rhythm() -> None:
    model = learn(hourly(), NOW)
    hints = CacheHints(retry_after="7200")
    when = next_poll(
        NOW, 3600, hints, error_count=1, status=429, rng=random.Random(1), rhythm=model
    )
    assert when >= NOW + timedelta(seconds=7200)
    plain = next_poll(NOW, 3600, hints, error_count=1, status=429, rng=random.Random(1))
    assert when == plain


def _feed() -> Feed:
    return Feed(id=1, url="http://127.0.0.1/f.xml", title="F", section_id=None,
                section_path="", interval=3600)  # fmt: skip


def test_the_decider_follows_the_rhythm_after_a_success_only() -> None:
    ok = FetchResult(FetchKind.NOT_MODIFIED, _feed().url, _feed().url, status=304)
    evening = NOW.replace(hour=19)
    learned = decide_feed_state(_feed(), ok, evening, random.Random(1),
                                publish_times=daily_at_six())  # fmt: skip
    fixed = decide_feed_state(_feed(), ok, evening, random.Random(1))
    assert fixed.next_update == evening + timedelta(hours=1)
    assert learned.next_update is not None and fixed.next_update is not None
    assert learned.next_update > fixed.next_update
    failed = FetchResult(FetchKind.ERROR, _feed().url, _feed().url, status=500)
    a = decide_feed_state(_feed(), failed, evening, random.Random(1), publish_times=hourly())
    b = decide_feed_state(_feed(), failed, evening, random.Random(1))
    assert a.next_update == b.next_update


# -- the replay helper ---------------------------------------------------------------------


def test_the_replay_never_shows_a_schedule_the_future() -> None:
    times = daily_at_six(20)
    asked: list[tuple[datetime, tuple[datetime, ...]]] = []
    inner = learned_schedule(3600)

    def spy(seen: object, now: datetime) -> datetime:
        assert isinstance(seen, tuple)
        asked.append((now, seen))
        return inner(seen, now)

    result = replay(times, spy)
    assert asked
    for now, seen in asked:
        assert all(t <= now for t in seen)
        assert list(seen) == [t for t in sorted(times) if t <= now]
    assert len(result.delays) == len(times) - 1


def test_a_fixed_replay_fetches_every_post_within_one_interval() -> None:
    times = bursty()
    result = replay(times, fixed_schedule(1800))
    assert max(result.delays) <= 1800
    assert result.per_day > 47  # 48 polls a day, give or take the ends


# -- the one query the refresh adds (a real SQLite file) ------------------------------------


def test_the_publish_times_query_walks_the_feed_index(tmp_path: Path) -> None:
    store = open_store(tmp_path / "library.db")
    try:
        feed = store.add_feed("http://127.0.0.1/f.xml", "F", "", 3600)
        dates = [NOW - timedelta(days=d) for d in (1, 2, 3, 100)]
        dated = [
            ParsedEntry(guid=f"g{i}", url=None, title=f"Post {i}", published=when)
            for i, when in enumerate(dates)
        ]
        entries = (*dated, ParsedEntry(guid="undated", url=None, title="Undated"))
        ok = FetchResult(FetchKind.OK, feed.url, feed.url, status=200, body=b"x")
        update = decide_update(feed, ok, ParsedFeed("F", None, entries), {}, set(), NOW,
                               random.Random(1))  # fmt: skip
        store.apply_feed_updates_by_feed([update], NOW)
        got = store.publish_times(feed.id, NOW - timedelta(days=84), 2)
        assert got == dates[:2]  # newest first, within the limit
        assert len(store.publish_times(feed.id, NOW - timedelta(days=84), 200)) == 3
        conn = sqlite3.connect(tmp_path / "library.db")
        plan = " ".join(
            str(row[-1])
            for row in conn.execute(
                "EXPLAIN QUERY PLAN SELECT published FROM articles WHERE feed_id = ? "
                "AND sort_time >= ? AND published IS NOT NULL ORDER BY sort_time DESC LIMIT ?",
                (feed.id, 0.0, 200),
            )
        )
        conn.close()
        assert "articles_feed_sort" in plan and "TEMP B-TREE" not in plan, plan
    finally:
        store.close()


def test_a_warm_replay_brings_older_posts_with_the_first_poll_and_measures_later_ones() -> None:
    times = daily_at_six(20)
    start = times[10] + timedelta(minutes=1)
    firsts: list[tuple[datetime, ...]] = []

    def spy(seen: object, now: datetime) -> datetime:
        assert isinstance(seen, tuple) and all(t <= now for t in seen)
        firsts.append(seen)
        return now + timedelta(hours=1)

    result = replay(times, spy, start)
    assert firsts[0] == tuple(times[:11])
    assert len(result.delays) == len(times) - 11
