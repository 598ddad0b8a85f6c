"""The refresh pipeline's failure fan-in, on in-process fakes (issue 13).

One feed's fetch or parse failure never stops the others, every feed is reported exactly once,
and a parse crash (dead worker, bug, cancelled future, a document that is no feed) counts as
failed. No HTTP, no processes, no SQLite: `FakeFetcher`, `InlineParser` and `MemoryStore`
stand in for them (the real Fetcher/ParsePool/Store run in tests/e2e/test_refresh.py).
"""

from __future__ import annotations

import inspect
import random
import threading
from collections.abc import Callable, Iterator
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

import pytest

from newsreader.core.errors import StorageError
from newsreader.core.types import (
    FeedStatus,
    FetchFailure,
    FetchResult,
    RefreshSummary,
    Validators,
)
from newsreader.update.refresh import Refresher
from newsreader.update.workers import Workers
from newsreader.update.writer import WriterQueue
from tests.support.fakes import (
    CANCELLED,
    FakeFetcher,
    InlineParser,
    MemoryStore,
    failed,
    feed,
    gone,
    not_modified,
    ok,
)
from tests.support.feeds import BASE_TIME, make_items, rss

URLS = [f"https://feeds.example/{i}.xml" for i in range(1, 6)]
ITEMS = 3


def body(i: int) -> bytes:
    return rss(f"Feed {i}", make_items(f"f{i}", ITEMS))


@dataclass
class Pipeline:
    store: MemoryStore
    fetcher: FakeFetcher
    parser: InlineParser
    refresher: Refresher
    progress: list[Any]

    def refresh(self, **kwargs: Any) -> RefreshSummary:
        """Run one refresh; a pipeline that loses a feed waits forever, so this times out."""
        out: list[RefreshSummary] = []
        kwargs.setdefault("on_progress", self.progress.append)
        worker = threading.Thread(
            target=lambda: out.append(self.refresher.refresh(all_feeds=True, **kwargs)),
            daemon=True,
        )
        worker.start()
        worker.join(timeout=10)
        assert not worker.is_alive(), "refresh never finished: a feed was lost on the way"
        return out[0]

    def errors(self, summary: RefreshSummary) -> dict[str, str]:
        return dict(summary.errors)


@pytest.fixture
def make_pipeline() -> Iterator[Callable[..., Pipeline]]:
    built: list[Workers] = []

    def build(
        table: dict[str, FetchResult | BaseException],
        crash: dict[str, BaseException | str] | None = None,
        credentials: Callable[[Any], tuple[str, str] | None] | None = None,
        feeds: list[Any] | None = None,
    ) -> Pipeline:
        store = MemoryStore(feeds or [feed(i, url) for i, url in enumerate(URLS, 1)])
        writer = WriterQueue(lambda: store)  # type: ignore[arg-type, return-value]
        fetcher = FakeFetcher(table)
        parser = InlineParser(crash=crash)
        workers = Workers(writer=writer, parse=parser, net_workers=3)
        built.append(workers)
        # Four in flight: fewer than the feeds (back-pressure is exercised), more than the
        # failures of any test, so a leaked slot fails the test instead of hanging pytest.
        refresher = Refresher(
            workers=workers, fetcher=fetcher, clock=lambda: BASE_TIME,
            credentials=credentials, max_in_flight=4, rng=random.Random(0),
        )  # fmt: skip
        return Pipeline(store, fetcher, parser, refresher, [])

    yield build
    for workers in built:
        workers.close()


def all_ok() -> dict[str, FetchResult | BaseException]:
    return {url: ok(url, body(i)) for i, url in enumerate(URLS, 1)}


def test_every_outcome_is_counted_and_the_healthy_feeds_are_stored(make_pipeline) -> None:
    table = all_ok()
    table[URLS[1]] = failed(URLS[1], "connection refused", failure=FetchFailure.CONNECT)
    table[URLS[2]] = not_modified(URLS[2])
    table[URLS[3]] = gone(URLS[3])
    p = make_pipeline(table)

    summary = p.refresh()

    assert (summary.feeds, summary.updated, summary.not_modified, summary.failed) == (5, 2, 1, 2)
    assert summary.new_articles == 2 * ITEMS
    assert set(p.errors(summary)) == {URLS[1], URLS[3]}
    assert "connection refused" in p.errors(summary)[URLS[1]]
    kinds = dict(zip((url for url, _ in summary.errors), summary.failures, strict=True))
    assert kinds[URLS[1]] is FetchFailure.CONNECT  # the kind travels with the failure
    assert summary.storage_error is None
    # Failures are stored too (error count, backoff, 410 stops polling).
    assert len(p.store.updates) == 5
    assert p.store.update_for(2).state.error_count == 1
    assert p.store.update_for(4).state.status is FeedStatus.GONE
    assert [len(p.store.update_for(i).inserts) for i in (1, 5)] == [ITEMS, ITEMS]
    assert sorted(p.parser.submitted) == [URLS[0], URLS[4]]  # only bodies are parsed


