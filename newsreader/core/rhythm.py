"""A feed's posting rhythm, learned from its publish times, and the next poll worth making.

Pure: the publish times and `now` are passed in, so the replay benchmark and the tests drive
it with an injected clock. Runs wherever the update decider runs (the writer thread).

The model is a week of 168 hour slots (day of week x hour of day). Each post adds its weight
to its slot, decayed by age (half-life `HALF_LIFE_DAYS`), so a feed that changed its habits is
followed within a few weeks. Only the last `MAX_POSTS` posts of the last `MAX_AGE_DAYS` count.

`next_check` turns the model into a wait: each slot gets a pace of polling that follows the
square root of the posts it expects (the schedule that, for a given number of requests, gives
the least total delay); walking forward from `now`, the next poll is where one poll's worth of
pace has accumulated. A busy slot brings the poll closer, a quiet night pushes it out. The
wait is then held between the floor and the ceiling, and (unless the user opted in to
adaptive polling) never longer than the user's interval.

`describe` gives the sentence the feed health view shows, as structured data plus English;
the GUI translates from the structured part.
"""

from __future__ import annotations

import enum
import itertools
import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo

MAX_POSTS = 200
MAX_AGE_DAYS = 84
HALF_LIFE_DAYS = 21.0
SLOTS = 7 * 24
# A slot expecting this many posts an hour is polled at the user's interval; the pace of
# polling goes with the square root of the expected rate (see `next_check`). Chosen with
# `python -m bench schedule_replay` as the value whose median delay is no worse than the
# fixed interval's (lower polls more: 0.05 gave 12 % fewer requests, 0.4 gave 40 % fewer
# at 1.7x the delay).
REFERENCE_PER_HOUR = 0.06
# Below this many posts, or over less than this span, there is no rhythm to speak of.
MIN_POSTS = 5
MIN_SPAN_DAYS = 2.0
# Share of the week's weight a posting window must hold to be called one.
WINDOW_SHARE = 0.8
MAX_WINDOW_HOURS = 8
_WEEKDAYS = frozenset(range(5))  # Monday..Friday, as datetime.weekday() counts


class Kind(enum.Enum):
    NEW = "new"  # too few posts to learn from
    HOURLY = "hourly"
    SEVERAL_A_DAY = "several_a_day"
    DAILY_WINDOW = "daily_window"  # every day, within a few hours
    WEEKDAYS_WINDOW = "weekdays_window"  # Monday to Friday, within a few hours
    FEW_A_WEEK = "few_a_week"
    IRREGULAR = "irregular"


@dataclass(frozen=True, slots=True)
class Rhythm:
    """What was learned. `slots[d * 24 + h]` is the decayed weight of weekday d, hour h."""

    kind: Kind
    slots: tuple[float, ...]
    posts: int  # posts used
    per_day: float  # decayed posting rate
    window: tuple[int, int] | None  # [start, end) hours of the posting window, end may wrap
    tz: tzinfo

    @property
    def learned(self) -> bool:
        return self.kind is not Kind.NEW


@dataclass(frozen=True, slots=True)
class Description:
    """The health view's line: `kind` plus its numbers, and the English sentence."""

    kind: Kind
    text: str
    start_hour: int | None = None
    end_hour: int | None = None
    per_day: float = 0.0


