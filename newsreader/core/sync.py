"""Sync with a server the person already runs (Miniflux REST, Google Reader API): the model.

Pure data and one pure function. The API clients (update.sync_miniflux, update.sync_greader)
speak to servers in these types; storage keeps the last state seen on the server per entry
and a durable outbox of local intents; `reconcile` decides, from those and from what the
server says now, what to push and what to write locally. Nothing here does I/O.

Identity: a remote id is the server's own entry id as a decimal string ("129"); a remote feed
id likewise ("4"). Google Reader long ids ("tag:google.com,2005:reader/item/0000000000000081")
are converted by the client, never stored.

The rules (issue 14):
- A local change to a synced article is an *intent* (field, wanted value, when). Intents are
  pushed against the state last seen on the server, so a toggle-only API (Miniflux < 2.3.2
  stars, Google Reader edit-tag on Miniflux < 2.3) is only called when the server's state
  differs from the wanted one: a star is never flipped back.
- A change made on another device since the last sync (the server's state differs from the
  last seen one) wins over a local intent unless the intent is newer than the server's change.
- Without an intent, what the server says is written locally.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Literal, Protocol


class AccountKind(StrEnum):
    MINIFLUX = "miniflux"
    GREADER = "greader"


Field = Literal["read", "starred"]


@dataclass(frozen=True, slots=True)
class Account:
    """A sync account as stored; its secret lives only in the keyring under `auth_ref`."""

    id: int
    name: str
    kind: AccountKind
    url: str  # base URL as the person gave it, without a trailing slash
    username: str  # "" for a Miniflux API key
    auth_ref: str
    server_version: str | None = None
    cursor: str | None = None  # the client's incremental position (opaque to the engine)
    last_sync: datetime | None = None
    last_error: str | None = None


@dataclass(frozen=True, slots=True)
class ServerInfo:
    """What "Test connection" shows: the server's name and version, and who we are there."""

    name: str  # "Miniflux"
    version: str  # "2.2.6"
    user: str


@dataclass(frozen=True, slots=True)
class RemoteFeed:
    remote_id: str
    url: str
    title: str
    site_url: str | None = None
    category: str = ""  # "World/Asia"; "" when the server has none for it


@dataclass(frozen=True, slots=True)
class RemoteState:
    """An entry's read and starred state on the server, and when it last changed there."""

    read: bool
    starred: bool
    changed: datetime | None = None

    def get(self, name: Field) -> bool:
        return self.read if name == "read" else self.starred

    def with_value(self, name: Field, value: bool) -> RemoteState:
        if name == "read":
            return RemoteState(value, self.starred, self.changed)
        return RemoteState(self.read, value, self.changed)


@dataclass(frozen=True, slots=True)
class RemoteEnclosure:
    url: str
    mime_type: str = ""
    length: int = 0


@dataclass(frozen=True, slots=True)
class RemoteEntry:
    """An entry with its content, as the server holds it (content is untrusted HTML)."""

    remote_id: str
    feed_remote_id: str
    title: str
    url: str | None
    author: str | None
    published: datetime | None
    updated: datetime | None
    content: str | None
    state: RemoteState
    enclosures: tuple[RemoteEnclosure, ...] = ()


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """What changed on the server since `cursor` (a client's answer to `changes`).

    `states` holds the current state of every entry the client reports on: for Miniflux
    REST the entries changed since the cursor (new ones included); for Google Reader every
    entry of the reading list (its id sets are fetched whole). `complete` says the latter:
    then an entry known locally but absent from `states` is gone from the server.
    `entries` holds the content the client already has (Miniflux sends it with the
    changes); the engine asks `entries()` for the rest of the ids it does not know.
    """

    states: Mapping[str, RemoteState]
    entries: Mapping[str, RemoteEntry] = field(default_factory=dict)
    complete: bool = False
    cursor: str | None = None


class SyncError(Exception):
    """A sync failed in a way the person should read (the message is a sentence)."""


class SyncAuthError(SyncError):
    """The server refused the credentials (a wrong key or password)."""


