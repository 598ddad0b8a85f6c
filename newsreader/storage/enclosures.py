"""Enclosures of stored articles (issue 16): what the feed listed, where playback stopped, and
the name of the downloaded file.

Rows are added with the article (`store_new`, inside the update's transaction on the writer
thread) and, when a rewrite of the article names more files, added then too: INSERT OR
IGNORE on UNIQUE(article_id, url), so a file listed again keeps its position and download.
Reads are bounded (one article's few rows) and fit the GUI thread.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from newsreader.core.parse_enclosures import enclosures_from_claims
from newsreader.core.sync import RemoteEnclosure
from newsreader.core.types import Enclosure, ParsedEntry, StoredEnclosure

MAX_PER_ARTICLE = 16
_COLUMNS = "id, article_id, url, type, length, duration, position, download"


def _row(row: tuple[object, ...]) -> StoredEnclosure:
    eid, aid, url, kind, length, duration, position, download = row
    return StoredEnclosure(
        id=int(eid),  # type: ignore[call-overload]
        article_id=int(aid),  # type: ignore[call-overload]
        url=str(url),
        type=str(kind or ""),
        length=int(length) if isinstance(length, int) else None,
        duration=float(duration) if isinstance(duration, (int, float)) else None,
        position=float(position) if isinstance(position, (int, float)) else 0.0,
        download=str(download) if isinstance(download, str) else None,
    )


def _values(article_id: int, enclosures: Iterable[Enclosure]) -> list[tuple[object, ...]]:
    return [
        (article_id, e.url, e.type or None, e.length, e.duration)
        for e in list(enclosures)[:MAX_PER_ARTICLE]
    ]


def store_new(conn: sqlite3.Connection, rows: Iterable[tuple[int, ParsedEntry]]) -> None:
    """Add the enclosures of newly inserted articles (article id, its entry)."""
    values = [v for aid, entry in rows if entry.enclosures for v in _values(aid, entry.enclosures)]
    conn.executemany(
        "INSERT OR IGNORE INTO enclosures(article_id, url, type, length, duration) "
        "VALUES (?, ?, ?, ?, ?)",
        values,
    )


def store_rewritten(conn: sqlite3.Connection, rows: Iterable[tuple[int, int, ParsedEntry]]) -> None:
    """Add files a rewritten entry names now (article id, feed id, entry); known ones stay.

    The feed id is checked like the rewrite's own UPDATE: an id that is not that feed's
    article adds nothing.
    """
    values = [
        (*v, feed_id)
        for aid, feed_id, entry in rows
        if entry.enclosures
        for v in _values(aid, entry.enclosures)
    ]
    conn.executemany(
        "INSERT OR IGNORE INTO enclosures(article_id, url, type, length, duration) "
        "SELECT id, ?2, ?3, ?4, ?5 FROM articles WHERE id = ?1 AND feed_id = ?6",
        values,
    )


def from_remote(remote: Iterable[RemoteEnclosure]) -> tuple[Enclosure, ...]:
    """A sync server's enclosures in the form a parsed entry carries (same checks as feeds)."""
    return enclosures_from_claims(
        (e.url, e.mime_type, e.length if e.length > 0 else None, None) for e in remote
    )


def for_article(conn: sqlite3.Connection, article_id: int) -> list[StoredEnclosure]:
    """An article's enclosures in the order the feed listed them."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM enclosures WHERE article_id = ? ORDER BY id LIMIT ?",
        (article_id, MAX_PER_ARTICLE),
    ).fetchall()
    return [_row(r) for r in rows]


def get(conn: sqlite3.Connection, enclosure_id: int) -> StoredEnclosure | None:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM enclosures WHERE id = ?", (enclosure_id,)
    ).fetchone()
    return _row(row) if row is not None else None


def set_position(conn: sqlite3.Connection, enclosure_id: int, seconds: float) -> None:
    """Remember where playback stopped (0 starts over)."""
    conn.execute(
        "UPDATE enclosures SET position = ? WHERE id = ?",
        (max(0.0, float(seconds)), enclosure_id),
    )


def set_download(conn: sqlite3.Connection, enclosure_id: int, name: str | None) -> None:
    """Record the downloaded file's name in the downloads folder (None: forgotten)."""
    conn.execute("UPDATE enclosures SET download = ? WHERE id = ?", (name, enclosure_id))


def counts(conn: sqlite3.Connection, article_ids: Iterable[int]) -> dict[int, int]:
    """How many enclosures each of these articles has (for a list's podcast marker)."""
    ids = sorted(set(article_ids))[:500]
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        f"SELECT article_id, count(*) FROM enclosures WHERE article_id IN ({marks}) "
        "GROUP BY article_id",
        ids,
    ).fetchall()
    return {int(a): int(n) for a, n in rows}
