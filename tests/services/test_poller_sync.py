"""The poller syncs accounts (issue 14): after every refresh run, on the refresh thread, one
account after the other; `sync_now` during a run waits for it and is merged. Scripted refresh
runner and a scripted sync runner (the seam the app fills with the engine's Syncer)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from pytestqt.qtbot import QtBot

from newsreader.services.bridge import Bridge
from newsreader.services.poller import Poller
from newsreader.update.sync import AccountOutcome
from tests.support.fakes import ScriptedRunner
from tests.support.feeds import BASE_TIME


@dataclass
class ScriptedSync:
    names: list[str] = field(default_factory=lambda: ["home", "work"])
    synced: list[str] = field(default_factory=list)
    threads: set[str] = field(default_factory=set)

    def account_names(self) -> list[str]:
        return list(self.names)

    def sync_account(self, name: str, cancel: threading.Event) -> AccountOutcome:
        self.threads.add(threading.current_thread().name)
        self.synced.append(name)
        return AccountOutcome(name, new_articles=2)


@pytest.fixture
def setup(qtbot: QtBot) -> Iterator[tuple[Poller, Bridge, ScriptedRunner, ScriptedSync]]:
    runner, syncer, bridge = ScriptedRunner(), ScriptedSync(), Bridge()
    poller = Poller(runner, bridge, lambda: BASE_TIME, syncer=syncer)
    yield poller, bridge, runner, syncer
    poller.shutdown(timeout=5)
    bridge.close()


def test_every_account_syncs_after_a_refresh_on_the_refresh_thread(
    qtbot: QtBot, setup: tuple[Poller, Bridge, ScriptedRunner, ScriptedSync]
) -> None:
    poller, bridge, _runner, syncer = setup
    order: list[str] = []
    bridge.refresh_finished.connect(lambda _s: order.append("refresh"))
    poller.sync_started.connect(lambda name: order.append(f"start {name}"))
    poller.sync_account_finished.connect(lambda o: order.append(f"done {o.name}"))
    with qtbot.waitSignal(poller.sync_finished, timeout=5000) as finished:
        poller.refresh_now()
    assert order == ["refresh", "start home", "done home", "start work", "done work"]
    assert [o.name for o in finished.args[0]] == ["home", "work"]
    assert syncer.threads and all(t.startswith("refresh") for t in syncer.threads)
    assert not poller.running and not poller.syncing


def test_sync_now_during_a_refresh_waits_and_is_merged(
    qtbot: QtBot, setup: tuple[Poller, Bridge, ScriptedRunner, ScriptedSync]
) -> None:
    poller, _bridge, runner, syncer = setup
    runner.hold = True
    poller.refresh_now()
    assert runner.started.wait(5)
    poller.sync_now(["work"])
    poller.sync_now(["home"])
    assert syncer.synced == []  # nothing while the refresh runs
    with qtbot.waitSignal(poller.sync_finished, timeout=5000):
        runner.release()
    # The refresh's own sync covers both requests: each account once.
    assert syncer.synced == ["home", "work"]
    qtbot.wait(50)
    assert syncer.synced == ["home", "work"] and not poller.running


def test_sync_now_alone_syncs_only_that_account(
    qtbot: QtBot, setup: tuple[Poller, Bridge, ScriptedRunner, ScriptedSync]
) -> None:
    poller, _bridge, runner, syncer = setup
    with qtbot.waitSignal(poller.sync_finished, timeout=5000):
        poller.sync_now(["work"])
    assert syncer.synced == ["work"] and runner.calls == []
