"""The expected-posts model behind the learned schedule (issue 19): shapes, bursts, rare feeds."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from newsreader.core.rhythm import expected_posts, learn, next_check
from newsreader.core.schedule import RHYTHM_CEILING

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)  # a Monday, noon
HOUR = 3600.0


def wait(times: list[datetime], at: datetime) -> float:
    model = learn(times, at)
    return (next_check(model, at, HOUR, 1800, RHYTHM_CEILING) - at).total_seconds()


def test_the_model_expects_the_feeds_own_rate_over_a_week() -> None:
    times = [NOW - timedelta(hours=7 * i + 0.5) for i in range(200)]  # every seven hours
    model = learn(times, NOW)
    week = expected_posts(model, NOW, NOW + timedelta(days=7))
    assert 20 <= week <= 28  # 24 a week


def test_a_feed_that_rarely_posts_is_polled_less_often_than_a_busy_one() -> None:
    rare = [NOW - timedelta(days=6 * i, hours=(5 * i) % 24) for i in range(12)]
    busy = [NOW - timedelta(hours=2 * i + 0.3) for i in range(300)]
    assert wait(rare, NOW) >= 3 * HOUR
    assert wait(busy, NOW) <= HOUR


def test_a_fresh_post_of_a_bursty_feed_brings_the_next_poll_closer() -> None:
    bursts: list[datetime] = []
    start = NOW - timedelta(days=60)
    for day in range(0, 60, 3):  # every third day, five posts ten minutes apart
        first = start + timedelta(days=day, hours=(day * 5) % 24)
        bursts += [first + timedelta(minutes=10 * k) for k in range(5)]
    model = learn(bursts, NOW)
    assert model.burst > 0.3
    last = max(bursts)
    just_after = wait(bursts, last + timedelta(minutes=5))
    long_after = wait(bursts, last + timedelta(hours=20))
    assert just_after < long_after
    assert just_after <= HOUR


def test_quiet_days_of_the_week_are_polled_less() -> None:
    weekdays = []
    for d in range(56):
        day = NOW - timedelta(days=d)
        if day.weekday() < 5:
            weekdays += [day.replace(hour=h, minute=10) for h in (9, 13, 17)]
    model = learn([t for t in weekdays if t <= NOW], NOW)
    saturday = datetime(2026, 3, 7, 0, 0, tzinfo=UTC)
    tuesday = datetime(2026, 3, 3, 0, 0, tzinfo=UTC)
    one_day = timedelta(days=1)
    assert expected_posts(model, saturday, saturday + one_day) < 0.3 * expected_posts(
        model, tuesday, tuesday + one_day
    )
