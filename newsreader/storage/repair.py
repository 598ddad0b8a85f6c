"""Checking a library in full, restoring a backup, and salvaging what a damaged file holds.

Three promises hold for all of them (issue 12): the damaged file is never overwritten or
deleted (restoring moves it aside under a new name, salvaging writes a new file beside it);
every file is read and written through SQLite only (no `open()` of a database in a process
that may hold connections to it); and each result is checked before it is given its name.

`restore_backup` and `salvage` replace or read the profile's file, so no other process may
have it open: callers hold the profile's window lock (the CLI) or have closed their engine
first (the window).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from newsreader.core.errors import StorageError
from newsreader.core.html_text import body_text
from newsreader.storage.backup import copy_into, list_backups
from newsreader.storage.db import connect_writer, describe_sqlite_error
from newsreader.storage.migrations import LATEST, migrate

log = logging.getLogger("newsreader.storage")
_STAMP = "%Y%m%d-%H%M%S"
# Parents before children, so foreign keys find their rows; FTS is rebuilt, never copied.
_TABLES = (
    "sections",
    "feeds",
    "articles",
    "tombstones",
    "settings",
    "read_events",
    "images",
    "article_images",
)
_MAX_PROBLEMS = 20


def _read_only(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    conn.execute("PRAGMA query_only = ON")
    return conn


def check_library(path: Path) -> list[str]:
    """Every problem SQLite's full check finds in the file (empty: the library is sound).

    Reads through its own read-only connection, so it can run beside the window and the
    writer; it sees the last committed state.
    """
    if not path.is_file():
        return [f"{path} does not exist or is not a file"]
    try:
        conn = _read_only(path)
        try:
            problems = [
                str(row[0])
                for row in conn.execute(f"PRAGMA integrity_check({_MAX_PROBLEMS})").fetchall()
            ]
            if problems == ["ok"]:
                problems = [
                    f"table {row[0]} row {row[1]} refers to a missing row of {row[2]}"
                    for row in conn.execute("PRAGMA foreign_key_check").fetchmany(_MAX_PROBLEMS)
                ]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return [describe_sqlite_error(path, exc) or str(exc)]
    return [" ".join(p.replace("*** in database main ***", "").split()) for p in problems]


def _stamp(now: datetime) -> str:
    return now.astimezone(UTC).strftime(_STAMP)


def _free_name(folder: Path, stem: str, suffix: str) -> Path:
    """A name in `folder` that no file has: nothing is ever written over."""
    candidate = folder / f"{stem}{suffix}"
    number = 1
    while candidate.exists() or Path(f"{candidate}-wal").exists():
        number += 1
        candidate = folder / f"{stem}-{number}{suffix}"
    return candidate


def _move_aside(path: Path, now: datetime) -> Path:
    """Rename the library and its -wal/-shm to one new name; returns the main file's."""
    aside = _free_name(path.parent, f"{path.name}.damaged-{_stamp(now)}", "")
    for suffix in ("-wal", "-shm", "-journal"):
        extra = Path(f"{path}{suffix}")
        if extra.exists():
            extra.rename(f"{aside}{suffix}")
    path.rename(aside)
    return aside


def _copy_checked(source: Path, target: Path) -> None:
    """Copy `source` into the new file `target` through the backup API, then check it."""
    partial = target.with_name(target.name + ".partial")
    try:
        src = _read_only(source)
        try:
            check = copy_into(src, partial, "WAL")  # it becomes the library: WAL, like it
        finally:
            src.close()
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        reason = describe_sqlite_error(source, exc) or str(exc)
        raise StorageError(f"{source} could not be copied ({reason}); nothing was changed") from exc
    if check != [("ok",)]:
        partial.unlink(missing_ok=True)
        raise StorageError(f"{source} failed its check ({check[0][0]}); nothing was changed")
    partial.rename(target)


@dataclass(frozen=True, slots=True)
class Restored:
    backup: Path  # the backup the library now is a copy of
    damaged: Path  # where the previous library file was moved


