"""Sync storage on a real SQLite file: the outbox triggers, a pull's one transaction, accounts."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newsreader.core.errors import DuplicateError
from newsreader.core.sync import AccountKind, RemoteEntry, RemoteFeed, RemoteState
from newsreader.core.types import ArticleQuery
from newsreader.storage import Store, open_store
from newsreader.storage.sync import Pull

NOW = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)


def rows(path: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def remote_entry(
    n: int, feed: str = "1", *, read: bool = False, starred: bool = False
) -> RemoteEntry:
    return RemoteEntry(
        remote_id=str(n),
        feed_remote_id=feed,
        title=f"Entry {n}",
        url=f"http://127.0.0.1:9/item/{n}",
        author=None,
        published=NOW - timedelta(hours=n),
        updated=None,
        content=f"<p>Body {n} <script>alert(1)</script></p>",
        state=RemoteState(read, starred, NOW),
    )


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = open_store(tmp_path / "newsreader.db")
    yield s
    s.close()


def first_sync(store: Store, entries: list[RemoteEntry], feeds: list[RemoteFeed]) -> int:
    account = store.add_account(
        name="home", kind=AccountKind.MINIFLUX, url="http://127.0.0.1:9", username="",
        auth_ref="sync:home", now=NOW,
    )  # fmt: skip
    states = {e.remote_id: e.state for e in entries}
    pull = Pull(
        account_id=account.id, feeds=feeds, entries=entries, local=states, seen=states,
        cursor="100", version="2.2.6",
    )  # fmt: skip
    store.apply_sync_pull(pull, NOW)
    return account.id


FEEDS = [
    RemoteFeed("1", "http://127.0.0.1:9/a.xml", "Feed A", None, "World/Asia"),
    RemoteFeed("2", "http://127.0.0.1:9/b.xml", "Feed B", None, "Tech"),
]


def test_a_pull_stores_feeds_articles_and_states_without_intents(store: Store) -> None:
    entries = [remote_entry(1, read=True), remote_entry(2, starred=True), remote_entry(3, "2")]
    account_id = first_sync(store, entries, FEEDS)
    path = store.path
    assert rows(path, "SELECT title, account_id, remote_id FROM feeds ORDER BY remote_id") == [
        ("Feed A", account_id, "1"),
        ("Feed B", account_id, "2"),
    ]
    got = rows(path, "SELECT title, read, starred, content FROM articles ORDER BY title")
    assert [(t, r, s) for t, r, s, _ in got] == [
        ("Entry 1", 1, 0),
        ("Entry 2", 0, 1),
        ("Entry 3", 0, 0),
    ]
    assert all("<script" not in str(c) for *_, c in got)  # sanitized as local feeds are
    assert rows(path, "SELECT count(*) FROM sync_outbox") == [(0,)]
    assert rows(path, "SELECT cursor, server_version FROM accounts") == [("100", "2.2.6")]
    # Synced feeds are the server's to fetch: never due here.
    assert store.feeds_due(NOW + timedelta(days=30), all_feeds=True) == []
    paths = {store.feed_by_id(i).section_path for i in (1, 2)}
    assert paths == {"World/Asia", "Tech"}


def test_local_changes_become_intents_and_changing_back_removes_them(store: Store) -> None:
    first_sync(store, [remote_entry(1), remote_entry(2)], FEEDS)
    ids = [r[0] for r in rows(store.path, "SELECT id FROM articles ORDER BY title")]
    store.mark_read([ids[0]], True)
    store.set_starred(ids[1], True)
    outbox = rows(store.path, "SELECT article_id, field, value FROM sync_outbox ORDER BY field")
    assert outbox == [(ids[0], "read", 1), (ids[1], "starred", 1)]
    store.mark_read([ids[0]], False)  # back to what the server has: nothing to send
    assert rows(store.path, "SELECT article_id, field FROM sync_outbox") == [(ids[1], "starred")]
    store.record_read(ids[1], NOW, 3.0)  # reading in the pane marks read: an intent too
    assert len(rows(store.path, "SELECT 1 FROM sync_outbox")) == 2


def test_mark_all_read_records_every_synced_article(store: Store) -> None:
    first_sync(store, [remote_entry(n) for n in range(1, 41)], FEEDS)
    assert store.mark_all_read(ArticleQuery()) == 40
    assert rows(store.path, "SELECT count(*) FROM sync_outbox WHERE field = 'read'") == [(40,)]


def test_intents_made_during_a_sync_survive_its_pull(store: Store) -> None:
    account_id = first_sync(store, [remote_entry(1)], FEEDS)
    (aid,) = rows(store.path, "SELECT id FROM articles")[0]
    store.set_starred(int(aid), True)  # made after the sync read the outbox
    # The pull (decided before) says unstarred and read: read lands, the star stays.
    pull = Pull(
        account_id=account_id, feeds=None, local={"1": RemoteState(True, False, NOW)},
        seen={"1": RemoteState(True, False, NOW)},
    )  # fmt: skip
    store.apply_sync_pull(pull, NOW)
    assert rows(store.path, "SELECT read, starred FROM articles") == [(1, 1)]
    assert rows(store.path, "SELECT field, value FROM sync_outbox") == [("starred", 1)]


def test_settled_intents_leave_the_outbox_only_in_the_version_read(store: Store) -> None:
    account_id = first_sync(store, [remote_entry(1)], FEEDS)
    (aid,) = rows(store.path, "SELECT id FROM articles")[0]
    store.set_starred(int(aid), True)
    (read_back,) = store.sync_intents(account_id)
    store.set_starred(int(aid), False)
    store.set_starred(int(aid), True)  # a newer version of the same intent
    pull = Pull(account_id=account_id, feeds=None, settled=[read_back])
    store.apply_sync_pull(pull, NOW)
    assert len(store.sync_intents(account_id)) == 1


def test_feed_changes_queue_for_the_server(store: Store) -> None:
    account_id = first_sync(store, [remote_entry(1)], FEEDS)
    feed_a = store.feed_by_id(1)
    store.update_feed(feed_a.id, title="My A")
    store.move_feed(feed_a.id, store.ensure_section("Reading"), 0)
    store.delete_feed(2)
    added = store.add_synced_feed(account_id, "http://127.0.0.1:9/c.xml", "", "Tech")
    actions = [
        (a.action, a.feed_id, a.remote_id, a.title, a.category)
        for a in store.sync_feed_actions(account_id)
    ]
    assert actions == [
        ("edit", feed_a.id, "1", "My A", "Reading"),
        ("unsubscribe", None, "2", None, ""),
        ("subscribe", added.id, None, "http://127.0.0.1:9/c.xml", "Tech"),
    ]
    for action in store.sync_feed_actions(account_id):
        remote = (
            RemoteFeed("3", action.url or "", "C", None, "Tech")
            if action.action == "subscribe"
            else None
        )
        store.settle_feed_action(action, remote)
    assert store.sync_feed_actions(account_id) == []
    assert rows(store.path, "SELECT remote_id FROM feeds WHERE id = ?", added.id) == [("3",)]


def test_a_pull_keeps_a_rename_not_yet_pushed(store: Store) -> None:
    account_id = first_sync(store, [], FEEDS)
    store.update_feed(1, title="Mine")
    store.apply_sync_pull(Pull(account_id=account_id, feeds=FEEDS), NOW)
    assert store.feed_by_id(1).title == "Mine"
    (action,) = store.sync_feed_actions(account_id)
    assert action.action == "edit"


def test_a_feed_gone_from_the_server_is_unsubscribed_here_without_echo(store: Store) -> None:
    account_id = first_sync(
        store, [remote_entry(1, "2", starred=True), remote_entry(2, "2")], FEEDS
    )
    store.apply_sync_pull(Pull(account_id=account_id, feeds=FEEDS[:1]), NOW)
    assert rows(store.path, "SELECT count(*) FROM feeds WHERE remote_id = '2'") == [(0,)]
    assert store.sync_feed_actions(account_id) == []  # nothing sent back to the server
    assert rows(store.path, "SELECT title FROM articles WHERE starred = 1") == [("Entry 1",)]


def test_removing_an_account_keeps_articles_only_when_asked(tmp_path: Path) -> None:
    for keep in (True, False):
        s = open_store(tmp_path / f"keep-{keep}.db")
        try:
            account_id = first_sync(s, [remote_entry(1), remote_entry(2, "2")], FEEDS)
            assert s.remove_account(account_id, keep_articles=keep) == 2
            articles = rows(s.path, "SELECT count(*) FROM articles")[0][0]
            local = rows(s.path, "SELECT count(*) FROM feeds WHERE account_id IS NULL")[0][0]
            assert (articles, local) == ((2, 2) if keep else (0, 0))
            assert rows(s.path, "SELECT count(*) FROM sync_feed_outbox") == [(0,)]
            if keep:  # local feeds now: polled by Newsreader
                assert len(s.feeds_due(NOW, all_feeds=False)) == 2
        finally:
            s.close()


def test_account_names_are_unique(store: Store) -> None:
    first_sync(store, [], [])
    with pytest.raises(DuplicateError):
        store.add_account(
            name="home", kind=AccountKind.GREADER, url="http://127.0.0.1:9", username="u",
            auth_ref="x", now=NOW,
        )  # fmt: skip


def test_one_sync_lease_per_account_across_processes(store: Store) -> None:
    account_id = first_sync(store, [], [])
    assert store.claim_sync(account_id, 1001, NOW, 60, alive=lambda pid: True)
    assert not store.claim_sync(account_id, 1002, NOW, 60, alive=lambda pid: True)
    assert store.claim_sync(account_id, 1002, NOW, 60, alive=lambda pid: False)  # holder died
    assert store.claim_sync(account_id, 1003, NOW + timedelta(seconds=61), 60, alive=lambda p: True)
    store.release_sync(account_id, 1003)
    assert store.claim_sync(account_id, 1001, NOW, 60, alive=lambda pid: True)


def test_a_local_feed_with_the_servers_url_is_adopted_with_its_articles(store: Store) -> None:
    local = store.add_feed("http://127.0.0.1:9/a.xml", "Local A", "", 1800, now=NOW)
    first_sync(store, [remote_entry(5)], FEEDS[:1])
    assert rows(store.path, "SELECT count(*) FROM feeds") == [(1,)]
    assert store.feed_by_id(local.id).account_id is not None


def test_the_servers_default_category_is_the_root(store: Store) -> None:
    feeds = [RemoteFeed("1", "http://127.0.0.1:9/a.xml", "Feed A", None, "All")]
    first_sync(store, [], feeds)
    feed = store.feed_by_id(1)
    assert (feed.section_id, feed.section_path) == (None, "")
    assert rows(store.path, "SELECT count(*) FROM sections") == [(0,)]


def test_subscribing_in_an_account_to_an_archived_feeds_url_brings_it_back(store: Store) -> None:
    """An archived feed (unsubscribed, starred articles kept) holds its URL: subscribing
    to it in an account makes that feed the account's again, with its kept articles."""
    account_id = first_sync(store, [], [])
    kept = store.add_feed("http://127.0.0.1:9/kept.xml", "Kept", "", 1800, now=NOW)
    with store._conn:  # an archived feed with a starred article, as storage.archive leaves it
        store._conn.execute(
            "INSERT INTO articles(feed_id, entry_key, title, first_seen, sort_time, "
            "content_hash, starred) VALUES (?, 'k', 'Starred one', 0, 0, 'h', 1)",
            (kept.id,),
        )
    store.delete_feed(kept.id, keep_starred=True)
    feed = store.add_synced_feed(account_id, "http://127.0.0.1:9/kept.xml", "", "Tech")
    assert feed.id == kept.id and feed.account_id == account_id and feed.section_path == "Tech"
    actions = [(a.action, a.feed_id) for a in store.sync_feed_actions(account_id)]
    assert actions == [("subscribe", kept.id)]
    assert rows(store.path, "SELECT title FROM articles WHERE feed_id = ?", kept.id) == [
        ("Starred one",)
    ]
    assert store.feeds_due(NOW + timedelta(days=30), all_feeds=True) == []
