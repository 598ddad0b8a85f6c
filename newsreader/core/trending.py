"""Explainable trending (issue 19): how much a story is in the news now, and why.

A story is the set of articles (from different feeds) that `articles.story_id` ties together.
Its score counts **independent sources**: each feed once, by the moment it first carried the
story, decayed with a half-life of a few hours, so five newsrooms in the last three hours
outrank five spread over three days (that decay is the "how fast it grew"). The user's own
reading of the story multiplies it (capped): trending is what the news carries, nudged by what
this reader follows, never made by one article read ten times (each article counts once).

Every score comes with a `TrendReason` (sources, the time they took, the user's reads) that
the window and the CLI turn into a translated sentence ("5 sources in 3 hours; you read 2").
Pure Python, no Qt, no SQL; "now" is passed in. Any thread.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from newsreader.core.types import ArticleRow

HALF_LIFE_HOURS = 6.0  # a source that joined 6 hours ago counts half
WINDOW_DAYS = 3.0  # stories whose newest source is older than this no longer trend
READ_BOOST = 0.25  # each of the story's articles the user opened adds a quarter ...
READ_CAP = 4  # ... up to four of them (doubles the score at most)
MIN_SOURCES = 2  # a story carried by one feed is not a trend


@dataclass(frozen=True, slots=True)
class StoryMember:
    """One article of a story: its feed, when it appeared (its list time), and whether the
    user opened it (a read event; marking read alone, or as a copy, is not reading)."""

    article_id: int
    feed_id: int
    seen: datetime
    opened: bool = False


@dataclass(frozen=True, slots=True)
class TrendReason:
    """What explains a story's score, in numbers (the sentence is the caller's, translated)."""

    sources: int  # distinct feeds carrying the story
    span_seconds: float  # from the first source to the latest one to join
    newest_seconds: float  # how long ago the latest source joined
    reads: int  # how many of the story's articles the user opened


@dataclass(frozen=True, slots=True)
class TrendScore:
    """A story's score now, with its reason."""

    score: float
    reason: TrendReason


@dataclass(frozen=True, slots=True)
class TrendingRow:
    """A story in the Trending ranking: the article that leads it (its earliest), and why."""

    article: ArticleRow  # its `sources` is the story's
    story_id: int
    score: float
    reason: TrendReason


def score_story(
    members: Iterable[StoryMember],
    now: datetime,
    *,
    half_life_hours: float = HALF_LIFE_HOURS,
    window_days: float = WINDOW_DAYS,
) -> TrendScore | None:
    """The story's trending score at `now`, or None when it does not trend (fewer than
    MIN_SOURCES feeds, or its newest source is older than `window_days`).

    Each feed counts once, at its earliest article; times in the future (a feed's clock
    ahead of ours) count as now.
    """
    first: dict[int, datetime] = {}
    reads = 0
    for member in members:
        reads += int(member.opened)
        known = first.get(member.feed_id)
        if known is None or member.seen < known:
            first[member.feed_id] = member.seen
    if len(first) < MIN_SOURCES:
        return None
    ages = sorted(max(0.0, (now - seen).total_seconds()) for seen in first.values())
    newest, oldest = ages[0], ages[-1]
    if newest > window_days * 86400:
        return None
    half_life = max(1.0, half_life_hours * 3600)
    decayed = sum(math.pow(0.5, age / half_life) for age in ages)
    boost = 1.0 + READ_BOOST * min(reads, READ_CAP)
    reason = TrendReason(
        sources=len(first),
        span_seconds=oldest - newest,
        newest_seconds=newest,
        reads=reads,
    )
    return TrendScore(score=decayed * boost, reason=reason)


@dataclass(frozen=True, slots=True)
class SpanUnit:
    """A duration in its largest whole unit, for a plural sentence ("3 hours")."""

    unit: str  # "minutes", "hours" or "days"
    count: int


def span_unit(seconds: float) -> SpanUnit:
    """The duration in whole minutes (at least 1), hours or days, whichever is largest."""
    # Rounded to the second first: times come back from REAL columns, and an hour between
    # two of them may read 3599.9999 s, which is "59 minutes" floored.
    minutes = int(round(max(0.0, seconds)) // 60)
    if minutes >= 48 * 60:
        return SpanUnit("days", minutes // (24 * 60))
    if minutes >= 60:
        return SpanUnit("hours", minutes // 60)
    return SpanUnit("minutes", max(1, minutes))


def rank(scores: Iterable[tuple[int, TrendScore]], limit: int) -> list[tuple[int, TrendScore]]:
    """(story id, score) best first; ties by more sources, then the newer story (higher id)."""
    ordered = sorted(scores, key=lambda item: (-item[1].score, -item[1].reason.sources, -item[0]))
    return ordered[: max(0, limit)]
