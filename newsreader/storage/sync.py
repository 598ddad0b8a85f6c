"""Sync accounts: their rows, the outbox the triggers of schema 8 fill, and a pull's writes.

Local changes are recorded by triggers (see migrations._v8_sync_accounts), so nothing here
has to be called when the person reads or stars. What is here: the account rows, reading
the outbox for a sync, and `apply_pull`, which writes everything one sync brings in one
transaction (feeds, new articles, states, what was seen, the settled intents, the cursor):
a sync killed at any moment leaves either all of it or none.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from newsreader.core.decide import decide_entries, entry_key
from newsreader.core.errors import DuplicateError, NotFoundError
from newsreader.core.sanitize import html_to_text, sanitize_html
from newsreader.core.sync import (
    Account,
    AccountKind,
    Field,
    Intent,
    RemoteEntry,
    RemoteFeed,
    RemoteState,
)
from newsreader.core.types import FeedState, FeedStatus, FeedUpdate, ParsedEntry, Validators
from newsreader.storage import articles, enclosures, feeds
from newsreader.storage import sections as tree
from newsreader.storage.db import from_ts, to_ts, ts
from newsreader.storage.updates import apply_updates_by_feed

log = logging.getLogger("newsreader.storage.sync")

_ACCOUNT_COLUMNS = (
    "id, name, kind, url, username, auth_ref, server_version, cursor, last_sync, last_error"
)


def _account(row: tuple[Any, ...]) -> Account:
    (aid, name, kind, url, username, auth_ref, version, cursor, last_sync, last_error) = row
    return Account(
        id=int(aid),
        name=str(name),
        kind=AccountKind(str(kind)),
        url=str(url),
        username=str(username or ""),
        auth_ref=str(auth_ref),
        server_version=None if version is None else str(version),
        cursor=None if cursor is None else str(cursor),
        last_sync=from_ts(last_sync),
        last_error=None if last_error is None else str(last_error),
    )


# -- accounts -------------------------------------------------------------------------------


def accounts(conn: sqlite3.Connection) -> list[Account]:
    rows = conn.execute(f"SELECT {_ACCOUNT_COLUMNS} FROM accounts ORDER BY name").fetchall()
    return [_account(r) for r in rows]


def account_by_name(conn: sqlite3.Connection, name: str) -> Account | None:
    row = conn.execute(
        f"SELECT {_ACCOUNT_COLUMNS} FROM accounts WHERE name = ?", (name,)
    ).fetchone()
    return None if row is None else _account(row)


def require_account(conn: sqlite3.Connection, account_id: int) -> Account:
    row = conn.execute(
        f"SELECT {_ACCOUNT_COLUMNS} FROM accounts WHERE id = ?", (account_id,)
    ).fetchone()
    if row is None:
        raise NotFoundError(f"no sync account with id {account_id}")
    return _account(row)


def add_account(
    conn: sqlite3.Connection,
    *,
    name: str,
    kind: AccountKind,
    url: str,
    username: str,
    auth_ref: str,
    created: datetime,
) -> int:
    if account_by_name(conn, name) is not None:
        raise DuplicateError(f"there is already an account named {name!r}")
    cur = conn.execute(
        "INSERT INTO accounts(name, kind, url, username, auth_ref, created) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (name, str(kind), url, username, auth_ref, ts(created)),
    )
    return int(cur.lastrowid or 0)


def record_result(
    conn: sqlite3.Connection,
    account_id: int,
    *,
    at: datetime,
    error: str | None,
    version: str | None = None,
) -> None:
    """The outcome of a sync (or a failed one) as `account list` and the window show it."""
    conn.execute(
        "UPDATE accounts SET last_sync = ?, last_error = ?, "
        "server_version = ifnull(?, server_version) WHERE id = ?",
        (ts(at), error, version, account_id),
    )


def remove_account(conn: sqlite3.Connection, account_id: int, *, keep_articles: bool) -> int:
    """Remove an account; returns how many feeds it had.

    keep_articles: its feeds become local subscriptions with every article kept (polled by
    Newsreader from then on). Otherwise its feeds and their articles go (starred articles
    too: the person was asked). Nothing is sent to the server either way.
    """
    require_account(conn, account_id)
    ids = [r[0] for r in conn.execute("SELECT id FROM feeds WHERE account_id = ?", (account_id,))]
    conn.execute(
        "DELETE FROM sync_outbox WHERE article_id IN "
        "(SELECT article_id FROM remote_entries WHERE account_id = ?)",
        (account_id,),
    )
    conn.execute("DELETE FROM remote_entries WHERE account_id = ?", (account_id,))
    # remote_id first: the triggers then see no server feed to unsubscribe from.
    conn.execute(
        "UPDATE feeds SET remote_id = NULL, seen_title = NULL, seen_section_id = NULL "
        "WHERE account_id = ?",
        (account_id,),
    )
    if keep_articles:
        conn.execute(
            "UPDATE feeds SET account_id = NULL, next_update = NULL WHERE account_id = ?",
            (account_id,),
        )
    else:
        conn.execute("DELETE FROM feeds WHERE account_id = ?", (account_id,))
    conn.execute("DELETE FROM accounts WHERE id = ?", (account_id,))
    return len(ids)


def add_synced_feed(
    conn: sqlite3.Connection,
    account_id: int,
    url: str,
    title: str,
    section_path: str,
    created: float,
) -> int:
    """A subscription made here in an account: local at once (through `feeds.add`, so an
    archived feed at the URL comes back with its kept articles) and queued for the server.
    DuplicateError when the URL is already a subscription."""
    feed_id = feeds.add(
        conn, url, title, section_path, 3600, auth_ref=None, user_title=False, created=created
    )
    conn.execute(
        "UPDATE feeds SET account_id = ?, next_update = ? WHERE id = ?",
        (account_id, created + _NOT_POLLED.total_seconds(), feed_id),
    )
    conn.execute(
        "INSERT OR IGNORE INTO sync_feed_outbox(account_id, action, feed_id, at) "
        "VALUES (?, 'subscribe', ?, ?)",
        (account_id, feed_id, created),
    )
    return feed_id


def claim(
    conn: sqlite3.Connection, account_id: int, pid: int, now: float, seconds: float,
    alive: Callable[[int], bool],
) -> bool:  # fmt: skip
    """Take the account's sync lease; False while another live process holds it."""
    row = conn.execute(
        "SELECT lease_pid, lease_until FROM accounts WHERE id = ?", (account_id,)
    ).fetchone()
    if row is None:
        raise NotFoundError(f"no sync account with id {account_id}")
    holder, until = row
    if holder is not None and holder != pid and until is not None and until > now and alive(holder):
        return False
    conn.execute(
        "UPDATE accounts SET lease_pid = ?, lease_until = ? WHERE id = ?",
        (pid, now + seconds, account_id),
    )
    return True


