"""In-process fakes for the pipeline's seams (issue 13): no HTTP, no processes, no SQLite.

- `FakeFetcher` (a `core.ports.FeedFetcher`): a URL → `FetchResult` table; an exception in the
  table is raised by `fetch_feed`, as a bug in the real fetcher would be.
- `InlineParser` (a `core.ports.FeedParser`): the real `parse_feed`, run on the calling thread,
  with per-URL crashes (a dying worker, a cancelled future) scripted on top.
- `MemoryStore`: the four writer-side methods the `Refresher` calls, recording every
  `FeedUpdate`. Only for tests of the pipeline's flow: storage is tested on the real `Store`.
- `ScriptedRunner` (a `services.poller.RefreshRunner`): records each refresh request, can hold
  a run until the test releases it, returns a scripted summary and next due time.

All of them are safe to call from several threads at once, as the pipeline does.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from newsreader.core.parse import parse_feed
from newsreader.core.types import (
    Feed,
    FeedUpdate,
    FetchFailure,
    FetchKind,
    FetchResult,
    ParsedFeed,
    RefreshSummary,
    StoredEntry,
    Validators,
)

RSS_TYPE = "application/rss+xml; charset=utf-8"


def ok(url: str, body: bytes, content_type: str | None = RSS_TYPE) -> FetchResult:
    """A 200 with a body, as the real fetcher reports it."""
    return FetchResult(
        FetchKind.OK, url, url, status=200, body=body, content_type=content_type,
        validators=Validators(etag=f'"{hashlib.sha1(body).hexdigest()[:8]}"'),
    )  # fmt: skip


def not_modified(url: str) -> FetchResult:
    return FetchResult(FetchKind.NOT_MODIFIED, url, url, status=304)


def gone(url: str) -> FetchResult:
    return FetchResult(FetchKind.GONE, url, url, status=410)


def failed(
    url: str, error: str, status: int | None = None, failure: FetchFailure | None = None
) -> FetchResult:
    """A failed fetch: `error` is the one line the real fetcher would write, `failure` its kind
    (left out: HTTP with a status, INTERNAL without, as `FetchResult` decides)."""
    return FetchResult(FetchKind.ERROR, url, url, status=status, error=error, failure=failure)


@dataclass(frozen=True, slots=True)
class FetchCall:
    url: str
    validators: Validators
    previous_body_hash: str | None
    auth: tuple[str, str] | None


class FakeFetcher:
    """`FeedFetcher` answering from a table; a URL missing from it is a test bug (KeyError)."""

    def __init__(self, table: Mapping[str, FetchResult | BaseException] | None = None) -> None:
        self.table: dict[str, FetchResult | BaseException] = dict(table or {})
        self.calls: list[FetchCall] = []
        self._lock = threading.Lock()

    def fetch_feed(
        self,
        url: str,
        validators: Validators,
        previous_body_hash: str | None,
        auth: tuple[str, str] | None = None,
    ) -> FetchResult:
        with self._lock:
            self.calls.append(FetchCall(url, validators, previous_body_hash, auth))
            answer = self.table[url]
        if isinstance(answer, BaseException):
            raise answer
        return answer

    @property
    def urls(self) -> set[str]:
        with self._lock:
            return {c.url for c in self.calls}


CANCELLED = "cancelled"  # an `InlineParser.crash` value: the future comes back cancelled


class InlineParser:
    """`FeedParser` parsing on the submitting thread; the future is done when returned.

    `crash[url]` is raised from the future instead of parsing (a dead worker process gives
    BrokenProcessPool, a bug any exception), or is `CANCELLED` (a closing pool).
    """

    def __init__(
        self, *, fast: bool = True, crash: Mapping[str, BaseException | str] | None = None
    ) -> None:
        self.fast = fast
        self.crash: dict[str, BaseException | str] = dict(crash or {})
        self.submitted: list[str] = []
        self._lock = threading.Lock()

    def submit(self, body: bytes, url: str, content_type: str | None) -> Future[ParsedFeed]:
        with self._lock:
            self.submitted.append(url)
        future: Future[ParsedFeed] = Future()
        crash = self.crash.get(url)
        if crash == CANCELLED:
            future.cancel()
            return future
        future.set_running_or_notify_cancel()
        if isinstance(crash, BaseException):
            future.set_exception(crash)
            return future
        try:
            future.set_result(parse_feed(body, url, content_type, fast=self.fast))
        except Exception as exc:  # ParseError for a document that is no feed, like the pool
            future.set_exception(exc)
        return future


def feed(feed_id: int, url: str | None = None, **fields: Any) -> Feed:
    """A stored feed row, due now."""
    return Feed(
        id=feed_id, url=url or f"https://feeds.example/{feed_id}.xml", title=f"Feed {feed_id}",
        section_id=None, section_path="", interval=3600, **fields,
    )  # fmt: skip


class MemoryStore:
    """The writer-side `Store` methods the `Refresher` calls, over plain dicts.

    `fail_on_apply`, when set, is raised by `apply_feed_updates_by_feed` (a full disk, a
    read-only file): the pipeline must report every feed of that batch as failed.
    """

    def __init__(self, feeds: Sequence[Feed] = ()) -> None:
        self.feeds = list(feeds)
        self.updates: list[FeedUpdate] = []
        self.batches = 0
        self.fail_on_apply: BaseException | None = None
        self.tombstones: dict[int, set[str]] = {}
        self._entries: dict[tuple[int, str], StoredEntry] = {}
        self._next_id = 1
        self.thread_names: set[str] = set()
        self.settings: dict[str, Any] = {}

    def setting(self, key: str, default: Any = None) -> Any:
        return self.settings.get(key, default)

    def _seen(self) -> None:
        self.thread_names.add(threading.current_thread().name)

    def feeds_due(self, now: datetime, all_feeds: bool = False) -> list[Feed]:
        self._seen()
        return [f for f in self.feeds if all_feeds or f.next_update is None or f.next_update <= now]

    def entry_states(self, feed_id: int, keys: Sequence[str]) -> dict[str, StoredEntry]:
        self._seen()
        return {k: self._entries[(feed_id, k)] for k in keys if (feed_id, k) in self._entries}

    def tombstoned(self, feed_id: int, keys: Sequence[str]) -> set[str]:
        self._seen()
        return set(keys) & self.tombstones.get(feed_id, set())

    def publish_times(self, feed_id: int, since: datetime, limit: int) -> list[datetime]:
        self._seen()
        return []  # no dates kept: every feed keeps its fixed interval here

    def apply_feed_updates_by_feed(
        self, updates: Sequence[FeedUpdate], now: datetime, silent: set[int] | None = None
    ) -> dict[int, list[int]]:
        self._seen()
        if self.fail_on_apply is not None:
            raise self.fail_on_apply
        self.batches += 1
        out: dict[int, list[int]] = {}
        for update in updates:
            self.updates.append(update)
            ids = out.setdefault(update.feed_id, [])
            for write in update.inserts:
                aid, self._next_id = self._next_id, self._next_id + 1
                self._entries[(update.feed_id, write.key)] = StoredEntry(aid, write.content_hash, 0)
                ids.append(aid)
        return out

    def update_for(self, feed_id: int) -> FeedUpdate:
        """The last update stored for a feed."""
        return [u for u in self.updates if u.feed_id == feed_id][-1]


def _summary(
    errors: Sequence[tuple[str, str]], failure: FetchFailure, ok: int = 0
) -> RefreshSummary:
    return RefreshSummary(
        feeds=len(errors) + ok, updated=ok, failed=len(errors), errors=tuple(errors),
        failures=(failure,) * len(errors),
    )  # fmt: skip


def network_down_summary(urls: Sequence[str], ok: int = 0) -> RefreshSummary:
    """A run in which these feeds failed as they do with no network (the connection refused)."""
    return _summary([(u, "connection refused") for u in urls], FetchFailure.CONNECT, ok)


def server_error_summary(urls: Sequence[str], ok: int = 0) -> RefreshSummary:
    """A run in which these feeds' servers answered 500: the network itself works."""
    return _summary([(u, "HTTP 500: server error") for u in urls], FetchFailure.HTTP, ok)


