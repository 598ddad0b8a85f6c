"""The seam to the single writer thread, as the GUI sees it.

`newsreader.update.writer.WriterQueue` implements it; the GUI only ever submits jobs and turns
their futures into GUI-thread callbacks through the bridge, so it never blocks on a write and
never imports the storage layer. A job sees the store as `usecases.ports.GuiStore`: mypy checks
each `lambda store: store.<method>(...)` against the methods listed there.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import Protocol, TypeVar

from newsreader.usecases.ports import GuiStore

T = TypeVar("T")


class WriteQueue(Protocol):
    """Runs `job(store)` on the writer thread, in submission order.

    Also a `usecases.ports.Writer`: a `GuiStore` is a `LibraryStore`, so the window hands this
    queue to the use cases (subscribe, edit, remove) as it is.
    """

    def submit(self, job: Callable[[GuiStore], T]) -> Future[T]: ...
