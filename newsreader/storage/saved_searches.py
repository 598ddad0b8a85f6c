"""Saved searches (issue 16): smart folders of the tree, their counts, and their writes.

A saved search's list is the search `ArticleQuery(search, unread_only, section_id)` shows;
its count is the unread articles among those hits, as the list would show them (the same
ranking window and depth, notes included). Counting is one bounded FTS query per saved
search, so the tree's reads may run it; writes run inside the Store's transaction.
"""

from __future__ import annotations

import dataclasses
import sqlite3

from newsreader.core.errors import NotFoundError
from newsreader.core.tags import SavedSearch, clean_name, clean_query
from newsreader.core.types import ArticleQuery
from newsreader.storage import fts, search
from newsreader.storage.queries import chunks, where
from newsreader.storage.sections import load_sections, section_paths

_COLUMNS = "id, name, query, unread_only, section_id, position"


def _saved(row: tuple[object, ...], paths: dict[int, str]) -> SavedSearch:
    sid, name, query, unread_only, section_id, position = row
    assert isinstance(sid, int) and isinstance(name, str) and isinstance(query, str)
    section = section_id if isinstance(section_id, int) else None
    return SavedSearch(
        id=sid,
        name=name,
        query=query,
        unread_only=bool(unread_only),
        section_id=section,
        section_path=paths.get(section) if section is not None else None,
        position=int(position) if isinstance(position, int) else 0,
    )


def saved_searches(conn: sqlite3.Connection, paths: dict[int, str]) -> list[SavedSearch]:
    """Every saved search, in the order of the tree (position, then name)."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM saved_searches ORDER BY position, name COLLATE NOCASE, id"
    )
    return [_saved(r, paths) for r in rows]


def by_name(conn: sqlite3.Connection, name: str, paths: dict[int, str]) -> SavedSearch | None:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM saved_searches WHERE name = ? COLLATE NOCASE",
        (" ".join(name.split()),),
    ).fetchone()
    return None if row is None else _saved(row, paths)


def unread_count(conn: sqlite3.Connection, saved: SavedSearch) -> int:
    """Unread articles among the saved search's hits (what its node shows)."""
    query = dataclasses.replace(saved.article_query(), unread_only=True)
    match = fts.match_all(query.search or "")
    if match is None:
        return 0
    conds, params = where(conn, query)
    return len(search.hit_ids(conn, match, conds, params, query.search))


def counts(conn: sqlite3.Connection, saved: list[SavedSearch]) -> dict[int, int]:
    """{saved search id: unread hits} for the tree."""
    return {s.id: unread_count(conn, s) for s in saved}


def save(
    conn: sqlite3.Connection,
    name: str,
    query: str,
    unread_only: bool,
    section_id: int | None,
    created: float,
) -> tuple[SavedSearch, bool]:
    """Save a search under `name`; a search saved under that name already is replaced
    (its place in the tree is kept). Returns it and whether it replaced one."""
    name, query = clean_name(name), clean_query(query)
    if (
        section_id is not None
        and conn.execute("SELECT 1 FROM sections WHERE id = ?", (section_id,)).fetchone() is None
    ):
        raise NotFoundError(f"no section with id {section_id}")
    paths = section_paths(load_sections(conn))
    old = by_name(conn, name, paths)
    if old is not None:
        conn.execute(
            "UPDATE saved_searches SET name = ?, query = ?, unread_only = ?, section_id = ? "
            "WHERE id = ?",
            (name, query, int(unread_only), section_id, old.id),
        )
        sid = old.id
    else:
        (position,) = conn.execute(
            "SELECT ifnull(max(position) + 1, 0) FROM saved_searches"
        ).fetchone()
        cur = conn.execute(
            "INSERT INTO saved_searches(name, query, unread_only, section_id, position, created) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (name, query, int(unread_only), section_id, position, created),
        )
        assert cur.lastrowid is not None
        sid = cur.lastrowid
    row = conn.execute(f"SELECT {_COLUMNS} FROM saved_searches WHERE id = ?", (sid,)).fetchone()
    return _saved(row, paths), old is not None


def mark_hits_read(
    conn: sqlite3.Connection, query: ArticleQuery, changed: list[int] | None = None
) -> int:
    """Mark a search's unread hits read (a saved search's "Mark all read"): only those, never
    the whole scope its filters alone would select. Returns how many; ids into `changed`."""
    match = fts.match_all(query.search or "")
    if match is None:
        return 0
    conds, params = where(conn, dataclasses.replace(query, unread_only=True))
    ids = search.hit_ids(conn, match, conds, params, query.search)
    done: list[int] = []
    for part in chunks(ids):
        marks = ",".join("?" * len(part))
        cur = conn.execute(
            f"UPDATE articles SET read = 1 WHERE read = 0 AND id IN ({marks}) RETURNING id", part
        )
        done.extend(ident for (ident,) in cur.fetchall())
    if changed is not None:
        changed.extend(done)
    return len(done)


def delete(conn: sqlite3.Connection, saved_id: int) -> None:
    if conn.execute("DELETE FROM saved_searches WHERE id = ?", (saved_id,)).rowcount == 0:
        raise NotFoundError(f"no saved search with id {saved_id}")
