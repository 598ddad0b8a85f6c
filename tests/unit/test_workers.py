"""The engine's one owner of threads (issue 13): `Workers`' shutdown order and a `RunScope`'s
cancel and wait, on in-process fakes (no HTTP, no parser processes, no SQLite)."""

from __future__ import annotations

import random
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from typing import Any

import pytest

from newsreader.core.fetch import Fetcher
from newsreader.core.types import FetchResult, RefreshSummary, Validators
from newsreader.update.refresh import Refresher
from newsreader.update.workers import RunScope, Workers
from newsreader.update.writer import WriterQueue
from tests.support.fakes import FakeFetcher, InlineParser, MemoryStore, feed, ok
from tests.support.feeds import BASE_TIME, make_items, rss

URLS = [f"https://feeds.example/{i}.xml" for i in range(1, 9)]


class Log:
    def __init__(self) -> None:
        self.events: list[str] = []
        self._lock = threading.Lock()

    def add(self, event: str) -> None:
        with self._lock:
            self.events.append(event)


class RecordingExecutor(Executor):
    """Wraps a pool; notes its shutdown once the wrapped pool has stopped."""

    def __init__(self, inner: Executor, name: str, log: Log) -> None:
        self._inner, self._name, self._log = inner, name, log

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        return self._inner.submit(fn, *args, **kwargs)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self._inner.shutdown(wait=wait, cancel_futures=cancel_futures)
        self._log.add(self._name)


class Closing:
    def __init__(self, name: str, log: Log) -> None:
        self._name, self._log = name, log

    def close(self) -> None:
        self._log.add(self._name)


class ClosingParser(InlineParser):
    def __init__(self, log: Log) -> None:
        super().__init__()
        self._log = log

    def close(self) -> None:
        self._log.add("parse")


class ClosingStore(MemoryStore):
    def __init__(self, log: Log, feeds: list[Any] | None = None) -> None:
        super().__init__(feeds or [])
        self._log = log

    def close(self) -> None:
        self._log.add("writer")


def recorded_workers(log: Log, store: MemoryStore | None = None) -> Workers:
    store = store or ClosingStore(log)
    writer = WriterQueue(lambda: store)  # type: ignore[arg-type, return-value]
    workers = Workers(writer=writer, parse=ClosingParser(log), net_workers=2)
    workers.net = RecordingExecutor(workers.net, "net", log)
    workers.reads = RecordingExecutor(workers.reads, "reads", log)
    return workers


def test_close_stops_everything_in_the_one_order() -> None:
    log = Log()
    workers = recorded_workers(log)
    scope = workers.scope()

    workers.close(readers=[Closing("readers", log)])
    workers.close(readers=[Closing("readers", log)])  # idempotent

    assert scope.cancelled
    assert log.events == ["reads", "net", "parse", "readers", "writer"]
    assert workers.scope().cancelled  # a scope opened after close starts cancelled


def test_a_running_read_finishes_before_the_connections_close() -> None:
    log = Log()
    workers = recorded_workers(log)
    started, release = threading.Event(), threading.Event()

    def read() -> None:
        started.set()
        release.wait(5)
        log.add("read done")

    workers.reads.submit(read)
    queued = workers.reads.submit(lambda: log.add("queued read ran"))
    assert started.wait(5)
    closer = threading.Thread(target=lambda: workers.close(readers=[Closing("readers", log)]))
    closer.start()
    closer.join(0.2)
    assert closer.is_alive()  # waiting for the read, with the connections still open
    assert "readers" not in log.events
    release.set()
    closer.join(5)
    assert not closer.is_alive()
    assert queued.cancelled()
    assert log.events == ["read done", "reads", "net", "parse", "readers", "writer"]


def test_queued_writes_finish_before_the_writer_closes() -> None:
    log = Log()
    workers = recorded_workers(log)
    for i in range(3):
        workers.writer.submit(lambda _store, i=i: log.add(f"write {i}"))

    workers.close()

    assert log.events[-4:] == ["write 0", "write 1", "write 2", "writer"]


