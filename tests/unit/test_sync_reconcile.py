"""core.sync.reconcile on plain data: what a sync pushes and what it writes locally."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from newsreader.core.sync import Intent, Push, RemoteState, reconcile

T0 = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)


def state(read: bool = False, starred: bool = False, at: datetime | None = None) -> RemoteState:
    return RemoteState(read, starred, at)


def test_a_server_change_without_an_intent_is_written_locally() -> None:
    seen = {"1": state(), "2": state()}
    server = {"1": state(read=True, at=T0)}
    local = {"1": state(), "2": state()}
    plan = reconcile([], seen, server, local)
    assert plan.pushes == []
    assert plan.local == {"1": state(read=True, at=T0)}
    assert plan.seen["1"].read is True
    assert "2" not in plan.local


def test_an_intent_is_pushed_when_the_server_differs() -> None:
    intent = Intent("5", "starred", True, T0)
    plan = reconcile([intent], {"5": state()}, {}, {"5": state(starred=True)})
    assert plan.pushes == [Push("starred", True, ("5",))]
    assert plan.settled == [intent]
    assert plan.seen["5"].starred is True
    assert plan.local == {}  # already starred here


def test_an_intent_the_server_already_has_is_not_pushed_again() -> None:
    # The toggle rule: a star pushed by a sync that was killed before it recorded the
    # push must not be sent again, or a toggle API would flip it back.
    intent = Intent("5", "starred", True, T0)
    server = {"5": state(starred=True, at=T0 + timedelta(seconds=1))}
    plan = reconcile([intent], {"5": state()}, server, {"5": state(starred=True)})
    assert plan.pushes == []
    assert plan.settled == [intent]
    assert plan.overruled == []


def test_a_newer_change_on_another_device_wins_over_an_older_intent() -> None:
    intent = Intent("7", "read", True, T0)
    server = {"7": state(read=False, starred=True, at=T0 + timedelta(minutes=5))}
    seen = {"7": state(read=False, starred=False)}
    # The other device starred it; the local read intent is for another field: both stand.
    plan = reconcile([intent], seen, server, {"7": state(read=True)})
    assert plan.pushes == [Push("read", True, ("7",))]
    assert plan.seen["7"] == state(read=True, starred=True, at=T0 + timedelta(minutes=5))
    assert plan.local["7"].starred is True


def test_a_conflict_on_one_field_goes_to_the_newer_change() -> None:
    seen = {"8": state(read=True)}
    local = {"8": state(read=False)}
    server_newer = {"8": state(read=True, starred=True, at=T0 + timedelta(minutes=1))}
    # Server changed `starred`, not `read`: the local unread is pushed.
    plan = reconcile([Intent("8", "read", False, T0)], seen, server_newer, local)
    assert plan.pushes == [Push("read", False, ("8",))]

    seen = {"9": state(starred=False)}
    server = {"9": state(starred=True, at=T0 + timedelta(minutes=1))}
    older = Intent("9", "starred", False, T0)  # unstar... but it was never starred locally
    plan = reconcile([older], seen, server, {"9": state()})
    assert plan.overruled == [older]
    assert plan.pushes == []
    assert plan.local["9"].starred is True

    newer = Intent("9", "read", True, T0 + timedelta(minutes=2))
    server = {"9": state(read=False, at=T0 + timedelta(minutes=1))}
    plan = reconcile([newer], {"9": state(read=True)}, server, {"9": state(read=True)})
    assert plan.pushes == [Push("read", True, ("9",))]
    assert plan.overruled == []


def test_without_a_change_time_the_server_wins_a_conflict() -> None:
    # Google Reader has no per-entry change time: a field changed on both sides goes to
    # the server, rather than guessing.
    intent = Intent("3", "read", True, T0)
    plan = reconcile([intent], {"3": state(read=True)}, {"3": state(read=False)}, {"3": state()})
    assert plan.overruled == [intent]
    assert plan.local == {}  # the local value already equals the server's


def test_intents_for_entries_nobody_knows_are_dropped() -> None:
    intent = Intent("404", "read", True, T0)
    plan = reconcile([intent], {}, {}, {})
    assert plan.unknown == [intent]
    assert plan.pushes == []


def test_pushes_are_grouped_by_field_and_value_in_id_order() -> None:
    intents = [
        Intent("10", "read", True, T0),
        Intent("2", "read", True, T0),
        Intent("3", "read", False, T0),
        Intent("2", "starred", True, T0),
    ]
    seen = {k: state(read=(k == "3")) for k in ("10", "2", "3")}
    plan = reconcile(intents, seen, {}, {})
    assert plan.pushes == [
        Push("read", False, ("3",)),
        Push("read", True, ("2", "10")),
        Push("starred", True, ("2",)),
    ]


def test_the_latest_of_two_intents_for_one_field_counts() -> None:
    first = Intent("4", "starred", True, T0)
    second = Intent("4", "starred", False, T0 + timedelta(seconds=3))
    plan = reconcile([second, first], {"4": state()}, {}, {"4": state()})
    assert plan.pushes == []  # the server is already unstarred
    assert plan.settled == [second]


def test_the_plan_is_the_same_for_the_same_inputs() -> None:
    intents = [Intent(str(i), "read", bool(i % 2), T0) for i in range(50)]
    seen = {str(i): state() for i in range(50)}
    server = {str(i): state(starred=True, at=T0) for i in range(0, 50, 3)}
    a = reconcile(intents, seen, server, {})
    b = reconcile(list(reversed(intents)), seen, server, {})
    assert a.pushes == b.pushes and a.local == b.local and a.seen == b.seen
