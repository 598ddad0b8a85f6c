"""Runs the window's many-row read queries on one worker thread.

Python's sqlite3 releases the GIL on every row it steps; while a refresh keeps other threads
busy, each row then waits up to a switch interval for the GIL to come back, so reading the
per-feed counts of 1,000 feeds on the GUI thread took seconds. Those queries run here instead,
and the GUI thread only applies the plain results (delivered through the bridge).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from newsreader.services.bridge import Bridge

T = TypeVar("T")
log = logging.getLogger("newsreader.services.reads")


class BackgroundReads:
    """One reader thread; results come back on the GUI thread, failures as a logged message."""

    def __init__(self, bridge: Bridge) -> None:
        self._bridge = bridge
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="gui-reads")
        self._closed = False

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

        try:
            self._executor.submit(run)
        except RuntimeError:  # the interpreter is exiting: a late timer must not start work
            return False
        return True

    def close(self) -> None:
        """Drop queued reads and wait for the one in progress (a bounded query); its result is
        discarded. Waiting matters: the library closes next, and closing a connection that a
        thread is stepping through can crash the process rather than raise."""
        self._closed = True
        self._executor.shutdown(wait=True, cancel_futures=True)