def restore_backup(path: Path, backup: Path | None = None, now: datetime | None = None) -> Restored:
    """Make the library a checked copy of `backup` (default: the newest one).

    The current file, with its -wal and -shm, is renamed to `<name>.damaged-<time>` first,
    never deleted. Raises StorageError, with everything as it was, when there is no backup or
    the backup fails its check.
    """
    now = now or datetime.now(UTC)
    if backup is None:
        backups = list_backups(path)
        if not backups:
            raise StorageError(f"there is no backup of {path} to restore")
        backup = backups[-1]
    if not backup.is_file():
        raise StorageError(f"{backup} is not a backup file")
    # Copied and checked beside the library before anything is moved: a bad backup changes
    # nothing.
    staged = _free_name(path.parent, f"{path.name}.restoring-{_stamp(now)}", "")
    _copy_checked(backup, staged)
    damaged = _move_aside(path, now) if path.exists() else path
    staged.rename(path)
    log.warning("restored %s from %s; the previous file is %s", path, backup, damaged)
    return Restored(backup=backup, damaged=damaged)


@dataclass
class Salvaged:
    path: Path  # the new library file
    copied: dict[str, int] = field(default_factory=dict)  # rows copied per table
    lost: dict[str, int] = field(default_factory=dict)  # rows that could not be read

    @property
    def lost_rows(self) -> int:
        return sum(self.lost.values())


