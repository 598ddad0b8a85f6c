"""Migrations from every earlier schema version, and files that must never be touched."""

from __future__ import annotations

import re
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from newsreader.core.errors import NotFoundError, StorageError, UsageError
from newsreader.core.types import ArticleQuery
from newsreader.storage import LATEST, open_library, open_store
from newsreader.storage.db import APPLICATION_ID, connect_writer
from newsreader.storage.migrations import migrate
from tests.unit.storage_factory import NOW, entry, store_update, update


def _schema(path: Path) -> list[tuple[str, str, str]]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name"
        ).fetchall()
        pragmas = [
            ("pragma", name, str(conn.execute(f"PRAGMA {name}").fetchone()[0]))
            for name in ("user_version", "application_id", "journal_mode")
        ]
    finally:
        conn.close()
    return [(t, n, re.sub(r"\s+", " ", s).strip()) for t, n, s in rows] + pragmas


def _build_at(path: Path, version: int) -> None:
    """A database at an older schema, with data in it, written the way that version would."""
    conn = connect_writer(path)
    migrate(conn, path, upto=version)
    if version >= 1:
        conn.execute(
            "INSERT INTO sections(id, parent_id, name, position) VALUES (1, NULL, 'World', 0)"
        )
        conn.execute(
            "INSERT INTO feeds(id, url, title, section_id, interval, created) "
            "VALUES (1, 'https://old.example/feed', 'Old feed', 1, 1800, 0)"
        )
        conn.execute(
            "INSERT INTO articles(id, feed_id, entry_key, url, title, first_seen, sort_time, "
            "summary, content_hash, starred) VALUES (1, 1, 'k1', 'https://old.example/1', "
            "'Volcano erupts near town', 100, 100, '<p>Lava <b>flows</b></p>', 'h', 1)"
        )
        conn.execute("INSERT INTO tombstones VALUES (1, 'gone-key', 50)")
        conn.execute("INSERT INTO settings VALUES ('theme', '\"dark\"')")
    if version >= 2:
        conn.execute("INSERT INTO read_events(article_id, at, seconds) VALUES (1, 100, 5)")
    if version >= 3:
        # From schema 3 on, the writer indexes every article it inserts.
        conn.execute(
            "INSERT INTO articles_fts(rowid, title, body, extra) "
            "VALUES (1, 'Volcano erupts near town', 'Lava flows', '')"
        )
        conn.execute(
            "INSERT INTO article_images(article_id, url) VALUES (1, 'https://old.example/a.png')"
        )
    conn.close()


@pytest.mark.parametrize("version", range(LATEST))
def test_upgrade_from_each_earlier_version_keeps_data(tmp_path: Path, version: int) -> None:
    old = tmp_path / "old.db"
    _build_at(old, version)
    fresh = tmp_path / "fresh.db"
    open_store(fresh).close()

    store = open_store(old)
    lib = open_library(old)
    assert _schema(old) == _schema(fresh)
    if version >= 1:
        article = lib.article(1)
        assert article is not None
        assert article.title == "Volcano erupts near town"
        assert article.starred
        assert article.section_path == "World"
        assert store.tombstoned(1, ["gone-key", "other"]) == {"gone-key"}
        assert store.setting("theme") == "dark"
        # Rows that predate the FTS index were indexed by the upgrade.
        assert [r.id for r in lib.search("lava", 10)] == [1]
        # Schema 4: every feed starts with automatic full-text detection.
        assert store.full_text_modes([1]) == {1: "auto"}
        store.set_full_text_mode(1, "always")
        assert store.full_text_modes([1]) == {1: "always"}
        # Schema 5: no feed has an icon yet, and every one is due a look.
        assert lib.feed_icons(tmp_path) == {}
        assert store.icons_due([1], NOW) == {1}
        store.record_icon(1, "ab" * 32, NOW)
        assert lib.feed_icons(tmp_path) == {1: tmp_path / ("ab" * 32)}
        assert store.icons_due([1], NOW) == set()
    if version >= 3:
        assert lib.image_states(1) == [("https://old.example/a.png", "pending")]
        # And new writes work on the upgraded file.
        new = store_update(store, update(1, entry(7, published=NOW)), NOW)
        assert lib.article_count(ArticleQuery()) == 2
        store.record_read(new[0], NOW, 3.0)
        top = lib.popular(None, 5, NOW + timedelta(hours=1))
        assert top[0].article.id == new[0]
    store.close()
    lib.close()


