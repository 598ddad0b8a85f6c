"""Opening a profile database: connection settings, and the guards that refuse bad files.

A file that is not ours (corrupt, another application's, or written by a newer Newsreader) is
inspected through a read-only connection and never written to: the user's data in it stays
exactly as it was, and a one-line StorageError says which file and why.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from newsreader.core.errors import StorageError

log = logging.getLogger("newsreader.storage")

# "NWRD": marks the file as a Newsreader profile database (PRAGMA application_id).
APPLICATION_ID = 0x4E575244
_SQLITE_NOTADB = 26  # "file is not a database": the header is not SQLite's


def ts(value: datetime) -> float:
    """A datetime as REAL unix seconds (naive values are taken as UTC)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.timestamp()


def to_ts(value: datetime | None) -> float | None:
    """Like `ts`, passing None through."""
    return None if value is None else ts(value)


def from_ts(value: float | None) -> datetime | None:
    """REAL unix seconds back to an aware UTC datetime."""
    if value is None:
        return None
    return datetime.fromtimestamp(value, tz=UTC)


# SQLite's primary result codes that are not damage (issue 12: every error read "damaged").
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN = 10, 11, 13, 14


def describe_sqlite_error(path: Path, exc: sqlite3.Error) -> str | None:
    """One line for a failure that is not damage (lock, permission, full disk), else None."""
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return (
            f"{path} is busy: another program has kept it locked for more than 5 seconds; "
            "nothing was changed, try again"
        )
    if code in (_SQLITE_READONLY, _SQLITE_PERM, _SQLITE_CANTOPEN) and _read_only_mount(path):
        return (
            f"{path} is on a read-only file system: commands that only read work, nothing "
            "can be changed; nothing was changed"
        )
    if code in (_SQLITE_READONLY, _SQLITE_PERM):
        return f"{path} cannot be written (read-only file or folder); nothing was changed"
    if code == _SQLITE_CANTOPEN:
        return f"{path} cannot be opened (check that it and its folder are readable and writable)"
    if code == _SQLITE_FULL:
        return f"the disk holding {path} is full; nothing was changed"
    if code == _SQLITE_IOERR:
        return f"{path} could not be read or written (input/output error)"
    return None


