"""Backups through SQLite's backup API: before every upgrade, daily, five kept, each checked."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from newsreader.core.errors import StorageError
from newsreader.storage import LATEST, open_library, open_store
from newsreader.storage.backup import KEEP, daily_backup_due, list_backups, make_backup
from tests.unit.storage_factory import NOW, entry, store_update, update
from tests.unit.test_migrations import _build_at


def _check(path: Path) -> tuple[str, int]:
    conn = sqlite3.connect(path)
    try:
        verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()
    return verdict, int(version)


def test_an_upgrade_first_makes_a_checked_backup_at_the_old_schema(tmp_path: Path) -> None:
    old = tmp_path / "newsreader.db"
    _build_at(old, LATEST - 2)
    open_store(old).close()
    (made,) = list_backups(old)
    assert made.name.endswith(f"-before-schema-{LATEST}.db")
    assert _check(made) == ("ok", LATEST - 2)
    assert _check(old) == ("ok", LATEST)
    conn = sqlite3.connect(made)
    try:
        titles = [r[0] for r in conn.execute("SELECT title FROM articles")]
    finally:
        conn.close()
    assert titles == ["Volcano erupts near town"]
    # Opening a current file makes no upgrade backup.
    open_store(old).close()
    assert len(list_backups(old)) == 1


def test_daily_backups_keep_the_newest_five_and_hold_what_the_wal_holds(tmp_path: Path) -> None:
    path = tmp_path / "newsreader.db"
    store = open_store(path)
    lib = open_library(path)  # another connection open, as in the window
    try:
        feed = store.add_feed("https://example.invalid/f", "F", "World", 1800, now=NOW)
        store_update(store, update(feed.id, *(entry(i) for i in range(3))), NOW)
        assert daily_backup_due(path, NOW)
        for day in range(KEEP + 2):
            now = NOW + timedelta(days=day)
            assert store.backup_if_due(now) is not None
            assert store.backup_if_due(now + timedelta(hours=1)) is None  # once a day
        backups = list_backups(path)
        assert len(backups) == KEEP
        for made in backups:
            assert _check(made) == ("ok", LATEST)
            conn = sqlite3.connect(made)
            try:  # committed rows still in the WAL are in the copy
                assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 3
            finally:
                conn.close()
        assert (path.parent / "newsreader.db-wal").exists()  # our own WAL was left alone
        assert not list(path.parent.glob("backups/*.partial"))
    finally:
        lib.close()
        store.close()


def test_a_backup_that_cannot_be_written_leaves_nothing_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "newsreader.db"
    store = open_store(path)
    try:
        (path.parent / "backups").write_text("a file where the folder should be")
        assert store.backup_if_due(NOW) is None  # logged, not raised: the library is fine
        with pytest.raises(StorageError) as info:
            make_backup(store._conn, path, "manual", NOW)
        assert "backup" in str(info.value) and "\n" not in str(info.value)
        assert list_backups(path) == []
    finally:
        store.close()
