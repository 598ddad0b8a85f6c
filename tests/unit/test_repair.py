"""Checking, restoring and salvaging a damaged library (issue 12).

A real library with 400 articles in a two-level table is damaged by overwriting one leaf page
of `articles` with no connection open, the way a failing disk or a crash on an unsafe file
system would leave it. The damaged file is never overwritten or deleted.
"""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from newsreader.core.errors import StorageError
from newsreader.core.types import ArticleQuery
from newsreader.storage import open_library, open_store
from newsreader.storage.backup import list_backups, make_backup
from newsreader.storage.repair import check_library, restore_backup, salvage
from tests.unit.storage_factory import NOW, entry, make_store, store_update, update

ARTICLES = 400


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _library(tmp_path: Path) -> Path:
    store, path = make_store(tmp_path)
    feed = store.add_feed("https://example.org/feed.xml", "Feed", "World", 1800, now=NOW)
    entries = [
        entry(n, published=NOW - timedelta(minutes=n), content="<p>" + "words " * 40 + "</p>")
        for n in range(ARTICLES)
    ]
    ids = store_update(store, update(feed.id, *entries), NOW)
    for article_id in ids[::50]:
        store.set_starred(article_id, True)
        store.record_read(article_id, NOW, 5.0)
    store.close()
    return path


def _backup(path: Path) -> Path:
    conn = sqlite3.connect(path)
    try:
        return make_backup(conn, path, "daily", NOW)
    finally:
        conn.close()


def _damage_a_leaf(db: Path) -> None:
    """Garbage over one leaf page of articles, written with no connection open."""
    conn = sqlite3.connect(db)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    leaves = [
        row[0]
        for row in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'articles' AND pagetype = 'leaf' ORDER BY path"
        )
    ]
    conn.close()
    assert len(leaves) > 4
    with db.open("r+b") as handle:  # no connection is open in this process now
        handle.seek((leaves[len(leaves) // 2] - 1) * page_size)
        handle.write(bytes(range(256)) * (page_size // 256))


def test_a_sound_library_passes_its_check(tmp_path: Path) -> None:
    assert check_library(_library(tmp_path)) == []


def test_the_check_finds_a_damaged_leaf_that_quick_open_misses(tmp_path: Path) -> None:
    path = _library(tmp_path)
    _damage_a_leaf(path)
    problems = check_library(path)
    assert problems and all("\n" not in p for p in problems)


def test_restore_puts_the_newest_backup_back_and_moves_the_damaged_file_aside(
    tmp_path: Path,
) -> None:
    path = _library(tmp_path)
    backup = _backup(path)
    _damage_a_leaf(path)
    damaged_digest = _digest(path)
    restored = restore_backup(path, now=NOW)
    assert restored.backup == backup
    assert restored.damaged != path and _digest(restored.damaged) == damaged_digest
    assert check_library(path) == []
    store = open_store(path)  # the restored file opens for writing and reading again
    library = open_library(path)
    try:
        assert library.article_count(ArticleQuery()) == ARTICLES
        assert library.article_count(ArticleQuery(starred_only=True)) == ARTICLES // 50
    finally:
        library.close()
        store.close()
    assert list_backups(path) == [backup]  # the backup itself is kept


def test_restore_without_a_backup_changes_nothing(tmp_path: Path) -> None:
    path = _library(tmp_path)
    before = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(StorageError, match="no backup"):
        restore_backup(path, now=NOW)
    assert sorted(p.name for p in path.parent.iterdir()) == before


def test_a_damaged_backup_is_refused_before_anything_moves(tmp_path: Path) -> None:
    path = _library(tmp_path)
    backup = _backup(path)
    _damage_a_leaf(backup)
    digest = _digest(path)
    with pytest.raises(StorageError, match=r"failed its check|could not be copied"):
        restore_backup(path, backup, now=NOW)
    assert _digest(path) == digest
    assert not [p for p in path.parent.iterdir() if "damaged" in p.name or "restoring" in p.name]


def test_salvage_copies_every_readable_row_into_a_new_checked_file(tmp_path: Path) -> None:
    path = _library(tmp_path)
    _damage_a_leaf(path)
    digest = _digest(path)
    report = salvage(path, now=NOW)
    assert _digest(path) == digest  # the damaged file is only read
    assert report.path != path and report.path.parent == path.parent
    assert check_library(report.path) == []
    copied, lost = report.copied["articles"], report.lost["articles"]
    assert 0 < lost < ARTICLES // 4 and copied + lost == ARTICLES
    assert report.copied["feeds"] == 1 and report.copied["sections"] >= 1
    # What survived is whole: stars, reads and the search index came along.
    restored = restore_backup(path, report.path, now=NOW)
    library = open_library(path)
    try:
        assert library.article_count(ArticleQuery()) == copied
        assert 0 < library.article_count(ArticleQuery(starred_only=True)) <= ARTICLES // 50
        assert library.search("words", 5)
    finally:
        library.close()
    assert _digest(restored.damaged) == digest
