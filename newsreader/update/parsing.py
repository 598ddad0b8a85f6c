"""Parsing off the caller's interpreter: a process pool in front of `core.parse.parse_feed`.

feedparser is pure Python and holds the GIL for tens of milliseconds per feed; run in the
window's process it would starve the GUI thread. Worker processes are started with "spawn"
(never fork a process that runs Qt threads) and kept for the engine's life.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from newsreader.core.errors import ParseError
from newsreader.core.parse import parse_feed
from newsreader.core.types import ParsedFeed

PARSER_NICENESS = 10


class ParsePool:
    """Parses feed documents in worker processes; `submit` is safe from any thread."""

    def __init__(self, workers: int = 2) -> None:
        self._workers = max(1, workers)
        self._executor: ProcessPoolExecutor | None = None
        self._closed = False
        self._lowered: set[int] = set()  # worker pids already given a lower priority
        # Threads submit concurrently on the first refresh; unguarded, each built its own
        # executor and 3-6 workers started instead of the configured number.
        self._lock = threading.RLock()

    def _pool(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._closed:
                raise RuntimeError("the parse pool is closed")
            if self._executor is None:
                self._executor = ProcessPoolExecutor(
                    max_workers=self._workers,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_start_worker,
                    initargs=(os.getpid(),),
                )
            return self._executor

    def warm(self) -> None:
        """Start the worker processes now, while the window is idle.

        A worker's start (a fresh interpreter importing the parser) costs both cores for
        about a second; paid at the first refresh, it showed as the window's worst stalls.
        """
        if self._closed:  # the window closed before its timer fired
            return
        for _ in range(self._workers):
            self._pool().submit(os.getpid)

    def submit(self, body: bytes, url: str, content_type: str | None) -> Future[ParsedFeed]:
        """Queue one document; the future raises ParseError for documents that are not feeds."""
        try:
            future = self._pool().submit(parse_feed, body, url, content_type)
        except BrokenProcessPool:
            # A worker died (killed, out of memory): start a fresh pool once.
            with self._lock:
                self._executor = None
            future = self._pool().submit(parse_feed, body, url, content_type)
        self._lower_new_workers()
        return future

    def _lower_new_workers(self) -> None:
        """Lower the workers' priority from here as soon as they exist: a spawned worker
        imports for ~0.5 s of CPU before its initializer runs (the GUI stalled meanwhile)."""
        processes = getattr(self._executor, "_processes", None) or {}
        for pid in list(processes):
            if pid not in self._lowered:
                self._lowered.add(pid)
                with contextlib.suppress(AttributeError, OSError):
                    os.setpriority(os.PRIO_PROCESS, pid, _lowered_priority())

    def close(self) -> None:
        with self._lock:
            self._closed = True
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)


def _start_worker(parent_pid: int) -> None:
    """Worker start: lower the priority and die with the parent."""
    _lower_priority()
    _exit_with_parent(parent_pid)


def _exit_with_parent(parent_pid: int) -> None:
    """A kill -9 of the window left the workers alive for 30 s and more, holding its
    stdout/stderr; a watcher thread ends the worker once its parent is gone.

    Not prctl(PR_SET_PDEATHSIG): that signal fires when the *thread* that started the worker
    ends, and workers are started from short-lived fetch threads.
    """

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(0.5)
        os._exit(1)

    if os.getppid() != parent_pid:  # the parent died while this worker was starting
        os._exit(1)
    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _lower_priority() -> None:
    """Parsers yield the CPU to the window's GUI thread (2 cores: they would take both).

    Runs in each worker process at its start; a lower priority costs a refresh little since
    the fetch and writer threads keep the parsers fed anyway.
    """
    with contextlib.suppress(AttributeError, OSError):  # not on this platform, or not allowed
        os.setpriority(os.PRIO_PROCESS, 0, _lowered_priority())


def _lowered_priority() -> int:
    """The workers' niceness: PARSER_NICENESS above the window's (whichever process asks)."""
    base = os.getppid() if multiprocessing.parent_process() is not None else 0
    return min(19, os.getpriority(os.PRIO_PROCESS, base) + PARSER_NICENESS)


def parse_error_text(exc: BaseException) -> str:
    """One line for the feed's status, whatever went wrong in the worker."""
    if isinstance(exc, ParseError):
        return str(exc)
    if isinstance(exc, BrokenProcessPool):
        return "parser process died while reading this feed"
    return f"could not parse the feed ({type(exc).__name__})"