def learn(times: Iterable[datetime], now: datetime, *, tz: tzinfo = UTC) -> Rhythm:
    """The rhythm of a feed from its publish times. Times after `now` are ignored (a wrong
    clock at the publisher, or the future in a replay); so are times older than MAX_AGE_DAYS."""
    oldest = now - timedelta(days=MAX_AGE_DAYS)
    aware = (t if t.tzinfo is not None else t.replace(tzinfo=UTC) for t in times)
    usable = sorted({t for t in aware if oldest <= t <= now}, reverse=True)[:MAX_POSTS]
    usable.reverse()
    slots = [0.0] * SLOTS
    if len(usable) < MIN_POSTS:
        return Rhythm(Kind.NEW, tuple(slots), len(usable), 0.0, None, tz)
    total = 0.0
    for t in usable:
        age_days = (now - t).total_seconds() / 86400.0
        weight = 0.5 ** (age_days / HALF_LIFE_DAYS)
        local = t.astimezone(tz)
        slots[local.weekday() * 24 + local.hour] += weight
        total += weight
    span_days = (now - usable[0]).total_seconds() / 86400.0
    if (usable[-1] - usable[0]).total_seconds() / 86400.0 < MIN_SPAN_DAYS:
        return Rhythm(Kind.NEW, tuple(slots), len(usable), 0.0, None, tz)
    # The decayed count over the decayed length of the observed span: a rate per day.
    decayed_days = HALF_LIFE_DAYS / math.log(2) * (1.0 - 0.5 ** (span_days / HALF_LIFE_DAYS))
    per_day = total / max(decayed_days, 1.0 / 24)
    window = _window(slots, total)
    kind = _kind(usable, slots, total, per_day, window)
    return Rhythm(kind, tuple(slots), len(usable), per_day, window, tz)


def _window(slots: list[float], total: float) -> tuple[int, int] | None:
    """The shortest run of hours of the day (wrapping at midnight) holding WINDOW_SHARE."""
    hours = [sum(slots[d * 24 + h] for d in range(7)) for h in range(24)]
    for length in range(1, MAX_WINDOW_HOURS + 1):
        best = max(range(24), key=lambda s: sum(hours[(s + i) % 24] for i in range(length)))
        if sum(hours[(best + i) % 24] for i in range(length)) >= WINDOW_SHARE * total:
            return best, (best + length) % 24
    return None


def _kind(
    usable: list[datetime],
    slots: list[float],
    total: float,
    per_day: float,
    window: tuple[int, int] | None,
) -> Kind:
    days = [sum(slots[d * 24 : d * 24 + 24]) for d in range(7)]
    weekend = (days[5] + days[6]) / total
    if window is not None and 0.3 <= per_day <= 8:
        if weekend <= 0.05 and min(days[d] for d in _WEEKDAYS) > 0:
            return Kind.WEEKDAYS_WINDOW
        if min(days) > 0 and per_day >= 0.6:
            return Kind.DAILY_WINDOW
    gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(usable)]
    mean = sum(gaps) / len(gaps)
    spread = math.sqrt(sum((g - mean) ** 2 for g in gaps) / len(gaps)) / mean if mean else 9.0
    if spread > 2.0:  # bursts and long silences: no rate describes it
        return Kind.IRREGULAR
    busy_hours = sum(1 for h in range(24) if any(slots[d * 24 + h] for d in range(7)))
    if per_day >= 12 and busy_hours >= 12:
        return Kind.HOURLY
    if per_day >= 1.5:
        return Kind.SEVERAL_A_DAY
    if per_day >= 1 / 7:
        return Kind.FEW_A_WEEK
    return Kind.IRREGULAR


def expected_posts(model: Rhythm, start: datetime, end: datetime) -> float:
    """How many posts the model expects between start and end."""
    if end <= start:
        return 0.0
    rates = _hourly_rates(model)
    t = start
    expected = 0.0
    while t < end:
        local = t.astimezone(model.tz)
        slot_end = local.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
        step_end = min(slot_end.astimezone(UTC), end)
        expected += rates[local.weekday() * 24 + local.hour] * (step_end - t).total_seconds()
        t = step_end
    return expected


