"""A feed's posting rhythm, learned from its publish times, and the next poll worth making.

Pure: the publish times and `now` are passed in, so the replay benchmark and the tests drive
it with an injected clock. Runs wherever the update decider runs (the writer thread).

The model is a week of 168 hour slots (day of week x hour of day). Each post adds its weight
to its slot, decayed by age (half-life `HALF_LIFE_DAYS`), so a feed that changed its habits is
followed within a few weeks. Only the last `MAX_POSTS` posts of the last `MAX_AGE_DAYS` count.

The expected posts of a slot are the feed's decayed rate times an hour-of-day profile
(smoothed over the neighbouring hours) times a day-of-week profile, each shrunk towards an even
spread by a few pseudo-posts so a sparse history does not make empty hours certain. Bursts are
a third part: the share of gaps far shorter than the rate explains (`Rhythm.burst`) is expected
again within about an hour of the latest post, and taken out of the even rate.

`next_check` turns the model into a wait: each moment gets a pace of polling that follows the
square root of the posts it expects (the schedule that, for a given number of requests, gives
the least total delay, across feeds as within one); walking forward from `now`, the next poll
is where one poll's worth of pace has accumulated. A busy slot or a fresh burst brings the poll
closer, a quiet night or a feed that rarely posts pushes it out. The wait is then held between
the floor and the ceiling, and (with `adaptive=False`) never longer than the user's interval.
`python -m bench schedule_replay` measures it against the fixed interval on the corpus.

`describe` gives the sentence the feed health view shows, as structured data plus English;
the GUI translates from the structured part. `posting_window` is the plainer answer the health
view formats itself ("usually posts weekdays 06:00-09:00"): which days, which hours, how often.
"""

from __future__ import annotations

import enum
import itertools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo

MAX_POSTS = 200
MAX_AGE_DAYS = 84
HALF_LIFE_DAYS = 21.0
SLOTS = 7 * 24
# A slot expecting this many posts an hour is polled at the user's interval; the pace of
# polling goes with the square root of the expected rate (see `next_check`). Chosen with
# `python -m bench schedule_replay` as the value whose median delay over the corpus' posts
# is no worse than the fixed interval's.
REFERENCE_PER_HOUR = 0.15
# Pseudo-posts spread evenly over the hours of the day / the days of the week (shrinkage).
HOUR_PRIOR_POSTS = 4.0
DAY_PRIOR_POSTS = 3.0
HOUR_SMOOTHING = 1.0  # standard deviation, in hours, of the spread of a post over its hours
# Bursts: gaps up to BURST_GAP count as a burst beyond what the rate expects; the posts they
# stand for are expected within about BURST_SECONDS of the latest post.
BURST_SECONDS = 3600.0
BURST_GAP = 2 * BURST_SECONDS
MAX_BURST = 0.9
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
    burst: float = 0.0  # share of the posts expected right after another one
    last_post: datetime | None = None

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
    burst = _burst_share(usable, per_day)
    return Rhythm(kind, tuple(slots), len(usable), per_day, window, tz, burst, usable[-1])


def _burst_share(usable: list[datetime], per_day: float) -> float:
    """The share of gaps shorter than BURST_GAP beyond the share an even rate would give,
    shrunk while there are few gaps (five pseudo-gaps of no burst)."""
    gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(usable)]
    if not gaps:
        return 0.0
    short = sum(1 for g in gaps if g <= BURST_GAP) / len(gaps)
    expected = 1.0 - math.exp(-per_day * BURST_GAP / 86400.0)
    share = min(max(short - expected, 0.0), MAX_BURST)
    return share * len(gaps) / (len(gaps) + 5)


def _window(
    slots: list[float], total: float, max_hours: int = MAX_WINDOW_HOURS
) -> tuple[int, int] | None:
    """The shortest run of hours of the day (wrapping at midnight) holding WINDOW_SHARE.

    `slots` is either the 168 day x hour weights or 24 hour weights."""
    if len(slots) == 24:
        hours = list(slots)
    else:
        hours = [sum(slots[d * 24 + h] for d in range(7)) for h in range(24)]
    for length in range(1, max_hours + 1):
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


@dataclass(frozen=True, slots=True)
class PostingWindow:
    """When a feed usually posts: on `weekdays` (0 = Monday), from `start_hour` to `end_hour`.

    `end_hour` is exclusive and wraps past midnight when it is not after `start_hour` (22 to 2
    is 22:00-02:00). `per_week` is the posting rate over the history used.
    """

    weekdays: frozenset[int]
    start_hour: int
    end_hour: int
    per_week: float


