"""Where a profile's files live, and the engine (storage, writer, fetcher, refresher) built on it.

`--profile DIR` or NEWSREADER_PROFILE puts everything under one folder (tests, portable use);
otherwise platformdirs' per-user folders are used: the database in the data dir, images in the
cache dir, logs in the log dir. Everything here is built once by the composition root and
passed down; nothing is global.
"""

from __future__ import annotations

import logging
import os
import random
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import platformdirs

from newsreader import __version__
from newsreader.core.credentials import CredentialStore
from newsreader.core.fetch import Fetcher, FetchLimits, user_agent
from newsreader.core.sync import Account
from newsreader.core.types import Feed
from newsreader.storage import open_library
from newsreader.storage.reader import Library
from newsreader.update import network
from newsreader.update.icons import IconStage
from newsreader.update.offline import OfflineStage
from newsreader.update.parsing import ParsePool
from newsreader.update.refresh import Refresher
from newsreader.update.sync import Syncer
from newsreader.update.workers import Workers
from newsreader.update.writer import WriterQueue

APP_NAME = "newsreader"
DB_NAME = "newsreader.db"
log = logging.getLogger("newsreader.app")


@dataclass(frozen=True, slots=True)
class ProfilePaths:
    """The folders and files of one profile."""

    data_dir: Path
    cache_dir: Path
    log_dir: Path
    # Where enclosures are saved unless the user chose a folder (issue 16); made on first use.
    downloads_dir: Path | None = None

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_NAME

    @property
    def images_dir(self) -> Path:
        return self.cache_dir / "images"

    def create(self) -> None:
        for folder in (self.data_dir, self.cache_dir, self.log_dir, self.images_dir):
            folder.mkdir(parents=True, exist_ok=True)


def resolve_profile(profile_dir: Path | None) -> ProfilePaths:
    """The explicit folder, else NEWSREADER_PROFILE, else the platform's per-user folders."""
    chosen = profile_dir or (
        Path(os.environ["NEWSREADER_PROFILE"]) if os.environ.get("NEWSREADER_PROFILE") else None
    )
    if chosen is not None:
        root = chosen.expanduser().resolve()
        return ProfilePaths(
            data_dir=root,
            cache_dir=root / "cache",
            log_dir=root / "logs",
            downloads_dir=root / "downloads",
        )
    return ProfilePaths(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        cache_dir=Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
        log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        downloads_dir=Path(platformdirs.user_downloads_dir()) / "Newsreader",
    )


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Engine:
    """Everything below the GUI for one profile, built once and closed once.

    `workers` owns every thread and process (network pool, parsers, writer, the window's
    reads thread); `writer` and `parse_pool` are two of them, named for their callers.
    """

    paths: ProfilePaths
    library: Library
    workers: Workers
    writer: WriterQueue
    fetcher: Fetcher
    parse_pool: ParsePool
    refresher: Refresher
    credentials: CredentialStore
    is_new_profile: bool
    syncer: Syncer  # sync accounts (issue 14): the same writer, limits and offline cache
    offline: OfflineStage | None = None  # image cache + full text; "load image" goes through it

    def close(self) -> None:
        """Finish queued writes and stop every thread and process (idempotent), in the one
        order `Workers.close` encodes; the library's read-only connections close just before
        the writer's, which may fold the write-ahead log into the database file."""
        self.workers.close(readers=[self.library])


def apply_network_settings(
    fetcher: Fetcher, library: Library, base: FetchLimits | None = None
) -> None:
    """Configure the fetcher from the profile's proxy and timeout settings."""
    fetcher.configure(network.fetch_limits(library.setting, base), network.proxies(library.setting))


def open_engine(
    paths: ProfilePaths, *, fetch_limits: FetchLimits | None = None, parse_workers: int = 2
) -> Engine:
    """Open (creating or migrating) the profile's database and build the engine on it.

    Raises StorageError, with the file untouched, for a corrupt, foreign or newer database.
    """
    paths.create()
    is_new = not paths.db_path.exists()
    from newsreader.storage import open_store  # noqa: PLC0415 - opened on the writer thread

    parse_pool = ParsePool(parse_workers)  # processes start on first use (or `warm`)
    workers = Workers.start(lambda: open_store(paths.db_path), parse=parse_pool)
    writer = workers.writer
    # The daily backup runs on the writer thread, off the start path (issue 12).
    writer.submit(lambda store: store.backup_if_due(utc_now()))
    try:
        library = open_library(paths.db_path)
    except Exception:
        workers.close()
        raise
    fetcher = Fetcher(user_agent(__version__), fetch_limits or FetchLimits())
    apply_network_settings(fetcher, library, fetch_limits)
    credentials = CredentialStore()

    def feed_credentials(feed: Feed) -> tuple[str, str] | None:
        return credentials.get(feed.auth_ref) if feed.auth_ref else None

    offline = OfflineStage(
        workers=workers, fetcher=fetcher, images_dir=paths.images_dir, clock=utc_now
    )
    # Feed icons live in the image cache beside the offline stage's images.
    icons = IconStage(workers=workers, fetcher=fetcher, images_dir=paths.images_dir, clock=utc_now)
    refresher = Refresher(
        workers=workers,
        fetcher=fetcher,
        clock=utc_now,
        credentials=feed_credentials,
        rng=random.Random(),
        offline=offline,
        icons=icons,
    )

    def account_secret(account: Account) -> str | None:
        found = credentials.get(account.auth_ref)
        return None if found is None else found[1]

    syncer = Syncer(
        writer=writer,
        secrets=account_secret,
        limits=lambda: fetcher.limits,
        clock=utc_now,
        offline=offline,
    )
    return Engine(
        paths=paths,
        library=library,
        workers=workers,
        writer=writer,
        fetcher=fetcher,
        parse_pool=parse_pool,
        refresher=refresher,
        credentials=credentials,
        is_new_profile=is_new,
        offline=offline,
        syncer=syncer,
    )