def test_a_fetcher_that_raises_fails_that_feed_only(make_pipeline) -> None:
    table = all_ok()
    table[URLS[0]] = RuntimeError("a bug in the fetcher")
    table[URLS[3]] = KeyError("another one")
    p = make_pipeline(table)

    summary = p.refresh()

    assert (summary.updated, summary.failed) == (3, 2)
    assert set(p.errors(summary)) == {URLS[0], URLS[3]}
    assert "a bug in the fetcher" not in p.errors(summary)[URLS[0]]  # the log has the details
    assert p.store.update_for(1).state.error_count == 1
    assert p.store.update_for(1).inserts == ()
    assert summary.new_articles == 3 * ITEMS


@pytest.mark.parametrize(
    "crash",
    [
        BrokenProcessPool("worker died"),
        RuntimeError("a bug in the parser"),
        MemoryError(),
        CANCELLED,
    ],
    ids=["dead-worker", "bug", "memory", "cancelled"],
)
def test_a_parse_crash_counts_as_failed(make_pipeline, crash: BaseException | str) -> None:
    p = make_pipeline(all_ok(), crash={URLS[2]: crash})

    summary = p.refresh()

    assert (summary.feeds, summary.updated, summary.failed) == (5, 4, 1)
    assert list(p.errors(summary)) == [URLS[2]]
    assert p.errors(summary)[URLS[2]]  # one line, never empty
    assert p.store.update_for(3).state.error_count == 1
    assert p.store.update_for(3).inserts == ()
    assert summary.new_articles == 4 * ITEMS


def test_a_document_that_is_no_feed_fails_with_the_parsers_reason(make_pipeline) -> None:
    table = all_ok()
    html = b"<!DOCTYPE html><html><body>a web page</body></html>"
    table[URLS[4]] = ok(URLS[4], html, "text/html")
    p = make_pipeline(table)

    summary = p.refresh()

    assert (summary.updated, summary.failed) == (4, 1)
    assert "HTML page" in p.errors(summary)[URLS[4]]


def test_a_store_that_refuses_the_batch_fails_its_feeds_and_says_why(make_pipeline) -> None:
    p = make_pipeline(all_ok())
    p.store.fail_on_apply = StorageError("the disk is full")

    summary = p.refresh()

    assert (summary.feeds, summary.updated, summary.failed) == (5, 0, 5)
    assert summary.new_articles == 0
    assert summary.storage_error == "the disk is full"
    assert set(p.errors(summary)) == set(URLS)


def test_every_feed_is_reported_once_and_the_count_climbs(make_pipeline) -> None:
    table = all_ok()
    table[URLS[1]] = RuntimeError("bug")
    p = make_pipeline(table, crash={URLS[3]: CANCELLED})

    p.refresh()

    assert sorted(x.feed_id for x in p.progress) == [1, 2, 3, 4, 5]
    assert [x.done for x in p.progress] == [1, 2, 3, 4, 5]
    assert {x.total for x in p.progress} == {5}
    failed_ids = {x.feed_id for x in p.progress if x.error is not None}
    assert failed_ids == {2, 4}


def test_a_progress_callback_that_raises_stops_nothing(make_pipeline) -> None:
    p = make_pipeline(all_ok())

    def explode(_progress: object) -> None:
        raise RuntimeError("a bug in the window")

    summary = p.refresh(on_progress=explode)

    assert (summary.updated, summary.failed) == (5, 0)


def test_the_store_is_only_touched_on_the_writer_thread(make_pipeline) -> None:
    table = all_ok()
    table[URLS[0]] = failed(URLS[0], "HTTP 500", 500)
    p = make_pipeline(table)

    p.refresh()

    assert p.store.thread_names == {"db-writer_0"}


def test_the_fetcher_gets_validators_body_hash_and_credentials(make_pipeline) -> None:
    validators = Validators(etag='"abc"', last_modified="Wed, 18 Nov 2026 10:00:00 GMT")
    feeds = [
        feed(1, URLS[0], validators=validators, body_hash="h1", auth_ref="me"),
        feed(2, URLS[1]),
    ]
    p = make_pipeline(
        all_ok(),
        credentials=lambda f: ("me", "secret") if f.auth_ref else None,
        feeds=feeds,
    )

    p.refresh()

    calls = {c.url: c for c in p.fetcher.calls}
    assert set(calls) == {URLS[0], URLS[1]}
    assert calls[URLS[0]].validators == validators
    assert calls[URLS[0]].previous_body_hash == "h1"
    assert calls[URLS[0]].auth == ("me", "secret")
    assert calls[URLS[1]].auth is None


def test_a_cancelled_refresh_still_returns(make_pipeline) -> None:
    p = make_pipeline(all_ok())
    cancel = threading.Event()
    cancel.set()

    summary = p.refresh(cancel=cancel)

    assert summary.updated == 0
    assert p.fetcher.calls == []


@pytest.mark.parametrize(
    "name", ["feeds_due", "entry_states", "tombstoned", "apply_feed_updates_by_feed"]
)
def test_the_memory_store_keeps_the_real_stores_signatures(name: str) -> None:
    from newsreader.storage.writer import Store  # the class only: no database is opened

    assert inspect.signature(getattr(MemoryStore, name)) == inspect.signature(getattr(Store, name))
