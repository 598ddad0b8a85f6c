"""One window per profile: a second `newsreader` brings the first window to the front.

Two windows on one profile each run a writer, a poller and a parser pool over the same
library: twice the requests, and edits in one never shown in the other (issue 12). The
window holds an exclusive `flock` on `window.lock` beside the database (never on the
database file itself: closing a descriptor on that would drop SQLite's own locks). The lock
holder's pid is written in the file; a second start sends it SIGUSR1, which the first
window's signal handler turns into "raise the window" (see `app/signals.py`). The kernel
drops the lock when the process ends, even by kill -9, so a stale file never blocks a start.
CLI commands take no lock: they work beside the window through SQLite's own locking.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
from pathlib import Path
from typing import IO

log = logging.getLogger("newsreader.app")
LOCK_NAME = "window.lock"
RAISE_SIGNAL = "SIGUSR1"


class WindowLock:
    """The profile's window lock, held for the life of the process once acquired."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_NAME
        self._file: IO[str] | None = None

    def acquire(self) -> int | None:
        """Take the lock; returns None on success, else the pid of the window holding it."""
        if os.name != "posix":  # flock is POSIX; elsewhere SQLite's locking alone guards
            return None
        import fcntl  # noqa: PLC0415

        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = self.path.open("a+", encoding="utf-8")
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            text = handle.read().strip()
            handle.close()
            return int(text) if text.isdigit() else 0
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        self._file = handle
        return None

    def release(self) -> None:
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._file.close()
            self._file = None


def raise_running_window(pid: int) -> bool:
    """Ask the window holding the lock to come to the front; False when it cannot be told."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, getattr(signal, RAISE_SIGNAL))
    except OSError as exc:
        log.warning("could not reach the running window (pid %d): %s", pid, exc)
        return False
    return True
