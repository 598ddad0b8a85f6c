"""Feed health and the reading ledger (issues 16, 19): the pure rules with an injected clock,
and the storage queries on a real SQLite file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from newsreader.core import health, rhythm
from newsreader.core.health import FeedActivity
from newsreader.storage import open_library
from tests.unit.storage_factory import entry, make_store, store_update, update

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def activity(**kw: object) -> FeedActivity:
    values: dict[str, object] = {
        "feed_id": 1,
        "created": NOW - timedelta(days=200),
        "articles": 0,
        "recent": 0,
        "oldest": None,
        "newest": None,
        "read_articles": 0,
        "reads": 0,
        "seconds": 0.0,
        "last_read": None,
    }
    values.update(kw)
    return FeedActivity(**values)  # type: ignore[arg-type]


def test_per_week_over_the_recent_weeks() -> None:
    # 24 articles in the last twelve weeks of a feed known for 200 days: 2 a week.
    assert health.articles_per_week(activity(recent=24, articles=40), NOW) == 2.0


def test_per_week_of_a_new_feed_counts_at_least_one_week() -> None:
    fresh = activity(created=NOW - timedelta(days=1), recent=10, articles=10)
    assert health.articles_per_week(fresh, NOW) == 10.0
    # Its backlog goes back three weeks: ten over three weeks.
    backlog = activity(
        created=NOW - timedelta(days=1), oldest=NOW - timedelta(days=21), recent=9, articles=9
    )
    assert health.articles_per_week(backlog, NOW) == 3.0
    assert health.articles_per_week(activity(), NOW) == 0.0


def test_silent_days_since_the_newest_article() -> None:
    assert health.silent_days(activity(newest=NOW - timedelta(days=9, hours=5)), NOW) == 9
    assert health.silent_days(activity(created=NOW - timedelta(days=3)), NOW) == 3
    assert health.silent_days(activity(created=None), NOW) is None


def test_share_read() -> None:
    assert health.share_read(activity(articles=8, read_articles=2)) == 0.25
    assert health.share_read(activity()) is None


def test_prune_after_sixty_days_without_a_read() -> None:
    never = health.prune_suggestion(activity(), NOW)
    assert never is not None and never.days is None
    old = health.prune_suggestion(activity(last_read=NOW - timedelta(days=61)), NOW)
    assert old is not None and old.days == 61
    assert health.prune_suggestion(activity(last_read=NOW - timedelta(days=59)), NOW) is None
    # A feed subscribed a month ago is not suggested, read or not.
    young = activity(created=NOW - timedelta(days=30))
    assert health.prune_suggestion(young, NOW) is None
    # The same feed, with the clock two months on.
    assert health.prune_suggestion(young, NOW + timedelta(days=31)) is not None


def test_storage_numbers_and_rhythm(tmp_path: Path) -> None:
    store, path = make_store(tmp_path)
    busy = store.add_feed("https://example.org/busy.xml", "Busy", "World", 1800,
                          now=NOW - timedelta(days=100))  # fmt: skip
    quiet = store.add_feed("https://example.org/quiet.xml", "Quiet", "", 1800,
                           now=NOW - timedelta(days=100))  # fmt: skip
    # Busy posts on weekdays at 07:00 UTC for four weeks: 20 posts, all recent.
    days = [NOW - timedelta(days=d) for d in range(1, 29)]
    times = [d.replace(hour=7, minute=0) for d in days if d.weekday() < 5]
    entries = [entry(i, published=t) for i, t in enumerate(times)]
    ids = store_update(store, update(busy.id, *entries), NOW)
    old = [entry(100 + i, published=NOW - timedelta(days=95 + i)) for i in range(3)]
    store_update(store, update(quiet.id, *old), NOW - timedelta(days=90))
    store.record_read(ids[0], NOW - timedelta(days=2), 42.5)
    store.record_read(ids[1], NOW - timedelta(days=1), 17.5)
    store.record_read(ids[1], NOW - timedelta(hours=3), None)  # a re-read without seconds
    lib = open_library(path)
    try:
        numbers = lib.feed_activity(NOW)
        assert set(numbers) == {busy.id, quiet.id}
        b, q = numbers[busy.id], numbers[quiet.id]
        assert (b.articles, b.recent, b.read_articles, b.reads) == (len(times), len(times), 2, 3)
        assert b.seconds == 60.0
        assert b.last_read == NOW - timedelta(hours=3)
        assert (q.articles, q.recent, q.reads, q.last_read) == (3, 0, 0, None)
        rows = health.load_health(lib, NOW, UTC)
        by_id = {r.feed.id: r for r in rows}
        suggestion = by_id[quiet.id].prune
        assert suggestion is not None and suggestion.days is None
        assert by_id[quiet.id].silent_days == 95
        assert by_id[busy.id].prune is None
        # Known for all twelve weeks of the span, posting in the last four of them.
        assert by_id[busy.id].per_week == len(times) / 12
        learned = by_id[busy.id].rhythm
        assert learned is not None and learned.kind is rhythm.Kind.WEEKDAYS_WINDOW
        assert learned.start_hour == 7
        # Deleting a feed drops it from the ledger; archived feeds are no subscriptions.
        store.delete_feed(quiet.id)
        assert set(lib.feed_activity(NOW)) == {busy.id}
    finally:
        lib.close()
        store.close()