def release(conn: sqlite3.Connection, account_id: int, pid: int) -> None:
    conn.execute(
        "UPDATE accounts SET lease_pid = NULL, lease_until = NULL WHERE id = ? AND lease_pid = ?",
        (account_id, pid),
    )


# -- what a sync reads ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StoredIntent:
    """An outbox row: the intent, and the row id that identifies this version of it."""

    intent: Intent
    article_id: int
    outbox_id: int


@dataclass(frozen=True, slots=True)
class FeedAction:
    """A pending change to a synced feed, read with what the push needs to send."""

    id: int
    action: str  # "subscribe" | "unsubscribe" | "edit"
    feed_id: int | None
    remote_id: str | None
    url: str | None
    title: str | None
    category: str


def intents(conn: sqlite3.Connection, account_id: int) -> list[StoredIntent]:
    rows = conn.execute(
        "SELECT o.id, o.article_id, r.remote_id, o.field, o.value, o.at FROM sync_outbox o "
        "JOIN remote_entries r ON r.article_id = o.article_id WHERE r.account_id = ? "
        "ORDER BY o.id",
        (account_id,),
    ).fetchall()
    out = []
    for outbox_id, article_id, remote_id, name, value, at in rows:
        when = from_ts(at)
        assert when is not None
        field_name: Field = "read" if name == "read" else "starred"
        intent = Intent(remote_id, field_name, bool(value), when)
        out.append(StoredIntent(intent, article_id, outbox_id))
    return out


