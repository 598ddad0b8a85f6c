"""Offline mode: notice that the network is down, say so once, pause polling, resume by itself.

`NetworkGate` wraps the refresh pipeline the poller runs (same `RefreshRunner` seam, so the
poller needs no change). A refresh in which every feed failed because its site could not be
reached (`core.failures.network_down`, by the failure kinds: host not found, connection refused
or timed out, proxy down) means "offline": later timed refreshes first
probe one of those hosts with a plain TCP connect and only refresh when it answers, and
`next_due` backs off (30 s doubling to 15 min). "Work offline" skips refreshes entirely. The
gate's methods run on the refresh thread; its state is guarded by a lock.

`OfflineMode` is the window side: a banner above the panes, one status-bar message, and the
View › Work offline action. GUI thread.
"""

from __future__ import annotations

import logging
import socket
import threading
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Slot
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMenu, QSizePolicy, QVBoxLayout

from newsreader.core import failures
from newsreader.core.types import CachingProgress, RefreshSummary
from newsreader.services.bridge import Bridge
from newsreader.services.poller import CachingRunner, Poller, RefreshRunner

log = logging.getLogger("newsreader.gui.offline")
# The banner's (background, text): a warm notice on light themes, a dim amber strip on dark.
BANNER_LIGHT = ("#fff4ce", "#4a3b00")
BANNER_DARK = ("#3b3217", "#f3e3a6")
PROBE_TIMEOUT_S = 3.0
PROBE_HOSTS = 3


def tcp_probe(hosts: Sequence[tuple[str, int]], timeout: float = PROBE_TIMEOUT_S) -> bool:
    """True when any of the hosts accepts a TCP connection (cheap: no request is sent)."""
    for host, port in hosts:
        try:
            with socket.create_connection((host, port), timeout=timeout):
                return True
        except OSError:
            continue
    return False


def _host_port(url: str) -> tuple[str, int] | None:
    try:
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        return None
    return (parts.hostname, port) if parts.hostname else None


