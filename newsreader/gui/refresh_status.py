"""The status bar's side of a refresh: the progress bar, the Refresh action, one line of text.

A part of the main window (it builds one); the poller says a run started, the bridge brings
each feed's progress and the run's end. GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QProgressBar

from newsreader.core.types import FeedProgress, RefreshSummary
from newsreader.services.bridge import Bridge
from newsreader.services.poller import Poller


class RefreshStatus(QObject):
    """Shows a refresh in progress and says how it ended."""

    def __init__(
        self,
        *,
        bar: QProgressBar,
        action: QAction,
        poller: Poller,
        bridge: Bridge,
        report: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._bar = bar
        self._action = action
        self._report = report
        poller.refresh_started.connect(self._on_refresh_started)
        bridge.refresh_progressed.connect(self._on_refresh_progressed)
        bridge.refresh_finished.connect(self._on_refresh_finished)
        bridge.refresh_failed.connect(self._on_refresh_failed)

    @Slot()
    def _on_refresh_started(self) -> None:
        bar = self._bar
        bar.setRange(0, 0)
        bar.setFormat("Refreshing…")
        bar.setVisible(True)
        self._action.setEnabled(False)
        self._report("Refreshing feeds…")

    @Slot(object)
    def _on_refresh_progressed(self, progress: FeedProgress) -> None:
        bar = self._bar
        bar.setRange(0, max(1, progress.total))
        bar.setValue(progress.done)
        bar.setFormat(f"Refreshing {progress.done} of {progress.total}")

    @Slot(object)
    def _on_refresh_finished(self, summary: RefreshSummary) -> None:
        self._bar.setVisible(False)
        self._action.setEnabled(True)
        text = f"{summary.new_articles} new, {summary.failed} failed"
        if summary.feeds == 0:
            text = "No feeds were due"
        self._report(text)

    @Slot(str)
    def _on_refresh_failed(self, reason: str) -> None:
        self._bar.setVisible(False)
        self._action.setEnabled(True)
        self._report(f"Refresh failed: {reason}")
