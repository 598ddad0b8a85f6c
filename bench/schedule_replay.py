"""The learned schedule against the fixed interval, replayed over real feeds' publish times.

Each dated feed of the corpus (`../shared/corpus/feeds/`, parsed by `parse_feed`, no network)
is replayed with an injected clock over the period its posts cover (at most its last
`rhythm.MAX_AGE_DAYS` days). A poller starts at the first post and fetches whatever was
published up to each poll. The fixed poller waits the feed's interval every time; the learned
one asks the real `schedule.next_poll` with the rhythm learned from the posts it has fetched
so far (never from later ones: `replay` only hands a schedule the past). For each it counts
requests per day and the delay from each post's publication to the poll that fetched it.

Each interval is replayed twice: over the whole period, learning from nothing, and over the
second half, as a subscriber whose first fetch brought the first half's posts (the usual case:
a feed's document carries its recent entries).

A third poller bounds what learning could gain: the "oracle" knows each feed's rhythm in
advance (the model learned from all its posts, the ones still to come included; not their
times), and is scheduled by the same `next_poll`. The totals give requests per feed per day
and the median, mean and 90th percentile delay over all posts.

    .venv/bin/python -m bench schedule_replay [--interval 3600] [--all-rows]
"""

from __future__ import annotations

import argparse
import bisect
import dataclasses
import random
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from newsreader.core import rhythm
from newsreader.core.parse import parse_feed
from newsreader.core.schedule import next_poll
from newsreader.core.types import CacheHints

REPO = Path(__file__).resolve().parent.parent
FEEDS = REPO.parent / "shared" / "corpus" / "feeds"
MIN_POSTS = 10
MIN_SPAN_DAYS = 2.0

# A schedule: given the posts fetched so far and the time of this poll, the next poll.
Schedule = Callable[[Sequence[datetime], datetime], datetime]


@dataclass(frozen=True, slots=True)
class Replay:
    requests: int
    days: float
    delays: tuple[float, ...]  # seconds, one per post after the first

    @property
    def per_day(self) -> float:
        return self.requests / self.days

    @property
    def median_delay(self) -> float:
        return statistics.median(self.delays) if self.delays else 0.0


def replay(times: Sequence[datetime], schedule: Schedule, start: datetime | None = None) -> Replay:
    """Poll from `start` (the first post by default) with `schedule` until every post has
    been fetched; the posts before `start` come with the first poll, as a feed's document
    brings its older entries to a new subscriber, and only later posts are measured.

    The schedule sees only the posts published at or before the poll it is asked after.
    """
    posts = sorted(times)
    start = posts[0] if start is None else max(start, posts[0])
    end = posts[-1]
    polls = 0
    now = start
    caught: list[float] = []
    pending = bisect.bisect_right(posts, start)  # fetched by the first poll, not measured
    while True:
        polls += 1
        seen = bisect.bisect_right(posts, now)
        while pending < seen:
            caught.append((now - posts[pending]).total_seconds())
            pending += 1
        if pending >= len(posts):
            break
        later = schedule(tuple(posts[:seen]), now)
        if later <= now:
            raise ValueError("a schedule must move forward")
        now = later
    days = max((end - start).total_seconds() / 86400.0, 1.0)
    return Replay(requests=polls, days=days, delays=tuple(caught))


def fixed_schedule(interval: int) -> Schedule:
    def schedule(_seen: Sequence[datetime], now: datetime) -> datetime:
        return now + timedelta(seconds=interval)

    return schedule


def learned_schedule(interval: int, *, adaptive: bool = True) -> Schedule:
    rng = random.Random(19)

    def schedule(seen: Sequence[datetime], now: datetime) -> datetime:
        model = rhythm.learn(seen, now)
        return next_poll(now, interval, CacheHints(), rng=rng, rhythm=model, adaptive=adaptive)

    return schedule


def oracle_schedule(interval: int, times: Sequence[datetime]) -> Schedule:
    """The schedule of a poller that knows the feed's rhythm (not its posts) beforehand."""
    rng = random.Random(19)
    known = rhythm.learn(times, max(times))

    def schedule(seen: Sequence[datetime], now: datetime) -> datetime:
        model = dataclasses.replace(known, last_post=seen[-1] if seen else None)
        return next_poll(now, interval, CacheHints(), rng=rng, rhythm=model)

    return schedule


def _spread(delays: Sequence[float]) -> str:
    """Median, mean and 90th percentile of delays, in minutes."""
    p90 = statistics.quantiles(delays, n=10)[-1] if len(delays) > 1 else 0.0
    return (
        f"median {statistics.median(delays) / 60:.1f}, mean {statistics.mean(delays) / 60:.1f}, "
        f"p90 {p90 / 60:.0f} min"
    )


