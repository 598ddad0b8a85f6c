"""The pure decider: dedupe keys, churn limit, tombstones and feed health, on plain data."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from newsreader.core.decide import (
    MAX_CHANGES,
    content_hash,
    decide_entries,
    decide_feed_state,
    decide_update,
    entry_key,
)
from newsreader.core.types import (
    CacheHints,
    Feed,
    FeedStatus,
    FetchKind,
    FetchResult,
    ParsedEntry,
    ParsedFeed,
    StoredEntry,
    Validators,
)

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
FEED = Feed(
    id=1,
    url="http://127.0.0.1/feed.xml",
    title="Feed",
    section_id=None,
    section_path="",
    interval=3600,
    validators=Validators(etag='"old"', last_modified="Mon, 01 Jan 2024 00:00:00 GMT"),
    body_hash="oldhash",
)


def entry(**kw: object) -> ParsedEntry:
    base: dict[str, object] = {"guid": "g1", "url": "http://x/1", "title": "One"}
    base.update(kw)
    return ParsedEntry(**base)  # type: ignore[arg-type]


def ok(body: bytes = b"<rss/>", **kw: object) -> FetchResult:
    return FetchResult(
        kind=FetchKind.OK,
        requested_url=FEED.url,
        final_url=FEED.url,
        status=200,
        body=body,
        validators=Validators(etag='"new"', last_modified="Tue, 02 Jan 2024 00:00:00 GMT"),
        **kw,  # type: ignore[arg-type]
    )


def fail(
    status: int | None, error: str | None = None, hints: CacheHints = CacheHints()
) -> FetchResult:
    return FetchResult(
        kind=FetchKind.ERROR,
        requested_url=FEED.url,
        final_url=FEED.url,
        status=status,
        error=error,
        hints=hints,
    )


def test_key_prefers_guid_then_link_then_title_and_date() -> None:
    with_guid = entry()
    assert entry_key(with_guid) == entry_key(entry(url="http://elsewhere", title="Other"))
    no_guid = entry(guid=None)
    assert entry_key(no_guid) == entry_key(entry(guid=None, title="Renamed"))
    assert entry_key(no_guid) != entry_key(with_guid)
    bare = entry(guid=None, url=None, published=NOW)
    assert entry_key(bare) == entry_key(entry(guid=None, url=None, published=NOW))
    assert entry_key(bare) != entry_key(entry(guid=None, url=None, published=NOW + timedelta(1)))
    assert entry_key(entry(guid="  ")) == entry_key(entry(guid=None))  # blank guid = no guid


def test_updated_time_is_not_part_of_the_content_hash() -> None:
    assert content_hash(entry(updated=NOW)) == content_hash(entry(updated=NOW + timedelta(1)))
    assert content_hash(entry(summary="a")) != content_hash(entry(summary="b"))


def test_new_entries_insert_changed_ones_rewrite_unchanged_skip() -> None:
    same, changed, new = entry(guid="a"), entry(guid="b", summary="v2"), entry(guid="c")
    stored = {
        entry_key(same): StoredEntry(10, content_hash(same), 0),
        entry_key(changed): StoredEntry(11, content_hash(entry(guid="b", summary="v1")), 0),
    }
    inserts, rewrites = decide_entries([same, changed, new], stored, set())
    assert [w.entry.guid for w in inserts] == ["c"]
    assert [(w.entry.guid, w.article_id) for w in rewrites] == [("b", 11)]


def test_churning_entry_stops_being_rewritten() -> None:
    churn = entry(summary="counter 99")
    stored = {entry_key(churn): StoredEntry(5, "something else", MAX_CHANGES)}
    assert decide_entries([churn], stored, set()) == ((), ())
    stored = {entry_key(churn): StoredEntry(5, "something else", MAX_CHANGES - 1)}
    assert len(decide_entries([churn], stored, set())[1]) == 1


def test_tombstoned_and_duplicate_entries_are_skipped() -> None:
    purged, dup = entry(guid="p"), entry(guid="d")
    inserts, _ = decide_entries([purged, dup, replace(dup, title="again")], {}, {entry_key(purged)})
    assert [(w.entry.guid, w.entry.title) for w in inserts] == [("d", "One")]


def test_success_resets_errors_and_takes_new_validators() -> None:
    feed = replace(FEED, error_count=3, last_error="boom", status=FeedStatus.ERROR)
    state = decide_feed_state(feed, ok(), NOW, random.Random(1))
    assert state.status is FeedStatus.ACTIVE
    assert (state.error_count, state.last_error, state.last_success) == (0, None, NOW)
    assert state.validators.etag == '"new"'
    assert state.body_hash is not None and state.body_hash != "oldhash"
    assert state.next_update == NOW + timedelta(seconds=3600)


def test_parse_failure_keeps_old_validators_so_the_next_poll_refetches() -> None:
    state = decide_feed_state(FEED, ok(), NOW, random.Random(1), parse_error="not a feed")
    assert state.status is FeedStatus.ERROR and state.last_error == "not a feed"
    assert state.validators == FEED.validators and state.body_hash == "oldhash"
    assert state.last_success is None


def test_gone_stops_polling_and_says_so() -> None:
    gone = FetchResult(kind=FetchKind.GONE, requested_url=FEED.url, final_url=FEED.url, status=410)
    state = decide_feed_state(FEED, gone, NOW, random.Random(1))
    assert state.status is FeedStatus.GONE
    assert state.last_error is not None and "410" in state.last_error
    assert state.next_update > NOW + timedelta(days=365)


def test_auth_failure_pauses_the_feed() -> None:
    state = decide_feed_state(FEED, fail(401), NOW, random.Random(1))
    assert state.status is FeedStatus.AUTH
    assert state.last_error is not None and state.last_error.startswith("401")


def test_failures_back_off_and_retry_after_is_respected() -> None:
    first = decide_feed_state(FEED, fail(500, "HTTP 500"), NOW, random.Random(1))
    second = decide_feed_state(
        replace(FEED, error_count=1), fail(500, "HTTP 500"), NOW, random.Random(1)
    )
    assert second.next_update > first.next_update
    limited = decide_feed_state(
        FEED, fail(429, "HTTP 429", CacheHints(retry_after="7200")), NOW, random.Random(1)
    )
    assert limited.next_update >= NOW + timedelta(seconds=7200)
    assert limited.error_count == 1


def test_permanent_redirect_moves_the_url_and_empty_feed_writes_nothing() -> None:
    moved = ok(permanent_url="http://127.0.0.1/new.xml")
    empty = ParsedFeed(title="T", site_url=None, entries=())
    update = decide_update(FEED, moved, empty, {}, set(), NOW, random.Random(1))
    assert update.new_url == "http://127.0.0.1/new.xml"
    assert update.inserts == () and update.rewrites == ()
    assert update.state.status is FeedStatus.ACTIVE


def test_not_modified_keeps_body_hash_and_writes_no_entries() -> None:
    not_modified = FetchResult(
        kind=FetchKind.NOT_MODIFIED,
        requested_url=FEED.url,
        final_url=FEED.url,
        status=304,
        validators=FEED.validators,
    )
    update = decide_update(FEED, not_modified, None, {}, set(), NOW, random.Random(1))
    assert update.inserts == () and update.state.body_hash == "oldhash"
    assert update.state.validators == FEED.validators