# -- RunScope -----------------------------------------------------------------------------


@pytest.fixture
def one_thread() -> Iterator[ThreadPoolExecutor]:
    pool = ThreadPoolExecutor(1)
    yield pool
    pool.shutdown(wait=True, cancel_futures=True)


def test_cancel_drops_the_jobs_not_started_and_wait_ends(one_thread: ThreadPoolExecutor) -> None:
    scope = RunScope()
    started, release = threading.Event(), threading.Event()
    ran: list[int] = []

    def job(i: int) -> None:
        if i == 0:
            started.set()
            release.wait(5)
        ran.append(i)

    futures = [scope.submit(one_thread, job, i) for i in range(5)]
    assert started.wait(5)
    scope.cancel()
    assert [f.cancelled() for f in futures] == [False, True, True, True, True]
    assert not scope.wait(timeout=0.05)  # the running job is waited for, never abandoned
    release.set()
    assert scope.wait(timeout=5)
    assert ran == [0]
    one_thread.shutdown()
    with pytest.raises(RuntimeError):
        scope.submit(one_thread, job, 9)  # a closed pool refuses: the caller stops


def test_a_submit_after_cancel_never_runs(one_thread: ThreadPoolExecutor) -> None:
    scope = RunScope()
    scope.cancel()
    future = scope.submit(one_thread, lambda: None)
    assert scope.wait(timeout=5)
    assert future.cancelled() or future.done()


def test_wait_covers_work_handed_on_by_a_continuation(one_thread: ThreadPoolExecutor) -> None:
    """A parse hands its feed to the writer from its done callback: the scope must not end
    between the two."""
    scope = RunScope()
    first: Future[int] = Future()
    release = threading.Event()
    handed: list[Future[None]] = []

    def hand_on(_done: Future[int]) -> None:
        handed.append(scope.submit(one_thread, lambda: release.wait(5) and None))

    scope.then(first, hand_on)
    scope.track(first)
    first.set_result(1)
    assert not scope.wait(timeout=0.1)
    release.set()
    assert scope.wait(timeout=5)
    assert handed and handed[0].done()


def test_a_long_scope_forgets_its_finished_futures() -> None:
    scope = RunScope()
    for _ in range(5000):
        done: Future[None] = Future()
        done.set_result(None)
        scope.track(done)
    assert len(scope._futures) < 300  # not one per feed of a big refresh until its end
    assert scope.wait(timeout=1)


def test_tracked_futures_are_waited_for_but_never_cancelled() -> None:
    scope = RunScope()
    write: Future[None] = Future()
    scope.track(write)
    scope.cancel()
    assert not write.cancelled()
    assert not scope.wait(timeout=0.05)
    write.set_result(None)
    assert scope.wait(timeout=1)


def test_a_lane_keeps_its_width() -> None:
    pool = ThreadPoolExecutor(4)
    scope = RunScope()
    lane = scope.lane(pool, 2)
    lock = threading.Lock()
    running, most, order = [0], [0], []
    release = threading.Event()

    def job(i: int) -> int:
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
            order.append(i)
        release.wait(5)
        with lock:
            running[0] -= 1
        return i

    slots = [lane.submit(job, i) for i in range(6)]
    assert not scope.wait(timeout=0.1)
    release.set()
    assert scope.wait(timeout=5)
    pool.shutdown()
    assert most[0] == 2  # the pool had room for four
    assert set(order[:2]) == {0, 1} and sorted(order) == list(range(6))  # first come first
    assert [f.result() for f in slots] == list(range(6))


def test_cancel_drops_a_lanes_waiting_jobs_and_a_closed_pool_ends_them() -> None:
    pool = ThreadPoolExecutor(1)
    scope = RunScope()
    lane = scope.lane(pool, 1)
    started, release = threading.Event(), threading.Event()
    first = lane.submit(lambda: (started.set(), release.wait(5)))
    waiting = [lane.submit(lambda: None) for _ in range(3)]
    assert started.wait(5)
    scope.cancel()
    release.set()
    assert scope.wait(timeout=5)
    assert first.exception() is None
    assert all(f.cancelled() for f in waiting)

    other = RunScope()
    lane = other.lane(pool, 1)
    pool.shutdown()
    late = lane.submit(lambda: None)
    assert other.wait(timeout=5)
    assert isinstance(late.exception(), RuntimeError)


