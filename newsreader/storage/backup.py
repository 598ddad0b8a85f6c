"""Backups of the profile database, made through SQLite's backup API and checked.

Copying the file would miss what sits in the WAL and, done from a process with connections
open, would drop that process's locks (issue 12); `Connection.backup` copies a consistent
snapshot page by page instead. Each copy is written to a temporary name, must pass
`PRAGMA integrity_check`, and only then gets its final name, so a listed backup is always a
good one. Backups are taken before every schema upgrade and once a day; the newest
`KEEP` are kept. Runs on the thread that owns the connection (the writer's, at open).
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from newsreader.core.errors import StorageError
from newsreader.storage.db import describe_sqlite_error

log = logging.getLogger("newsreader.storage")
KEEP = 5
DAILY = timedelta(days=1)
FOLDER = "backups"
_STAMP = "%Y%m%d-%H%M%S"


def backups_dir(db_path: Path) -> Path:
    return db_path.parent / FOLDER


def list_backups(db_path: Path) -> list[Path]:
    """Finished backups of this profile, oldest first (their names sort by time)."""
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob(f"{db_path.stem}-*.db") if p.is_file())


def copy_into(conn: sqlite3.Connection, partial: Path, journal_mode: str) -> list[tuple[str]]:
    """Copy the open database into the new file `partial` page by page; returns its check.

    The copy's own `PRAGMA integrity_check` verdict comes back ([("ok",)] when sound); its
    journal mode is set once the copy is whole. Raises sqlite3.Error; the caller removes the
    partial file and names the failure.
    """
    target = sqlite3.connect(partial)
    try:
        conn.backup(target)
        check: list[tuple[str]] = target.execute("PRAGMA integrity_check").fetchall()
        target.execute(f"PRAGMA journal_mode = {journal_mode}")
    finally:
        target.close()
    return check


def make_backup(conn: sqlite3.Connection, db_path: Path, reason: str, now: datetime) -> Path:
    """Copy the open database to backups/, check the copy, prune to KEEP; returns its path.

    Raises StorageError (with no half-written file left) when the copy cannot be made or
    fails its check.
    """
    folder = backups_dir(db_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"the backup of {db_path} could not be made ({exc.strerror})") from exc
    name = f"{db_path.stem}-{now.astimezone(UTC).strftime(_STAMP)}-{reason}.db"
    final = folder / name
    partial = folder / (name + ".partial")
    try:
        # The copy is a self-contained file in rollback-journal mode: one file to keep.
        check = copy_into(conn, partial, "DELETE")
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        reason_text = describe_sqlite_error(partial, exc) or f"{exc}"
        raise StorageError(f"the backup of {db_path} could not be made ({reason_text})") from exc
    if check != [("ok",)]:
        partial.unlink(missing_ok=True)
        raise StorageError(
            f"the backup of {db_path} failed its check ({check[0][0]}); the library itself "
            "was not changed"
        )
    partial.replace(final)
    for old in list_backups(db_path)[:-KEEP]:
        old.unlink(missing_ok=True)
    log.info("backup made (%s): %s", reason, final)
    return final


def daily_backup_due(db_path: Path, now: datetime) -> bool:
    """True when the newest backup is a day old or there is none."""
    backups = list_backups(db_path)
    if not backups:
        return True
    stamp = "-".join(backups[-1].stem.split("-")[-3:-1])
    try:
        taken = datetime.strptime(stamp, _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return True
    return now - taken >= DAILY
