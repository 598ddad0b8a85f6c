"""Coalesce bursts of "something changed" into at most a few calls per second.

Refresh progress arrives as fast as feeds finish (hundreds per second with a local server);
recounting the tree and re-querying the list for each would stall the GUI thread. Every poke
inside one interval collapses into one call at its end. Lives on, and calls back on, the GUI
thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Slot


class Throttle(QObject):
    """Calls `callback` at most once per `interval_ms`, after the first poke of each interval."""

    def __init__(
        self, callback: Callable[[], None], interval_ms: int = 250, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._callback = callback
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timer_timeout)

    def poke(self) -> None:
        """Ask for one call soon; further pokes before it runs are absorbed."""
        if not self._timer.isActive():
            self._timer.start()

    def flush(self) -> None:
        """Run a pending call now (e.g. when a refresh ends), so the last state is shown."""
        if self._timer.isActive():
            self._timer.stop()
            self._callback()

    def cancel(self) -> None:
        """Drop a pending call (the window is closing)."""
        self._timer.stop()

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._callback()