def feed_actions(conn: sqlite3.Connection, account_id: int) -> list[FeedAction]:
    paths = tree.section_paths(tree.load_sections(conn))
    rows = conn.execute(
        "SELECT o.id, o.action, o.feed_id, ifnull(o.remote_id, f.remote_id), f.url, f.title, "
        "f.section_id FROM sync_feed_outbox o LEFT JOIN feeds f ON f.id = o.feed_id "
        "WHERE o.account_id = ? ORDER BY o.id",
        (account_id,),
    ).fetchall()
    return [
        FeedAction(
            id=oid,
            action=action,
            feed_id=feed_id,
            remote_id=remote_id,
            url=url,
            title=title,
            category=paths.get(section_id, "") if section_id is not None else "",
        )
        for oid, action, feed_id, remote_id, url, title, section_id in rows
    ]


def settle_feed_action(
    conn: sqlite3.Connection, action: FeedAction, remote: RemoteFeed | None
) -> None:
    """A feed action the server accepted (or refused for good): it leaves the outbox.

    A subscription gets its server id, and what the server named it is remembered as seen.
    """
    conn.execute("DELETE FROM sync_feed_outbox WHERE id = ?", (action.id,))
    if remote is not None and action.feed_id is not None:
        section = _section_id(conn, remote.category)
        conn.execute(
            "UPDATE feeds SET remote_id = ?, seen_title = title, seen_section_id = ? WHERE id = ?",
            (remote.remote_id, section, action.feed_id),
        )
    elif action.action == "edit" and action.feed_id is not None:
        conn.execute(
            "UPDATE feeds SET seen_title = title, seen_section_id = section_id WHERE id = ?",
            (action.feed_id,),
        )


# Miniflux's default category (it always exists, and a feed added without one lands there):
# it is the tree's root here, so a feed at the root stays there after a sync.
DEFAULT_CATEGORY = "All"


def _section_id(conn: sqlite3.Connection, category: str) -> int | None:
    path = "/".join(p.strip() for p in category.split("/") if p.strip())
    if not path or path == DEFAULT_CATEGORY:
        return None
    return tree.ensure_section(conn, path)


def _chunks(items: Sequence[str], size: int = 500) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def seen_states(
    conn: sqlite3.Connection, account_id: int, remote_ids: Iterable[str]
) -> tuple[dict[str, RemoteState], dict[str, RemoteState]]:
    """(state last seen on the server, local state) of the entries known locally."""
    seen: dict[str, RemoteState] = {}
    local: dict[str, RemoteState] = {}
    for part in _chunks(sorted(set(remote_ids))):
        marks = ",".join("?" * len(part))
        for remote_id, seen_read, seen_starred, read, starred in conn.execute(
            "SELECT r.remote_id, r.seen_read, r.seen_starred, a.read, a.starred "
            "FROM remote_entries r JOIN articles a ON a.id = r.article_id "
            f"WHERE r.account_id = ? AND r.remote_id IN ({marks})",
            (account_id, *part),
        ):
            seen[remote_id] = RemoteState(bool(seen_read), bool(seen_starred))
            local[remote_id] = RemoteState(bool(read), bool(starred))
    return seen, local


def known_remote_ids(conn: sqlite3.Connection, account_id: int) -> set[str]:
    return {
        r[0]
        for r in conn.execute(
            "SELECT remote_id FROM remote_entries WHERE account_id = ?", (account_id,)
        )
    }


# -- a pull's writes ------------------------------------------------------------------------


@dataclass(slots=True)
class Pull:
    """Everything one sync writes locally, decided before the transaction starts."""

    account_id: int
    feeds: Sequence[RemoteFeed] | None  # the whole subscription list; None: not fetched
    entries: Sequence[RemoteEntry] = ()
    local: Mapping[str, RemoteState] = field(default_factory=dict)
    seen: Mapping[str, RemoteState] = field(default_factory=dict)
    settled: Sequence[StoredIntent] = ()
    cursor: str | None = None
    version: str | None = None
    # The entries sanitized before the transaction (remote id → entry), so the write lock
    # is not held while HTML is cleaned; an entry missing here is cleaned in place.
    parsed: Mapping[str, ParsedEntry] = field(default_factory=dict)


@dataclass(slots=True)
class PullResult:
    new_ids: dict[int, list[int]]  # feed id → its new article ids (for the offline cache)
    feeds_added: int = 0
    feeds_removed: int = 0
    states_written: int = 0


