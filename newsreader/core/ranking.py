"""Popularity (a time-decayed count of the user's own read events) and related-article order.

The score of an article at time `now` is the sum over its read events of
``2 ** (-(now - t) / half_life)``: a read counts 1 the moment it happens, 1/2 one half-life
later, 1/4 after two. A re-read counts again, so an article opened five times this morning
beats one opened once, and yesterday's hit sinks below today's as the days pass.

Storage cannot recompute that sum for every article at every query, so it keeps one number
per article that orders the same way at ANY `now`: the sum of ``2 ** ((t - EPOCH) / half_life)``
is the score multiplied by ``2 ** ((now - EPOCH) / half_life)``, a factor common to every
article. That sum overflows a float about 1,000 half-lives after EPOCH (~8 years at 3 days), so
what is stored is its base-2 logarithm (`stored_score`): still monotonic, never overflowing, and
updated incrementally with one `add_read` per event. `score_at` converts it back to the decayed
score for display. Ties are broken by recency (last read, then published) by the caller.

Pure functions, no I/O; any thread.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Generic, TypeVar

T = TypeVar("T")

# Three days: a news item read a lot on Monday still ranks on Wednesday, but a week-old hit
# (1/4 or less of its weight) gives way to this morning's reading.
HALF_LIFE = timedelta(days=3)

# Fixed origin of the stored log-scores; any constant works, it only must never change.
EPOCH = datetime(2020, 1, 1, tzinfo=UTC)


def _aware(t: datetime) -> datetime:
    return t if t.tzinfo is not None else t.replace(tzinfo=UTC)


def read_score(
    read_times: Iterable[datetime], now: datetime, half_life: timedelta = HALF_LIFE
) -> float:
    """The decayed score at `now`: Σ 2^(-(now - t) / half_life) over the read times."""
    h = half_life.total_seconds()
    now = _aware(now)
    return float(sum(2.0 ** (-(now - _aware(t)).total_seconds() / h) for t in read_times))


def score_increment(t: datetime, half_life: timedelta = HALF_LIFE) -> float:
    """The stored (log2) score of a single read at `t`: (t - EPOCH) / half_life."""
    return (_aware(t) - EPOCH).total_seconds() / half_life.total_seconds()


def add_read(stored: float | None, t: datetime, half_life: timedelta = HALF_LIFE) -> float:
    """The stored score after one more read at `t` (None: no read yet).

    log2(2^a + 2^b) computed as max + log2(1 + 2^(min - max)) so it never overflows.
    """
    inc = score_increment(t, half_life)
    if stored is None:
        return inc
    hi, lo = max(stored, inc), min(stored, inc)
    return hi + math.log2(1.0 + 2.0 ** (lo - hi))


def stored_score(read_times: Iterable[datetime], half_life: timedelta = HALF_LIFE) -> float | None:
    """The stored score of a whole set of reads (None when there are none)."""
    stored: float | None = None
    for t in read_times:
        stored = add_read(stored, t, half_life)
    return stored


def score_at(stored: float | None, now: datetime, half_life: timedelta = HALF_LIFE) -> float:
    """The decayed score at `now` of an article whose stored score is `stored`."""
    if stored is None:
        return 0.0
    return float(2.0 ** (stored - score_increment(now, half_life)))


# -- related articles ---------------------------------------------------------------------

# Two related candidates whose relevance differs by less than this share are a near-tie:
# only then do the section and the date decide between them.
RELATED_TIE = 0.1
# A candidate below this share of the best candidate's relevance, or below this share of the
# article's own (a full match of its terms), shares a word or two with it, not the story: a
# box of three right links beats five with two strangers. Chosen on the judged set of
# tests/data/related_eval.json (bench/related.py prints what other values give).
RELATED_FLOOR_BEST = 0.5
RELATED_FLOOR_OWN = 0.15


@dataclass(frozen=True, slots=True)
class RelatedCandidate(Generic[T]):
    """A hit of the related query: its relevance (higher is better) and the tie-breakers."""

    relevance: float
    same_section: bool
    sort_time: float
    item: T


def order_related(
    candidates: Sequence[RelatedCandidate[T]],
    limit: int,
    own: float | None = None,
    *,
    tie: float = RELATED_TIE,
    floor_best: float = RELATED_FLOOR_BEST,
    floor_own: float = RELATED_FLOOR_OWN,
) -> list[T]:
    """The best `limit` candidates: by relevance, section and recency only within near-ties.

    `own` is the article's own relevance for the same query, when known. Candidates are
    walked best first; each run within `tie` (a share) of the run's best is one near-tie,
    ordered same section first, then newest. Candidates under the floors are dropped.
    """
    ranked = sorted(candidates, key=lambda c: -c.relevance)
    if not ranked or ranked[0].relevance <= 0:
        return []
    cutoff = max(ranked[0].relevance * floor_best, (own or 0.0) * floor_own)
    kept = [c for c in ranked if c.relevance >= cutoff]
    out: list[T] = []
    i = 0
    while i < len(kept) and len(out) < limit:
        j = i + 1
        while j < len(kept) and kept[j].relevance >= kept[i].relevance * (1 - tie):
            j += 1
        run = sorted(kept[i:j], key=lambda c: (not c.same_section, -c.sort_time))
        out.extend(c.item for c in run)
        i = j
    return out[:limit]
