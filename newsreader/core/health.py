"""Feed health and the reading ledger (issues 16 and 19): the figures, from stored numbers.

Pure: `storage.health` reads the per-feed numbers (one grouped query) and the recent publish
times; `now` and the time zone are passed in, so tests drive every rule with an injected
clock. Shared by the health view (computed on the window's background reader) and
`newsreader stats` / `feeds --json`.

- Articles per week: the articles of the last RECENT_DAYS (by their publish time, or when
  first seen), over the weeks the feed was known in that span (at least one week, so a feed
  subscribed yesterday with a backlog of ten does not claim seventy a week).
- "Not updated for N days": whole days since the newest article (or, with none, since the
  subscription was made).
- The prune suggestion: a feed subscribed for PRUNE_DAYS or more that was not read in the
  last PRUNE_DAYS (never, or its last read is that old).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import Protocol

from newsreader.core import rhythm
from newsreader.core.types import Feed

RECENT_DAYS = 84  # twelve weeks: long enough for a weekly feed, short enough to follow change
PRUNE_DAYS = 60
DAY = 86400.0


@dataclass(frozen=True, slots=True)
class FeedActivity:
    """One feed's stored numbers (storage.health reads them for every feed at once)."""

    feed_id: int
    created: datetime | None  # when the subscription was made
    articles: int  # stored articles
    recent: int  # of those, dated within RECENT_DAYS of the query's `now`
    oldest: datetime | None  # the oldest article's time (publish time, or first seen)
    newest: datetime | None  # the newest article's time
    read_articles: int  # articles marked read
    reads: int  # read events (openings that counted)
    seconds: float  # seconds on screen, summed over the read events that stored them
    last_read: datetime | None  # the latest read event, or the latest marking read


@dataclass(frozen=True, slots=True)
class Prune:
    """Why a feed could go: not read for `days` days (None: never read) since `since`."""

    days: int | None
    since: datetime  # when the feed was subscribed (the "never" of a feed never read)


@dataclass(frozen=True, slots=True)
class FeedHealth:
    """One row of the health view and of `stats`: the feed, its numbers, what they mean."""

    feed: Feed
    activity: FeedActivity
    per_week: float
    silent_days: int | None  # whole days since the newest article (None: nothing to date)
    share_read: float | None  # 0..1 of the stored articles; None when there are none
    prune: Prune | None
    rhythm: rhythm.Description | None  # None until the feed's times were read


class HealthSource(Protocol):
    """The reads the health figures need (storage.Library implements them)."""

    def feeds(self) -> Sequence[Feed]: ...
    def feed_activity(self, now: datetime) -> dict[int, FeedActivity]: ...
    def posting_times(self, now: datetime) -> dict[int, list[datetime]]: ...


def empty_activity(feed_id: int, created: datetime | None = None) -> FeedActivity:
    return FeedActivity(feed_id, created, 0, 0, None, None, 0, 0, 0.0, None)


def known_since(activity: FeedActivity) -> datetime | None:
    """Since when the feed is known: its subscription, or its oldest article if older."""
    times = [t for t in (activity.created, activity.oldest) if t is not None]
    return min(times) if times else None


def articles_per_week(activity: FeedActivity, now: datetime) -> float:
    """Recent articles over the weeks the feed was known within RECENT_DAYS (at least one)."""
    since = known_since(activity)
    if since is None or activity.recent <= 0:
        return 0.0
    days = min(float(RECENT_DAYS), max(0.0, (now - since).total_seconds() / DAY))
    return activity.recent / (max(days, 7.0) / 7.0)


def silent_days(activity: FeedActivity, now: datetime) -> int | None:
    """Whole days since the newest article (or since subscribing when it has none)."""
    last = activity.newest or activity.created
    if last is None:
        return None
    return max(0, int((now - last).total_seconds() // DAY))


def share_read(activity: FeedActivity) -> float | None:
    if activity.articles <= 0:
        return None
    return min(1.0, activity.read_articles / activity.articles)


def prune_suggestion(activity: FeedActivity, now: datetime, days: int = PRUNE_DAYS) -> Prune | None:
    """A feed known for `days` or more and not read in the last `days`: suggest letting it go."""
    since = known_since(activity)
    limit = timedelta(days=days)
    if since is None or now - since < limit:
        return None
    last = activity.last_read
    if last is None:
        return Prune(None, since)
    if now - last < limit:
        return None
    return Prune(int((now - last).total_seconds() // DAY), since)


def feed_health(
    feed: Feed,
    activity: FeedActivity | None,
    times: Sequence[datetime] | None,
    now: datetime,
    tz: tzinfo,
) -> FeedHealth:
    """Everything the view shows about one feed; `times` None leaves the rhythm out."""
    active = activity or empty_activity(feed.id)
    learned = None if times is None else rhythm.describe(rhythm.learn(times, now, tz=tz))
    return FeedHealth(
        feed=feed,
        activity=active,
        per_week=articles_per_week(active, now),
        silent_days=silent_days(active, now),
        share_read=share_read(active),
        prune=prune_suggestion(active, now),
        rhythm=learned,
    )


def health_rows(
    feeds: Sequence[Feed],
    activity: Mapping[int, FeedActivity],
    times: Mapping[int, Sequence[datetime]] | None,
    now: datetime,
    tz: tzinfo,
) -> list[FeedHealth]:
    """One FeedHealth per feed, in the feeds' order."""
    return [
        feed_health(f, activity.get(f.id), None if times is None else times.get(f.id, ()), now, tz)
        for f in feeds
    ]


def load_health(
    source: HealthSource, now: datetime, tz: tzinfo, *, with_rhythm: bool = True
) -> list[FeedHealth]:
    """Read and compute every feed's health; many rows, so the window runs it off the GUI
    thread (the CLI on its main thread)."""
    times = source.posting_times(now) if with_rhythm else None
    return health_rows(source.feeds(), source.feed_activity(now), times, now, tz)