def _columns(conn: sqlite3.Connection, schema: str, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA {schema}.table_info({table})")]


def _has_rowid(conn: sqlite3.Connection, table: str) -> bool:
    try:
        conn.execute(f"SELECT rowid FROM old.{table} LIMIT 0")
    except sqlite3.OperationalError:
        return False
    return True


def _readable_ranges(
    conn: sqlite3.Connection, table: str, cols: str, low: int, high: int
) -> Iterator[tuple[int, int]]:
    """Split [low, high] into rowid ranges that read without error (bad pages are skipped).

    Reading a range descends the table's b-tree only through the pages that hold it, so a
    damaged page fails only the ranges that touch it; bisecting narrows those down.
    """
    pending = [(low, high)]
    while pending:
        a, b = pending.pop()
        try:
            # Every column of every row is decoded, as the copy will; rows are not kept.
            for _row in conn.execute(
                f"SELECT {cols} FROM old.{table} WHERE rowid BETWEEN ? AND ?", (a, b)
            ):
                pass
        except sqlite3.DatabaseError:
            if a < b:
                middle = (a + b) // 2
                pending.extend([(middle + 1, b), (a, middle)])
            continue
        yield a, b


def _copy_table(conn: sqlite3.Connection, table: str, report: Salvaged) -> None:
    names = [c for c in _columns(conn, "old", table) if c in set(_columns(conn, "main", table))]
    cols = ", ".join(names)
    insert = f"INSERT OR IGNORE INTO main.{table}({cols}) SELECT {cols} FROM old.{table}"
    before = conn.execute(f"SELECT count(*) FROM main.{table}").fetchone()[0]
    try:
        conn.execute(insert)
        whole = True
    except sqlite3.DatabaseError:
        whole = False
        if not _has_rowid(conn, table):
            report.lost[table] = -1  # unknown: a WITHOUT ROWID table is read whole or not
            log.warning("salvage: table %s could not be read", table)
            return
        try:
            low, high = conn.execute(f"SELECT min(rowid), max(rowid) FROM old.{table}").fetchone()
        except sqlite3.DatabaseError:
            low, high = 1, 1 << 40  # the ends are unreadable too: search the whole range
        for a, b in _readable_ranges(conn, table, cols, low or 1, high or 1):
            conn.execute(insert + " WHERE rowid BETWEEN ? AND ?", (a, b))
    copied = conn.execute(f"SELECT count(*) FROM main.{table}").fetchone()[0] - before
    report.copied[table] = copied
    if not whole:
        listed = _count_through_an_index(conn, table)
        report.lost[table] = max(0, listed - copied) if listed is not None else -1


def _count_through_an_index(conn: sqlite3.Connection, table: str) -> int | None:
    """How many rows an intact index of the table lists: the count before the damage."""
    for (name,) in conn.execute(
        "SELECT name FROM old.sqlite_master WHERE type = 'index' AND tbl_name = ?", (table,)
    ).fetchall():
        try:
            sql = conn.execute(
                "SELECT sql FROM old.sqlite_master WHERE name = ?", (name,)
            ).fetchone()[0]
            if sql is not None and " WHERE " in sql.upper():
                continue  # a partial index lists only some rows
            (count,) = conn.execute(
                f'SELECT count(*) FROM old.{table} INDEXED BY "{name}"'
            ).fetchone()
            return int(count)
        except sqlite3.DatabaseError:
            continue
    return None


def salvage(path: Path, now: datetime | None = None) -> Salvaged:
    """Copy every row that can still be read from the library into a new, sound file.

    The new file, `<stem>-salvaged-<time>.db` beside the library, gets the current schema
    and then each table's readable rows; rows that point at rows lost with a damaged page are
    dropped (and counted), the search index is rebuilt, and the result must pass the full
    check. The damaged file is only read. To use the result, restore it as a backup.
    """
    now = now or datetime.now(UTC)
    target = _free_name(path.parent, f"{path.stem}-salvaged-{_stamp(now)}", ".db")
    conn = connect_writer(target)
    report = Salvaged(path=target)
    try:
        migrate(conn, target, LATEST)
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("ATTACH DATABASE ? AS old", (f"{path.resolve().as_uri()}?mode=ro",))
        # One statement per transaction: after SQLite meets a damaged page, the read
        # transaction that met it keeps failing, so each copy starts a fresh one. The file
        # is new; a failure removes it whole.
        for table in _TABLES:
            _copy_table(conn, table, report)
        _drop_orphans(conn, report)
        rows = conn.execute("SELECT id, title, summary, content FROM main.articles").fetchall()
        conn.execute("BEGIN")  # the new file only: one transaction for the whole index
        conn.executemany(
            "INSERT INTO main.articles_fts(rowid, title, body, extra) VALUES (?, ?, ?, '')",
            ((i, t, body_text(s, c)) for i, t, s, c in rows),
        )
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE old")
        conn.execute("PRAGMA foreign_keys = ON")
        check = conn.execute("PRAGMA integrity_check").fetchall()
        orphans = conn.execute("PRAGMA foreign_key_check").fetchall()
        conn.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, like a backup
    except sqlite3.Error as exc:
        conn.close()
        discard(target)
        reason = describe_sqlite_error(path, exc) or str(exc)
        raise StorageError(f"{path} could not be salvaged ({reason}); nothing was changed") from exc
    conn.close()
    if check != [("ok",)] or orphans:
        discard(target)
        raise StorageError(f"the salvaged copy of {path} failed its check; nothing was changed")
    log.warning("salvaged %s into %s: %s copied, %s lost", path, target, report.copied, report.lost)
    return report


def _drop_orphans(conn: sqlite3.Connection, report: Salvaged) -> None:
    """Rows whose parent row was lost cannot stay: a library must pass its foreign-key check."""
    statements = {
        "feeds": "UPDATE main.feeds SET section_id = NULL WHERE section_id IS NOT NULL AND "
        "section_id NOT IN (SELECT id FROM main.sections)",
        "articles": "DELETE FROM main.articles WHERE feed_id NOT IN (SELECT id FROM main.feeds)",
        "tombstones": "DELETE FROM main.tombstones WHERE feed_id NOT IN "
        "(SELECT id FROM main.feeds)",
        "read_events": "DELETE FROM main.read_events WHERE article_id NOT IN "
        "(SELECT id FROM main.articles)",
        "article_images": "DELETE FROM main.article_images WHERE article_id NOT IN "
        "(SELECT id FROM main.articles)",
    }
    for table, sql in statements.items():
        dropped = conn.execute(sql).rowcount
        if dropped > 0 and not sql.startswith("UPDATE"):
            report.copied[table] = report.copied.get(table, 0) - dropped
            report.lost[table] = report.lost.get(table, 0) + dropped
    conn.execute(
        "UPDATE main.article_images SET sha256 = NULL WHERE sha256 IS NOT NULL AND "
        "sha256 NOT IN (SELECT sha256 FROM main.images)"
    )
    conn.execute(
        "UPDATE main.sections SET parent_id = NULL WHERE parent_id IS NOT NULL AND "
        "parent_id NOT IN (SELECT id FROM main.sections)"
    )


def discard(target: Path) -> None:
    """Delete a file this module made (a salvaged copy), with any -wal/-shm SQLite left."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)


def salvage_in_place(path: Path, now: datetime | None = None) -> tuple[Salvaged, Restored]:
    """Salvage the library, then make the salvaged copy the library (the old file kept aside)."""
    report = salvage(path, now)
    try:
        restored = restore_backup(path, report.path, now)
    finally:
        discard(report.path)  # restored as a checked copy: this one is no longer needed
    return report, restored
