"""The status bar's side of a refresh: the progress bar, the Refresh action, one line of text.

A refresh has two phases the user can see. The feeds phase ("Refreshing feeds — 6 of 40")
is the refresh as far as the Refresh action is concerned: it is disabled only then. The
caching phase ("Caching images and pages — 12 of 300") follows in the background, never
disables Refresh and has its own Stop button. Each phase's line replaces the one before it;
the final summary ("40 feeds refreshed, 120 new articles; 300 images cached, 12 could not be
fetched") goes away by itself after a while, unless something else was said meanwhile.

A part of the main window (it builds one); the poller says a run or a caching phase started,
the bridge and the poller bring progress and the ends. GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QProgressBar, QStatusBar, QToolButton

from newsreader.core.types import CachingProgress, FeedProgress, RefreshSummary
from newsreader.services.bridge import Bridge
from newsreader.services.poller import Poller

_CONTEXT = "RefreshStatus"
RESULT_SHOWN_MS = 20_000  # how long the final summary stays in the status bar


def plural(one: str, many: str, n: int) -> str:
    """`many` ("%n feeds refreshed") translated with Qt's numerus forms for `n`; untranslated
    (English), `one` for 1 and `many` otherwise, so English never reads "feed(s)"."""
    translated = QCoreApplication.translate(_CONTEXT, many, None, n)
    if translated != many.replace("%n", str(n)):
        return translated  # a translation with its own plural forms
    return (one if n == 1 else many).replace("%n", str(n))


def _tr(text: str, *args: object) -> str:
    """`text` translated, its %1, %2… filled in from `args`."""
    translated = QCoreApplication.translate(_CONTEXT, text)
    for number, value in reversed(list(enumerate(args, 1))):
        translated = translated.replace(f"%{number}", str(value))
    return translated


def feeds_text(summary: RefreshSummary) -> str:
    """The feeds phase in one sentence: "40 feeds refreshed, 120 new articles"."""
    if summary.feeds == 0:
        return _tr("No feeds were due for a refresh.")
    refreshed = summary.feeds - summary.failed
    parts = [plural("%n feed refreshed", "%n feeds refreshed", refreshed)]
    if summary.failed:
        parts.append(
            plural("%n could not be refreshed", "%n could not be refreshed", summary.failed)
        )
    parts.append(plural("%n new article", "%n new articles", summary.new_articles))
    return ", ".join(parts)


def images_text(images_cached: int, images_failed: int) -> str:
    """The caching phase in words: "300 images cached, 12 could not be fetched"."""
    text = plural("%n image cached", "%n images cached", images_cached)
    if images_failed:
        failed = plural("%n could not be fetched", "%n could not be fetched", images_failed)
        text = f"{text}, {failed}"
    return text


def summary_text(summary: RefreshSummary, caching: CachingProgress | None = None) -> str:
    """The whole refresh: the feeds, then (when there was any) what the caching phase did."""
    parts = [feeds_text(summary)]
    cached = caching.images_cached if caching is not None else summary.images_cached
    failed = caching.images_failed if caching is not None else summary.images_failed
    if cached or failed:
        parts.append(images_text(cached, failed))
    if caching is not None and caching.cancelled:
        parts.append(_tr("caching was stopped (the next refresh goes on with it)"))
    return joined(parts)


def joined(parts: list[str]) -> str:
    """Clauses of one line, "; " between them (a sentence's full stop goes at the end)."""
    if len(parts) == 1:
        return parts[0]
    return "; ".join(p.removesuffix(".") for p in parts)


class RefreshStatus(QObject):
    """Shows a refresh in progress, phase by phase, and says how it ended."""

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
        self._poller = poller
        self._report_to = report
        self._feeds_running = False
        self._caching_running = False
        self._last_summary: RefreshSummary | None = None
        self._caching_progress: CachingProgress | None = None
        self._shown = ""  # the last line said, to clear it only if it is still ours
        self._clear = QTimer(self)
        self._clear.setSingleShot(True)
        self._clear.timeout.connect(self._on_clear_timeout)
        status_bar = bar.parentWidget()
        self._status_bar = status_bar if isinstance(status_bar, QStatusBar) else None
        self.stop_button = QToolButton(bar.parentWidget())
        self.stop_button.setObjectName("stopCachingButton")
        self.stop_button.setText(_tr("Stop caching"))
        self.stop_button.setToolTip(
            _tr("Stop fetching images and pages now; the next refresh goes on with them.")
        )
        self.stop_button.setAutoRaise(True)
        self.stop_button.clicked.connect(self._on_stop_clicked)
        if self._status_bar is not None:
            self._status_bar.addPermanentWidget(self.stop_button)
        self.stop_button.setVisible(False)
        poller.refresh_started.connect(self._on_refresh_started)
        poller.caching_started.connect(self._on_caching_started)
        poller.caching_progressed.connect(self._on_caching_progressed)
        poller.caching_finished.connect(self._on_caching_finished)
        bridge.refresh_progressed.connect(self._on_refresh_progressed)
        bridge.refresh_finished.connect(self._on_refresh_finished)
        bridge.refresh_failed.connect(self._on_refresh_failed)

    # -- the text ----------------------------------------------------------------------------

    def _report(self, text: str, *, lasting: bool = True) -> None:
        """Say `text`; a result (`lasting` False) is cleared after RESULT_SHOWN_MS."""
        self._shown = text
        self._report_to(text)
        if lasting:
            self._clear.stop()
        else:
            self._clear.start(RESULT_SHOWN_MS)

    @Slot()
    def _on_clear_timeout(self) -> None:
        bar = self._status_bar
        if bar is not None and bar.currentMessage() == self._shown:
            bar.clearMessage()
        elif bar is None:
            self._report_to("")
        self._shown = ""

    # -- the feeds phase -----------------------------------------------------------------

    @Slot()
    def _on_refresh_started(self) -> None:
        self._feeds_running = True
        bar = self._bar
        bar.setRange(0, 0)
        self._set_format(_tr("Refreshing feeds…"))
        bar.setVisible(True)
        self._action.setEnabled(False)
        self._report(_tr("Refreshing feeds…"))

    @Slot(object)
    def _on_refresh_progressed(self, progress: FeedProgress) -> None:
        bar = self._bar
        bar.setRange(0, max(1, progress.total))
        bar.setValue(progress.done)
        self._set_format(_tr("Refreshing feeds — %1 of %2", progress.done, progress.total))

    @Slot(object)
    def _on_refresh_finished(self, summary: RefreshSummary) -> None:
        self._feeds_running = False
        self._action.setEnabled(True)
        before = self._last_summary
        if self._caching_running and summary.caching and before is not None:
            # Merged into the phase running: its result counts the articles of both.
            merged = before.new_articles + summary.new_articles
            self._last_summary = replace(summary, new_articles=merged)
        elif summary.caching or not self._caching_running:
            self._last_summary = summary  # the feeds a caching phase's result is told with
        if summary.caching or self._caching_running:
            self._show_caching_bar()
            self._report(joined([feeds_text(summary), _tr("caching images and pages…")]))
        else:
            self._bar.setVisible(False)
            self._report(summary_text(summary), lasting=False)

    @Slot(str)
    def _on_refresh_failed(self, reason: str) -> None:
        self._feeds_running = False
        self._action.setEnabled(True)
        if self._caching_running:
            self._show_caching_bar()
        else:
            self._bar.setVisible(False)
        self._report(_tr("The refresh failed: %1", reason), lasting=False)

    # -- the caching phase ----------------------------------------------------------------

    @Slot()
    def _on_caching_started(self) -> None:
        self._caching_running = True
        self._caching_progress = None
        self.stop_button.setVisible(True)
        self.stop_button.setEnabled(True)
        if not self._feeds_running:
            self._show_caching_bar()

    @Slot(object)
    def _on_caching_progressed(self, progress: CachingProgress) -> None:
        self._caching_progress = progress
        if not self._feeds_running:
            self._show_caching_bar()

    @Slot(object)
    def _on_caching_finished(self, progress: CachingProgress | None) -> None:
        self._caching_running = False
        self._caching_progress = None
        self.stop_button.setVisible(False)
        if self._feeds_running:
            return  # the feeds phase of the next refresh has the bar and the line now
        self._bar.setVisible(False)
        if progress is None:
            return  # its work was done by the phase before it, which said so
        if self._status_bar is not None and self._status_bar.currentMessage() not in (
            "",
            self._shown,
        ):
            return  # something newer was said meanwhile (offline, a search): leave it
        summary = self._last_summary or RefreshSummary()
        self._report(summary_text(summary, progress), lasting=False)

    @Slot()
    def _on_stop_clicked(self) -> None:
        self.stop_button.setEnabled(False)
        self._poller.cancel_caching()
        self._report(_tr("Stopping the caching of images and pages…"))

    def _set_format(self, text: str) -> None:
        """The bar's text, with room for it (the longest phase line is wider than the bar)."""
        bar = self._bar
        needed = bar.fontMetrics().horizontalAdvance(text) + 2 * bar.fontMetrics().height()
        if bar.maximumWidth() < needed:
            bar.setMaximumWidth(needed)
        bar.setMinimumWidth(max(bar.minimumWidth(), needed))  # grows only: no jitter
        bar.setFormat(text)

    def _show_caching_bar(self) -> None:
        bar = self._bar
        progress = self._caching_progress
        if progress is None or progress.total == 0:
            bar.setRange(0, 0)
            self._set_format(_tr("Caching images and pages…"))
        else:
            bar.setRange(0, progress.total)
            bar.setValue(progress.done)
            done, total = progress.done, progress.total
            self._set_format(_tr("Caching images and pages — %1 of %2", done, total))
        bar.setVisible(True)