def test_network_threads_start_each_refresh_on_fresh_connections() -> None:
    """The pool's threads outlive a refresh; their kept-alive connections must not."""
    fetcher = Fetcher("test")
    first = fetcher._session()
    assert fetcher._session() is first  # kept alive between fetches of one refresh
    fetcher.forget_connections()  # what a refresh does first
    assert fetcher._session() is not first


# -- a refresh in its scope ---------------------------------------------------------------


class GatedFetcher(FakeFetcher):
    """Each fetch waits at the gate until the test opens it."""

    def __init__(self, table: dict[str, FetchResult | BaseException]) -> None:
        super().__init__(table)
        self.gate = threading.Event()
        self.waiting = threading.Semaphore(0)

    def fetch_feed(
        self,
        url: str,
        validators: Validators,
        previous_body_hash: str | None,
        auth: tuple[str, str] | None = None,
    ) -> FetchResult:
        self.waiting.release()
        self.gate.wait(5)
        return super().fetch_feed(url, validators, previous_body_hash, auth)


def gated_refresh(
    workers: Workers, store: MemoryStore
) -> tuple[GatedFetcher, Callable[[threading.Event], threading.Thread], list[RefreshSummary]]:
    table: dict[str, FetchResult | BaseException] = {
        url: ok(url, rss(f"Feed {i}", make_items(f"f{i}", 2))) for i, url in enumerate(URLS, 1)
    }
    fetcher = GatedFetcher(table)
    refresher = Refresher(
        workers=workers, fetcher=fetcher, clock=lambda: BASE_TIME, max_in_flight=4,
        rng=random.Random(0),
    )  # fmt: skip
    out: list[RefreshSummary] = []

    def start(cancel: threading.Event) -> threading.Thread:
        thread = threading.Thread(
            target=lambda: out.append(refresher.refresh(all_feeds=True, cancel=cancel)),
            daemon=True,
        )
        thread.start()
        return thread

    return fetcher, start, out


def test_cancelling_a_refresh_stores_the_fetches_under_way_and_starts_no_more() -> None:
    log = Log()
    store = ClosingStore(log, [feed(i, url) for i, url in enumerate(URLS, 1)])
    workers = recorded_workers(log, store)
    try:
        fetcher, start, out = gated_refresh(workers, store)
        cancel = threading.Event()
        thread = start(cancel)
        for _ in range(2):  # both net threads are inside a fetch; two more wait in the pool
            assert fetcher.waiting.acquire(timeout=5)
        cancel.set()
        fetcher.gate.set()
        thread.join(5)
        assert not thread.is_alive(), "a cancelled refresh never returned"
        summary = out[0]
        assert summary.feeds == len(URLS)
        assert summary.updated == len(fetcher.calls) < len(URLS)  # the started ones, stored
        assert summary.failed == 0  # a cancel is no failure: the rest wait for the next run
        assert {u.feed_id for u in store.updates} == {URLS.index(u) + 1 for u in fetcher.urls}
    finally:
        workers.close()


def test_closing_the_workers_mid_refresh_ends_the_refresh() -> None:
    log = Log()
    store = ClosingStore(log, [feed(i, url) for i, url in enumerate(URLS, 1)])
    workers = recorded_workers(log, store)
    fetcher, start, out = gated_refresh(workers, store)
    thread = start(threading.Event())
    assert fetcher.waiting.acquire(timeout=5)
    closer = threading.Thread(target=workers.close)
    closer.start()
    fetcher.gate.set()
    closer.join(5)
    thread.join(5)
    assert not closer.is_alive() and not thread.is_alive()
    assert out[0].failed == 0
    assert log.events[-1] == "writer"  # the refresh's writes were in before the writer closed
    assert store.thread_names <= {"db-writer_0"}
