"""Poll scheduling rules, pinned with a fixed clock and a seeded random source."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from newsreader.core.schedule import (
    JITTER_LOW,
    MAX_DELAY,
    MIN_INTERVAL,
    backoff_delay,
    next_poll,
    parse_expires,
    parse_max_age,
    parse_retry_after,
)
from newsreader.core.types import CacheHints

NOW = datetime(2026, 3, 1, 12, 0, 0, tzinfo=UTC)
HTTP_NOW = "Sun, 01 Mar 2026 12:00:00 GMT"


def rng() -> random.Random:
    return random.Random(1234)


def wait(hints: CacheHints, **kwargs: object) -> float:
    interval = kwargs.pop("interval", 3600)
    result = next_poll(NOW, interval, hints, rng=rng(), **kwargs)  # type: ignore[arg-type]
    return (result - NOW).total_seconds()


def backoff(error_count: int) -> object:
    """What next_poll should wait on failure (to the microsecond a datetime keeps)."""
    return pytest.approx(backoff_delay(3600, error_count, rng()), abs=1e-5)


# -- parsers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("", None),
        ("120", 120.0),
        (" 0 ", 0.0),
        ("Sun, 01 Mar 2026 12:10:00 GMT", 600.0),
        ("Sun, 01 Mar 2026 11:00:00 GMT", 0.0),  # in the past: go now (still floored later)
        ("-5", None),
        ("soon", None),
        ("1.5", None),
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value, NOW) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("", None),
        ("public", None),
        ("max-age=7200", 7200.0),
        ("public, MAX-AGE=900, must-revalidate", 900.0),
        ('max-age="60"', 60.0),
        ("max-age=abc", None),
        ("no-cache", 0.0),
        ("max-age=7200, no-store", 0.0),
        ('private, no-cache="Set-Cookie"', 0.0),
    ],
)
def test_parse_max_age(value: str | None, expected: float | None) -> None:
    assert parse_max_age(value) == expected


def test_parse_expires_uses_server_date_to_cancel_clock_skew() -> None:
    # The server's clock is 1 h behind ours; Expires is 2 h after the server's Date.
    date = "Sun, 01 Mar 2026 11:00:00 GMT"
    expires = "Sun, 01 Mar 2026 13:00:00 GMT"
    assert parse_expires(expires, date, NOW) == 7200.0
    assert parse_expires(expires, None, NOW) == 3600.0
    assert parse_expires(expires, "garbage", NOW) == 3600.0


@pytest.mark.parametrize(
    ("value", "expected"),
    [(None, None), ("", None), ("0", 0.0), ("-1", 0.0), ("Sun, 01 Mar 2026 11:00:00 GMT", 0.0)],
)
def test_parse_expires_invalid_or_past_means_expired(
    value: str | None, expected: float | None
) -> None:
    assert parse_expires(value, HTTP_NOW, NOW) == expected


# -- success -------------------------------------------------------------------------------


def test_success_without_hints_waits_the_interval() -> None:
    assert wait(CacheHints()) == 3600.0


def test_success_interval_is_floored() -> None:
    assert wait(CacheHints(), interval=10) == MIN_INTERVAL


def test_success_max_age_longer_than_interval_wins() -> None:
    assert wait(CacheHints(cache_control="max-age=10800")) == 10800.0


def test_success_max_age_shorter_than_interval_is_ignored() -> None:
    assert wait(CacheHints(cache_control="max-age=60")) == 3600.0


def test_success_max_age_is_capped() -> None:
    assert wait(CacheHints(cache_control="max-age=31536000")) == MAX_DELAY


def test_success_expires_used_when_no_max_age() -> None:
    hints = CacheHints(expires="Sun, 01 Mar 2026 15:00:00 GMT", date=HTTP_NOW)
    assert wait(hints) == 3 * 3600.0


def test_success_max_age_beats_expires() -> None:
    hints = CacheHints(
        cache_control="max-age=7200", expires="Sun, 01 Mar 2026 20:00:00 GMT", date=HTTP_NOW
    )
    assert wait(hints) == 7200.0


def test_success_no_cache_means_just_the_interval() -> None:
    hints = CacheHints(cache_control="no-cache", expires="Sun, 01 Mar 2026 20:00:00 GMT")
    assert wait(hints) == 3600.0


def test_success_ignores_retry_after() -> None:
    assert wait(CacheHints(retry_after="50000")) == 3600.0


# -- failures ------------------------------------------------------------------------------


def test_backoff_grows_exponentially_within_jitter_band() -> None:
    for count in range(1, 6):
        delay = backoff_delay(3600, count, rng())
        ceiling = min(3600 * 2 ** (count - 1), MAX_DELAY)
        assert ceiling * JITTER_LOW <= delay <= ceiling


def test_backoff_is_capped_and_never_overflows() -> None:
    assert backoff_delay(3600, 10_000, rng()) <= MAX_DELAY
    assert backoff_delay(3600, 10_000, rng()) >= MAX_DELAY * JITTER_LOW


def test_backoff_is_floored_and_treats_zero_errors_as_one() -> None:
    assert backoff_delay(1, 0, rng()) == MIN_INTERVAL
    assert backoff_delay(3600, 0, rng()) == backoff(1)


def test_backoff_is_reproducible_with_a_seed_and_jittered_across_seeds() -> None:
    assert backoff_delay(3600, 3, random.Random(7)) == pytest.approx(
        backoff_delay(3600, 3, random.Random(7)), abs=1e-5
    )
    spread = {backoff_delay(3600, 3, random.Random(seed)) for seed in range(20)}
    assert len(spread) > 10


def test_failure_uses_backoff() -> None:
    expected = backoff_delay(3600, 3, rng())
    assert wait(CacheHints(), error_count=3, status=500) == pytest.approx(expected, abs=1e-5)
    assert wait(CacheHints(), error_count=3, status=None) == pytest.approx(expected, abs=1e-5)


def test_failure_ignores_max_age() -> None:
    hints = CacheHints(cache_control="max-age=80000")
    assert wait(hints, error_count=1, status=500) == pytest.approx(
        backoff_delay(3600, 1, rng()), abs=1e-5
    )


@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_longer_than_backoff_is_honoured(status: int) -> None:
    assert wait(CacheHints(retry_after="20000"), error_count=1, status=status) == 20000.0


def test_retry_after_as_http_date() -> None:
    hints = CacheHints(retry_after="Sun, 01 Mar 2026 18:00:00 GMT")
    assert wait(hints, error_count=1, status=503) == 6 * 3600.0


def test_small_retry_after_does_not_undercut_backoff() -> None:
    hints = CacheHints(retry_after="30")
    assert wait(hints, error_count=2, status=429) == pytest.approx(
        backoff_delay(3600, 2, rng()), abs=1e-5
    )


def test_retry_after_is_capped() -> None:
    assert wait(CacheHints(retry_after="999999"), error_count=1, status=429) == MAX_DELAY


def test_retry_after_ignored_for_other_statuses() -> None:
    hints = CacheHints(retry_after="20000")
    assert wait(hints, error_count=1, status=500) == pytest.approx(
        backoff_delay(3600, 1, rng()), abs=1e-5
    )


def test_unparseable_retry_after_falls_back_to_backoff() -> None:
    hints = CacheHints(retry_after="later please")
    assert wait(hints, error_count=1, status=503) == pytest.approx(
        backoff_delay(3600, 1, rng()), abs=1e-5
    )


def test_result_is_relative_to_now() -> None:
    later = NOW + timedelta(days=3)
    assert next_poll(later, 3600, CacheHints(), rng=rng()) == later + timedelta(hours=1)
