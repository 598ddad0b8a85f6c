"""Logging to a rotating file in the profile's log folder (stderr stays for one-line errors)."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path


def setup_logging(log_dir: Path) -> None:
    """Send `newsreader.*` records to log_dir/newsreader.log; never fails the caller."""
    root = logging.getLogger("newsreader")
    if any(getattr(h, "_newsreader", False) for h in root.handlers):
        return
    level = logging.DEBUG if os.environ.get("NEWSREADER_DEBUG") else logging.INFO
    root.setLevel(level)
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            log_dir / "newsreader.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    handler._newsreader = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.propagate = False
