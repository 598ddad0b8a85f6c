"""Retention: old articles go (never starred; unread only if chosen), and so do their images.

Runs on the writer thread when a refresh is done (the writer is idle then): `Store.purge`
deletes and tombstones the articles, so the next fetch does not bring them back, then every
cached image no article uses any more is deleted from disk and forgotten — except the files
feeds use as icons (`feeds.icon_sha`), which share the cache folder. `clear_images`
backs the settings dialog's "clear images" button; the size shown beside it is
`core.imageinfo.cache_size` (importable by the GUI without pulling in storage).
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from newsreader.core import prefs
from newsreader.core.imageinfo import cache_size, image_path

if TYPE_CHECKING:
    from newsreader.storage.writer import Store

__all__ = [
    "RetentionResult",
    "RetentionSettings",
    "cache_size",
    "clear_images",
    "retention_settings",
    "run_retention",
]

log = logging.getLogger("newsreader.update.retention")

# The keys, from the one preferences schema (core.prefs), under their older names here.
DAYS_KEY = prefs.RETENTION_DAYS.key
PER_FEED_KEY = prefs.RETENTION_PER_FEED.key
KEEP_UNREAD_KEY = prefs.RETENTION_KEEP_UNREAD.key
# A file in the cache folder the index does not know is an orphan only once it is this old:
# younger ones may belong to a download whose row the writer has not stored yet.
_ORPHAN_AGE_S = 3600.0


@dataclass(frozen=True, slots=True)
class RetentionSettings:
    """None means "no limit": by default nothing is ever purged (the user opts in)."""

    max_age_days: float | None = None
    max_per_feed: int | None = None
    keep_unread: bool = True

    @property
    def enabled(self) -> bool:
        return self.max_age_days is not None or self.max_per_feed is not None


@dataclass(frozen=True, slots=True)
class RetentionResult:
    articles: int
    image_files: int
    bytes_freed: int


def retention_settings(store: Store) -> RetentionSettings:
    """The profile's retention settings; malformed values count as "no limit"."""
    return RetentionSettings(
        prefs.RETENTION_DAYS.get(store.setting),
        prefs.RETENTION_PER_FEED.get(store.setting),
        prefs.RETENTION_KEEP_UNREAD.get(store.setting),
    )


def run_retention(
    store: Store, images_dir: Path, settings: RetentionSettings, now: datetime
) -> RetentionResult:
    """Writer thread: purge by the settings, then delete the images nobody uses any more."""
    purged = 0
    if settings.enabled:
        purged = store.purge(
            now, settings.max_age_days, settings.max_per_feed, settings.keep_unread
        )
    icons = store.icon_hashes()
    unused = store.unused_images()
    # An article image that is also a feed's icon loses its index row, not its file.
    files, freed = _delete_files(images_dir, [h for h in unused if h not in icons])
    if unused:
        store.forget_images(unused)
    orphans, orphan_bytes = _delete_orphans(images_dir, store.image_hashes() | icons, now)
    if purged or files or orphans:
        log.info(
            "retention: %d articles purged, %d image files deleted (%d orphans), %d bytes freed",
            purged, files + orphans, orphans, freed + orphan_bytes,
        )  # fmt: skip
    return RetentionResult(purged, files + orphans, freed + orphan_bytes)


def _delete_files(images_dir: Path, hashes: Iterable[str]) -> tuple[int, int]:
    count = freed = 0
    for sha in hashes:
        path = image_path(images_dir, sha)
        with contextlib.suppress(FileNotFoundError):
            size = path.stat().st_size
            path.unlink()
            count += 1
            freed += size
    return count, freed


def _delete_orphans(images_dir: Path, known: set[str], now: datetime) -> tuple[int, int]:
    """Files no index row names (a crash between download and store, a failed write)."""
    count = freed = 0
    if not images_dir.is_dir():
        return 0, 0
    cutoff = now.timestamp() - _ORPHAN_AGE_S
    with os.scandir(images_dir) as entries:
        for entry in entries:
            if not entry.is_file(follow_symlinks=False) or entry.name in known:
                continue
            with contextlib.suppress(FileNotFoundError):
                info = entry.stat(follow_symlinks=False)
                if info.st_mtime < cutoff:
                    os.unlink(entry.path)
                    count += 1
                    freed += info.st_size
    return count, freed


def clear_images(store: Store, images_dir: Path) -> RetentionResult:
    """Writer thread: empty the image cache ("clear images"); articles keep their text.

    The index is cleared first, so a failure half-way leaves orphan files (removed by the next
    retention run), never rows pointing at missing files. Cleared images show as placeholders
    with "load image"; later refreshes do not fetch them again by themselves. Feed icons
    stay: they are a few KB, and the tree would lose them until their next weekly look.
    """
    icons = store.icon_hashes()
    hashes = store.clear_image_cache()
    files, freed = _delete_files(images_dir, [h for h in hashes if h not in icons])
    if images_dir.is_dir():
        with os.scandir(images_dir) as entries:
            for entry in entries:
                if entry.is_file(follow_symlinks=False) and entry.name not in icons:
                    with contextlib.suppress(FileNotFoundError):
                        size = entry.stat(follow_symlinks=False).st_size
                        os.unlink(entry.path)
                        files += 1
                        freed += size
    log.info("image cache cleared: %d files, %d bytes", files, freed)
    return RetentionResult(0, files, freed)
