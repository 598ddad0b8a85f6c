"""The reader pane's extras: the Related / Most popular boxes, and "load image".

Boxes are computed on the window's background reader (an FTS query and a ranking query may
take a few milliseconds on a big library, and sqlite3 waits for the GIL per row during a
refresh), so the article shows at once and its boxes a moment later. "Load image" runs the
engine's blocking `cache_article_images` on a thread of its own (it waits on the network),
then the pane re-renders from the cache. Public methods run on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal

from newsreader.core.ports import LibraryReader
from newsreader.core.types import Article, OfflineReport
from newsreader.gui.article_html import LinkBox
from newsreader.gui.popular_view import explain_rank
from newsreader.gui.reader_pane import ReaderPane
from newsreader.gui.story_sources import story_box
from newsreader.services.bridge import Bridge
from newsreader.services.reads import BackgroundReads

log = logging.getLogger("newsreader.gui.boxes")
BOX_ROWS = 5  # DESIGN.md: related 3–5 links, popular top 5
RELATED_TITLE = str(QT_TRANSLATE_NOOP("ReaderBoxes", "Related articles"))

CacheImages = Callable[[int], OfflineReport]  # OfflineStage.cache_article_images: blocking


def compute_boxes(
    library: LibraryReader, article: Article, now: datetime, rows: int = BOX_ROWS
) -> list[LinkBox]:
    """Related articles, then Most popular in the article's section; never the article itself.

    Runs on the background reader. A box without entries is left out.
    """
    story = story_box(library, article, now)  # issue 19: "Also reported by" comes first
    copies = {r.id for r in story.rows} if story is not None else set()
    related = [
        r for r in library.related(article.id, rows) if r.id != article.id and r.id not in copies
    ][:rows]
    section = next((s for s in library.sections() if s.path == article.section_path), None)
    section_id = section.id if section is not None and article.section_path else None
    ranked = library.popular(section_id, rows + 1, now)
    popular = [p for p in ranked if p.article.id != article.id][:rows]
    title = (
        QCoreApplication.translate("ReaderBoxes", "Most popular in {section}").format(
            section=section.name
        )
        if section_id and section
        else QCoreApplication.translate("ReaderBoxes", "Most popular")
    )
    boxes = [story] if story is not None else []
    if related:
        boxes.append(LinkBox(QCoreApplication.translate("ReaderBoxes", RELATED_TITLE), related))
    if popular:
        notes = [_first_upper(explain_rank(p, now)) for p in popular]
        boxes.append(LinkBox(title, [p.article for p in popular], notes))
    return boxes


class ReaderBoxes(QObject):
    """Fills the pane's boxes after each shown article, and loads images on request."""

    images_loaded = Signal(int, str)  # article id, a one-line outcome for the status bar

    def __init__(
        self,
        *,
        library: LibraryReader,
        reads: BackgroundReads,
        bridge: Bridge,
        pane: ReaderPane,
        clock: Callable[[], datetime],
        cache_images: CacheImages | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._reads = reads
        self._bridge = bridge
        self._pane = pane
        self._clock = clock
        self._cache_images = cache_images
        self._inflight = 0
        self._loading: set[int] = set()
        self._executor: ThreadPoolExecutor | None = None
        # Held while a box query runs: close() waits for it, so the window never closes the
        # library's connection under a running query (sqlite3 may crash, not raise, then).
        self._busy = threading.Lock()
        self._closed = False
        pane.article_shown.connect(self._on_article_shown)

    @property
    def settled(self) -> bool:
        """No box computation or image load is running (tests wait for this)."""
        return self._inflight == 0 and not self._loading

    def _on_article_shown(self, article: object) -> None:
        if not isinstance(article, Article) or article.id <= 0:
            return
        library, now = self._library, self._clock()

        def job() -> tuple[int, list[LinkBox]]:
            with self._busy:
                if self._closed:
                    return article.id, []
                return article.id, compute_boxes(library, article, now)

        if self._reads.submit(job, self._on_boxes, self._on_boxes_failed):
            self._inflight += 1

    def _on_boxes(self, result: tuple[int, list[LinkBox]]) -> None:
        self._inflight -= 1
        self._pane.set_boxes(*result)

    def _on_boxes_failed(self, exc: BaseException) -> None:
        self._inflight -= 1
        log.warning("could not compute the reader boxes: %s", exc)

    # -- load image -------------------------------------------------------------------------

    def load_images(self, article_id: int) -> None:
        """Cache the article's missing images on a worker, then show them."""
        if self._cache_images is None:
            self.images_loaded.emit(
                article_id,
                QCoreApplication.translate(
                    "ReaderBoxes", "Images cannot be downloaded in this window."
                ),
            )
            return
        if article_id in self._loading:
            return
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="load-images")
        self._loading.add(article_id)
        cache = self._cache_images

        def run() -> None:
            try:
                outcome = _describe(cache(article_id))
            except Exception as exc:  # never let it die in the worker: report it
                log.exception("loading images failed")
                outcome = QCoreApplication.translate(
                    "ReaderBoxes", "Could not load the images: {error}"
                ).format(error=exc)
            self._bridge.call_on_gui(self._on_images_done, (article_id, outcome))

        self._executor.submit(run)

    def _on_images_done(self, result: tuple[int, str]) -> None:
        article_id, outcome = result
        self._loading.discard(article_id)
        self._pane.update_images(article_id, self._library.article_images(article_id))
        self.images_loaded.emit(article_id, outcome)

    def close(self, timeout: float = 5.0) -> None:
        """Stop: later box jobs do nothing, and a running one is waited for (bounded)."""
        self._closed = True
        if self._busy.acquire(timeout=timeout):
            self._busy.release()
        else:
            log.warning("a box query still runs %.0f s after close", timeout)
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)


def _describe(report: OfflineReport) -> str:
    cached, failed, deferred = report.images_cached, report.images_failed, report.images_deferred
    if deferred and not cached:
        return QCoreApplication.translate(
            "ReaderBoxes", "The images could not be loaded: the network seems to be down."
        )
    text = QCoreApplication.translate("ReaderBoxes", "Loaded %n image(s).", None, cached)
    if failed:
        text += " " + QCoreApplication.translate(
            "ReaderBoxes", "%n image(s) could not be downloaded.", None, failed
        )
    return text


def _first_upper(text: str) -> str:
    """The sentence with a capital first letter; the rest unchanged (German nouns stay)."""
    return text[:1].upper() + text[1:]