def test_fresh_database_settings(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    store = open_store(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    store.close()


def test_reopening_current_file_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    open_store(path).close()
    before = _schema(path)
    open_store(path).close()
    assert _schema(path) == before


def _assert_refused(path: Path, fragment: str) -> None:
    before = path.read_bytes()
    with pytest.raises(StorageError) as info:
        open_store(path)
    message = str(info.value)
    assert str(path) in message
    assert fragment in message
    assert "\n" not in message
    assert path.read_bytes() == before
    with pytest.raises(StorageError):
        open_library(path)
    assert path.read_bytes() == before


def test_text_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("my shopping list\n")
    _assert_refused(path, "not SQLite")


def test_corrupt_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    store = open_store(path)
    store.add_feed("https://example.org/f", "F", "World", 1800, now=NOW)
    store.close()
    data = bytearray(path.read_bytes())
    page = 4096
    # Scribble over every page after the header page: the header still says SQLite.
    for offset in range(page, len(data), page):
        data[offset : offset + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    _assert_refused(path, "damaged")


def test_foreign_application_id_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1234")
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    _assert_refused(path, "another application")


def test_foreign_tables_without_application_id_are_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "places.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places(id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("INSERT INTO moz_places(url) VALUES ('https://a')")
    conn.commit()
    conn.close()
    _assert_refused(path, "another application")


def test_newer_schema_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST + 4}")
    conn.commit()
    conn.close()
    _assert_refused(path, f"schema {LATEST + 4}, this version knows {LATEST}")


def test_library_refuses_missing_or_outdated_file(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="does not exist"):
        open_library(tmp_path / "none.db")
    path = tmp_path / "old.db"
    _build_at(path, 1)
    before = path.read_bytes()
    with pytest.raises(StorageError, match="schema 1"):
        open_library(path)
    assert path.read_bytes() == before


def test_library_connection_is_read_only(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    open_store(path).close()
    lib = open_library(path)
    with pytest.raises(sqlite3.OperationalError):
        lib._conn.execute("INSERT INTO settings VALUES ('x', '1')")
    lib.close()


def test_full_text_mode_is_checked(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    store = open_store(path)
    feed = store.add_feed("https://example.org/f", "F", "", 1800, now=NOW)
    with pytest.raises(UsageError, match="unknown full-text mode"):
        store.set_full_text_mode(feed.id, "sometimes")
    with pytest.raises(NotFoundError):
        store.set_full_text_mode(feed.id + 1, "never")
    store.close()
    conn = sqlite3.connect(path)
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE feeds SET full_text_mode = 'sometimes'")
    conn.close()


def test_schema_7_reads_image_urls_whole(tmp_path: Path) -> None:
    # Issue 12: schemas up to 6 stored "&amp;"-escaped and apostrophe-cut image URLs.
    path = tmp_path / "old.db"
    conn = connect_writer(path)
    migrate(conn, path, upto=6)
    conn.execute("INSERT INTO sections(id, parent_id, name, position) VALUES (1, NULL, 'W', 0)")
    conn.execute(
        "INSERT INTO feeds(id, url, title, section_id, interval, created) "
        "VALUES (1, 'https://old.example/feed', 'Old feed', 1, 1800, 0)"
    )
    html = (
        '<p><img src="https://img.example/x?w=640&amp;h=480">'
        '<img src="https://img.example/it\'s.png"><img src="https://img.example/plain.png"></p>'
    )
    conn.execute(
        "INSERT INTO articles(id, feed_id, entry_key, url, title, first_seen, sort_time, "
        "content, content_hash) VALUES (1, 1, 'k1', 'https://old.example/1', 'T', 1, 1, ?, 'h')",
        (html,),
    )
    conn.executemany(
        "INSERT INTO article_images(article_id, url, state) VALUES (1, ?, ?)",
        [
            ("https://img.example/x?w=640&amp;h=480", "failed"),
            ("https://img.example/it", "failed"),
            ("https://img.example/plain.png", "failed"),
        ],
    )
    conn.close()
    open_store(path).close()
    lib = open_library(path)
    try:
        assert sorted(lib.image_states(1)) == [
            ("https://img.example/it's.png", "pending"),
            ("https://img.example/plain.png", "failed"),  # a real failure stays one
            ("https://img.example/x?w=640&h=480", "pending"),
        ]
    finally:
        lib.close()


def test_upgrade_to_schema_8_leaves_local_feeds_local_and_their_changes_out_of_the_outbox(
    tmp_path: Path,
) -> None:
    """Schema 8 (issue 14): existing feeds belong to no account, stay due, and reading or
    starring their articles queues nothing for a server."""
    old = tmp_path / "old.db"
    _build_at(old, 7)
    store = open_store(old)
    try:
        (feed,) = store.feeds_due(NOW + timedelta(days=1), all_feeds=True)
        assert feed.account_id is None
        store.mark_read([1], True)
        store.set_starred(1, False)
        store.delete_feed(1)
        assert store.accounts() == []
    finally:
        store.close()
    conn = sqlite3.connect(old)
    try:
        assert conn.execute("SELECT count(*) FROM sync_outbox").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM sync_feed_outbox").fetchone() == (0,)
        assert conn.execute("PRAGMA user_version").fetchone() == (LATEST,)
    finally:
        conn.close()


def test_upgrade_to_schema_9_keeps_the_text_an_update_replaces(tmp_path: Path) -> None:
    """Schema 9 (issue 19): an upgraded library has no versions yet; the first rewrite of an
    old article keeps its previous text, and deleting the article deletes its versions."""
    from newsreader.core.types import EntryWrite, FeedUpdate
    from tests.unit.storage_factory import ok_state

    old = tmp_path / "old.db"
    _build_at(old, 8)
    store = open_store(old)
    try:
        changed = entry(1, title="Volcano erupts near the town")
        rewrite = EntryWrite("k1", changed, "h2", article_id=1)
        store.apply_feed_updates_by_feed(
            [FeedUpdate(feed_id=1, state=ok_state(), rewrites=(rewrite,))], NOW
        )
    finally:
        store.close()
    library = open_library(old)
    try:
        (version,) = library.article_versions(1)
        assert version.title == "Volcano erupts near town"
        assert version.summary == "<p>Lava <b>flows</b></p>"
        assert library.article(1).title == "Volcano erupts near the town"  # type: ignore[union-attr]
    finally:
        library.close()
    conn = sqlite3.connect(old)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        assert conn.execute("SELECT count(*) FROM article_versions").fetchone() == (1,)
        conn.execute("DELETE FROM articles WHERE id = 1")
        assert conn.execute("SELECT count(*) FROM article_versions").fetchone() == (0,)
        assert conn.execute("PRAGMA user_version").fetchone() == (LATEST,)
    finally:
        conn.close()
