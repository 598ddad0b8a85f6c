"""`Poller.refresh_feeds`: fresh subscriptions fetched at once, alone, merged with a run in
progress the way `refresh_now` merges (issue 15). Scripted runner, real poller thread."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from newsreader.services.bridge import Bridge
from newsreader.services.poller import Poller
from tests.support.fakes import RefreshCall, ScriptedRunner
from tests.support.feeds import BASE_TIME


@pytest.fixture
def make_poller(qtbot: QtBot) -> Iterator[Callable[[ScriptedRunner], tuple[Poller, Bridge]]]:
    made: list[tuple[Poller, Bridge]] = []

    def build(runner: ScriptedRunner) -> tuple[Poller, Bridge]:
        bridge = Bridge()
        poller = Poller(runner, bridge, lambda: BASE_TIME)
        made.append((poller, bridge))
        return poller, bridge

    yield build
    for poller, bridge in made:
        poller.shutdown(timeout=5)
        bridge.close()


def test_refresh_feeds_fetches_only_those_feeds_at_once(qtbot: QtBot, make_poller) -> None:
    runner = ScriptedRunner()
    poller, bridge = make_poller(runner)

    with (
        qtbot.waitSignal(poller.refresh_started, timeout=5000),
        qtbot.waitSignal(bridge.refresh_finished, timeout=5000),
    ):
        poller.refresh_feeds([7, 8, 7])
    qtbot.waitUntil(lambda: not poller.running, timeout=5000)

    assert runner.calls == [RefreshCall(False, (7, 8))]


def test_refresh_feeds_of_nothing_does_nothing(qtbot: QtBot, make_poller) -> None:
    runner = ScriptedRunner()
    poller, _ = make_poller(runner)
    poller.refresh_feeds([])
    qtbot.wait(50)
    assert runner.calls == [] and not poller.running


def test_refresh_feeds_during_a_run_is_queued_and_merged(qtbot: QtBot, make_poller) -> None:
    runner = ScriptedRunner(hold=True)
    poller, _ = make_poller(runner)
    poller.refresh_now([1], all_feeds=False)
    assert runner.started.wait(5)
    poller.refresh_feeds([5])
    poller.refresh_feeds([6, 5])
    runner.release()
    qtbot.waitUntil(lambda: len(runner.calls) == 2, timeout=5000)
    runner.release()
    qtbot.waitUntil(lambda: not poller.running, timeout=5000)
    qtbot.wait(50)

    assert runner.calls == [RefreshCall(False, (1,)), RefreshCall(False, (5, 6))]
