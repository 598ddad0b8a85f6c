"""Tags and notes on articles (issue 16): reads for the tree and the pane, writes for the writer.

A tag exists while some article carries it: removing a tag from its last article deletes it,
and `tags()` leaves out tags whose articles were all purged (retention cascades the links
away). Reads are bounded by the number of tags, or by one article, so the Library may run them
on the GUI thread; writes run inside the Store's transaction on the writer thread.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from typing import Any

from newsreader.core.errors import NotFoundError
from newsreader.core.tags import Note, Tag, clean_name, clean_note
from newsreader.storage.db import from_ts
from newsreader.storage.queries import chunks

_WORD = re.compile(r"\w+", re.UNICODE)  # the words of a search, as storage.fts cuts them

# -- reads ----------------------------------------------------------------------------------


def tags(conn: sqlite3.Connection) -> list[Tag]:
    """Every tag some article carries, by name, with its article and unread counts.

    Hidden articles (a rule's "hide") are not counted, as no list shows them.
    """
    rows = conn.execute(
        "SELECT t.id, t.name, count(*), sum(a.read = 0) FROM tags t "
        "JOIN article_tags x ON x.tag_id = t.id JOIN articles a ON a.id = x.article_id "
        "WHERE a.hidden = 0 GROUP BY t.id ORDER BY t.name COLLATE NOCASE, t.id"
    )
    return [Tag(tid, name, int(total), int(unread or 0)) for tid, name, total, unread in rows]


def tag_names(conn: sqlite3.Connection) -> list[str]:
    """The names of every tag, for completion when adding one (by name)."""
    return [r[0] for r in conn.execute("SELECT name FROM tags ORDER BY name COLLATE NOCASE")]


def tag_by_name(conn: sqlite3.Connection, name: str) -> Tag | None:
    """The tag called `name` (case does not matter), or None."""
    row = conn.execute(
        "SELECT id, name FROM tags WHERE name = ? COLLATE NOCASE", (" ".join(name.split()),)
    ).fetchone()
    return None if row is None else Tag(row[0], row[1])


def article_tags(conn: sqlite3.Connection, article_id: int) -> list[Tag]:
    """The tags of one article, by name."""
    rows = conn.execute(
        "SELECT t.id, t.name FROM article_tags x JOIN tags t ON t.id = x.tag_id "
        "WHERE x.article_id = ? ORDER BY t.name COLLATE NOCASE",
        (article_id,),
    )
    return [Tag(tid, name) for tid, name in rows]


def article_note(conn: sqlite3.Connection, article_id: int) -> Note | None:
    row = conn.execute(
        "SELECT text, updated FROM article_notes WHERE article_id = ?", (article_id,)
    ).fetchone()
    if row is None:
        return None
    updated = from_ts(row[1])
    assert updated is not None
    return Note(article_id, row[0], updated)


def note_hits(
    conn: sqlite3.Connection, text: str, conds: list[str], params: list[Any], limit: int
) -> list[int]:
    """Ids of the articles whose note has every word of `text` (any case), newest note
    first, among those the list's conditions (`queries.where`) select.

    Notes are few (a person writes them) and short, so they are matched here, in Python,
    where case folding knows every script; SQLite's LIKE folds ASCII only.
    """
    words = [w.casefold() for w in _WORD.findall(text)]
    if not words:
        return []
    found = [
        aid
        for aid, note in conn.execute(
            "SELECT article_id, text FROM article_notes ORDER BY updated DESC, article_id DESC"
        )
        if all(w in note.casefold() for w in words)
    ]
    out: list[int] = []
    for part in chunks(found):
        marks = ",".join("?" * len(part))
        sql = f"SELECT a.id FROM articles a WHERE a.id IN ({marks})" + "".join(
            f" AND {c}" for c in conds
        )
        kept = {r[0] for r in conn.execute(sql, [*part, *params])}
        out.extend(i for i in part if i in kept)
        if len(out) >= limit:
            break
    return out[:limit]


# -- writes (inside the Store's transaction) ------------------------------------------------


def _require_articles(conn: sqlite3.Connection, article_ids: Sequence[int]) -> None:
    for part in chunks(list(dict.fromkeys(article_ids))):
        marks = ",".join("?" * len(part))
        found = {r[0] for r in conn.execute(f"SELECT id FROM articles WHERE id IN ({marks})", part)}
        missing = [i for i in part if i not in found]
        if missing:
            raise NotFoundError(f"no article with id {missing[0]}")


def add_tag(conn: sqlite3.Connection, article_ids: Sequence[int], name: str) -> tuple[Tag, int]:
    """Tag the articles with `name`, creating the tag when it is new (an existing one keeps
    its spelling); returns the tag and how many articles did not have it yet."""
    name = clean_name(name)
    _require_articles(conn, article_ids)
    existing = tag_by_name(conn, name)
    if existing is None:
        cur = conn.execute("INSERT INTO tags(name) VALUES (?)", (name,))
        assert cur.lastrowid is not None
        existing = Tag(cur.lastrowid, name)
    before = conn.total_changes
    conn.executemany(
        "INSERT OR IGNORE INTO article_tags(article_id, tag_id) VALUES (?, ?)",
        [(aid, existing.id) for aid in dict.fromkeys(article_ids)],
    )
    return existing, conn.total_changes - before


def remove_tag(conn: sqlite3.Connection, article_ids: Sequence[int], tag_id: int) -> int:
    """Take the tag off the articles; a tag left on no article is deleted. Returns how many
    articles had it."""
    removed = 0
    for part in chunks(list(dict.fromkeys(article_ids))):
        marks = ",".join("?" * len(part))
        removed += conn.execute(
            f"DELETE FROM article_tags WHERE tag_id = ? AND article_id IN ({marks})",
            (tag_id, *part),
        ).rowcount
    conn.execute(
        "DELETE FROM tags WHERE id = ? AND NOT EXISTS "
        "(SELECT 1 FROM article_tags WHERE tag_id = ?)",
        (tag_id, tag_id),
    )
    return removed


def delete_tag(conn: sqlite3.Connection, tag_id: int) -> int:
    """Delete a tag from every article; returns how many carried it."""
    (count,) = conn.execute(
        "SELECT count(*) FROM article_tags WHERE tag_id = ?", (tag_id,)
    ).fetchone()
    if conn.execute("DELETE FROM tags WHERE id = ?", (tag_id,)).rowcount == 0:
        raise NotFoundError(f"no tag with id {tag_id}")
    return int(count)  # the links went with it (ON DELETE CASCADE)


def set_note(conn: sqlite3.Connection, article_id: int, text: str, updated: float) -> bool:
    """Store the article's note ("" removes it); returns whether one is kept."""
    _require_articles(conn, [article_id])
    text = clean_note(text)
    if not text:
        conn.execute("DELETE FROM article_notes WHERE article_id = ?", (article_id,))
        return False
    conn.execute(
        "INSERT INTO article_notes(article_id, text, updated) VALUES (?, ?, ?) "
        "ON CONFLICT(article_id) DO UPDATE SET text = excluded.text, updated = excluded.updated",
        (article_id, text, updated),
    )
    return True