class NetworkGate:
    """A RefreshRunner in front of the real one that holds refreshes while offline."""

    def __init__(
        self,
        refresher: RefreshRunner,
        clock: Callable[[], datetime],
        *,
        probe: Callable[[Sequence[tuple[str, int]]], bool] = tcp_probe,
        first_backoff_s: float = 30.0,
        max_backoff_s: float = 900.0,
    ) -> None:
        self._refresher = refresher
        self._clock = clock
        self._probe = probe
        self.first_backoff_s = first_backoff_s
        self.max_backoff_s = max_backoff_s
        self._lock = threading.Lock()
        self._offline = False
        self._work_offline = False
        self._backoff_s = first_backoff_s
        self._hosts: list[tuple[str, int]] = []

    @property
    def offline(self) -> bool:
        with self._lock:
            return self._offline

    @property
    def working_offline(self) -> bool:
        with self._lock:
            return self._work_offline

    @property
    def backoff_s(self) -> float:
        with self._lock:
            return self._backoff_s

    # The caching phase (issue 15) is the pipeline's own: passed through when it has one.
    def set_background_caching(self, on: bool) -> None:
        if isinstance(self._refresher, CachingRunner):
            self._refresher.set_background_caching(on)

    def cache(
        self, on_progress: Callable[[CachingProgress], None] | None = None
    ) -> CachingProgress | None:
        if isinstance(self._refresher, CachingRunner):
            return self._refresher.cache(on_progress)
        return None

    def cancel_caching(self) -> None:
        if isinstance(self._refresher, CachingRunner):
            self._refresher.cancel_caching()

    def set_work_offline(self, on: bool) -> None:
        with self._lock:
            self._work_offline = on

    def refresh(
        self,
        *,
        all_feeds: bool = False,
        feed_ids: Sequence[int] | None = None,
        on_progress: Callable[[Any], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> RefreshSummary:
        with self._lock:
            if self._work_offline:
                return RefreshSummary()
            hosts = list(self._hosts) if self._offline else []
        if hosts:
            if not self._probe(hosts):
                with self._lock:  # still down: wait longer before the next probe
                    self._backoff_s = min(self._backoff_s * 2, self.max_backoff_s)
                log.info("network still down; next probe in %.0f s", self._backoff_s)
                return RefreshSummary()
            with self._lock:  # a host answers: back online, even if no feed is due yet
                self._offline = False
                self._backoff_s = self.first_backoff_s
                self._hosts = []
        summary = self._refresher.refresh(
            all_feeds=all_feeds, feed_ids=feed_ids, on_progress=on_progress, cancel=cancel
        )
        down = failures.network_down(summary)
        with self._lock:
            if down:
                found = [_host_port(url) for url, _error in summary.errors[:PROBE_HOSTS]]
                self._hosts = [h for h in found if h is not None]
                if self._offline:
                    self._backoff_s = min(self._backoff_s * 2, self.max_backoff_s)
                self._offline = True
            elif summary.feeds:
                self._offline = False
                self._backoff_s = self.first_backoff_s
                self._hosts = []
        return summary

    def next_due(self) -> datetime | None:
        with self._lock:
            if self._work_offline:
                return None  # the poller waits its longest; unchecking refreshes at once
            if self._offline:
                return self._clock() + timedelta(seconds=self._backoff_s)
        return self._refresher.next_due()


# Marked here, translated where shown.
OFFLINE_TEXT = str(
    QT_TRANSLATE_NOOP(
        "OfflineMode",
        "You are offline. Every cached article can still be read; Newsreader will try again "
        "by itself.",
    )
)
WORK_OFFLINE_TEXT = str(
    QT_TRANSLATE_NOOP(
        "OfflineMode",
        "Working offline: feeds are not refreshed until you turn off View › Work offline.",
    )
)


class _Banner(QLabel):
    """The offline notice; follows the application palette between light and dark.

    Coloured through its palette, not a style sheet: a widget with a style sheet no longer
    receives the application's palette changes.
    """

    def __init__(self, parent: QMainWindow) -> None:
        super().__init__(parent)
        self.setObjectName("offlineBanner")
        self.setWordWrap(True)
        self.setMargin(8)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAutoFillBackground(True)
        self._restyle()

    def colors(self) -> tuple[str, str]:
        palette = self.palette()
        return (
            palette.color(QPalette.ColorRole.Window).name(),
            palette.color(QPalette.ColorRole.WindowText).name(),
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()

    def _restyle(self) -> None:
        # Judged by the application's palette: ours holds the banner colours themselves.
        dark = QApplication.palette().window().color().lightnessF() < 0.5
        wanted = BANNER_DARK if dark else BANNER_LIGHT
        if self.colors() == wanted:  # our own setPalette below comes back here once
            return
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(wanted[0]))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(wanted[1]))
        self.setPalette(palette)


class OfflineMode(QObject):
    """The window's offline banner, status message and Work offline action."""

    def __init__(
        self,
        *,
        window: QMainWindow,
        gate: NetworkGate,
        poller: Poller,
        bridge: Bridge,
        menu: QMenu,
        layout: QVBoxLayout,
        report: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._gate = gate
        self.gate = gate
        self._poller = poller
        self._report = report
        self.announcements = 0  # how many times "offline" was announced (once per outage)
        self.banner = _Banner(window)
        self.banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.banner.hide()
        layout.insertWidget(0, self.banner, 0)
        self.work_offline_action = QAction(
            QCoreApplication.translate("OfflineMode", "Work &offline"), self
        )
        self.work_offline_action.setObjectName("workOfflineAction")
        self.work_offline_action.setCheckable(True)
        self.work_offline_action.setToolTip(
            QCoreApplication.translate(
                "OfflineMode", "Pause refreshing; cached articles stay readable"
            )
        )
        menu.addSeparator()
        menu.addAction(self.work_offline_action)
        self.work_offline_action.toggled.connect(self._on_work_offline_toggled)
        # Connected after the window's own handler, so this message replaces "0 new, N failed".
        bridge.refresh_finished.connect(self._on_refresh_finished)
        self._was_offline = False

    @property
    def banner_text(self) -> str:
        return self.banner.text() if self.banner.isVisible() else ""

    @Slot(object)
    def _on_refresh_finished(self, _summary: object) -> None:
        if self._gate.working_offline:
            self._report(QCoreApplication.translate("OfflineMode", WORK_OFFLINE_TEXT))
            return
        offline = self._gate.offline
        if offline:
            if not self._was_offline:
                self.announcements += 1
                log.info("the network is down; polling pauses")
            self.banner.setText(QCoreApplication.translate("OfflineMode", OFFLINE_TEXT))
            self.banner.show()
            self._report(
                QCoreApplication.translate(
                    "OfflineMode", "Offline: the feeds could not be reached."
                )
            )
        elif self._was_offline:
            self.banner.hide()
            self._report(QCoreApplication.translate("OfflineMode", "Back online: feeds refreshed."))
        self._was_offline = offline

    @Slot(bool)
    def _on_work_offline_toggled(self, on: bool) -> None:
        self._gate.set_work_offline(on)
        if on:
            self.banner.setText(QCoreApplication.translate("OfflineMode", WORK_OFFLINE_TEXT))
            self.banner.show()
            self._report(QCoreApplication.translate("OfflineMode", "Working offline."))
            return
        self.banner.setVisible(self._was_offline)
        if self._was_offline:
            self.banner.setText(QCoreApplication.translate("OfflineMode", OFFLINE_TEXT))
        self._report(QCoreApplication.translate("OfflineMode", "Working online again."))
        self._poller.refresh_now(all_feeds=False)  # due feeds now; the timer takes it from there