# posting_window: how much history it takes, and what counts as "usually".
WINDOW_MIN_POSTS = 6
WINDOW_MIN_SPAN_DAYS = 7.0
WINDOW_DAY_SHARE = 0.25  # a weekday counts when it has a quarter of the busiest day's posts
WINDOW_MIN_HELD = 0.75  # the days x hours found must hold this share of all posts
WINDOW_MAX_HOURS = 12


def posting_window(publish_times: Sequence[datetime], tz: tzinfo) -> PostingWindow | None:
    """The days and hours (in `tz`) a feed usually posts, or None.

    None when there is too little history (fewer than WINDOW_MIN_POSTS distinct times, or
    less than WINDOW_MIN_SPAN_DAYS between the first and the last) or no clear rhythm (no run
    of at most WINDOW_MAX_HOURS hours holding WINDOW_SHARE of the posts, or the days and hours
    found together hold less than WINDOW_MIN_HELD of them: a feed that posts around the clock
    or at random has no window). Only the newest MAX_POSTS times count; naive times are UTC.
    Pure; the GUI turns the result into a sentence.
    """
    aware = {t if t.tzinfo is not None else t.replace(tzinfo=UTC) for t in publish_times}
    usable = sorted(aware)[-MAX_POSTS:]
    if len(usable) < WINDOW_MIN_POSTS:
        return None
    span_days = (usable[-1] - usable[0]).total_seconds() / 86400.0
    if span_days < WINDOW_MIN_SPAN_DAYS:
        return None
    local = [t.astimezone(tz) for t in usable]
    per_day = [0] * 7
    for t in local:
        per_day[t.weekday()] += 1
    busiest = max(per_day)
    weekdays = frozenset(d for d in range(7) if per_day[d] >= WINDOW_DAY_SHARE * busiest)
    on_days = [t for t in local if t.weekday() in weekdays]
    hours = [0.0] * 24
    for t in on_days:
        hours[t.hour] += 1.0
    found = _window(hours, float(len(on_days)), WINDOW_MAX_HOURS)
    if found is None:
        return None
    start, end = found
    length = (end - start) % 24 or 24
    held = sum(1 for t in on_days if (t.hour - start) % 24 < length)
    if held < WINDOW_MIN_HELD * len(usable):
        return None
    # n posts span n - 1 gaps: the rate that does not count the first post twice.
    per_week = (len(usable) - 1) / span_days * 7.0
    return PostingWindow(weekdays, start, end, per_week)


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
    """Expected posts per second in each slot, bursts left out (see `_burst_rate`).

    The rate times an hour-of-day profile times a day-of-week profile (each averaging 1):
    168 slots are too sparse to learn one by one, a feed that posts at 06:00 on Mondays is
    likely to on Tuesdays too. Both are shrunk to even by HOUR_/DAY_PRIOR_POSTS.
    """
    total = sum(model.slots)
    even = model.per_day * (1.0 - model.burst) / 86400.0
    if total <= 0:
        return [even] * SLOTS
    hours = [sum(model.slots[d * 24 + h] for d in range(7)) for h in range(24)]
    kernel = [math.exp(-k * k / (2 * HOUR_SMOOTHING**2)) for k in range(-3, 4)]
    smooth = [sum(hours[(h + k) % 24] * kernel[k + 3] for k in range(-3, 4)) for h in range(24)]
    spread = sum(smooth)
    hour_shape = [
        24 * (smooth[h] / spread * total + HOUR_PRIOR_POSTS / 24) / (total + HOUR_PRIOR_POSTS)
        for h in range(24)
    ]
    days = [sum(model.slots[d * 24 : d * 24 + 24]) for d in range(7)]
    day_shape = [7 * (days[d] + DAY_PRIOR_POSTS / 7) / (total + DAY_PRIOR_POSTS) for d in range(7)]
    return [even * hour_shape[i % 24] * day_shape[i // 24] for i in range(SLOTS)]


def _burst_rate(model: Rhythm, t: datetime) -> float:
    """Posts per second expected at `t` from the burst the latest post may have started."""
    if model.burst <= 0 or model.last_post is None:
        return 0.0
    age = max((t - model.last_post).total_seconds(), 0.0)
    return model.burst * math.exp(-age / BURST_SECONDS) / BURST_SECONDS


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
        rate = rates[local.weekday() * 24 + local.hour] + _burst_rate(model, t)
        pace = 1.0 / poll_gap(rate, interval)
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
