"""The seam to the single writer thread, as the GUI sees it.

`newsreader.update.writer.WriterQueue` implements it; the GUI only ever submits jobs and turns
their futures into GUI-thread callbacks through the bridge, so it never blocks on a write and
never imports the storage layer.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, Protocol, TypeVar

T = TypeVar("T")


class WriteQueue(Protocol):
    """Runs `job(store)` on the writer thread, in submission order."""

    def submit(self, job: Callable[[Any], T]) -> Future[T]: ...
