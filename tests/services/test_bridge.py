"""The bridge: worker threads hand values to the GUI thread, and nothing after close (issue 13)."""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future

import pytest
from pytestqt.qtbot import QtBot

from newsreader.core.types import RefreshSummary
from newsreader.services.bridge import Bridge


def on_worker(job: object) -> None:
    thread = threading.Thread(target=job, name="worker")  # type: ignore[arg-type]
    thread.start()
    thread.join(5)
    assert not thread.is_alive()


class Seen:
    def __init__(self) -> None:
        self.values: list[object] = []
        self.threads: set[str] = set()

    def __call__(self, value: object) -> None:
        self.values.append(value)
        self.threads.add(threading.current_thread().name)


def test_call_on_gui_runs_the_callback_on_the_gui_thread(qtbot: QtBot) -> None:
    bridge = Bridge()
    seen = Seen()

    on_worker(lambda: bridge.call_on_gui(seen, 1))
    assert seen.values == []  # queued, not run on the worker
    qtbot.waitUntil(lambda: seen.values == [1], timeout=2000)

    assert seen.threads == {threading.main_thread().name}


def test_signals_emitted_from_a_worker_arrive_on_the_gui_thread_in_order(qtbot: QtBot) -> None:
    bridge = Bridge()
    seen = Seen()
    bridge.refresh_progressed.connect(seen)
    summary = RefreshSummary(feeds=3, updated=3)

    def work() -> None:
        for i in range(3):
            bridge.emit_safely("refresh_progressed", i)

    with qtbot.waitSignal(bridge.refresh_finished, timeout=2000) as finished:
        on_worker(work)
        on_worker(lambda: bridge.emit_safely("refresh_finished", summary))

    assert seen.values == [0, 1, 2]
    assert seen.threads == {threading.main_thread().name}
    assert finished.args == [summary]


def test_after_close_nothing_is_delivered_not_even_what_was_queued(qtbot: QtBot) -> None:
    bridge = Bridge()
    seen = Seen()
    bridge.refresh_failed.connect(seen)

    on_worker(lambda: bridge.call_on_gui(seen, "queued before close"))
    bridge.close()
    on_worker(lambda: bridge.call_on_gui(seen, "after close"))
    on_worker(lambda: bridge.emit_safely("refresh_failed", "after close"))
    qtbot.wait(50)

    assert bridge.closed
    assert seen.values == []


def test_a_failing_callback_is_logged_and_later_ones_still_run(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    bridge = Bridge()
    seen = Seen()

    def broken(_value: object) -> None:
        raise RuntimeError("a bug in a slot")

    with caplog.at_level(logging.ERROR, logger="newsreader.services.bridge"):
        on_worker(lambda: bridge.call_on_gui(broken, 1))
        on_worker(lambda: bridge.call_on_gui(seen, 2))
        qtbot.waitUntil(lambda: seen.values == [2], timeout=2000)

    assert "GUI callback failed" in caplog.text
    assert "a bug in a slot" in caplog.text


def test_when_done_turns_a_future_into_a_gui_callback(qtbot: QtBot) -> None:
    bridge = Bridge()
    done, errors = Seen(), Seen()
    good: Future[int] = Future()
    bad: Future[int] = Future()
    bridge.when_done(good, done, errors)
    bridge.when_done(bad, done, errors)

    on_worker(lambda: good.set_result(7))
    on_worker(lambda: bad.set_exception(ValueError("no")))
    qtbot.waitUntil(lambda: bool(done.values and errors.values), timeout=2000)

    assert done.values == [7]
    assert [type(e) for e in errors.values] == [ValueError]
    assert done.threads | errors.threads == {threading.main_thread().name}


def test_when_done_without_callbacks_drops_the_outcome(qtbot: QtBot) -> None:
    bridge = Bridge()
    future: Future[int] = Future()
    bridge.when_done(future)

    on_worker(lambda: future.set_exception(ValueError("nobody listens")))
    qtbot.wait(20)  # nothing to deliver, nothing raised
