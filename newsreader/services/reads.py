"""Runs the window's many-row read queries on one worker thread.

Python's sqlite3 releases the GIL on every row it steps; while a refresh keeps other threads
busy, each row then waits up to a switch interval for the GIL to come back, so reading the
per-feed counts of 1,000 feeds on the GUI thread took seconds. Those queries run here instead,
and the GUI thread only applies the plain results (delivered through the bridge).

The thread is the engine's (`update.workers.Workers.reads`, passed in as `executor`), so the
engine's one shutdown order covers it; without one, this object starts its own.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_futures
from typing import Any, TypeVar

from newsreader.services.bridge import Bridge

T = TypeVar("T")
log = logging.getLogger("newsreader.services.reads")


class BackgroundReads:
    """One reader thread; results come back on the GUI thread, failures as a logged message."""

    def __init__(self, bridge: Bridge, executor: Executor | None = None) -> None:
        self._bridge = bridge
        self._owned = executor is None
        self._executor = executor or ThreadPoolExecutor(1, thread_name_prefix="gui-reads")
        self._closed = False
        self._lock = threading.Lock()
        self._futures: set[Future[None]] = set()  # queued or running reads

    def submit(
        self,
        job: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> bool:
        """Queue `job()`; False (and nothing runs) once closed or while Python shuts down."""
        if self._closed:
            return False

        def report(exc: BaseException) -> None:
            if on_error is not None:
                on_error(exc)

        def run() -> None:
            try:
                result: Any = job()
            except Exception as exc:
                if self._closed:  # the window closed the library under a running read
                    log.debug("background read ended by close: %s", exc)
                    return
                log.exception("background read failed")
                self._bridge.call_on_gui(report, exc)
                return
            self._bridge.call_on_gui(on_done, result)

        with self._lock:
            if self._closed:
                return False
            try:
                future = self._executor.submit(run)
            except RuntimeError:  # shut down, or the interpreter is exiting: a late timer
                return False  # must not start work
            self._futures.add(future)
        future.add_done_callback(self._forget)
        return True

    def _forget(self, future: Future[None]) -> None:
        with self._lock:
            self._futures.discard(future)

    def close(self) -> None:
        """Drop queued reads and wait for the one in progress (a bounded query); its result is
        discarded. Waiting matters: the library closes next, and closing a connection that a
        thread is stepping through can crash the process rather than raise."""
        with self._lock:
            self._closed = True
            futures = list(self._futures)
        for future in futures:
            future.cancel()
        wait_futures(futures)
        if self._owned:
            self._executor.shutdown(wait=True, cancel_futures=True)
