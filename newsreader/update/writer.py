"""The single database writer: one thread that runs every write, in submission order.

SQLite allows one writer at a time; funnelling the update pipeline's batches and the user's
actions (read, star, mark all read) through one thread means no write ever waits on a lock and
the GUI thread never writes. Callers get a `Future`; the GUI turns its result into a signal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from newsreader.storage.writer import Store

T = TypeVar("T")
log = logging.getLogger("newsreader.update.writer")


class WriterQueue:
    """Runs callables against the writer `Store` on one dedicated thread."""

    def __init__(self, open_store: Callable[[], Store]) -> None:
        # The store's connection is opened on the writer thread itself, so SQLite's
        # same-thread check holds without disabling it.
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db-writer")
        self._store_future: Future[Store] = self._executor.submit(open_store)

    def submit(self, job: Callable[[Store], T]) -> Future[T]:
        """Queue `job(store)`; its exception (if any) is logged and kept in the future."""

        def run() -> T:
            store = self._store_future.result()
            try:
                return job(store)
            except Exception:
                log.exception("write failed: %s", getattr(job, "__name__", job))
                raise

        return self._executor.submit(run)

    def call(self, job: Callable[[Store], T]) -> T:
        """Run `job(store)` on the writer thread and wait for it (never from the GUI thread)."""
        return self.submit(job).result()

    def wait_ready(self) -> Store:
        """Block until the store is open; re-raises StorageError from opening it."""
        return self._store_future.result()

    def close(self) -> None:
        """Finish queued writes, close the connection, stop the thread."""

        def close_store() -> None:
            if self._store_future.done() and self._store_future.exception() is None:
                self._store_future.result().close()

        self._executor.submit(close_store)
        self._executor.shutdown(wait=True)
