from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from newsreader.core import ranking

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
H = ranking.HALF_LIFE


def test_one_read_now_scores_one_and_halves_each_half_life() -> None:
    assert ranking.read_score([NOW], NOW) == pytest.approx(1.0)
    assert ranking.read_score([NOW - H], NOW) == pytest.approx(0.5)
    assert ranking.read_score([NOW - 2 * H], NOW) == pytest.approx(0.25)
    assert ranking.read_score([], NOW) == 0.0


def test_half_life_is_three_days() -> None:
    assert timedelta(days=3) == H


@pytest.mark.parametrize(
    "reads",
    [
        [NOW],
        [NOW - timedelta(hours=5), NOW - timedelta(days=1)],
        [NOW - timedelta(days=d) for d in range(10)],
    ],
)
def test_stored_score_converts_back_to_read_score(reads: list[datetime]) -> None:
    later = NOW + timedelta(days=2)
    stored = ranking.stored_score(reads)
    assert ranking.score_at(stored, later) == pytest.approx(ranking.read_score(reads, later))


def test_stored_score_does_not_overflow_decades_after_epoch() -> None:
    far = datetime(2090, 1, 1, tzinfo=UTC)
    stored = ranking.stored_score([far, far - timedelta(hours=1)])
    assert stored is not None
    assert ranking.score_at(stored, far) == pytest.approx(
        ranking.read_score([far, far - timedelta(hours=1)], far)
    )


def test_score_increment_is_single_read() -> None:
    t = NOW - timedelta(hours=3)
    assert ranking.add_read(None, t) == ranking.score_increment(t)
    assert ranking.score_at(None, NOW) == 0.0


def test_more_recent_reads_beat_older_reads_of_same_count() -> None:
    recent = [NOW - timedelta(hours=1), NOW - timedelta(hours=2)]
    old = [NOW - timedelta(days=2), NOW - timedelta(days=2, hours=1)]
    assert ranking.read_score(recent, NOW) > ranking.read_score(old, NOW)
    assert ranking.stored_score(recent) > ranking.stored_score(old)  # type: ignore[operator]


def test_yesterdays_hit_falls_below_todays_after_the_half_life() -> None:
    today = [NOW, NOW]  # two reads this moment
    fresh_hit = [NOW - timedelta(days=1)] * 3  # three reads a day ago: still ahead
    stale_hit = [NOW - H - timedelta(days=1)] * 3  # the same hit, more than a half-life ago
    assert ranking.read_score(fresh_hit, NOW) > ranking.read_score(today, NOW)
    assert ranking.read_score(stale_hit, NOW) < ranking.read_score(today, NOW)
    # The stored values order the same way.
    assert ranking.stored_score(fresh_hit) > ranking.stored_score(today)  # type: ignore[operator]
    assert ranking.stored_score(stale_hit) < ranking.stored_score(today)  # type: ignore[operator]


def test_stored_order_equals_score_order_at_any_now() -> None:
    sets = [
        [NOW - timedelta(days=5)] * 4,
        [NOW - timedelta(hours=1)],
        [NOW - timedelta(days=1), NOW - timedelta(days=2)],
    ]
    by_stored = sorted(range(3), key=lambda i: ranking.stored_score(sets[i]) or 0.0)
    for now in (NOW, NOW + timedelta(days=1), NOW + timedelta(days=30)):
        assert sorted(range(3), key=lambda i: ranking.read_score(sets[i], now)) == by_stored
