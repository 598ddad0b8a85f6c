"""Runs the dialog's blocking work (HTTP, keyring, file I/O, writes) off the GUI thread.

Jobs run on a small thread pool owned by the dialog; their results come back to the GUI
thread through a `Bridge` (a queued signal). A `Token` lets the user cancel: a cancelled job
may still finish its request, but its result is dropped and never reaches a widget.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal

from newsreader.core.errors import NewsreaderError
from newsreader.services.bridge import Bridge
from newsreader.services.writes import WriteQueue
from newsreader.usecases.ports import GuiStore

log = logging.getLogger("newsreader.gui.settings")
T = TypeVar("T")


class Token:
    """Cancellation flag shared by a job and the GUI; cheap to check from any thread."""

    def __init__(self) -> None:
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()


def describe(exc: BaseException) -> str:
    """One line for the user; our own errors already say what went wrong."""
    if isinstance(exc, NewsreaderError):
        return str(exc)
    return QCoreApplication.translate("Settings", "unexpected error ({kind}); see the log").format(
        kind=type(exc).__name__
    )


class TaskRunner(QObject):
    """A thread pool plus a bridge back to the GUI thread; `busy_changed` drives progress UI."""

    busy_changed = Signal(bool)

    def __init__(self, writer: WriteQueue, parent: QObject | None = None, workers: int = 2) -> None:
        super().__init__(parent)
        self._writer = writer
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="settings")
        self._bridge = Bridge(self)
        self._running = 0

    @property
    def busy(self) -> bool:
        return self._running > 0

    def run(
        self,
        job: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: Callable[[str], None],
        token: Token | None = None,
    ) -> Future[T]:
        """Run `job()` on the pool; exactly one of the callbacks runs later on the GUI thread."""
        return self._watch(self._pool.submit(self._logged(job)), on_done, on_error, token)

    def write(
        self,
        job: Callable[[GuiStore], T],
        on_done: Callable[[T], None],
        on_error: Callable[[str], None],
    ) -> Future[T]:
        """Run `job(store)` on the single writer thread; callbacks as for `run`."""
        return self._watch(self._writer.submit(job), on_done, on_error, None)

    def close(self) -> None:
        """Drop late results and stop accepting work; running requests end on their own."""
        self._bridge.close()
        self._pool.shutdown(wait=False, cancel_futures=True)

    @staticmethod
    def _logged(job: Callable[[], T]) -> Callable[[], T]:
        def run() -> T:
            try:
                return job()
            except NewsreaderError:
                raise
            except Exception:
                log.exception("settings job failed")
                raise

        return run

    def _watch(
        self,
        future: Future[T],
        on_done: Callable[[T], None],
        on_error: Callable[[str], None],
        token: Token | None,
    ) -> Future[T]:
        self._set_running(+1)

        def finished(value: object) -> None:
            self._set_running(-1)
            if token is not None and token.cancelled:
                return
            if isinstance(value, _Failure):
                on_error(describe(value.exc))
            else:
                on_done(value)  # type: ignore[arg-type]

        def done(fut: Future[T]) -> None:
            exc = fut.exception() if not fut.cancelled() else NewsreaderError("cancelled")
            self._bridge.call_on_gui(finished, _Failure(exc) if exc is not None else fut.result())

        future.add_done_callback(done)
        return future

    def _set_running(self, delta: int) -> None:
        before = self._running > 0
        self._running += delta
        if (self._running > 0) != before:
            self.busy_changed.emit(self._running > 0)


class _Failure:
    __slots__ = ("exc",)

    def __init__(self, exc: BaseException) -> None:
        self.exc = exc
