"""The refresh pipeline: due feeds → fetch → parse → decide → store.

This is the one path used by both the CLI's `refresh` and the window's poller. Stages overlap:
the engine's shared network pool does the HTTP, its process pool parses, and the single writer
thread decides and stores (all three belong to `update.workers.Workers`; a refresh starts no
threads of its own). Parsed feeds waiting for the writer are drained in batches, so a large
refresh costs one transaction per batch, not one per feed. A refresh runs in a `RunScope`: it
waits for its futures, never for a hand-kept count.

`refresh()` blocks; call it from a worker thread. `on_progress` is called from the writer
thread after each feed is stored — never touch Qt objects from it.

Two phases: the feeds, then caching the new articles' images and pages (`update.offline`).
By default `refresh()` does both (the CLI). With `set_background_caching(True)` (the window)
it returns after the feeds, and `cache()` runs the caching phase; a refresh that starts while
it runs adds its articles to that phase rather than starting a second one.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from newsreader.core import prefs, rhythm
from newsreader.core.decide import decide_update, entry_keys
from newsreader.core.errors import NewsreaderError
from newsreader.core.failures import failure_line, unreachable
from newsreader.core.ports import FeedFetcher, FeedParser
from newsreader.core.types import (
    CachingProgress,
    Feed,
    FeedOutcome,
    FeedProgress,
    FeedState,
    FeedStatus,
    FeedUpdate,
    FetchFailure,
    FetchKind,
    FetchResult,
    ParsedFeed,
    RefreshSummary,
)
from newsreader.core.urls import redact_url
from newsreader.update.icons import IconJob, IconStage
from newsreader.update.parsing import parse_error_text
from newsreader.update.workers import RunScope, Workers

if TYPE_CHECKING:
    from newsreader.storage.writer import Store
    from newsreader.update.offline import OfflineRun, OfflineStage

log = logging.getLogger("newsreader.update.refresh")

Clock = Callable[[], datetime]
CredentialLookup = Callable[[Feed], tuple[str, str] | None]


@dataclass(frozen=True, slots=True)
class _Parsed:
    feed: Feed
    result: FetchResult
    parsed: ParsedFeed | None
    parse_error: str | None
    # Set when the library would not take the batch this feed was in: why, in one line.
    not_stored: str | None = None


class Refresher:
    """Refreshes feeds politely and stores what changed. Built once per profile."""

    def __init__(
        self,
        *,
        workers: Workers,
        fetcher: FeedFetcher,
        clock: Clock,
        credentials: CredentialLookup | None = None,
        max_in_flight: int = 16,
        rng: random.Random | None = None,
        offline: OfflineStage | None = None,
        icons: IconStage | None = None,
    ) -> None:
        self._workers = workers
        self._writer = workers.writer
        self._offline = offline  # full text + image cache after each batch; retention at the end
        self._icons = icons  # feed icons, looked for once the feeds are stored
        self._fetcher = fetcher
        self._parse_pool: FeedParser = workers.parse
        self._clock = clock
        self._credentials = credentials
        self._max_in_flight = max(1, max_in_flight)
        self._rng = rng or random.Random()
        self._running = threading.Lock()
        self._background_caching = False
        self._caching_lock = threading.Lock()
        self._open: OfflineRun | None = None  # the caching phase refreshes add to

    def set_background_caching(self, on: bool) -> None:
        """With True, `refresh` returns after the feeds and `cache` does the images and pages."""
        self._background_caching = on

    def cache(
        self, on_progress: Callable[[CachingProgress], None] | None = None
    ) -> CachingProgress | None:
        """The caching phase of the refreshes so far (None: there is none). Blocks; call it
        from a worker thread. `on_progress` is called from network threads."""
        with self._caching_lock:
            run = self._open
        if run is None or self._offline is None:
            return None
        run.finish(on_progress=on_progress)
        with self._caching_lock:
            if self._open is run:
                self._open = None
        self._offline.schedule_retention()
        return run.progress(finished=True)

    def cancel_caching(self) -> None:
        """Stop the caching phase in progress; what it did not fetch waits for the next one."""
        with self._caching_lock:
            run, self._open = self._open, None
        if run is not None:
            run.cancel()

    def _caching_needed(
        self,
        offline: OfflineRun,
        failed: int,
        failures: Sequence[FetchFailure | None],
        feeds: int,
    ) -> bool:
        """Whether a caching phase follows a feeds phase that started a run: it planned jobs,
        or older images wait (unless the network is plainly down). A run with nothing to do
        is closed at once."""
        down = feeds > 0 and failed == feeds and all(unreachable(f) for f in failures)
        if offline.planned or (not down and self._backlog_waits()):
            return True
        offline.finish(sweep_backlog=False)  # no job: returns at once, and closes the run
        with self._caching_lock:
            if self._open is offline:
                self._open = None
        if self._offline is not None:
            self._offline.schedule_retention()
        return False

    def _backlog_waits(self) -> bool:
        try:
            return bool(self._writer.call(lambda store: store.image_jobs(None, 1)))
        except Exception:
            log.exception("looking up older pending images failed")
            return False

    def _offline_run(self, cancel: threading.Event) -> tuple[OfflineRun | None, bool]:
        """The offline run a feeds phase adds to, joined (the open one, or a new one), and
        whether it is the open one (a caching phase in progress)."""
        if self._offline is None:
            return None, False
        if not self._background_caching:
            run = self._offline.start_run(cancel)
            run.join()
            return run, False
        with self._caching_lock:
            if self._open is not None and self._open.join():
                return self._open, True
            run = self._offline.start_run(threading.Event())  # cancelled on its own
            run.join()
            self._open = run
            return run, False

    def next_due(self) -> datetime | None:
        """When the earliest active feed is due (None: no feeds). Blocks on the writer."""
        horizon = self._clock() + timedelta(days=36500)
        feeds = self._writer.call(lambda store: store.feeds_due(horizon, all_feeds=False))
        times = [f.next_update or self._clock() for f in feeds]
        return min(times) if times else None

    def refresh(
        self,
        *,
        all_feeds: bool = False,
        feed_ids: Sequence[int] | None = None,
        on_progress: Callable[[FeedProgress], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> RefreshSummary:
        """Poll the due feeds (or all, or the given ids) and store what changed."""
        if not self._running.acquire(blocking=False):
            return RefreshSummary()  # one refresh at a time; the running one covers this
        try:
            return self._refresh(all_feeds, feed_ids, on_progress, cancel or threading.Event())
        finally:
            self._running.release()

    def _refresh(
        self,
        all_feeds: bool,
        feed_ids: Sequence[int] | None,
        on_progress: Callable[[FeedProgress], None] | None,
        cancel: threading.Event,
    ) -> RefreshSummary:
        started = time.monotonic()
        now = self._clock()
        # The network threads outlive this refresh; their connections should not.
        forget_connections = getattr(self._fetcher, "forget_connections", None)
        if callable(forget_connections):
            forget_connections()
        feeds = self._writer.call(
            lambda store: store.feeds_due(now, all_feeds=all_feeds or feed_ids is not None)
        )
        if feed_ids is not None:
            wanted = set(feed_ids)
            feeds = [f for f in feeds if f.id in wanted]
        offline, merged = self._offline_run(cancel) if feeds else (None, False)
        run = _Run(self, feeds, on_progress, self._workers.scope(cancel), offline)
        try:
            run.execute()
            if run.icons is not None:
                run.icons.finish()  # so the view update after "refresh done" shows them
        finally:
            if offline is not None:
                offline.leave()  # the caching phase may start
        caching = False
        cached = CachingProgress(0, 0)
        if offline is not None and self._offline is not None:
            if self._background_caching:
                # `cache()` does the rest, off the feeds' clock; unless there is nothing to do.
                caching = merged or self._caching_needed(
                    offline, run.failed, run.failures, len(feeds)
                )
            else:
                offline.finish()  # the CLI's "refresh done" means "readable offline"
                self._offline.schedule_retention()
                cached = offline.progress(finished=True)
        return RefreshSummary(
            feeds=len(feeds),
            updated=run.updated,
            not_modified=run.not_modified,
            failed=run.failed,
            new_articles=run.new_articles,
            seconds=round(time.monotonic() - started, 3),
            errors=tuple(run.errors),
            storage_error=run.storage_error,
            failures=tuple(run.failures),
            images_cached=cached.images_cached,
            images_failed=cached.images_failed,
            pages_cached=cached.pages_cached,
            pages_failed=cached.pages_failed,
            caching=caching,
        )


class _Run:
    """The state of one refresh: counters, the batch waiting for the writer.

    Each feed's work is a chain of futures in the run's scope: its fetch (net pool), then its
    parse (process pool), then the writer's drain of its batch. Each link is tracked before
    the one before it completes, so `scope.wait()` returns once every feed has been reported
    (or dropped by a cancel), whichever path it took.
    """

    def __init__(
        self,
        refresher: Refresher,
        feeds: Sequence[Feed],
        on_progress: Callable[[FeedProgress], None] | None,
        scope: RunScope,
        offline: OfflineRun | None = None,
    ) -> None:
        self.r = refresher
        self.feeds = feeds
        self.on_progress = on_progress
        self.scope = scope
        cancel = scope.event
        self.lock = threading.Lock()
        self.pending: list[_Parsed] = []
        self.drain_scheduled = False
        self.done = 0
        self.updated = 0
        self.not_modified = 0
        self.failed = 0
        self.storage_error: str | None = None
        self.new_articles = 0
        self.errors: list[tuple[str, str]] = []
        self.failures: list[FetchFailure | None] = []  # one per entry of `errors`
        # Feeds submitted but not yet handed to the writer. Fetching on 127.0.0.1 outruns
        # parsing many times over: unbounded, every body sat in memory at once and eight busy
        # fetch threads fought the window's GUI thread for the GIL (its worst stalls). A slot
        # is taken before a fetch is submitted, so the shared pool's queue stays short and
        # offline and icon work is not stuck behind a thousand feeds.
        self.in_flight = threading.BoundedSemaphore(refresher._max_in_flight)
        self.offline = offline
        icons = refresher._icons
        self.icons = icons.start_run(cancel) if icons is not None and feeds else None

    def execute(self) -> None:
        """Submit every feed's fetch to the shared pool and wait until each is reported."""
        net = self.r._workers.net
        for feed in self.feeds:
            if not self._take_slot():
                break  # cancelled: the feeds not started yet are left for the next refresh
            try:
                fetch = self.scope.submit(net, self._fetch_one, feed)
            except RuntimeError:  # the engine is closing
                self.in_flight.release()
                break
            self.scope.then(fetch, self._fetch_ended)
        self.scope.wait()

    def _take_slot(self) -> bool:
        """Wait for room in flight; False (holding nothing) once the refresh is cancelled."""
        while not self.in_flight.acquire(timeout=0.1):
            if self.scope.cancelled:
                return False
        if self.scope.cancelled:
            self.in_flight.release()
            return False
        return True

    def _fetch_ended(self, fetch: Future[None]) -> None:
        if fetch.cancelled():  # dropped before it started (cancel, or the pool closing)
            self.in_flight.release()

    def _fetch_one(self, feed: Feed) -> None:
        # The slot is released exactly once, when the feed reaches the writer's queue (or is
        # dropped); a parse continuation is tracked before this job ends (see `_Run`).
        try:
            if self.scope.cancelled:
                self.in_flight.release()
                return
            auth = self.r._credentials(feed) if self.r._credentials else None
            result = self.r._fetcher.fetch_feed(feed.url, feed.validators, feed.body_hash, auth)
            if result.kind is FetchKind.OK and result.body is not None:
                try:
                    future = self.r._parse_pool.submit(
                        result.body, result.final_url, result.content_type
                    )
                except RuntimeError as exc:  # the parse pool is closed: the engine is closing
                    self._enqueue(_Parsed(feed, result, None, _submit_error(exc)))
                    return
                self.scope.then(future, lambda f: self._parsed(feed, result, f))
            else:
                self._enqueue(_Parsed(feed, result, None, None))
        except Exception:  # a bug must not stop the other feeds
            log.exception("refresh of %s failed", redact_url(feed.url))
            failure = FetchResult(
                kind=FetchKind.ERROR,
                requested_url=feed.url,
                final_url=feed.url,
                error="internal error while refreshing (see the log)",
                failure=FetchFailure.INTERNAL,
            )
            self._enqueue(_Parsed(feed, failure, None, None))

    def _parsed(self, feed: Feed, result: FetchResult, future: Future[ParsedFeed]) -> None:
        """Every outcome (cancelled by a closing pool, a dead worker) is reported: a parse
        that ends the feed's chain without a report would lose the feed."""
        if future.cancelled():
            self._enqueue(_Parsed(feed, result, None, "parsing was cancelled"))
            return
        try:
            exc = future.exception()
        except BaseException as cancelled:  # CancelledError is not an Exception
            exc = cancelled
        if exc is not None:
            self._enqueue(_Parsed(feed, result, None, parse_error_text(exc)))
        else:
            self._enqueue(_Parsed(feed, result, future.result(), None))

    def _enqueue(self, item: _Parsed) -> None:
        self.in_flight.release()
        with self.lock:
            self.pending.append(item)
            if self.drain_scheduled:
                return
            self.drain_scheduled = True
        try:
            self.scope.track(self.r._writer.submit(self._drain))
        except RuntimeError:
            # The writer is shutting down (the app is quitting): nothing more gets stored.
            with self.lock:
                self.pending = []

    def _drain(self, store: Store) -> None:
        """Writer thread: decide and store everything parsed so far, in one transaction.

        Whatever fails here, every feed of the batch is reported.
        """
        with self.lock:
            batch, self.pending = self.pending, []
            self.drain_scheduled = False
        if not batch:
            return
        new_ids: dict[int, list[int]] = {}
        silent: set[int] = set()  # matched by a "silent" rule (issue 16)
        states: list[FeedState | None] = [None] * len(batch)
        try:
            now = self.r._clock()
            # The feed's recent posts time its next poll (issue 19), unless the user
            # switched rhythm learning off: then every feed keeps its interval.
            learn_rhythm = bool(prefs.LEARN_RHYTHM.get(store.setting))
            updates = [self._decide(store, item, now, learn_rhythm) for item in batch]
            new_ids = store.apply_feed_updates_by_feed(updates, now, silent)
            states = [u.state for u in updates]
        except Exception as exc:
            log.exception("storing a batch of %d feeds failed", len(batch))
            self.storage_error = str(exc) if isinstance(exc, NewsreaderError) else repr(exc)
            not_stored = f"could not store: {type(exc).__name__}: {exc}"
            batch = [replace(i, parsed=None, not_stored=not_stored) for i in batch]
        if self.offline is not None:
            for item in batch:
                if item.parsed is not None and new_ids.get(item.feed.id):
                    self.offline.plan(
                        store, item.feed.id, item.feed.url, item.parsed.entries,
                        new_ids[item.feed.id],
                    )  # fmt: skip
        if self.icons is not None:
            self.icons.plan(store, _icon_jobs(batch), self.r._clock())
        for item, state in zip(batch, states, strict=True):
            ids = tuple(new_ids.get(item.feed.id, ()))
            self._report(item, state, ids, tuple(i for i in ids if i in silent))

    def _decide(self, store: Store, item: _Parsed, now: datetime, learn_rhythm: bool) -> FeedUpdate:
        stored = {}
        tombstoned: set[str] = set()
        if item.parsed is not None:
            keys = entry_keys(item.parsed.entries, item.result.final_url)
            stored = store.entry_states(item.feed.id, keys)
            tombstoned = store.tombstoned(item.feed.id, keys)
        times: list[datetime] = []
        if learn_rhythm:
            since = now - timedelta(days=rhythm.MAX_AGE_DAYS)
            times = store.publish_times(item.feed.id, since, rhythm.MAX_POSTS)
        return decide_update(
            item.feed,
            item.result,
            item.parsed,
            stored,
            tombstoned,
            now,
            self.r._rng,
            parse_error=item.parse_error,
            publish_times=times,
            learn_rhythm=learn_rhythm,
        )

    def _report(
        self,
        item: _Parsed,
        state: FeedState | None,
        new_ids: tuple[int, ...],
        silent_ids: tuple[int, ...] = (),
    ) -> None:
        """Count and announce one feed. Its error is the line the decider stored as the
        feed's last error, so the summary, the progress and `feeds` say the same."""
        outcome, error = _outcome(item, state)
        failure = item.result.failure if item.parse_error is None else None
        with self.lock:
            self.done += 1
            done = self.done
            if outcome is FeedOutcome.UPDATED:
                self.updated += 1
            elif outcome is FeedOutcome.NOT_MODIFIED:
                self.not_modified += 1
            else:
                self.failed += 1
                self.errors.append((redact_url(item.feed.url), error or str(outcome)))
                self.failures.append(failure)
            self.new_articles += len(new_ids)
        if self.on_progress is not None:
            try:
                self.on_progress(
                    FeedProgress(
                        done=done,
                        total=len(self.feeds),
                        feed_id=item.feed.id,
                        url=item.feed.url,
                        outcome=outcome,
                        new_article_ids=new_ids,
                        error=error,
                        failure=failure,
                        silent_article_ids=silent_ids,
                    )
                )
            except Exception:
                log.exception("progress callback failed")