def _read_only_mount(path: Path) -> bool:
    try:
        return bool(os.statvfs(path.parent).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def describe_database_error(path: Path, exc: sqlite3.Error) -> str | None:
    """One line for any failure SQLite reports on the library file, damage included.

    None for the errors that are bugs in our SQL (misuse, constraint, syntax): those stay
    internal errors with a traceback in the log.
    """
    not_damage = describe_sqlite_error(path, exc)
    if not_damage is not None:
        return not_damage
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return damage_message(path, str(exc))
    return None


def damage_message(path: Path, detail: str) -> str:
    """The sentence for a damaged library: what, that nothing changed, and the way back.

    SQLite's integrity-check text spans lines ("*** in database main ***" then the page);
    it is folded onto one. The way back is the window's File ▸ Check Library, which restores
    a checked backup (or salvages the readable rows) and keeps the damaged file renamed; the
    newest backup is named so it can also be copied back by hand with Newsreader closed.
    """
    detail = " ".join(detail.replace("*** in database main ***", "").split())
    if len(detail) > 120:
        detail = detail[:117] + "..."
    # Import here: backup.py builds on this module (describe_sqlite_error).
    from newsreader.storage.backup import backups_dir, list_backups  # noqa: PLC0415

    folder = backups_dir(path)
    backups = list_backups(path)
    if not backups:
        return (
            f"{path} is damaged ({detail}); nothing was changed; there is no backup in "
            f"{folder}, but `newsreader salvage` (or File ▸ Check Library in the window) keeps "
            "every readable row"
        )
    return (
        f"{path} is damaged ({detail}); nothing was changed; `newsreader restore` (or File ▸ "
        f"Check Library in the window) puts the newest backup, {backups[-1]}, back"
    )


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA synchronous = NORMAL")


def inspect_existing(
    path: Path, newest_version: int, *, full_check: bool = True, immutable: bool = False
) -> int:
    """Check an existing file without writing to it; returns its schema version.

    Raises StorageError (naming the file) when it is corrupt, foreign or from a newer version.
    A missing or empty file is version 0. `full_check` reads every page (PRAGMA quick_check,
    ~0.3 s per 400 MB): needed before writing; without it only each table's first page is
    read, enough for a read-only connection that can damage nothing.
    """
    if path.is_dir():
        raise StorageError(f"{path} is a folder, not a library file; nothing was changed")
    if not path.exists() or path.stat().st_size == 0:
        return 0
    refusal = _refusal_at_rest(path, newest_version)
    if refusal is not None:
        raise StorageError(refusal)
    # Never open() the file here: this runs in processes that already hold SQLite connections
    # to it, and closing any descriptor on it drops all of the process's POSIX locks (SQLite,
    # "How To Corrupt An SQLite Database File" §2.2); the next process to close its connection
    # then deleted our WAL (issue 12). SQLite itself tells a non-SQLite file (SQLITE_NOTADB).
    try:
        flags = "mode=ro&immutable=1" if immutable else "mode=ro"  # see connect_reader
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?{flags}", uri=True)
    except sqlite3.Error as exc:
        reason = describe_sqlite_error(path, exc) or f"{path} cannot be opened ({exc})"
        raise StorageError(
            f"{reason.removesuffix('; nothing was changed')}; nothing was changed"
        ) from exc
    try:
        try:
            conn.execute("PRAGMA schema_version").fetchone()
        except sqlite3.DatabaseError as exc:
            if getattr(exc, "sqlite_errorcode", None) == _SQLITE_NOTADB:
                raise StorageError(
                    f"{path} is not a Newsreader database (not SQLite); nothing was changed"
                ) from exc
            raise
        check = conn.execute("PRAGMA quick_check").fetchall() if full_check else _roots(conn)
        if check != [("ok",)]:
            raise StorageError(damage_message(path, f"integrity check: {check[0][0]}"))
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        not_damage = describe_sqlite_error(path, exc)
        if not_damage is not None:
            raise StorageError(not_damage) from exc
        raise StorageError(damage_message(path, str(exc))) from exc
    finally:
        conn.close()
    refusal = _refusal(path, newest_version, app_id, version, tables)
    if refusal is not None:
        raise StorageError(refusal)
    return int(version)


def _refusal(path: Path, newest_version: int, app_id: int, version: int, tables: int) -> str | None:
    """Why a file with this header is not ours to open (another program's, a newer schema)."""
    if app_id != APPLICATION_ID and (app_id != 0 or tables):
        return (
            f"{path} belongs to another application (application_id {app_id:#x}); "
            "nothing was changed"
        )
    if version > newest_version:
        return (
            f"{path} was written by a newer Newsreader (schema {version}, this version knows "
            f"{newest_version}); nothing was changed"
        )
    return None


def _refusal_at_rest(path: Path, newest_version: int) -> str | None:
    """The refusal read from the database file alone, before any normal connection.

    A normal read-only connection to a file in WAL mode creates `-wal` and `-shm` beside it
    and, being read-only, cannot remove them: refusing another program's file that way left
    two new files in its folder (issue 12). `immutable=1` makes SQLite read the file itself
    with no locks, no WAL and no side files. That view may lag a WAL still being written,
    so it only decides what no later commit can undo: an application id that is not ours
    (ours is set in the transaction that creates our tables, so tables without it are not
    ours either), or a schema newer than this version (versions only grow). Anything else,
    an error included, is left to the normal check. SQLite keeps this process's locks on
    the file when this connection closes, unlike a Python open() (see inspect_existing).
    """
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return None
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return _refusal(path, newest_version, app_id, version, tables)


def _roots(conn: sqlite3.Connection) -> list[tuple[str]]:
    """Read the first page of every table (raises DatabaseError on a damaged one)."""
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for name in names:
        conn.execute(f'SELECT 1 FROM "{name.replace(chr(34), chr(34) * 2)}" LIMIT 1').fetchall()
    return [("ok",)]


class WriterConnection(sqlite3.Connection):
    """The writer's connection; its file passes PRAGMA quick_check before the first write.

    The check reads every page: ~0.3 s for 100,000 articles with the file cached, seconds when
    it is not. Done at open, it delayed every window start; before the first transaction it
    still guards every write (the single writer thread runs them in order), off the start.
    """

    unchecked: Path | None = None  # the file still to check; None once it passed
    damage: str | None = None  # the one-line verdict once the check failed


def _check_before_write(conn: sqlite3.Connection) -> None:
    path = getattr(conn, "unchecked", None)
    if path is None:
        return
    assert isinstance(conn, WriterConnection)
    if conn.damage is None:
        try:
            check = conn.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError as exc:
            check = [(str(exc),)]
        if check == [("ok",)]:
            conn.unchecked = None
            return
        conn.damage = damage_message(path, f"integrity check: {check[0][0]}")
        log.error("%s", conn.damage)
    raise StorageError(conn.damage)


def connect_writer(path: Path, *, check_before_write: bool = False) -> sqlite3.Connection:
    """The writer connection: autocommit mode so transactions are explicit (see `transaction`).

    check_same_thread=False because the app builds the Store on the main thread and hands it
    to the single writer thread; only that one thread ever uses it afterwards.
    `check_before_write`: the first transaction runs the full integrity check first.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(
            path, isolation_level=None, check_same_thread=False, factory=WriterConnection
        )
        if check_before_write:
            conn.unchecked = path
        _configure(conn)
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    except sqlite3.Error as exc:
        reason = describe_sqlite_error(path, exc) or f"{path} cannot be opened for writing ({exc})"
        raise StorageError(reason) from exc
    if mode != "wal":
        log.warning("%s: journal mode is %s, not WAL", path, mode)
    return conn


def connect_reader(path: Path, *, immutable: bool = False) -> sqlite3.Connection:
    """A read-only connection (mode=ro URI, and query_only as a second lock).

    check_same_thread=False because the composition root may build it on another thread than
    the GUI thread that then uses it; Python's sqlite3 is built serialized (threadsafety 3)
    and the Library never holds a transaction open across calls. `immutable`: the file is on
    a read-only file system, where no one can write it and SQLite could not create the WAL
    index a normal reader needs; it is then read without locks or side files.
    """
    try:
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro{'&immutable=1' if immutable else ''}",
            uri=True,
            isolation_level=None,
            check_same_thread=False,
        )
        _configure(conn)
        conn.execute("PRAGMA query_only = ON")
    except sqlite3.Error as exc:
        reason = describe_sqlite_error(path, exc) or f"{path} cannot be opened for reading ({exc})"
        raise StorageError(reason) from exc
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any exception (which is re-raised).

    Raises StorageError, writing nothing, when the file failed its integrity check.
    """
    _check_before_write(conn)
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    except sqlite3.OperationalError as exc:
        # A lock held too long, a full disk, a read-only file: say which, not "internal error".
        reason = describe_sqlite_error(Path(_main_file(conn)), exc)
        if reason is None:
            raise
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise StorageError(reason) from exc


def _main_file(conn: sqlite3.Connection) -> str:
    row = conn.execute("PRAGMA database_list").fetchone()
    return str(row[2]) if row and row[2] else "the library"
