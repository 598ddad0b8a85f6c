"""Queries behind feed icons: which feeds are due a look, what was found, which files to keep.

An icon is a file of the image cache (named by its sha256, like article images) referenced
from `feeds.icon_sha`; `feeds.icon_checked` is when it was last looked for, found or not, so
a site without an icon is not asked again on every refresh. Writer-side functions run in the
Store's transactions on the writer thread; `feed_icons` also serves the Library.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from newsreader.storage.queries import chunks


def icons_due(conn: sqlite3.Connection, feed_ids: Sequence[int], before: float) -> set[int]:
    """Those of `feed_ids` never looked at, or last looked at before `before` (unix seconds)."""
    due: set[int] = set()
    for part in chunks(list(feed_ids)):
        marks = ",".join("?" * len(part))
        rows = conn.execute(
            f"SELECT id FROM feeds WHERE id IN ({marks}) "
            "AND (icon_checked IS NULL OR icon_checked < ?)",
            (*part, before),
        )
        due.update(int(r[0]) for r in rows)
    return due


def record_icon(conn: sqlite3.Connection, feed_id: int, sha256: str | None, checked: float) -> None:
    """A look at a feed's icon: a found icon replaces the old one; a failed look keeps the
    icon already cached (a site that is down today still has yesterday's icon)."""
    if sha256 is None:
        conn.execute("UPDATE feeds SET icon_checked = ? WHERE id = ?", (checked, feed_id))
    else:
        conn.execute(
            "UPDATE feeds SET icon_sha = ?, icon_checked = ? WHERE id = ?",
            (sha256, checked, feed_id),
        )


def icon_hashes(conn: sqlite3.Connection) -> set[str]:
    """sha256 of every icon a feed uses: retention must keep these files."""
    rows = conn.execute("SELECT DISTINCT icon_sha FROM feeds WHERE icon_sha IS NOT NULL")
    return {str(r[0]) for r in rows}


def feed_icons(conn: sqlite3.Connection) -> dict[int, str]:
    """{feed id: icon sha256} for the feeds that have one (bounded by the subscriptions)."""
    rows = conn.execute("SELECT id, icon_sha FROM feeds WHERE icon_sha IS NOT NULL")
    return {int(i): str(s) for i, s in rows}
