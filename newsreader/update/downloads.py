"""Downloading an article's enclosure into the downloads folder (issue 16).

The fetch is the project's own (`core.fetch`, through `images.fetch_for_feed` so the feed's
address rules apply at every hop and connection): connect and read timeouts from the network
settings, a wall-clock deadline watched by the fetcher's watchdog, and a size cap on the
decoded body (`prefs.DOWNLOAD_MAX_MB`), checked against Content-Length before the first byte
and counted on every chunk after it. The body streams into a hidden temporary file in the
downloads folder; only a complete download is renamed (`os.replace`) to a name the app made
(`core.filenames`), so a failure, a cap or a cancel leaves nothing behind. No shell, no
external program: opening the file is the GUI's business (the desktop's own player).

Runs on a network thread; `progress` is called there too (the GUI bridges it).
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from newsreader.core import prefs
from newsreader.core.failures import failure_line
from newsreader.core.fetch import Fetcher, FetchLimits
from newsreader.core.filenames import is_safe_name, reserve, safe_name
from newsreader.core.prefs import Setting
from newsreader.core.types import FetchFailure, FetchKind, StoredEnclosure
from newsreader.update.images import address_refusal, fetch_for_feed

log = logging.getLogger("newsreader.downloads")

# A podcast episode or a video takes minutes on a slow line: the whole download may take an
# hour; the connect and read timeouts (each wait for a byte) are the user's network timeout.
DOWNLOAD_DEADLINE = 3600.0
_PROGRESS_EVERY = 0.1  # seconds between two progress reports
_TEMP_PREFIX = ".newsreader-"
_TEMP_SUFFIX = ".part"
_VAGUE_TYPES = frozenset({"", "application/octet-stream", "binary/octet-stream"})
ACCEPT = "audio/*, video/*, application/pdf;q=0.9, */*;q=0.5"

# (bytes so far, total bytes if known)
Progress = Callable[[int, int | None], None]


@dataclass(frozen=True, slots=True)
class DownloadResult:
    """How one download ended: a file in the downloads folder, or why not."""

    enclosure_id: int
    path: Path | None = None  # the finished file (its name is the app's)
    error: str | None = None  # one line for a person; None on success or cancel
    failure: FetchFailure | None = None
    cancelled: bool = False
    size: int = 0

    @property
    def ok(self) -> bool:
        return self.path is not None


def downloads_folder(setting: Setting, default: Path) -> Path:
    """The folder downloads go to: the user's choice, else `default` (the profile's)."""
    chosen = prefs.DOWNLOADS_DIR.get(setting).strip()
    return Path(chosen).expanduser() if chosen else default


def download_limits(setting: Setting, base: FetchLimits | None = None) -> FetchLimits:
    """The fetch limits of a download: the network timeouts, a long deadline, the size cap."""
    limits = base or FetchLimits()
    timeout = prefs.NETWORK_TIMEOUT.get(setting)
    seconds = float(min(timeout, 300)) if timeout is not None else None
    return FetchLimits(
        connect_timeout=seconds or limits.connect_timeout,
        read_timeout=seconds or limits.read_timeout,
        total_deadline=DOWNLOAD_DEADLINE,
        max_bytes=prefs.DOWNLOAD_MAX_MB.get(setting) * 1024 * 1024,
        max_redirects=limits.max_redirects,
    )


def stored_file(folder: Path, enclosure: StoredEnclosure) -> Path | None:
    """The downloaded file of an enclosure, if it is still there (and its name is one of ours:
    a damaged database must not point the player at another file)."""
    name = enclosure.download
    if not name or not is_safe_name(name):
        return None
    path = folder / name
    return path if path.is_file() else None


class _FileSink:
    """Writes the streamed body into the temporary file; says stop on cancel or a disk error."""

    def __init__(
        self,
        file: tempfile._TemporaryFileWrapper[bytes],
        cancel: threading.Event | None,
        progress: Progress | None,
        claimed: int | None,
    ) -> None:
        self.file = file
        self.cancel = cancel
        self.progress = progress
        self.total = claimed
        self.received = 0
        self.headers: Mapping[str, str] = {}
        self.disk_error: OSError | None = None
        self._reported = 0.0

    def start(self, headers: Mapping[str, str]) -> None:
        self.headers = headers
        declared = headers.get("Content-Length", "").strip()
        encoded = headers.get("Content-Encoding", "identity").strip().lower()
        if declared.isdigit() and encoded in ("", "identity"):
            self.total = int(declared)
        if self.progress is not None:
            self.progress(0, self.total)

    def write(self, chunk: bytes) -> bool:
        if self.cancel is not None and self.cancel.is_set():
            return False
        try:
            self.file.write(chunk)
        except OSError as exc:  # the disk is full: stop now, report it as this machine's
            self.disk_error = exc
            return False
        self.received += len(chunk)
        now = time.monotonic()
        if self.progress is not None and now - self._reported >= _PROGRESS_EVERY:
            self._reported = now
            self.progress(self.received, self.total)
        return True


def download_enclosure(
    fetcher: Fetcher,
    enclosure: StoredEnclosure,
    feed_url: str,
    title: str,
    folder: Path,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> DownloadResult:
    """Fetch one enclosure into `folder` under a safe, unique name; never raises.

    `fetcher` carries the download's limits (`download_limits`); `feed_url` decides which
    addresses the file may come from (the feed's rules, as for its images).
    """
    eid = enclosure.id
    refusal = address_refusal(enclosure.url, feed_url)
    if refusal is not None:
        return DownloadResult(eid, error=refusal.message, failure=refusal.failure)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temp = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed or removed below
            dir=folder, prefix=_TEMP_PREFIX, suffix=_TEMP_SUFFIX, delete=False
        )
    except OSError as exc:
        return DownloadResult(eid, error=_disk_line(folder, exc), failure=FetchFailure.INTERNAL)
    temp_path = Path(temp.name)
    finished: Path | None = None
    try:
        sink = _FileSink(temp, cancel, progress, enclosure.length)
        result = fetch_for_feed(
            fetcher,
            enclosure.url,
            feed_url,
            accept=ACCEPT,
            max_bytes=fetcher.limits.max_bytes,
            sink=sink,
        )
        if cancel is not None and cancel.is_set():
            return DownloadResult(eid, cancelled=True)
        if sink.disk_error is not None:
            return DownloadResult(
                eid, error=_disk_line(folder, sink.disk_error), failure=FetchFailure.INTERNAL
            )
        if result.kind is not FetchKind.OK:
            if result.failure is FetchFailure.TOO_LARGE:
                line = too_large_line(fetcher.limits.max_bytes)
            else:
                line = failure_line(result)
            return DownloadResult(eid, error=line, failure=result.failure)
        temp.flush()
        os.fsync(temp.fileno())
        temp.close()
        served = (result.content_type or "").split(";", 1)[0].strip().lower()
        kind = enclosure.type if served in _VAGUE_TYPES else served
        name = safe_name(result.final_url, sink.headers.get("Content-Disposition"), kind, title)
        target = reserve(folder, name)
        os.replace(temp_path, target)
        finished = target
        if progress is not None:
            progress(sink.received, sink.received)
        log.info("enclosure %d saved as %s (%d bytes)", eid, target.name, sink.received)
        return DownloadResult(eid, path=target, size=sink.received)
    except OSError as exc:
        return DownloadResult(eid, error=_disk_line(folder, exc), failure=FetchFailure.INTERNAL)
    finally:
        with contextlib.suppress(OSError):
            temp.close()
        if finished is None:
            with contextlib.suppress(FileNotFoundError):
                temp_path.unlink()


def too_large_line(max_bytes: int) -> str:
    """What a person reads when a file is over the cap (and what to change about it)."""
    megabytes = max_bytes // (1024 * 1024)
    return (
        f"the file is larger than the download limit of {megabytes} MB "
        "(change it with the download_max_mb setting); nothing was saved"
    )


def _disk_line(folder: Path, exc: OSError) -> str:
    reason = exc.strerror or type(exc).__name__
    return f"could not write into {folder}: {reason}"


def remove_leftovers(folder: Path) -> int:
    """Delete temporary files a killed download left in the folder; how many."""
    removed = 0
    with contextlib.suppress(OSError):
        for path in folder.glob(_TEMP_PREFIX + "*" + _TEMP_SUFFIX):
            with contextlib.suppress(OSError):
                path.unlink()
                removed += 1
    return removed