class SyncServer(Protocol):
    """One account's server. Calls block (network); the engine runs them on worker threads.

    Every method raises SyncError (or SyncAuthError) with a sentence for the person; a
    client never retries forever and never lets an exception of its HTTP library escape.
    """

    def server_info(self) -> ServerInfo: ...

    def feeds(self) -> list[RemoteFeed]: ...

    def changes(self, cursor: str | None) -> ChangeSet: ...

    def entries(self, remote_ids: Sequence[str]) -> list[RemoteEntry]:
        """Entries with content, in batches the server accepts; unknown ids are left out."""
        ...

    def set_read(self, remote_ids: Sequence[str], read: bool) -> set[str]:
        """Sets the state of entries whose last-seen state differs; returns ids unknown to
        the server (deleted there), which the caller drops."""
        ...

    def set_starred(self, remote_ids: Sequence[str], starred: bool) -> set[str]:
        """As set_read. On toggle-only servers the caller guarantees every id's state on the
        server is currently `not starred`, so the toggle lands on the wanted value."""
        ...

    def subscribe(self, url: str, category: str) -> RemoteFeed: ...

    def unsubscribe(self, feed_remote_id: str) -> None: ...

    def edit_feed(self, feed_remote_id: str, *, title: str | None, category: str | None) -> None:
        """Rename and/or move a feed (None leaves that part alone); creates the category."""
        ...

    def close(self) -> None: ...


# -- reconcile -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Intent:
    """A local change not yet pushed: an entry's field should be `value` (since `at`)."""

    remote_id: str
    field: Field
    value: bool
    at: datetime


@dataclass(frozen=True, slots=True)
class Push:
    field: Field
    value: bool
    remote_ids: tuple[str, ...]


@dataclass(slots=True)
class Plan:
    """What a sync does, decided before anything is sent."""

    pushes: list[Push] = field(default_factory=list)
    # The state to write locally (and to remember as seen) for each entry that needs it.
    local: dict[str, RemoteState] = field(default_factory=dict)
    # The state to remember as last seen on the server once the pushes have landed.
    seen: dict[str, RemoteState] = field(default_factory=dict)
    # Intents settled by this sync (pushed, already true on the server, or overruled).
    settled: list[Intent] = field(default_factory=list)
    # Intents whose entry the server does not know: dropped, with a log line.
    unknown: list[Intent] = field(default_factory=list)
    # Intents that lost to a newer change made on another device.
    overruled: list[Intent] = field(default_factory=list)


FIELDS: tuple[Field, ...] = ("read", "starred")


def reconcile(
    intents: Iterable[Intent],
    seen: Mapping[str, RemoteState],
    server: Mapping[str, RemoteState],
    local: Mapping[str, RemoteState],
) -> Plan:
    """Decide a sync: `seen` is the state last seen on the server per entry, `server` what
    the server reports now (only changed entries unless complete), `local` the local state
    of entries the server reported on. Pure; the same inputs give the same plan.
    """
    plan = Plan()
    wanted: dict[tuple[str, Field], Intent] = {}
    for intent in intents:
        key = (intent.remote_id, intent.field)
        older = wanted.get(key)
        if older is None or intent.at >= older.at:
            wanted[key] = intent
    pushes: dict[tuple[Field, bool], list[str]] = {}
    final: dict[str, RemoteState] = {}

    def current(remote_id: str) -> RemoteState | None:
        return final.get(remote_id) or server.get(remote_id) or seen.get(remote_id)

    for (remote_id, name), intent in sorted(wanted.items()):
        now = current(remote_id)
        if now is None:
            plan.unknown.append(intent)
            continue
        before = seen.get(remote_id)
        reported = server.get(remote_id)
        if (
            reported is not None
            and before is not None
            and reported.get(name) != before.get(name)
            and reported.get(name) != intent.value
            and _newer(reported, intent)
        ):
            # Another device changed this field after the local change: theirs stands.
            plan.overruled.append(intent)
            final[remote_id] = now
            continue
        if now.get(name) != intent.value:
            pushes.setdefault((name, intent.value), []).append(remote_id)
        final[remote_id] = now.with_value(name, intent.value)
        plan.settled.append(intent)
    for remote_id, state in server.items():
        result = final.get(remote_id, state)
        final[remote_id] = result
    for remote_id, state in final.items():
        plan.seen[remote_id] = state
        mine = local.get(remote_id)
        if mine is None or mine.read != state.read or mine.starred != state.starred:
            plan.local[remote_id] = state
    plan.pushes = [
        Push(name, value, tuple(sorted(ids, key=_id_order)))
        for (name, value), ids in sorted(pushes.items())
    ]
    return plan


def _newer(reported: RemoteState | None, intent: Intent) -> bool:
    """True when the server's change is newer than the intent (unknown time: the server's)."""
    if reported is None:
        return False
    if reported.changed is None:
        return True
    return reported.changed > intent.at


def _id_order(remote_id: str) -> tuple[int, str]:
    return (int(remote_id), "") if remote_id.isdigit() else (1 << 62, remote_id)


def category_of(section_path: str) -> str:
    """The server category for a local section path: "World/Asia" stays "World/Asia"."""
    return "/".join(part.strip() for part in section_path.split("/") if part.strip())