@dataclass
class RefreshCall:
    all_feeds: bool
    feed_ids: tuple[int, ...] | None


@dataclass
class ScriptedRunner:
    """`RefreshRunner` for the poller and the gate; refresh runs on the poller's thread.

    With `hold` set, each refresh waits until the test calls `release()` (one run per call).
    """

    summaries: list[RefreshSummary] = field(default_factory=list)  # popped per run
    due: datetime | None = None
    hold: bool = False
    calls: list[RefreshCall] = field(default_factory=list)
    next_due_calls: int = 0
    on_refresh: Callable[[RefreshCall], None] | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _go: threading.Semaphore = field(default_factory=lambda: threading.Semaphore(0))
    started: threading.Event = field(default_factory=threading.Event)

    def refresh(
        self,
        *,
        all_feeds: bool = False,
        feed_ids: Sequence[int] | None = None,
        on_progress: Callable[[Any], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> RefreshSummary:
        call = RefreshCall(all_feeds, tuple(feed_ids) if feed_ids is not None else None)
        with self._lock:
            self.calls.append(call)
        self.started.set()
        if self.on_refresh is not None:
            self.on_refresh(call)
        if self.hold and not self._go.acquire(timeout=10):
            raise TimeoutError("the test never released this refresh")
        with self._lock:
            return self.summaries.pop(0) if self.summaries else RefreshSummary(feeds=1, updated=1)

    def next_due(self) -> datetime | None:
        with self._lock:
            self.next_due_calls += 1
            return self.due

    def release(self) -> None:
        self._go.release()
