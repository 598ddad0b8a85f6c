"""Feed icons: after a feed refreshes, find its site's icon and put it in the image cache.

A refresh hands each successfully fetched feed whose icon was never looked for (or not for
`RECHECK`) to an `IconRun`; the engine's network pool tries the candidates of `core.favicon` in
order (the feed's own icon, the home page's <link rel=icon>, /favicon.ico), keep the first
that is a real image of at most 256 KB, and queue the result to the writer. Addresses are
checked exactly as for article images. A site that answered (even 404) is not asked again
for `RECHECK`; one that did not answer at all (its feed did, so the network is up) is asked
again after `NETWORK_RETRY`: the refresh waits for its icon looks, and an unreachable site
must not cost a connect timeout on every refresh.
Nothing here raises into the pipeline, and a refresh looks at a bounded number of feeds.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsreader.core.failures import failure_line, retry_later
from newsreader.core.favicon import (
    ICON_ACCEPT,
    MAX_ICON_BYTES,
    check_icon,
    feed_icon_url,
    icon_candidates,
    page_icon_urls,
)
from newsreader.core.fetch import Fetcher
from newsreader.core.imageinfo import sha256_hex
from newsreader.core.types import FetchKind, FetchResult, IconReport
from newsreader.core.urls import redact_url
from newsreader.update.fulltext import PAGE_ACCEPT
from newsreader.update.images import (
    address_refusal,
    fetch_for_feed,
    write_cached_file,
)
from newsreader.update.offline import Clock
from newsreader.update.workers import RunScope, Workers, submit_write

if TYPE_CHECKING:
    from newsreader.storage.writer import Store

log = logging.getLogger("newsreader.update.icons")

RECHECK = timedelta(days=7)
NETWORK_RETRY = timedelta(days=1)
MAX_FEEDS_PER_RUN = 40  # the rest wait for later refreshes: icons must not swamp a big refresh
_MAX_PAGE_BYTES = 1024 * 1024
_MAX_ICON_TRIES = 4  # candidate image URLs per feed, so a page full of dead links costs little

__all__ = [
    "NETWORK_RETRY",
    "RECHECK",
    "IconFinder",
    "IconJob",
    "IconOutcome",
    "IconRun",
    "IconStage",
]


@dataclass(frozen=True, slots=True)
class IconJob:
    """One feed to look at: its URL, its site, and the feed document when one was fetched."""

    feed_id: int
    feed_url: str
    site_url: str | None
    feed_body: bytes | None = None


@dataclass(frozen=True, slots=True)
class IconOutcome:
    """What a look found: an icon (sha256, its URL) or why not; `transient` means the site
    did not answer: look again after NETWORK_RETRY rather than RECHECK."""

    feed_id: int
    sha256: str | None = None
    url: str | None = None
    error: str | None = None
    transient: bool = False


class _TransientError(Exception):
    """The network failed (`failures.retry_later`): the look is retried after NETWORK_RETRY."""


class IconFinder:
    """Tries a feed's icon candidates on the calling (fetch) thread. Thread-safe: settings only."""

    def __init__(self, fetcher: Fetcher, images_dir: Path) -> None:
        self._fetcher = fetcher
        self.images_dir = images_dir

    def find(self, job: IconJob) -> IconOutcome:
        """Never raises: a bug is logged and counts as a failed look."""
        try:
            return self._find(job)
        except _TransientError as exc:
            return IconOutcome(job.feed_id, error=str(exc), transient=True)
        except Exception as exc:
            log.exception("looking for the icon of %s failed", redact_url(job.feed_url))
            return IconOutcome(job.feed_id, error=f"internal error ({type(exc).__name__})")

    def _find(self, job: IconJob) -> IconOutcome:
        feed_icon = feed_icon_url(job.feed_body, job.feed_url) if job.feed_body else None
        errors: list[str] = []
        if feed_icon is not None:
            found = self._try(job, feed_icon, errors)
            if found is not None:
                return found
        site = job.site_url or job.feed_url
        page_icons = self._page_icons(job, site, errors) if job.site_url else []
        # With no site named, the feed's own host is the best guess for /favicon.ico.
        tries = [u for u in icon_candidates(None, page_icons, site) if u != feed_icon]
        for url in tries[:_MAX_ICON_TRIES]:
            found = self._try(job, url, errors)
            if found is not None:
                return found
        return IconOutcome(job.feed_id, error="; ".join(errors) or "no icon")

    def _get(self, job: IconJob, url: str, accept: str, max_bytes: int) -> FetchResult | str:
        """The response, or why it cannot be used; raises _TransientError if the network failed."""
        refusal = address_refusal(url, job.feed_url)
        if refusal is not None:
            if refusal.transient:
                raise _TransientError(f"{redact_url(url)}: {refusal.message}")
            return f"{redact_url(url)}: {refusal.message}"
        result = fetch_for_feed(
            self._fetcher, url, job.feed_url, accept=accept, max_bytes=max_bytes
        )
        if result.kind is FetchKind.OK and result.body is not None:
            return result
        error = f"{redact_url(url)}: {failure_line(result)}"
        if retry_later(result.failure):
            raise _TransientError(error)
        return error

    def _page_icons(self, job: IconJob, site: str, errors: list[str]) -> list[str]:
        got = self._get(job, site, PAGE_ACCEPT, _MAX_PAGE_BYTES)
        if isinstance(got, str):
            errors.append(got)
            return []
        assert got.body is not None
        return page_icon_urls(got.body, got.final_url)

    def _try(self, job: IconJob, url: str, errors: list[str]) -> IconOutcome | None:
        got = self._get(job, url, ICON_ACCEPT, MAX_ICON_BYTES)
        if isinstance(got, str):
            errors.append(got)
            return None
        assert got.body is not None
        _info, problem = check_icon(got.body)
        if problem is not None:
            errors.append(f"{redact_url(url)}: {problem}")
            return None
        sha = sha256_hex(got.body)
        write_cached_file(self.images_dir, sha, got.body)
        return IconOutcome(job.feed_id, sha256=sha, url=url)


