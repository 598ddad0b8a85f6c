"""When to poll a feed next: the server's cache hints, Retry-After, and backoff on failure.

Pure functions: `now` and the random source are passed in, so tests pin every rule exactly.
Runs wherever the update decider runs (any thread).

Rules, in order:
- Never sooner than MIN_INTERVAL, never later than MAX_DELAY from now.
- Success (200 or 304, error_count 0): max(interval, freshness the server promised via
  Cache-Control max-age, else Expires - Date). no-cache / no-store promise nothing.
- 429 / 503 with a usable Retry-After: max(Retry-After, our own backoff). The server's wish is a
  floor, not a target: a server that keeps answering "Retry-After: 60" still sees our backoff
  grow; a small Retry-After never makes us come back sooner than the backoff would.
- Any other failure: exponential backoff from the interval, with jitter.
- Success with a learned rhythm (`core.rhythm`, issue 19): the wait is `rhythm.next_check`'s,
  between RHYTHM_FLOOR_SHARE x interval and RHYTHM_CEILING; with `adaptive=False` the interval
  is the longest wait. The server's freshness is still a floor, and failures keep backoff.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

from newsreader.core.rhythm import Rhythm, next_check
from newsreader.core.types import CacheHints

DEFAULT_INTERVAL = 3600
MIN_INTERVAL = 300
MAX_DELAY = 24 * 3600
# Backoff is spread over [JITTER_LOW, 1] x the exponential delay so feeds that failed together
# (one outage) do not all come back in the same second.
JITTER_LOW = 0.75
_MAX_DOUBLINGS = 32  # 2**32 x any interval is far past MAX_DELAY already
# A learned rhythm may poll a busy feed at up to twice its interval's pace, and wait at most
# this long through its quiet hours.
RHYTHM_FLOOR_SHARE = 0.5
RHYTHM_CEILING = 12 * 3600


def next_poll(
    now: datetime,
    interval: int,
    hints: CacheHints,
    *,
    error_count: int = 0,
    status: int | None = None,
    rng: random.Random,
    rhythm: Rhythm | None = None,
    adaptive: bool = True,
) -> datetime:
    """The time of the next poll after an attempt that ended at `now`.

    `error_count` is the number of consecutive failures including this attempt (0 on success).
    `rhythm` (success only) replaces the fixed interval by the learned wait.
    """
    base = max(int(interval), MIN_INTERVAL)
    if error_count <= 0:
        freshness = parse_max_age(hints.cache_control)
        if freshness is None:
            freshness = parse_expires(hints.expires, hints.date, now)
        wait = float(base)
        if rhythm is not None:
            wait = rhythm_wait(rhythm, now, base, adaptive=adaptive)
        delay = max(wait, freshness or 0.0)
    else:
        delay = backoff_delay(base, error_count, rng)
        if status in (429, 503):
            retry_after = parse_retry_after(hints.retry_after, now)
            if retry_after is not None:
                delay = max(delay, retry_after)
    delay = min(max(delay, float(MIN_INTERVAL)), float(MAX_DELAY))
    return now + timedelta(seconds=delay)


def rhythm_wait(rhythm: Rhythm, now: datetime, interval: int, *, adaptive: bool = True) -> float:
    """Seconds to wait after a success, from the learned rhythm and the feed's interval."""
    base = max(int(interval), MIN_INTERVAL)
    floor = max(float(MIN_INTERVAL), base * RHYTHM_FLOOR_SHARE)
    ceiling = float(max(RHYTHM_CEILING, base))
    when = next_check(rhythm, now, base, floor, ceiling, adaptive=adaptive)
    return (when - now).total_seconds()


def backoff_delay(interval: int, error_count: int, rng: random.Random) -> float:
    """interval x 2**(error_count - 1), capped at MAX_DELAY, then jittered down by up to 25 %."""
    base = max(int(interval), MIN_INTERVAL)
    doublings = min(max(error_count, 1) - 1, _MAX_DOUBLINGS)
    delay = min(float(base) * 2.0**doublings, float(MAX_DELAY))
    return max(delay * rng.uniform(JITTER_LOW, 1.0), float(MIN_INTERVAL))


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds to wait from a Retry-After value (delta-seconds or HTTP-date); None if unusable."""
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    if text.isdigit():
        return float(int(text))
    when = _http_date(text)
    if when is None:
        return None
    return max((when - now).total_seconds(), 0.0)


def parse_max_age(cache_control: str | None) -> float | None:
    """Freshness in seconds from Cache-Control; no-cache and no-store count as 0."""
    if not cache_control:
        return None
    max_age: float | None = None
    for directive in cache_control.split(","):
        name, _, argument = directive.strip().partition("=")
        name = name.strip().lower()
        if name in ("no-cache", "no-store"):
            return 0.0
        if name == "max-age":
            argument = argument.strip().strip('"')
            if argument.isdigit():
                max_age = float(int(argument))
    return max_age


def parse_expires(expires: str | None, date: str | None, now: datetime) -> float | None:
    """Freshness in seconds from Expires, measured against the server's Date when it has one.

    Using the server's own Date cancels out a wrong clock on either side. An Expires that is
    present but not a date ("0", "-1") means already expired (RFC 9111), so 0.
    """
    if expires is None or not expires.strip():
        return None
    expiry = _http_date(expires)
    if expiry is None:
        return 0.0
    origin = _http_date(date) if date else None
    return max((expiry - (origin or now)).total_seconds(), 0.0)


def _http_date(text: str) -> datetime | None:
    try:
        parsed = parsedate_to_datetime(text.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if parsed.tzinfo is None:  # "-0000" and obsolete formats: HTTP dates are always GMT
        parsed = parsed.replace(tzinfo=UTC)
    return parsed
