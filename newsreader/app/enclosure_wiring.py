"""The window's enclosure strip (issue 16), wired to the engine's download path.

Downloads run on one thread of their own (a podcast episode takes minutes; the refresh's
network pool must not wait behind it), with the download limits read from the profile's
settings at each start, so a changed cap or timeout applies to the next download.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from newsreader import __version__
from newsreader.app.profile import Engine
from newsreader.core import prefs
from newsreader.core.fetch import Fetcher, user_agent
from newsreader.core.types import Article, StoredEnclosure
from newsreader.gui.enclosures_view import DownloadOutcome, EnclosuresController, Progress
from newsreader.update import network
from newsreader.update.downloads import (
    download_enclosure,
    download_limits,
    downloads_folder,
    remove_leftovers,
)


class EngineDownloads:
    """`gui.enclosures_view.Downloads` on the engine: its settings, feeds and a thread."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="download")
        paths = engine.paths
        self._default = paths.downloads_dir or paths.data_dir / "downloads"
        self._pool.submit(remove_leftovers, self.folder())  # a killed download's temp file

    def folder(self) -> Path:
        return downloads_folder(self._engine.library.setting, self._default)

    def max_megabytes(self) -> int:
        return prefs.DOWNLOAD_MAX_MB.get(self._engine.library.setting)

    def start(
        self,
        enclosure: StoredEnclosure,
        article: Article,
        progress: Progress,
        cancel: threading.Event,
    ) -> Future[DownloadOutcome]:
        setting = self._engine.library.setting
        feed = self._engine.library.feed(article.feed_id)  # one row, on the GUI thread
        feed_url = feed.url if feed is not None else enclosure.url
        limits = download_limits(setting)
        fetcher = Fetcher(user_agent(__version__), limits, network.proxies(setting))
        folder = self.folder()
        future: Future[Any] = self._pool.submit(
            download_enclosure, fetcher, enclosure, feed_url, article.title, folder,
            progress=progress, cancel=cancel,
        )  # fmt: skip
        return future

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)


def install_enclosures(window: Any, engine: Engine) -> EnclosuresController:
    """Put the enclosure strip into the window's reader pane."""
    downloads = EngineDownloads(engine)
    controller = EnclosuresController(
        pane=window.reader_pane,
        source=engine.library,
        writer=engine.writer,
        bridge=window.bridge,
        downloads=downloads,
        parent=window,
    )
    window.add_close_hook(downloads.close)
    return controller
