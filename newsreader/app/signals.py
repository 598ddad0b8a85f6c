"""SIGTERM and SIGINT close the window the way its close button does.

A session logout, `kill` or Ctrl+C in a terminal used to end the process on the spot: the
read being timed was lost, the window state not saved, parser processes left for the resource
tracker. Python runs signal handlers only between bytecodes while Qt's event loop sits in C++,
so the C-level handler writes the signal number to a socket (`signal.set_wakeup_fd`) that a
QSocketNotifier watches: the loop wakes at once and closes every window (which stops the
poller and closes the engine), then quits. GUI thread, POSIX only.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication

log = logging.getLogger("newsreader.app.signals")
QUIT_SIGNALS = ("SIGTERM", "SIGINT", "SIGHUP")
# A second start on the same profile sends this: bring the window to the front (single_instance).
RAISE_SIGNALS = ("SIGUSR1",)


class _SignalNotifier(QSocketNotifier):
    """Watches the reading end of the wakeup socket pair, and keeps both ends open as long as
    it lives (the C-level handler writes to the other end)."""

    def __init__(self, sockets: tuple[socket.socket, socket.socket], parent: QObject) -> None:
        super().__init__(sockets[0].fileno(), QSocketNotifier.Type.Read, parent)
        self.sockets = sockets


def quit_on_signals(app: QApplication) -> QSocketNotifier:
    """Install the handlers for the app's lifetime (main thread, before the event loop)."""
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    for name in QUIT_SIGNALS + RAISE_SIGNALS:
        # A Python-level handler must exist for the wakeup byte to be written; the work
        # itself happens in the event loop below.
        signal.signal(getattr(signal, name), lambda _number, _frame: None)
    notifier = _SignalNotifier((reader, writer), app)

    def on_signal(*_args: object) -> None:
        received = b""
        with contextlib.suppress(OSError):
            received = reader.recv(64)
        names = sorted({signal.Signals(n).name for n in received if n in _numbers()})
        if not names and any(n in _numbers(RAISE_SIGNALS) for n in received):
            log.info("another start on this profile: raising the window")
            for widget in app.topLevelWidgets():
                if widget.isWindow() and widget.objectName() == "mainWindow":
                    if widget.isMinimized():
                        widget.showNormal()
                    else:
                        widget.show()
                    widget.raise_()
                    widget.activateWindow()
            return
        log.info("%s received: closing the window", ", ".join(names) or "a signal")
        app.closeAllWindows()
        app.quit()

    notifier.activated.connect(on_signal)
    return notifier


def _numbers(names: tuple[str, ...] = QUIT_SIGNALS) -> set[int]:
    return {int(getattr(signal, name)) for name in names}
