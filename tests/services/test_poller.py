"""The poller's request merging and re-arming, on a scripted refresh runner (issue 13).

The real Poller, Bridge and QTimer on the GUI thread; the pipeline is a `ScriptedRunner`, so
no HTTP, processes or SQLite. The poller's worker thread is real: runs finish when the test
releases them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from newsreader.core.types import RefreshSummary
from newsreader.services.bridge import Bridge
from newsreader.services.poller import Poller
from tests.support.fakes import RefreshCall, ScriptedRunner
from tests.support.feeds import BASE_TIME

NOW = BASE_TIME
MIN_S, MAX_S = 5.0, 1800.0


@pytest.fixture
def make_poller(qtbot: QtBot) -> Iterator[Callable[..., tuple[Poller, Bridge]]]:
    made: list[tuple[Poller, Bridge]] = []

    def build(runner: ScriptedRunner, min_s: float = MIN_S, max_s: float = MAX_S):
        bridge = Bridge()
        poller = Poller(runner, bridge, lambda: NOW, min_delay_s=min_s, max_delay_s=max_s)
        made.append((poller, bridge))
        return poller, bridge

    yield build
    for poller, bridge in made:
        poller.shutdown(timeout=5)
        bridge.close()


def timer_of(poller: Poller) -> QTimer:
    timer = poller.findChild(QTimer)
    assert timer is not None
    return timer


def idle(qtbot: QtBot, poller: Poller) -> None:
    qtbot.waitUntil(lambda: not poller.running, timeout=5000)


def test_requests_during_a_run_merge_into_one_more_run(qtbot: QtBot, make_poller) -> None:
    runner = ScriptedRunner(hold=True)
    poller, _ = make_poller(runner)

    poller.refresh_now([1], all_feeds=False)
    assert runner.started.wait(5)
    poller.refresh_now([2], all_feeds=False)
    poller.refresh_now([3, 2], all_feeds=False)
    poller.refresh_now([4], all_feeds=False)
    runner.release()
    qtbot.waitUntil(lambda: len(runner.calls) == 2, timeout=5000)
    assert not timer_of(poller).isActive()  # armed only once nothing is queued
    runner.release()
    idle(qtbot, poller)
    qtbot.wait(50)  # nothing else is queued behind it

    assert runner.calls == [RefreshCall(False, (1,)), RefreshCall(False, (2, 3, 4))]


@pytest.mark.parametrize(
    ("requests", "merged"),
    [
        ([([2], False), (None, False)], RefreshCall(False, None)),  # "every due feed" wins
        ([(None, True), ([2], False)], RefreshCall(True, None)),  # F5 wins
        ([([2], False), ([5], True)], RefreshCall(True, (2, 5))),
    ],
)
def test_merging_keeps_the_widest_request(
    qtbot: QtBot, make_poller, requests: list[tuple[list[int] | None, bool]], merged: RefreshCall
) -> None:
    runner = ScriptedRunner(hold=True)
    poller, _ = make_poller(runner)
    poller.refresh_now([9], all_feeds=False)
    assert runner.started.wait(5)
    for ids, all_feeds in requests:
        poller.refresh_now(ids, all_feeds=all_feeds)
    runner.release()
    runner.release()
    qtbot.waitUntil(lambda: len(runner.calls) == 2, timeout=5000)
    idle(qtbot, poller)

    assert runner.calls[1] == merged


@pytest.mark.parametrize(
    ("due", "seconds"),
    [
        (NOW + timedelta(seconds=100), 100),
        (NOW - timedelta(hours=1), MIN_S),  # overdue: soon, never at once
        (NOW + timedelta(days=10), MAX_S),
        (None, MAX_S),  # no feeds
    ],
    ids=["due-in-100s", "overdue", "far-away", "no-feeds"],
)
def test_after_a_run_the_timer_is_armed_from_the_next_due_time(
    qtbot: QtBot, make_poller, due, seconds: float
) -> None:
    runner = ScriptedRunner(due=due)
    poller, bridge = make_poller(runner)

    with qtbot.waitSignal(bridge.refresh_finished, timeout=5000) as finished:
        poller.refresh_now()
    idle(qtbot, poller)

    assert isinstance(finished.args[0], RefreshSummary)
    assert timer_of(poller).isActive()
    assert timer_of(poller).interval() == int(seconds * 1000)
    assert runner.calls == [RefreshCall(True, None)]


def test_start_arms_the_timer_without_refreshing(qtbot: QtBot, make_poller) -> None:
    runner = ScriptedRunner(due=NOW + timedelta(seconds=60))
    poller, _ = make_poller(runner)

    poller.start()
    qtbot.waitUntil(lambda: timer_of(poller).isActive(), timeout=5000)

    assert timer_of(poller).interval() == 60_000
    assert runner.calls == []
    assert runner.next_due_calls == 1


def test_the_timer_runs_a_refresh_of_the_due_feeds_and_re_arms(qtbot: QtBot, make_poller) -> None:
    runner = ScriptedRunner(due=NOW - timedelta(minutes=5))
    poller, _ = make_poller(runner, min_s=0.02)

    poller.start()
    qtbot.waitUntil(lambda: len(runner.calls) >= 2, timeout=5000)
    poller.shutdown()

    assert runner.calls[:2] == [RefreshCall(False, None)] * 2  # timed runs: due feeds only


def test_a_request_during_a_run_stops_the_timer_until_that_run_ends(
    qtbot: QtBot, make_poller
) -> None:
    runner = ScriptedRunner(due=NOW + timedelta(seconds=30), hold=True)
    poller, _ = make_poller(runner)
    poller.start()
    qtbot.waitUntil(lambda: timer_of(poller).isActive(), timeout=5000)

    poller.refresh_now()
    assert runner.started.wait(5)
    assert not timer_of(poller).isActive()  # no timed run queued behind the manual one
    runner.release()
    idle(qtbot, poller)
    assert timer_of(poller).interval() == 30_000


def test_a_failed_run_says_why_and_still_re_arms(qtbot: QtBot, make_poller) -> None:
    runner = ScriptedRunner(due=NOW + timedelta(seconds=42))

    def explode(_call: RefreshCall) -> None:
        raise RuntimeError("database is locked\nsecond line")

    runner.on_refresh = explode
    poller, bridge = make_poller(runner)

    with qtbot.waitSignal(bridge.refresh_failed, timeout=5000) as failed:
        poller.refresh_now()
    idle(qtbot, poller)

    assert failed.args == ["RuntimeError: database is locked"]
    assert timer_of(poller).isActive()
    assert timer_of(poller).interval() == 42_000


def test_shutdown_drops_the_queued_request_and_stops_the_timer(qtbot: QtBot, make_poller) -> None:
    runner = ScriptedRunner(hold=True)
    poller, _ = make_poller(runner)
    poller.refresh_now([1], all_feeds=False)
    assert runner.started.wait(5)
    poller.refresh_now([2], all_feeds=False)

    runner.release()
    assert poller.shutdown(timeout=5)
    qtbot.wait(50)

    assert runner.calls == [RefreshCall(False, (1,))]
    assert not timer_of(poller).isActive()
    poller.refresh_now()  # after shutdown: ignored
    qtbot.wait(20)
    assert len(runner.calls) == 1
