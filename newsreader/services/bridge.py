"""The one QObject through which worker threads hand results to the GUI thread.

Workers (the refresh pool, the writer thread) never touch widgets or models. They call the
plain methods here, which emit signals; because the bridge lives on the GUI thread, Qt queues
the delivery and the connected slots run there. After `close()` late results are dropped, so a
refresh that finishes while the window is closing cannot reach a deleted object.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger("newsreader.services.bridge")
T = TypeVar("T")


class Bridge(QObject):
    """Queued signals from workers to the GUI thread."""

    # A FeedProgress from the refresh pipeline (typed `object`: Qt carries it opaquely).
    refresh_progressed = Signal(object)
    refresh_finished = Signal(object)  # RefreshSummary
    refresh_failed = Signal(str)  # one-line reason; the refresh as a whole did not run
    _deliver = Signal(object, object)  # (callback, value) run on the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._closed = threading.Event()
        self._deliver.connect(self._on_deliver)

    def close(self) -> None:
        """Stop delivering; called by the window before it is destroyed."""
        self._closed.set()

    @property
    def closed(self) -> bool:
        return self._closed.is_set()

    def emit_safely(self, signal_name: str, *args: object) -> None:
        """Emit one of the public signals from any thread, unless the bridge is closed."""
        if self._closed.is_set():
            return
        try:
            getattr(self, signal_name).emit(*args)
        except RuntimeError:  # the C++ side is gone: the window closed under us
            log.debug("dropped %s after close", signal_name)

    def call_on_gui(self, callback: Callable[[Any], None], value: object) -> None:
        """Run `callback(value)` on the GUI thread; safe to call from any thread."""
        if self._closed.is_set():
            return
        try:
            self._deliver.emit(callback, value)
        except RuntimeError:
            log.debug("dropped a delivery after close")

    def when_done(
        self,
        future: Future[T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Turn a writer/worker future into a GUI-thread callback; never blocks."""

        def done(fut: Future[T]) -> None:
            exc = fut.exception()
            if exc is not None:
                if on_error is not None:
                    self.call_on_gui(on_error, exc)
            elif on_done is not None:
                self.call_on_gui(on_done, fut.result())

        future.add_done_callback(done)

    @Slot(object, object)
    def _on_deliver(self, callback: Callable[[Any], None], value: object) -> None:
        if self._closed.is_set():
            return
        try:
            callback(value)
        except Exception:
            # A bug in a GUI callback must not kill the event loop; it reaches the log.
            log.exception("GUI callback failed")
