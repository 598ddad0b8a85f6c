"""The view-update throttle: a burst of pokes becomes one call per interval (issue 13)."""

from __future__ import annotations

import time

from pytestqt.qtbot import QtBot

from newsreader.services.throttle import Throttle

INTERVAL_MS = 40


class Calls:
    def __init__(self) -> None:
        self.at: list[float] = []

    def __call__(self) -> None:
        self.at.append(time.monotonic())


def test_a_burst_of_pokes_is_one_call_at_the_end_of_the_interval(qtbot: QtBot) -> None:
    calls = Calls()
    throttle = Throttle(calls, INTERVAL_MS)
    started = time.monotonic()

    for _ in range(50):
        throttle.poke()
    assert calls.at == []  # never synchronous
    assert throttle.pending
    qtbot.waitUntil(lambda: bool(calls.at), timeout=2000)
    qtbot.wait(3 * INTERVAL_MS)

    assert len(calls.at) == 1
    assert calls.at[0] - started >= INTERVAL_MS / 1000 * 0.9
    assert not throttle.pending


def test_pokes_after_a_call_schedule_the_next_one(qtbot: QtBot) -> None:
    calls = Calls()
    throttle = Throttle(calls, INTERVAL_MS)

    throttle.poke()
    qtbot.waitUntil(lambda: len(calls.at) == 1, timeout=2000)
    throttle.poke()
    throttle.poke()
    qtbot.waitUntil(lambda: len(calls.at) == 2, timeout=2000)
    qtbot.wait(2 * INTERVAL_MS)

    assert len(calls.at) == 2


def test_a_steady_stream_is_capped_at_one_call_per_interval(qtbot: QtBot) -> None:
    calls = Calls()
    throttle = Throttle(calls, INTERVAL_MS)
    end = time.monotonic() + 0.4
    while time.monotonic() < end:
        throttle.poke()
        qtbot.wait(2)
    qtbot.wait(2 * INTERVAL_MS)

    assert 3 <= len(calls.at) <= 0.4 * 1000 / INTERVAL_MS + 1
    gaps = [b - a for a, b in zip(calls.at, calls.at[1:], strict=False)]
    assert min(gaps) >= INTERVAL_MS / 1000 * 0.8


def test_flush_runs_the_pending_call_now_and_only_then(qtbot: QtBot) -> None:
    calls = Calls()
    throttle = Throttle(calls, 10_000)

    throttle.flush()
    assert calls.at == []  # nothing pending: nothing to run
    throttle.poke()
    throttle.flush()
    assert len(calls.at) == 1
    assert not throttle.pending
    throttle.flush()
    assert len(calls.at) == 1


def test_cancel_drops_the_pending_call(qtbot: QtBot) -> None:
    calls = Calls()
    throttle = Throttle(calls, INTERVAL_MS)

    throttle.poke()
    throttle.cancel()
    qtbot.wait(3 * INTERVAL_MS)

    assert calls.at == []
    assert not throttle.pending