def corpus_feeds() -> list[tuple[str, list[datetime]]]:
    """(name, publish times) of each corpus feed with enough dated posts; duplicates once."""
    out: list[tuple[str, list[datetime]]] = []
    seen: set[tuple[datetime, ...]] = set()
    for path in sorted(FEEDS.rglob("*")):
        if not path.is_file():
            continue
        try:
            parsed = parse_feed(path.read_bytes(), "http://127.0.0.1/feed", None)
        except Exception:
            continue
        dated = sorted({e.published for e in parsed.entries if e.published is not None})
        if not dated:
            continue
        window = [t for t in dated if t >= dated[-1] - timedelta(days=rhythm.MAX_AGE_DAYS)]
        span = (window[-1] - window[0]).total_seconds() / 86400.0
        key = tuple(window)
        if len(window) < MIN_POSTS or span < MIN_SPAN_DAYS or key in seen:
            continue
        seen.add(key)
        out.append((str(path.relative_to(FEEDS)), window))
    return out


def _minutes(seconds: float) -> str:
    return f"{seconds / 60:7.1f}"


def run(interval: int, all_rows: bool, warm: bool = False) -> tuple[float, float, float, float]:
    """Replay every feed; `warm` starts halfway through its period, the first half known."""
    feeds = corpus_feeds()
    rows = []
    fixed_delays: list[float] = []
    learned_delays: list[float] = []
    oracle_delays: list[float] = []
    fixed_rate: list[float] = []
    learned_rate: list[float] = []
    oracle_rate: list[float] = []
    for name, times in feeds:
        start = times[0] + (times[-1] - times[0]) / 2 if warm else None
        fixed = replay(times, fixed_schedule(interval), start)
        learned = replay(times, learned_schedule(interval), start)
        oracle = replay(times, oracle_schedule(interval, times), start)
        fixed_delays.extend(fixed.delays)
        learned_delays.extend(learned.delays)
        oracle_delays.extend(oracle.delays)
        fixed_rate.append(fixed.per_day)
        learned_rate.append(learned.per_day)
        oracle_rate.append(oracle.per_day)
        kind = rhythm.learn(times, times[-1]).kind.value
        rows.append((name, len(times), fixed.days, kind, fixed, learned))
    how = "second half, first half known" if warm else "whole period, learning from nothing"
    print(
        f"\nSchedule replay: {len(feeds)} corpus feeds, fixed interval {interval // 60} min, {how}"
    )
    print(
        f"{'feed':46} {'posts':>5} {'days':>6} {'rhythm':>15} "
        f"{'req/d fix':>9} {'req/d lrn':>9} {'med fix':>7} {'med lrn':>7}  (delays in min)"
    )
    for name, posts, days, kind, fixed, learned in rows if all_rows else rows[:60]:
        print(
            f"{name[-46:]:46} {posts:5d} {days:6.1f} {kind:>15} {fixed.per_day:9.1f} "
            f"{learned.per_day:9.1f} {_minutes(fixed.median_delay)} "
            f"{_minutes(learned.median_delay)}"
        )
    f_req = statistics.mean(fixed_rate)
    l_req = statistics.mean(learned_rate)
    f_med = statistics.median(fixed_delays)
    l_med = statistics.median(learned_delays)
    feed_meds_f = statistics.median(r[4].median_delay for r in rows)
    feed_meds_l = statistics.median(r[5].median_delay for r in rows)
    print(
        f"overall: requests/feed/day fixed {f_req:.1f}, learned {l_req:.1f} "
        f"({100 * (1 - l_req / f_req):.0f} % fewer); median delay over all posts fixed "
        f"{f_med / 60:.1f} min, learned {l_med / 60:.1f} min; median of the feeds' medians "
        f"fixed {feed_meds_f / 60:.1f} min, learned {feed_meds_l / 60:.1f} min"
    )
    o_req = statistics.mean(oracle_rate)
    print(f"  fixed:   {f_req:5.1f} requests/feed/day; delay {_spread(fixed_delays)}")
    print(
        f"  learned: {l_req:5.1f} requests/feed/day ({100 * (1 - l_req / f_req):.0f} % fewer); "
        f"delay {_spread(learned_delays)}"
    )
    print(
        f"  oracle:  {o_req:5.1f} requests/feed/day ({100 * (1 - o_req / f_req):.0f} % fewer); "
        f"delay {_spread(oracle_delays)}  (knows each feed's rhythm in advance)"
    )
    return f_req, l_req, f_med, l_med


def main(argv: Sequence[str] = ()) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench schedule_replay")
    parser.add_argument("--interval", type=int, action="append")
    parser.add_argument("--all-rows", action="store_true")
    args = parser.parse_args(list(argv))
    for interval in args.interval or [3600, 1800]:
        for warm in (False, True):
            run(interval, args.all_rows, warm)


if __name__ == "__main__":
    main()
