"""Runs the refresh pipeline off the GUI thread, on a timer and on demand.

The pipeline (`newsreader.update.refresh.Refresher`) blocks for as long as the feeds take, so it
runs on one dedicated worker thread; its progress callbacks fire on fetch threads and are
forwarded through the bridge as queued signals. The timer is re-armed after every run from the
pipeline's own idea of when the next feed is due. All public methods run on the GUI thread.

A run ends with its feeds. When the pipeline caches images and pages in the background
(`CachingRunner`), that caching phase runs on a second worker thread after the feeds: a new
refresh may start meanwhile (it adds its articles to the phase in progress), and the phase
can be cancelled on its own. Its progress arrives coalesced, at most one delivery queued.

Sync accounts (issue 14), when the poller has a `SyncRunner`, are synced on the same refresh
thread right after every refresh run (timed or F5), and on `sync_now`; one account after the
other, each announced (`sync_started`) and reported (`sync_account_finished`) as it ends.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from newsreader.core.types import CachingProgress, RefreshSummary
from newsreader.services.bridge import Bridge

log = logging.getLogger("newsreader.services.poller")


class RefreshRunner(Protocol):
    """What the poller needs from the refresh pipeline (`newsreader.update.refresh.Refresher`).

    Progress values are the pipeline's `FeedProgress`; they are typed loosely so that importing
    the GUI never drags the storage layer (and sqlite3) in behind it.
    """

    def refresh(
        self,
        *,
        all_feeds: bool = False,
        feed_ids: Sequence[int] | None = None,
        on_progress: Callable[[Any], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> RefreshSummary: ...

    def next_due(self) -> datetime | None: ...


@runtime_checkable
class CachingRunner(Protocol):
    """A pipeline whose caching phase runs apart from its feeds (`Refresher`)."""

    def set_background_caching(self, on: bool) -> None: ...

    def cache(
        self, on_progress: Callable[[CachingProgress], None] | None = None
    ) -> CachingProgress | None: ...

    def cancel_caching(self) -> None: ...


class SyncRunner(Protocol):
    """What the poller needs to sync accounts (built by the app on `update.sync.Syncer`).

    Both block; they run on the refresh thread. The outcome is the engine's `AccountOutcome`
    (typed loosely, as the refresh progress is).
    """

    def account_names(self) -> list[str]: ...

    def sync_account(self, name: str, cancel: threading.Event) -> Any: ...


@dataclass(frozen=True, slots=True)
class _Request:
    all_feeds: bool
    feed_ids: tuple[int, ...] | None  # None: every due feed (or every feed with all_feeds)

    def merged(self, other: _Request) -> _Request:
        if self.feed_ids is None or other.feed_ids is None:
            return _Request(self.all_feeds or other.all_feeds, None)
        ids = tuple(dict.fromkeys(self.feed_ids + other.feed_ids))
        return _Request(self.all_feeds or other.all_feeds, ids)


@dataclass(frozen=True, slots=True)
class _RunResult:
    summary: RefreshSummary | None
    error: str | None
    next_due: datetime | None


class Poller(QObject):
    """Schedules refresh runs; one at a time, requests during a run are merged and queued."""

    refresh_started = Signal()
    caching_started = Signal()
    caching_progressed = Signal(object)  # CachingProgress
    caching_finished = Signal(object)  # CachingProgress (`finished` set), or None: nothing done
    sync_started = Signal(str)  # an account's name: its sync begins
    sync_account_finished = Signal(object)  # that account's AccountOutcome
    sync_finished = Signal(object)  # list of the run's AccountOutcomes (empty: no account)

    def __init__(
        self,
        refresher: RefreshRunner,
        bridge: Bridge,
        clock: Callable[[], datetime],
        *,
        min_delay_s: float = 5.0,
        max_delay_s: float = 1800.0,
        syncer: SyncRunner | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._refresher = refresher
        self._bridge = bridge
        self._clock = clock
        self._min_delay_s = min_delay_s
        self._max_delay_s = max_delay_s
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="refresh")
        self._cancel = threading.Event()
        self._current: Future[None] | None = None
        self._pending: _Request | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._stopped = False
        self._syncer = syncer
        self._sync_wanted: tuple[str, ...] | None = None  # () : every account, after this run
        self._syncing = False
        self._caching = refresher if isinstance(refresher, CachingRunner) else None
        self._cache_executor: ThreadPoolExecutor | None = None
        self._caching_job: Future[None] | None = None
        self._caching_again = False
        self._progress_lock = threading.Lock()
        self._latest: CachingProgress | None = None
        if self._caching is not None:
            self._caching.set_background_caching(True)
            self._cache_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cache")

    @property
    def running(self) -> bool:
        return self._current is not None

    @property
    def caching(self) -> bool:
        """Whether a caching phase (images and pages) is running."""
        return self._caching_job is not None

    def cancel_caching(self) -> None:
        """Stop the caching phase; what it did not fetch is fetched by a later refresh."""
        self._caching_again = False
        if self._caching is not None and self._caching_job is not None:
            self._caching.cancel_caching()

    def start(self) -> None:
        """Arm the timer from the pipeline's next due time (asked off the GUI thread)."""
        self._submit(self._ask_next_due)

    def refresh_now(self, feed_ids: Sequence[int] | None = None, *, all_feeds: bool = True) -> None:
        """Refresh now (F5: every feed; or just `feed_ids`), after the run in progress if any."""
        request = _Request(all_feeds, tuple(feed_ids) if feed_ids is not None else None)
        self._run(request)

    def refresh_feeds(self, feed_ids: Sequence[int]) -> None:
        """Fetch just these feeds now, due or not (a new subscription, an import, a new URL).

        Like `refresh_now`: after the run in progress, merged with whatever is queued; the
        other feeds wait for their own time. Nothing happens for an empty list.
        """
        ids = tuple(dict.fromkeys(feed_ids))
        if ids:
            self._run(_Request(all_feeds=False, feed_ids=ids))

    @property
    def syncing(self) -> bool:
        return self._syncing

    def sync_now(self, names: Sequence[str] = ()) -> None:
        """Sync these accounts (every one when empty) now, after the run in progress if any."""
        if self._syncer is None or self._stopped:
            return
        wanted = tuple(names)
        if self._current is not None:
            queued = self._sync_wanted
            if queued is None:
                self._sync_wanted = wanted
            elif queued and wanted:
                self._sync_wanted = tuple(dict.fromkeys(queued + wanted))
            else:
                self._sync_wanted = ()
            return
        self._start_sync(wanted, None)  # the timer keeps its time for the next refresh

    def shutdown(self, timeout: float = 2.0) -> bool:
        """Cancel the run in progress and wait up to `timeout` s; True when it has stopped."""
        self._stopped = True
        self._timer.stop()
        self._pending = None
        self._cancel.set()
        self._caching_again = False
        if self._caching is not None:
            self._caching.cancel_caching()
        if self._cache_executor is not None:
            self._cache_executor.shutdown(wait=False, cancel_futures=True)
        self._executor.shutdown(wait=False, cancel_futures=True)
        stopped = True
        for name, job in (("refresh", self._current), ("caching", self._caching_job)):
            if job is None:
                continue
            try:
                job.result(timeout=timeout)
            except FutureTimeout:
                log.warning(
                    "%s still running %.1f s after cancel; leaving it behind", name, timeout
                )
                stopped = False
            except Exception:  # already logged by the job
                log.debug("the %s job had failed", name)
        return stopped

    def _run(self, request: _Request) -> None:
        if self._stopped:
            return
        if self._current is not None:
            self._pending = request if self._pending is None else self._pending.merged(request)
            return
        self._timer.stop()
        self.refresh_started.emit()
        self._submit(lambda: self._refresh_job(request))

    def _submit(self, job: Callable[[], _RunResult]) -> None:
        def run() -> None:
            try:
                result = job()
            except Exception as exc:  # never let an exception die silently in the worker
                log.exception("refresh job failed")
                result = _RunResult(None, _one_line(exc), None)
            self._bridge.call_on_gui(self._on_job_done, result)

        self._current = self._executor.submit(run)

    def _ask_next_due(self) -> _RunResult:
        return _RunResult(None, None, self._refresher.next_due())

    def _refresh_job(self, request: _Request) -> _RunResult:
        def on_progress(progress: object) -> None:
            self._bridge.emit_safely("refresh_progressed", progress)

        error: str | None = None
        summary: RefreshSummary | None = None
        try:
            summary = self._refresher.refresh(
                all_feeds=request.all_feeds,
                feed_ids=request.feed_ids,
                on_progress=on_progress,
                cancel=self._cancel,
            )
        except Exception as exc:
            log.exception("refresh failed")
            error = _one_line(exc)
        next_due: datetime | None = None
        if not self._cancel.is_set():
            try:
                next_due = self._refresher.next_due()
            except Exception:
                log.exception("could not compute the next due time")
        return _RunResult(summary, error, next_due)

    def _on_job_done(self, result: object) -> None:
        assert isinstance(result, _RunResult)
        self._current = None
        if self._stopped:
            return
        if result.error is not None:
            self._bridge.emit_safely("refresh_failed", result.error)
        elif result.summary is not None:
            self._bridge.emit_safely("refresh_finished", result.summary)
            if result.summary.caching:
                self._start_caching()
            if self._syncer is not None and not self._cancel.is_set():
                self._sync_wanted = None  # every account is synced now
                self._start_sync((), result.next_due)
                return
        self._after_run(result.next_due)

    def _after_run(self, next_due: datetime | None) -> None:
        if self._pending is not None:
            request, self._pending = self._pending, None
            self._run(request)
            return
        if self._sync_wanted is not None:
            names, self._sync_wanted = self._sync_wanted, None
            self._start_sync(names, next_due)
            return
        if next_due is None and self._timer.isActive():
            return  # a sync on its own: the next refresh keeps its time
        self._arm(next_due)

    # -- syncing accounts -----------------------------------------------------------------

    def _start_sync(self, names: tuple[str, ...], next_due: datetime | None) -> None:
        syncer = self._syncer
        assert syncer is not None
        self._syncing = True
        cancel = self._cancel

        def job() -> None:
            outcomes: list[Any] = []
            try:
                chosen = list(names) or syncer.account_names()
                for name in chosen:
                    if cancel.is_set():
                        break
                    self._bridge.call_on_gui(self._emit_sync_started, name)
                    outcome = syncer.sync_account(name, cancel)
                    outcomes.append(outcome)
                    self._bridge.call_on_gui(self._emit_sync_account, outcome)
            except Exception:
                log.exception("sync failed")
            self._bridge.call_on_gui(self._on_sync_done, (outcomes, next_due))

        try:
            self._current = self._executor.submit(job)
        except RuntimeError:  # shut down
            self._syncing = False

    def _emit_sync_started(self, name: object) -> None:
        if not self._stopped:
            self.sync_started.emit(str(name))

    def _emit_sync_account(self, outcome: object) -> None:
        if not self._stopped:
            self.sync_account_finished.emit(outcome)

    def _on_sync_done(self, value: object) -> None:
        assert isinstance(value, tuple)
        outcomes, next_due = value
        self._current = None
        self._syncing = False
        if self._stopped:
            return
        self.sync_finished.emit(outcomes)
        self._after_run(next_due)

    def _arm(self, next_due: datetime | None) -> None:
        if next_due is None:
            delay = self._max_delay_s
        else:
            delay = (next_due - self._clock()).total_seconds()
            delay = min(max(delay, self._min_delay_s), self._max_delay_s)
        self._timer.start(int(delay * 1000))
        log.debug("next timed refresh in %.0f s", delay)

    # -- the caching phase --------------------------------------------------------------

    def _start_caching(self) -> None:
        """Run the caching phase after the feeds; one at a time (a second one is queued, and
        usually finds its work already merged into the one running)."""
        caching, executor = self._caching, self._cache_executor
        if caching is None or executor is None or self._stopped:
            return
        if self._caching_job is not None:
            self._caching_again = True
            return

        def job() -> None:
            progress: CachingProgress | None = None
            try:
                progress = caching.cache(on_progress=self._caching_progress)
            except Exception:
                log.exception("caching images and pages failed")
            self._bridge.call_on_gui(self._on_caching_done, progress)

        try:
            self._caching_job = executor.submit(job)
        except RuntimeError:  # shut down
            return
        self.caching_started.emit()

    def _caching_progress(self, progress: CachingProgress) -> None:
        """Network threads: keep the latest; one delivery to the GUI thread at a time."""
        with self._progress_lock:
            queued = self._latest is not None
            self._latest = progress
        if not queued:
            self._bridge.call_on_gui(self._deliver_caching_progress, None)

    def _deliver_caching_progress(self, _value: object) -> None:
        with self._progress_lock:
            progress, self._latest = self._latest, None
        if progress is not None and self._caching_job is not None and not self._stopped:
            self.caching_progressed.emit(progress)

    def _on_caching_done(self, progress: object) -> None:
        self._caching_job = None
        with self._progress_lock:
            self._latest = None
        if self._stopped:
            return
        # None: the phase found its work already done by the one before (merged into it).
        self.caching_finished.emit(progress if isinstance(progress, CachingProgress) else None)
        if self._caching_again:
            self._caching_again = False
            self._start_caching()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._run(_Request(all_feeds=False, feed_ids=None))


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__