def parsed_entry(entry: RemoteEntry) -> ParsedEntry:
    """A server's entry as the decider and the store take local ones: sanitized HTML.

    The guid names the server entry, so one server entry is one article however its link
    or title change; the link, title and author are the server's.
    """
    content = sanitize_html(entry.content, entry.url) if entry.content else None
    title = html_to_text(entry.title).strip() if "<" in entry.title else entry.title.strip()
    return ParsedEntry(
        guid=f"newsreader-sync:{entry.remote_id}",
        url=entry.url,
        title=title or (entry.url or ""),
        author=entry.author or None,
        published=entry.published,
        updated=entry.updated,
        content=content,
        enclosures=enclosures.from_remote(entry.enclosures),
    )


def apply_pull(conn: sqlite3.Connection, pull: Pull, now: datetime) -> PullResult:
    """One sync's writes, in the caller's transaction (see the module docstring)."""
    result = PullResult(new_ids={})
    feed_ids = _sync_feeds(conn, pull, now, result)
    _store_entries(conn, pull, feed_ids, now, result)
    # What was seen first, then the local values: the triggers compare the two, so the
    # sync's own writes never become intents.
    article_of = _article_ids(conn, pull.account_id, list(pull.seen) + list(pull.local))
    conn.executemany(
        "UPDATE remote_entries SET seen_read = ?, seen_starred = ? WHERE article_id = ?",
        [
            (int(s.read), int(s.starred), article_of[rid])
            for rid, s in pull.seen.items()
            if rid in article_of
        ],
    )
    conn.executemany("DELETE FROM sync_outbox WHERE id = ?", [(s.outbox_id,) for s in pull.settled])
    for name in ("read", "starred"):
        rows = [
            (int(getattr(s, name)), article_of[rid], int(getattr(s, name)), article_of[rid], name)
            for rid, s in pull.local.items()
            if rid in article_of
        ]
        # An intent made while this sync ran is newer than what the server said: kept.
        cur = conn.executemany(
            f"UPDATE articles SET {name} = ? WHERE id = ? AND {name} != ? AND NOT EXISTS "
            "(SELECT 1 FROM sync_outbox o WHERE o.article_id = ? AND o.field = ?)",
            rows,
        )
        result.states_written += max(cur.rowcount, 0)
    conn.execute(
        "UPDATE accounts SET cursor = ifnull(?, cursor), last_sync = ?, last_error = NULL, "
        "server_version = ifnull(?, server_version) WHERE id = ?",
        (pull.cursor, ts(now), pull.version, pull.account_id),
    )
    return result


def _article_ids(
    conn: sqlite3.Connection, account_id: int, remote_ids: Sequence[str]
) -> dict[str, int]:
    out: dict[str, int] = {}
    for part in _chunks(sorted(set(remote_ids))):
        marks = ",".join("?" * len(part))
        out.update(
            (str(rid), int(aid))
            for rid, aid in conn.execute(
                "SELECT remote_id, article_id FROM remote_entries "
                f"WHERE account_id = ? AND remote_id IN ({marks})",
                (account_id, *part),
            )
        )
    return out