def _submit_error(exc: RuntimeError) -> str:
    """The feed's line when its document could not even be queued for parsing."""
    if isinstance(exc, BrokenProcessPool):
        return parse_error_text(exc)
    return "parsing was cancelled"


def _outcome(item: _Parsed, state: FeedState | None) -> tuple[FeedOutcome, str | None]:
    """What a feed's attempt came to, and the one line for it when it failed."""
    if item.not_stored is not None:
        return FeedOutcome.NOT_STORED, item.not_stored
    kind = item.result.kind
    if item.parse_error is None and kind is FetchKind.OK:
        return FeedOutcome.UPDATED, None
    if item.parse_error is None and kind is FetchKind.NOT_MODIFIED:
        return FeedOutcome.NOT_MODIFIED, None
    outcome = FeedOutcome.GONE if kind is FetchKind.GONE else FeedOutcome.FAILED
    if state is not None and state.last_error is not None:
        return outcome, state.last_error
    return outcome, item.parse_error or failure_line(item.result)


def _icon_jobs(batch: Sequence[_Parsed]) -> list[IconJob]:
    """Feeds of a stored batch that were fetched fine: only a live site has an icon to find."""
    jobs: list[IconJob] = []
    for item in batch:
        kind = item.result.kind
        if item.parse_error is not None or item.not_stored is not None:
            continue
        if kind not in (FetchKind.OK, FetchKind.NOT_MODIFIED):
            continue
        site = item.parsed.site_url if item.parsed is not None else None
        body = item.result.body if item.parsed is not None else None
        jobs.append(IconJob(item.feed.id, item.feed.url, site or item.feed.site_url, body))
    return jobs


__all__ = ["FeedOutcome", "FeedProgress", "FeedStatus", "Refresher"]
