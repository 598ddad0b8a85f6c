"""Storage layer: the SQLite profile database (schema, migrations, queries, FTS5).

`open_store` gives the writer (one per profile, used by the single writer thread);
`open_library` gives a separate read-only connection for the GUI thread and the CLI.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from newsreader.core.errors import StorageError
from newsreader.storage.backup import make_backup
from newsreader.storage.db import connect_reader, connect_writer, inspect_existing
from newsreader.storage.migrations import LATEST, migrate
from newsreader.storage.reader import Library
from newsreader.storage.writer import Store

__all__ = ["LATEST", "Library", "Store", "open_library", "open_store"]


def open_store(path: Path) -> Store:
    """Open (creating and upgrading as needed) the database at `path` for writing.

    Raises StorageError, without touching the file, when it is corrupt, foreign or newer.
    Damage deeper than each table's first page is found by the full check that runs before
    the first write (an upgrade's included); that write and every later one then raise it.
    """
    version = inspect_existing(path, LATEST, full_check=False)
    conn = connect_writer(path, check_before_write=True)
    try:
        if 0 < version < LATEST:
            # Before an upgrade: the old schema stays recoverable (issue 12). The copy is
            # checked in full, which also finds damage before the upgrade writes anything.
            make_backup(conn, path, f"before-schema-{LATEST}", datetime.now(UTC))
        migrate(conn, path)
    except BaseException:
        conn.close()
        raise
    return Store(conn, path)


def open_library(path: Path, *, immutable: bool = False) -> Library:
    """Open the database at `path` read-only; it must exist at the current schema.

    Open the Store first: it creates and upgrades the file. Like it, this checks each table's
    first page; a read-only connection cannot damage anything.
    """
    if not path.exists():
        raise StorageError(f"{path} does not exist (open it for writing first to create it)")
    version = inspect_existing(path, LATEST, full_check=False, immutable=immutable)
    if version < LATEST:
        raise StorageError(
            f"{path} is at schema {version}, this version needs {LATEST}; "
            "open it for writing first to upgrade it"
        )
    return Library(connect_reader(path, immutable=immutable), path)