def _sync_feeds(
    conn: sqlite3.Connection, pull: Pull, now: datetime, result: PullResult
) -> dict[str, int]:
    """Bring the account's feeds in line with the server's list; remote id → feed id."""
    account_id = pull.account_id
    local = {
        str(rid): (int(fid), pending)
        for fid, rid, pending in conn.execute(
            "SELECT f.id, f.remote_id, EXISTS (SELECT 1 FROM sync_feed_outbox o "
            "WHERE o.feed_id = f.id AND o.action = 'edit') FROM feeds f "
            "WHERE f.account_id = ? AND f.remote_id IS NOT NULL",
            (account_id,),
        )
    }
    if pull.feeds is None:
        return {rid: fid for rid, (fid, _) in local.items()}
    out: dict[str, int] = {}
    for remote in pull.feeds:
        section = _section_id(conn, remote.category)
        title = remote.title.strip() or remote.url
        known = local.get(remote.remote_id)
        if known is not None:
            fid, pending_edit = known
            if pending_edit:
                # The person's rename or move has not reached the server yet: it stays.
                conn.execute(
                    "UPDATE feeds SET seen_title = ?, seen_section_id = ? WHERE id = ?",
                    (title, section, fid),
                )
            else:
                conn.execute(
                    "UPDATE feeds SET title = ?, seen_title = ?, section_id = ?, "
                    "seen_section_id = ?, site_url = ifnull(?, site_url) WHERE id = ?",
                    (title, title, section, section, remote.site_url, fid),
                )
            out[remote.remote_id] = fid
            continue
        adopt = conn.execute(
            "SELECT id FROM feeds WHERE url = ? AND status != ? AND account_id IS NULL",
            (remote.url, str(FeedStatus.ARCHIVED)),
        ).fetchone()
        if adopt is not None:
            fid = int(adopt[0])
        else:
            try:
                fid = feeds.add(
                    conn, remote.url, title, "", 3600, auth_ref=None, user_title=False,
                    created=ts(now),
                )  # fmt: skip
            except DuplicateError:
                log.warning("account %d: feed %s is also another account's", account_id, remote.url)
                continue
            result.feeds_added += 1
        conn.execute(
            "UPDATE feeds SET account_id = ?, remote_id = ?, title = ?, seen_title = ?, "
            "section_id = ?, seen_section_id = ?, site_url = ifnull(?, site_url), "
            "status = ?, next_update = ?, last_error = NULL, error_count = 0 WHERE id = ?",
            (account_id, remote.remote_id, title, title, section, section, remote.site_url,
             str(FeedStatus.ACTIVE), to_ts(now + _NOT_POLLED), fid),
        )  # fmt: skip
        out[remote.remote_id] = fid
    gone = [(fid, rid) for rid, (fid, _) in local.items() if rid not in out]
    for fid, _rid in gone:
        # Unsubscribed on another device: its starred articles stay (archived), as when the
        # person unsubscribes here. remote_id first, so nothing is sent back to the server.
        conn.execute("UPDATE feeds SET remote_id = NULL WHERE id = ?", (fid,))
        feeds.delete(conn, fid, keep_starred=True)
        result.feeds_removed += 1
    return out


# A synced feed is fetched by its server; this keeps it out of every "due" query even if
# its account link were lost.
_NOT_POLLED = timedelta(days=3650)


def _store_entries(
    conn: sqlite3.Connection,
    pull: Pull,
    feed_ids: Mapping[str, int],
    now: datetime,
    result: PullResult,
) -> None:
    by_feed: dict[int, list[RemoteEntry]] = {}
    for entry in pull.entries:
        fid = feed_ids.get(entry.feed_remote_id)
        if fid is None:
            log.info(
                "entry %s of an unknown feed %s skipped", entry.remote_id, entry.feed_remote_id
            )
            continue
        by_feed.setdefault(fid, []).append(entry)
    if not by_feed:
        return
    updates: list[FeedUpdate] = []
    keyed: dict[int, list[tuple[str, RemoteEntry]]] = {}
    state = FeedState(
        next_update=now + _NOT_POLLED, status=FeedStatus.ACTIVE, error_count=0,
        last_error=None, last_attempt=now, last_success=now, validators=Validators(),
        body_hash=None,
    )  # fmt: skip
    for fid, entries in by_feed.items():
        parsed = [pull.parsed.get(e.remote_id) or parsed_entry(e) for e in entries]
        keys = [entry_key(p) for p in parsed]
        stored = articles.entry_states(conn, fid, keys)
        dead = articles.tombstoned(conn, fid, keys)
        inserts, rewrites = decide_entries(parsed, stored, dead)
        updates.append(FeedUpdate(fid, state, inserts, rewrites))
        keyed[fid] = list(zip(keys, entries, strict=True))
    result.new_ids = apply_updates_by_feed(conn, updates, now)
    rows: list[tuple[int, int, str, int, int]] = []
    for fid, pairs in keyed.items():
        ids = _ids_by_key(conn, fid, [k for k, _ in pairs])
        for key, entry in pairs:
            aid = ids.get(key)
            if aid is not None:
                rows.append((aid, pull.account_id, entry.remote_id, 0, 0))
    # A new entry is "seen" unread and unstarred until the local states are written, so
    # the triggers stay quiet for every value the server gave.
    conn.executemany(
        "INSERT INTO remote_entries(article_id, account_id, remote_id, seen_read, seen_starred) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT(article_id) DO NOTHING",
        rows,
    )


def _ids_by_key(conn: sqlite3.Connection, feed_id: int, keys: Sequence[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for part in _chunks(list(keys)):
        out.update(
            conn.execute(
                "SELECT entry_key, id FROM articles WHERE feed_id = ? AND entry_key IN "
                f"({','.join('?' * len(part))})",
                (feed_id, *part),
            ).fetchall()
        )
    return out
