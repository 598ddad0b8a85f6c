"""The offline stage of a refresh: full text for summary-only feeds, then every image, cached.

After the writer stores a batch, it plans (on the writer thread, where the store is) which new
articles need their page and which image URLs are pending, one job per article. The jobs wait
while a feeds phase uses the run (caching is the lower-priority phase: feeds first), then go
to the engine's network pool (`update.workers`), in the run's own scope. A job fetches the page
(if wanted), then the images, and queues the results back to the writer. A host that did not
answer costs one attempt per run (`images.HostMemory`). `finish` is the caching phase: the
CLI's refresh waits for it; the window runs it after the feeds, and a refresh that starts
meanwhile adds its articles to the same run instead of starting a second one. Nothing here
ever raises into the pipeline.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsreader.core import prefs
from newsreader.core.fetch import Fetcher
from newsreader.core.html_text import image_urls
from newsreader.core.types import CachingProgress, OfflineReport, ParsedEntry
from newsreader.update.fulltext import PageExtractor, wants_full_text
from newsreader.update.images import (
    DownloadMemo,
    ImageCacher,
    ImageLimits,
    ImageOutcome,
    ImagesPolicy,
    ImageState,
    record_outcomes,
)
from newsreader.update.retention import retention_settings, run_retention
from newsreader.update.workers import Workers, submit_write

if TYPE_CHECKING:
    from newsreader.storage.writer import Store

log = logging.getLogger("newsreader.update.offline")

Clock = Callable[[], datetime]
_IMAGES_PER_ARTICLE = 50  # beyond this a "gallery" is not an article
_BACKLOG = 200  # older pending images (left by an offline refresh) retried per refresh


@dataclass(frozen=True, slots=True)
class _ArticleJob:
    article_id: int
    feed_url: str
    page_url: str | None
    image_urls: tuple[str, ...]


class OfflineStage:
    """Builds one `OfflineRun` per refresh; also caches on demand ("load image"). One per engine."""

    def __init__(
        self,
        *,
        workers: Workers,
        fetcher: Fetcher,
        images_dir: Path,
        clock: Clock,
        threads: int = 4,
        image_limits: ImageLimits = ImageLimits(),
    ) -> None:
        self.workers = workers
        self.writer = workers.writer
        self.images_dir = images_dir
        self.clock = clock
        self.threads = threads  # of the shared network pool, at most, for one run
        self.cacher = ImageCacher(fetcher, images_dir, image_limits)
        self.pages = PageExtractor(fetcher)

    def start_run(self, cancel: threading.Event | None = None) -> OfflineRun:
        return OfflineRun(self, cancel=cancel)

    def schedule_retention(self) -> None:
        """Queue a retention pass on the writer (it runs once the queued writes are done)."""

        def retention(store: Store) -> None:
            run_retention(store, self.images_dir, retention_settings(store), self.clock())

        with contextlib.suppress(RuntimeError):  # the writer is closing: nothing to do
            self.writer.submit(retention)

    def cache_article_images(self, article_id: int) -> OfflineReport:
        """Fetch one article's uncached images now, whatever the policy (the user asked).

        Blocks on the network and the writer: call it from a worker thread, never the GUI's.
        """
        run = OfflineRun(self, policy=ImagesPolicy.ALWAYS)
        jobs = self.writer.call(
            lambda s: s.image_jobs([article_id], _IMAGES_PER_ARTICLE, states=RETRY_STATES)
        )
        run.submit_images(jobs)
        return run.finish(sweep_backlog=False)


RETRY_STATES = (ImageState.PENDING, ImageState.FAILED, ImageState.SKIPPED)


class OfflineRun:
    """The offline work of one refresh: planned on the writer, done on the network pool in
    its own scope (so that `finish` waits for this work only, not the refresh's feeds)."""

    def __init__(
        self,
        stage: OfflineStage,
        policy: ImagesPolicy | None = None,
        cancel: threading.Event | None = None,
    ) -> None:
        self._stage = stage
        self._policy = policy
        self._scope = stage.workers.scope(cancel)
        self._lane = self._scope.lane(stage.workers.net, stage.threads)
        self._lock = threading.Lock()
        self._seen: set[str] = set()
        self._memo = DownloadMemo()
        self._writes: list[Future[Any]] = []
        self.report = OfflineReport()
        # Feeds phases using this run (their jobs wait in `_held` until none is left), and
        # whether `finish` has closed it (then no feeds phase may join it any more).
        self._phase = threading.Condition()
        self._users = 0
        self._held: list[_ArticleJob] = []
        self._generation = 0  # bumped whenever jobs go to the lane
        self._closed = False
        self._jobs_total = 0
        self._jobs_done = 0
        self._on_progress: Callable[[CachingProgress], None] | None = None

    # -- the feeds phases that feed it -----------------------------------------------------

    def join(self) -> bool:
        """A feeds phase starts adding to this run; False when it is closed or cancelled."""
        with self._phase:
            if self._closed or self._scope.cancelled:
                return False
            self._users += 1
            return True

    def leave(self) -> None:
        """That feeds phase is over: once none is left, the held jobs start."""
        with self._phase:
            self._users = max(0, self._users - 1)
            if self._users == 0:
                held, self._held = self._held, []
                if held:
                    self._generation += 1
                for job in held:
                    self._lane.submit(self._run_job, job)  # dropped if the engine is closing
            self._phase.notify_all()

    def cancel(self) -> None:
        """Stop caching: the jobs not started are dropped (the next refresh retries them)."""
        with self._phase:
            self._held = []
            self._phase.notify_all()
        self._scope.cancel()

    @property
    def cancelled(self) -> bool:
        return self._scope.cancelled

    @property
    def planned(self) -> int:
        """How many article jobs were planned so far."""
        with self._lock:
            return self._jobs_total

    def progress(self, finished: bool = False) -> CachingProgress:
        with self._lock:
            r = self.report
            return CachingProgress(
                done=self._jobs_done,
                total=self._jobs_total,
                images_cached=r.images_cached,
                images_failed=r.images_failed + r.images_deferred,
                pages_cached=r.full_texts,
                pages_failed=r.full_text_failed,
                finished=finished,
                cancelled=finished and self._scope.cancelled,
            )

    # -- planning (writer thread) -----------------------------------------------------------

    def plan(
        self, store: Store, feed_id: int, feed_url: str, entries: Sequence[ParsedEntry],
        new_ids: Sequence[int],
    ) -> None:  # fmt: skip
        """Writer thread, right after a batch is stored: queue the feed's new articles."""
        if not new_ids:
            return
        try:
            self._plan(store, feed_id, feed_url, entries, new_ids)
        except Exception:
            log.exception("planning the offline cache of feed %d failed", feed_id)

    def _plan(
        self, store: Store, feed_id: int, feed_url: str, entries: Sequence[ParsedEntry],
        new_ids: Sequence[int],
    ) -> None:  # fmt: skip
        if self._policy is None:
            self._policy = ImagesPolicy(prefs.IMAGES_POLICY.get(store.setting))
        mode = store.full_text_modes([feed_id]).get(feed_id, "auto")
        pages = dict(store.full_text_jobs(new_ids)) if wants_full_text(mode, entries) else {}
        images: dict[int, list[str]] = {}
        if self._policy is ImagesPolicy.ALWAYS:
            store.link_known_images(new_ids)
            limit = _IMAGES_PER_ARTICLE * len(new_ids)
            for aid, url, _feed in store.image_jobs(new_ids, limit):
                images.setdefault(aid, []).append(url)
        for aid in new_ids:
            urls = images.get(aid, [])[:_IMAGES_PER_ARTICLE]
            if aid in pages or urls:
                self._submit(_ArticleJob(aid, feed_url, pages.get(aid), tuple(urls)))

    def submit_images(self, jobs: Sequence[tuple[int, str, str]]) -> None:
        """Queue (article id, image URL, feed URL) triples, grouped by article."""
        grouped: dict[tuple[int, str], list[str]] = {}
        for aid, url, feed_url in jobs:
            grouped.setdefault((aid, feed_url), []).append(url)
        for (aid, feed_url), urls in grouped.items():
            self._submit(_ArticleJob(aid, feed_url, None, tuple(urls)))

    def _submit(self, job: _ArticleJob) -> None:
        with self._lock:
            self._seen.update(job.image_urls)
            self._jobs_total += 1
        with self._phase:
            if self._users > 0:
                self._held.append(job)  # the feeds come first
                return
            self._generation += 1
            self._lane.submit(self._run_job, job)  # dropped if the engine is closing

    # -- the work (offline threads) --------------------------------------------------------

    def _run_job(self, job: _ArticleJob) -> None:
        if self._scope.cancelled:  # cancelled or quitting: the next refresh picks this up
            return
        try:
            urls = list(job.image_urls)
            if job.page_url is not None:
                urls += self._full_text(job)
            if urls and self._policy is ImagesPolicy.ALWAYS:
                self._images(job, urls)
        except Exception:  # never let a worker die silently
            log.exception("offline caching of article %d failed", job.article_id)
        finally:
            with self._lock:
                self._jobs_done += 1
                report = self._on_progress
            if report is not None:
                try:
                    report(self.progress())
                except Exception:
                    log.exception("caching progress callback failed")

    def _full_text(self, job: _ArticleJob) -> list[str]:
        """Fetch and store the page's text; returns its image URLs not yet being fetched."""
        assert job.page_url is not None
        outcome = self._stage.pages.fetch(
            job.article_id, job.page_url, job.feed_url, self._memo.hosts
        )
        if outcome.html is None:
            with self._lock:
                self.report.full_text_failed += 1
                self.report.errors.append((job.article_id, job.page_url, outcome.error or "?"))
            return []
        html = outcome.html
        self._write(lambda s: s.set_full_text(job.article_id, html))
        with self._lock:
            self.report.full_texts += 1
            extra = [u for u in image_urls(html) if u not in job.image_urls]
            self._seen.update(extra)
        return extra[: max(0, _IMAGES_PER_ARTICLE - len(job.image_urls))]

    def _images(self, job: _ArticleJob, urls: list[str]) -> None:
        outcomes = self._stage.cacher.download_article(
            job.article_id, job.feed_url, urls, self._memo
        )
        now = self._stage.clock()
        self._write(lambda s: record_outcomes(s, outcomes, now))
        self._count(outcomes)

    def _count(self, outcomes: Sequence[ImageOutcome]) -> None:
        with self._lock:
            r = self.report
            for o in outcomes:
                if o.state is ImageState.CACHED:
                    r.images_cached += 1
                elif o.state is ImageState.TRACKER:
                    r.trackers += 1
                elif o.state is ImageState.PENDING:
                    r.images_deferred += 1
                else:
                    r.images_failed += 1
                if o.error:
                    r.errors.append((o.article_id, o.url, o.error))

    def _write(self, job: Callable[[Store], object]) -> None:
        future = submit_write(self._scope, self._stage.writer, job)
        if future is None:  # the writer is closing: the app is quitting
            return
        with self._lock:
            self._writes.append(future)

    # -- the end (the refresh's thread) ----------------------------------------------------

    def finish(
        self,
        sweep_backlog: bool = True,
        on_progress: Callable[[CachingProgress], None] | None = None,
    ) -> OfflineReport:
        """The caching phase: retry older pending images, wait for every job and its writes
        (those of feeds phases that join meanwhile too), then close the run; the report."""
        with self._lock:
            self._on_progress = on_progress
        if sweep_backlog and not self._scope.cancelled and self._policy_allows():
            try:
                backlog = self._stage.writer.call(lambda s: s.image_jobs(None, _BACKLOG))
                with self._lock:
                    backlog = [j for j in backlog if j[1] not in self._seen]
                self.submit_images(backlog)
            except Exception:
                log.exception("looking up older pending images failed")
        if on_progress is not None:
            on_progress(self.progress())
        while True:
            with self._phase:
                generation = self._generation
            self._scope.wait()  # every job, and the writes each one queued
            with self._phase:
                if self._scope.cancelled or (self._users == 0 and generation == self._generation):
                    self._closed = True
                    break
                if self._users > 0:
                    self._phase.wait()  # a feeds phase is adding to this run
        with self._lock:
            writes = list(self._writes)
        for future in writes:
            if future.exception() is not None:
                with self._lock:
                    self.report.errors.append((0, "", f"could not store: {future.exception()}"))
        r = self.report
        if r.images_cached or r.full_texts or r.errors:
            log.info(
                "offline cache: %d images, %d trackers dropped, %d failed, %d deferred; "
                "%d full texts, %d pages failed",
                r.images_cached, r.trackers, r.images_failed, r.images_deferred,
                r.full_texts, r.full_text_failed,
            )  # fmt: skip
        return r

    def _policy_allows(self) -> bool:
        if self._policy is None:
            stored = self._stage.writer.call(lambda s: prefs.IMAGES_POLICY.get(s.setting))
            self._policy = ImagesPolicy(stored)
        return self._policy is ImagesPolicy.ALWAYS
