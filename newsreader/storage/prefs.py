"""Per-profile preferences: JSON values by key in the `settings` table.

`get` serves the Store (writer thread) and the Library (any reading thread); `put` runs in
the Store's transaction on the writer thread.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any


def get(conn: sqlite3.Connection, key: str, default: Any = None) -> Any:
    """The stored value of `key`, or `default` when it was never set."""
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return default if row is None else json.loads(row[0])


def put(conn: sqlite3.Connection, key: str, value: Any) -> None:
    """Store a JSON-serialisable value under `key`, replacing the old one."""
    conn.execute(
        "INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)", (key, json.dumps(value))
    )
