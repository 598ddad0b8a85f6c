"""Logging to a rotating file in the profile's log folder (stderr stays for one-line errors)."""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import sys
from pathlib import Path

HANDLER_NAME = "newsreader"  # our handler on the `newsreader` logger: set up once per process


class _LogFile(logging.handlers.RotatingFileHandler):
    """The rotating log file, which says once, in one line, that it cannot be written.

    logging's default prints a traceback to stderr for every record it fails to write: on a
    full disk that was thousands of lines around the CLI's one-line messages (issue 12).
    The log is a diagnostic aid, so after the first failure it stays quiet; records that
    could not be written are lost, the program goes on.
    """

    _reported = False

    def handleError(self, record: logging.LogRecord) -> None:
        if self._reported:
            return
        self._reported = True
        error = sys.exc_info()[1]
        reason = getattr(error, "strerror", None) or error or "unknown error"
        with contextlib.suppress(OSError, ValueError):  # stderr gone too: nothing to tell
            sys.stderr.write(
                f"newsreader: cannot write the log {self.baseFilename} ({reason}); "
                "later failures to write it are not reported\n"
            )


def setup_logging(log_dir: Path) -> None:
    """Send `newsreader.*` records to log_dir/newsreader.log; never fails the caller."""
    root = logging.getLogger("newsreader")
    if any(h.get_name() == HANDLER_NAME for h in root.handlers):
        return
    level = logging.DEBUG if os.environ.get("NEWSREADER_DEBUG") else logging.INFO
    root.setLevel(level)
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = _LogFile(
            log_dir / "newsreader.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    handler.set_name(HANDLER_NAME)
    root.addHandler(handler)
    root.propagate = False