def _hourly_rates(model: Rhythm) -> list[float]:
    """Expected posts per second in each slot.

    Three shapes blended: the slot itself (day and hour), its hour on any day (a feed that
    posts at 06:00 on Mondays is likely to on Tuesdays too, and 168 slots are sparse), and an
    even spread that weighs more while the model has seen few posts (nothing is certain).
    """
    total = sum(model.slots)
    week = model.per_day * 7 / 3600.0  # posts per second, times the hours of a week
    if total <= 0:
        return [week / SLOTS] * SLOTS
    even = max(0.03, 2.0 / (model.posts + 2))
    hours = [sum(model.slots[d * 24 + h] for d in range(7)) / 7 for h in range(24)]
    slot_share = (1 - even) * 0.5
    return [
        week * (slot_share * (w + hours[i % 24]) / total + even / SLOTS)
        for i, w in enumerate(model.slots)
    ]


def next_check(
    model: Rhythm,
    now: datetime,
    user_interval: float,
    floor: float,
    ceiling: float,
    *,
    adaptive: bool = True,
) -> datetime:
    """The next time worth polling.

    A model that learned nothing waits the user's interval. Otherwise the pace of polling in
    each hour follows the square root of the posts expected in it: at REFERENCE_PER_HOUR
    posts an hour the feed is polled at its interval, four times as many posts halve the wait,
    a quarter of them double it. (For a fixed number of requests, polling at the square root
    of the rate is what minimizes the total delay.) The wait is held within [floor, ceiling];
    without `adaptive` the user's interval is the longest wait. The floor wins: never sooner.
    """
    ceiling = max(ceiling, floor)
    if not model.learned or model.per_day <= 0:
        wait = float(user_interval)
    else:
        wait = _time_to_next_poll(model, now, float(user_interval), ceiling)
        if not adaptive:
            wait = min(wait, float(user_interval))
    wait = min(max(wait, floor), ceiling)
    return now + timedelta(seconds=wait)


def poll_gap(rate_per_second: float, user_interval: float) -> float:
    """The wait between polls for a slot expecting this many posts per second."""
    per_hour = rate_per_second * 3600.0
    if per_hour <= 0:
        return math.inf
    return user_interval / math.sqrt(per_hour / REFERENCE_PER_HOUR)


def _time_to_next_poll(model: Rhythm, now: datetime, interval: float, limit: float) -> float:
    """Seconds from now until one poll's worth of pace has accumulated (at most `limit`)."""
    rates = _hourly_rates(model)
    t = now
    left = 1.0
    end = now + timedelta(seconds=limit)
    while t < end:
        local = t.astimezone(model.tz)
        top = local.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
        slot_end = min(top.astimezone(UTC), end)
        pace = 1.0 / poll_gap(rates[local.weekday() * 24 + local.hour], interval)
        step = (slot_end - t).total_seconds()
        if pace * step >= left:
            return (t - now).total_seconds() + left / pace
        left -= pace * step
        t = slot_end
    return limit


def describe(model: Rhythm) -> Description:
    """The rhythm in a sentence, with the numbers a translation needs."""
    kind = model.kind
    start, end = model.window if model.window is not None else (None, None)
    if kind is Kind.WEEKDAYS_WINDOW and start is not None and end is not None:
        text = f"Usually posts on weekdays between {start:02d}:00 and {end:02d}:00"
    elif kind is Kind.DAILY_WINDOW and start is not None and end is not None:
        if (end - start) % 24 == 1:
            text = f"Usually posts every day around {start:02d}:00"
        else:
            text = f"Usually posts every day between {start:02d}:00 and {end:02d}:00"
    elif kind is Kind.HOURLY:
        text = "Posts about every hour"
    elif kind is Kind.SEVERAL_A_DAY:
        text = f"Posts about {round(model.per_day)} times a day"
    elif kind is Kind.FEW_A_WEEK:
        per_week = max(1, round(model.per_day * 7))
        text = "Posts about once a week" if per_week == 1 else "Posts a few times a week"
    elif kind is Kind.NEW:
        text = "Not enough posts yet to learn when this feed posts"
    else:
        text = "Posts irregularly"
    return Description(kind, text, start, end, model.per_day)
