"""The network gate (gui.offline_mode.NetworkGate): offline detection, probing, backoff (issue 13).

Qt-free logic in front of the refresh runner: a `ScriptedRunner` returns the summaries, the
probe is a fake, the clock is fixed. No network, no processes, no SQLite.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

import pytest

from newsreader.core.types import RefreshSummary
from newsreader.gui.offline_mode import NetworkGate
from tests.support.fakes import (
    RefreshCall,
    ScriptedRunner,
    network_down_summary,
    server_error_summary,
)
from tests.support.feeds import BASE_TIME

NOW = BASE_TIME
FEEDS = [
    "https://a.example/feed",
    "https://b.example:8443/rss",
    "http://c.example/x",
    "http://d.example/",
]
HOSTS = [("a.example", 443), ("b.example", 8443), ("c.example", 80)]  # the first three


class Probe:
    def __init__(self, answers: Sequence[bool] = ()) -> None:
        self.answers = list(answers)
        self.calls: list[list[tuple[str, int]]] = []

    def __call__(self, hosts: Sequence[tuple[str, int]]) -> bool:
        self.calls.append(list(hosts))
        return self.answers.pop(0)


def gate_for(runner: ScriptedRunner, probe: Probe) -> NetworkGate:
    return NetworkGate(runner, lambda: NOW, probe=probe, first_backoff_s=30, max_backoff_s=900)


def test_a_run_where_every_feed_failed_to_connect_means_offline() -> None:
    runner = ScriptedRunner(summaries=[network_down_summary(FEEDS)], due=NOW)
    gate = gate_for(runner, Probe())

    summary = gate.refresh(all_feeds=True)

    assert summary.failed == 4
    assert gate.offline
    assert gate.next_due() == NOW + timedelta(seconds=30)
    assert runner.next_due_calls == 0  # offline: the gate decides when to look again


@pytest.mark.parametrize(
    "summary",
    [
        network_down_summary(FEEDS[:3], ok=1),  # one feed came through
        server_error_summary(FEEDS),  # servers answered: the network is up
        RefreshSummary(),  # nothing was due
    ],
    ids=["one-ok", "http-errors", "nothing-due"],
)
def test_other_runs_do_not_mean_offline(summary: RefreshSummary) -> None:
    due = NOW + timedelta(minutes=7)
    runner = ScriptedRunner(summaries=[summary], due=due)
    gate = gate_for(runner, Probe())

    gate.refresh()

    assert not gate.offline
    assert gate.next_due() == due


def test_offline_probes_first_and_backs_off_doubling_to_the_cap() -> None:
    runner = ScriptedRunner(summaries=[network_down_summary(FEEDS)])
    probe = Probe([False] * 7)
    gate = gate_for(runner, probe)
    gate.refresh()

    delays = []
    for _ in range(7):
        assert gate.refresh() == RefreshSummary()  # held: the runner is not asked
        delays.append((gate.next_due() - NOW).total_seconds())

    assert len(runner.calls) == 1
    assert probe.calls == [HOSTS] * 7  # a TCP probe of the failing feeds' hosts
    assert delays == [60, 120, 240, 480, 900, 900, 900]


def test_a_host_that_answers_lets_the_refresh_through_and_resets_the_backoff() -> None:
    due = NOW + timedelta(minutes=3)
    runner = ScriptedRunner(
        summaries=[network_down_summary(FEEDS), RefreshSummary(feeds=4, updated=4)], due=due
    )
    gate = gate_for(runner, Probe([False, True]))
    gate.refresh()
    gate.refresh()  # still down: backoff 60 s
    assert gate.backoff_s == 60

    summary = gate.refresh(feed_ids=[3])

    assert summary.updated == 4
    assert runner.calls[-1] == RefreshCall(False, (3,))
    assert not gate.offline
    assert gate.backoff_s == 30
    assert gate.next_due() == due


def test_down_again_after_a_good_probe_is_a_new_outage() -> None:
    runner = ScriptedRunner(
        summaries=[network_down_summary(FEEDS), network_down_summary(FEEDS[3:])]
    )
    probe = Probe([False, True, False])
    gate = gate_for(runner, probe)
    gate.refresh()
    gate.refresh()  # still down: 60 s
    assert gate.backoff_s == 60

    gate.refresh()  # a host answered, the feeds still did not connect

    assert len(runner.calls) == 2
    assert gate.offline
    assert gate.backoff_s == 30  # the probe reset it; this outage starts again at the first
    gate.refresh()
    assert probe.calls[-1] == [("d.example", 80)]  # the hosts of the latest failures


def test_work_offline_skips_refreshes_until_turned_off() -> None:
    due = NOW + timedelta(minutes=1)
    runner = ScriptedRunner(due=due)
    probe = Probe()
    gate = gate_for(runner, probe)

    gate.set_work_offline(True)
    assert gate.working_offline
    assert gate.refresh(all_feeds=True) == RefreshSummary()
    assert gate.next_due() is None  # the poller waits its longest
    gate.set_work_offline(False)
    gate.refresh(all_feeds=True)

    assert runner.calls == [RefreshCall(True, None)]
    assert probe.calls == []
    assert gate.next_due() == due


def test_offline_hosts_come_from_the_failed_feeds_not_from_every_feed() -> None:
    runner = ScriptedRunner(summaries=[network_down_summary(["https://only.example:444/f"])])
    probe = Probe([False])
    gate = gate_for(runner, probe)
    gate.refresh()

    gate.refresh()

    assert probe.calls == [[("only.example", 444)]]


def test_with_no_host_to_probe_the_next_good_run_ends_the_outage() -> None:
    runner = ScriptedRunner(
        summaries=[
            network_down_summary(["feed-without-a-host"]),
            RefreshSummary(feeds=1, updated=1),
        ]
    )
    probe = Probe()
    gate = gate_for(runner, probe)
    gate.refresh()
    assert gate.offline

    gate.refresh()

    assert probe.calls == []  # nothing to probe: the refresh itself is the probe
    assert not gate.offline
    assert gate.backoff_s == 30
