"""Another process beside an open profile never loses the window's locks (issue 12, point 1).

Closing any file descriptor on the database drops every POSIX lock the process holds on it
(SQLite, "How To Corrupt An SQLite Database File" §2.2). When opening a reader connection
opened and closed the file with Python's `open()`, the next process to close its connection
believed it was the last one, checkpointed and deleted the window's WAL: the window and the
CLI then wrote to different files and the indexes ended up damaged.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from newsreader.core.errors import StorageError
from newsreader.storage import open_library, open_store
from tests.unit.storage_factory import NOW, entry, store_update, update

_OTHER_PROCESS = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("PRAGMA busy_timeout = 5000")
print(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
conn.close()
"""


def _other_process_reads(path: Path) -> int:
    out = subprocess.run(
        [sys.executable, "-c", _OTHER_PROCESS, str(path)],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    )
    return int(out.stdout)


def test_a_second_process_keeps_the_first_process_wal(tmp_path: Path) -> None:
    path = tmp_path / "newsreader.db"
    wal = path.with_name(path.name + "-wal")
    store = open_store(path)
    feed = store.add_feed("https://example.invalid/f", "F", "World", 1800, now=NOW)
    store_update(store, update(feed.id, *(entry(i) for i in range(5))), NOW)
    library = open_library(path)  # the window's GUI connection
    extra = open_library(path)  # every later reader connection (the reads thread, the CLI)
    try:
        assert wal.exists()
        assert _other_process_reads(path) == 5
        # The other process closed its connection: ours still hold locks, so it must not
        # have checkpointed and deleted the log we are writing to.
        assert wal.exists()
        store_update(store, update(feed.id, *(entry(i) for i in range(5, 8))), NOW)
        assert _other_process_reads(path) == 8
        assert wal.exists()
        extra.close()
        assert _other_process_reads(path) == 8
        assert wal.exists()
    finally:
        library.close()
        store.close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 8
    finally:
        conn.close()


def test_a_lock_held_by_another_program_is_a_clear_busy_error(tmp_path: Path) -> None:
    path = tmp_path / "newsreader.db"
    store = open_store(path)
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program holds the write lock (> 5 s)
        with pytest.raises(StorageError) as info:
            store.add_feed("https://example.invalid/f", "F", "World", 1800, now=NOW)
        message = str(info.value)
        assert "busy" in message and str(path) in message and "\n" not in message
        other.execute("ROLLBACK")
        # Nothing was half-written, and the store works again once the lock is gone.
        feed = store.add_feed("https://example.invalid/f", "F", "World", 1800, now=NOW)
        assert feed.id > 0
    finally:
        other.close()
        store.close()