class IconStage:
    """Builds one `IconRun` per refresh. One per engine; holds settings only."""

    def __init__(
        self,
        *,
        workers: Workers,
        fetcher: Fetcher,
        images_dir: Path,
        clock: Clock,
        threads: int = 2,
        max_feeds: int = MAX_FEEDS_PER_RUN,
    ) -> None:
        self.workers = workers
        self.writer = workers.writer
        self.finder = IconFinder(fetcher, images_dir)
        self.clock = clock
        self.threads = threads  # of the shared network pool, at most, for one run
        self.max_feeds = max_feeds

    def start_run(self, cancel: threading.Event | None = None) -> IconRun:
        return IconRun(self, self.workers.scope(cancel))


class IconRun:
    """The icon looks of one refresh: chosen on the writer thread as batches are stored, done
    on the network pool, in the run's scope, when the refresh's feeds are all in (`finish`)."""

    def __init__(self, stage: IconStage, scope: RunScope) -> None:
        self._stage = stage
        self._scope = scope
        self._lock = threading.Lock()
        self._planned: set[int] = set()
        # Looks wait for the end of the refresh: they are the least urgent work of a refresh
        # and would only compete with fetching, parsing and the window for the GIL.
        self._jobs: list[IconJob] = []
        self._writes: list[Future[Any]] = []
        self.report = IconReport()

    def plan(self, store: Store, jobs: list[IconJob], now: datetime) -> None:
        """Writer thread, after a batch is stored: note the feeds whose icon look is due."""
        try:
            with self._lock:
                room = self._stage.max_feeds - len(self._planned)
                candidates = [j for j in jobs if j.feed_id not in self._planned]
            if room <= 0 or not candidates:
                return
            due = store.icons_due([j.feed_id for j in candidates], now - RECHECK)
            chosen = [j for j in candidates if j.feed_id in due][:room]
            with self._lock:
                self._planned.update(j.feed_id for j in chosen)
                self._jobs.extend(chosen)
        except Exception:
            log.exception("planning feed icons failed")

    def _run(self, job: IconJob) -> None:
        if self._scope.cancelled:
            return
        try:
            outcome = self._stage.finder.find(job)
            self._record(outcome)
        except Exception:  # never let a worker die silently
            log.exception("icon of feed %d failed", job.feed_id)

    def _record(self, outcome: IconOutcome) -> None:
        with self._lock:
            r = self.report
            if outcome.sha256 is not None:
                r.found += 1
            elif outcome.transient:
                r.deferred += 1
            else:
                r.failed += 1
            if outcome.error:
                r.errors.append((outcome.feed_id, outcome.error))
        now = self._stage.clock()
        if outcome.transient:
            log.info("feed %d icon: %s (retried in a day)", outcome.feed_id, outcome.error)
            # Recorded as a look made early enough to fall due again after NETWORK_RETRY.
            now -= RECHECK - NETWORK_RETRY
        elif outcome.error:
            log.info("feed %d has no usable icon: %s", outcome.feed_id, outcome.error)
        future = submit_write(
            self._scope, self._stage.writer,
            lambda s: s.record_icon(outcome.feed_id, outcome.sha256, now),
        )  # fmt: skip
        if future is None:  # the writer is closing: the app is quitting
            return
        with self._lock:
            self._writes.append(future)

    def finish(self) -> IconReport:
        """Look for the planned icons and wait for every look and its write (the refresh's
        thread, once its feeds are stored); returns the report."""
        with self._lock:
            jobs, self._jobs = self._jobs, []
        lane = self._scope.lane(self._stage.workers.net, self._stage.threads)
        for job in jobs:
            if self._scope.cancelled:
                break
            lane.submit(self._run, job)
        self._scope.wait()  # every look, and the write each one queued
        with self._lock:
            writes = list(self._writes)
        for future in writes:
            exc = future.exception()
            if exc is not None:
                log.error("storing a feed icon failed: %s", exc)
                with self._lock:
                    self.report.errors.append((0, f"could not store: {exc}"))
        return self.report
