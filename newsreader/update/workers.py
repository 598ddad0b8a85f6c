"""Every thread and process pool of one engine, built once and closed once (issue 13).

`Workers` owns them all, Qt-free, so the CLI and the window share the same ones:

- `net`: a bounded thread pool for network work: feed fetches, article pages and images,
  feed icons. A refresh submits to it instead of starting pools of its own.
- `parse`: the parser processes (`update.parsing.ParsePool`; tests pass an in-process one).
- `writer`: the single database writer thread (`update.writer.WriterQueue`).
- `reads`: one thread for the window's many-row read queries (`services.reads`).

Work that belongs together (one refresh, one "load images") runs in a `RunScope`: it keeps the
futures it submitted or was handed, cancels the ones not started yet, and waits for all of
them, including those a finished future handed its work on to. Nothing counts outstanding
work by hand.

`Workers.close` is the one shutdown order; see its docstring.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
import weakref
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import CancelledError, Executor, Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_futures
from functools import partial
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from newsreader.core.ports import FeedParser
from newsreader.update.writer import WriterQueue

if TYPE_CHECKING:
    from newsreader.storage.writer import Store

T = TypeVar("T")
log = logging.getLogger("newsreader.update.workers")

NET_WORKERS = 8  # threads for all network work at once (fetches, pages, images, icons)
_PRUNE_EVERY = 256  # a scope forgets its finished futures when it holds this many


class Closable(Protocol):
    def close(self) -> None: ...


class RunScope:
    """The futures of one unit of work, one cancel flag, one `wait`.

    `submit` runs a job on a pool and keeps its future; `cancel` drops the jobs not started.
    `track` and `then` keep futures that are waited for but never cancelled (a parse, a
    write: their outcome must be reported). A job or `then` callback that hands work on must
    track it before returning, so that `wait` never ends while work is still on its way.
    """

    def __init__(self, cancel: threading.Event | None = None) -> None:
        self._cancel = cancel or threading.Event()
        self._lock = threading.Lock()
        self._futures: list[Future[Any]] = []
        self._cancellable: list[Future[Any]] = []
        self._prune_at = _PRUNE_EVERY

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def event(self) -> threading.Event:
        """The cancel flag (shared with whoever passed it in, e.g. the poller)."""
        return self._cancel

    def cancel(self) -> None:
        """Set the flag and drop the submitted jobs that have not started."""
        self._cancel.set()
        with self._lock:
            pending = list(self._cancellable)
        for future in pending:
            future.cancel()

    def submit(self, executor: Executor, fn: Callable[..., T], *args: Any) -> Future[T]:
        """Run `fn(*args)` on `executor` as part of this scope.

        Raises RuntimeError when the pool is shut down (the engine is closing).
        """
        future = executor.submit(fn, *args)
        self._keep_cancellable(future)
        return future

    def lane(self, executor: Executor, width: int) -> Lane:
        """A way onto `executor` for at most `width` of this scope's jobs at once (the rest
        wait in the lane, in order), so that one kind of work leaves room for the others."""
        return Lane(self, executor, width)

    def track(self, future: Future[T]) -> Future[T]:
        """Wait for `future` too (it is never cancelled by the scope)."""
        with self._lock:
            self._futures.append(future)
            self._prune()
        return future

    def _keep_cancellable(self, future: Future[Any]) -> None:
        with self._lock:
            self._futures.append(future)
            self._cancellable.append(future)
            self._prune()
        if self._cancel.is_set():
            future.cancel()

    def _prune(self) -> None:
        """Forget finished futures now and then (under the lock): a refresh of thousands of
        feeds adds several per feed long before `wait` runs."""
        if len(self._futures) >= self._prune_at:
            self._futures = [f for f in self._futures if not f.done()]
            self._cancellable = [f for f in self._cancellable if not f.done()]
            self._prune_at = max(_PRUNE_EVERY, 2 * len(self._futures))

    def then(self, future: Future[T], fn: Callable[[Future[T]], object]) -> Future[None]:
        """Call `fn(future)` once it is done (cancelled included); the scope waits for `fn`.

        `fn` runs on the thread that completes `future`; an exception from it is logged.
        """
        done: Future[None] = Future()
        done.set_running_or_notify_cancel()
        self.track(done)

        def callback(finished: Future[T]) -> None:
            try:
                fn(finished)
            except Exception:
                log.exception("a continuation in a run scope failed")
            finally:
                done.set_result(None)

        future.add_done_callback(callback)
        return done

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until every future of the scope is done; False if `timeout` s passed first."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            with self._lock:
                pending = [f for f in self._futures if not f.done()]
                self._futures = pending
                self._cancellable = [f for f in self._cancellable if not f.done()]
            if not pending:
                return True
            left = None if deadline is None else max(0.0, deadline - time.monotonic())
            if left == 0.0:
                return False
            wait_futures(pending, timeout=left)


class Lane:
    """At most `width` jobs of one scope on a shared pool at once; see `RunScope.lane`.

    Each job gets a future at once (the scope waits for it; a cancel drops it while it waits
    in the lane); it completes with the job, or with CancelledError if the pool dropped it.
    """

    def __init__(self, scope: RunScope, executor: Executor, width: int) -> None:
        self._scope = scope
        self._executor = executor
        self._width = max(1, width)
        self._lock = threading.Lock()
        self._waiting: deque[tuple[Future[Any], Callable[..., Any], tuple[Any, ...]]] = deque()
        self._running = 0

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future[Any]:
        slot: Future[Any] = Future()
        self._scope._keep_cancellable(slot)
        with self._lock:
            self._waiting.append((slot, fn, args))
        self._pump()
        return slot

    def _pump(self) -> None:
        while True:
            with self._lock:
                if self._running >= self._width or not self._waiting:
                    return
                slot, fn, args = self._waiting.popleft()
                if not slot.set_running_or_notify_cancel():
                    continue  # cancelled while it waited
                self._running += 1
            try:
                job = self._scope.submit(self._executor, fn, *args)
            except RuntimeError as exc:  # the pool is shut down: every waiting job ends so
                with self._lock:
                    self._running -= 1
                slot.set_exception(exc)
                continue
            job.add_done_callback(partial(self._finished, slot))

    def _finished(self, slot: Future[Any], job: Future[Any]) -> None:
        with self._lock:
            self._running -= 1
        if job.cancelled():
            slot.set_exception(CancelledError())
        elif job.exception() is not None:
            slot.set_exception(job.exception())
        else:
            slot.set_result(job.result())
        self._pump()


class Workers:
    """The engine's threads and processes; `close` stops them in the one safe order."""

    def __init__(
        self,
        *,
        writer: WriterQueue,
        parse: FeedParser,
        net_workers: int = NET_WORKERS,
    ) -> None:
        self.writer = writer
        self.parse = parse
        # Threads start on first use: a CLI command that never fetches starts none.
        self.net: Executor = ThreadPoolExecutor(max(1, net_workers), thread_name_prefix="net")
        self.reads: Executor = ThreadPoolExecutor(1, thread_name_prefix="gui-reads")
        self._scopes: weakref.WeakSet[RunScope] = weakref.WeakSet()
        self._lock = threading.Lock()
        self._closed = False

    @classmethod
    def start(
        cls,
        open_store: Callable[[], Store],
        *,
        parse: FeedParser,
        net_workers: int = NET_WORKERS,
    ) -> Workers:
        """Open the store on a new writer thread and build the rest around it.

        Re-raises StorageError from opening the store (nothing is left running then).
        """
        writer = WriterQueue(open_store)
        try:
            writer.wait_ready()
        except Exception:
            writer.close()
            raise
        return cls(writer=writer, parse=parse, net_workers=net_workers)

    @property
    def closed(self) -> bool:
        return self._closed

    def scope(self, cancel: threading.Event | None = None) -> RunScope:
        """A new scope on these workers; `close` cancels it."""
        scope = RunScope(cancel)
        with self._lock:
            closed = self._closed
            if not closed:
                self._scopes.add(scope)
        if closed:
            scope.cancel()
        return scope

    def close(self, readers: Iterable[Closable] = ()) -> None:
        """Stop everything, in the one order that is safe (idempotent):

        1. every open scope is cancelled: refreshes stop taking work, unstarted jobs go;
        2. `reads`: queued reads are dropped and the running one finishes: closing a connection
           a thread is stepping through can crash the process rather than raise;
        3. `net`: queued jobs are dropped, running ones (bounded by the fetch deadline) end;
        4. `parse`: pending parses are cancelled (their refresh counts them as failed) and the
           processes stop;
        5. `readers` (read-only connections) close: no thread reads any more;
        6. `writer` last: queued writes finish, then its connection closes, the one that may
           fold the write-ahead log into the database file.
        """
        with self._lock:
            if self._closed:
                return
            self._closed = True
            scopes = list(self._scopes)
        for scope in scopes:
            scope.cancel()
        self.reads.shutdown(wait=True, cancel_futures=True)
        self.net.shutdown(wait=True, cancel_futures=True)
        close_parse = getattr(self.parse, "close", None)
        if callable(close_parse):
            close_parse()
        for reader in readers:
            try:
                reader.close()
            except Exception:
                log.exception("closing a read connection failed")
        self.writer.close()


def submit_write(
    scope: RunScope, writer: WriterQueue, job: Callable[[Store], T]
) -> Future[T] | None:
    """Queue a write as part of `scope`; None when the writer is closing (the app quits)."""
    with contextlib.suppress(RuntimeError):
        return scope.track(writer.submit(job))
    return None


__all__ = ["NET_WORKERS", "Closable", "Lane", "RunScope", "Workers", "submit_write"]
