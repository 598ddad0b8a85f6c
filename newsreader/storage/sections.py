"""The section tree: loading it in tree order, and the writes that reshape it.

The tree is small (tens to hundreds of nodes), so it is read whole and walked in Python; the
write functions run inside the caller's transaction on the writer thread.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from collections import defaultdict
from collections.abc import Sequence

from newsreader.core.errors import DuplicateError, NotFoundError, UsageError
from newsreader.core.types import Section


def split_path(path: str) -> list[str]:
    """ "World / Asia" → ["World", "Asia"]; empty parts are dropped."""
    return [part.strip() for part in path.split("/") if part.strip()]


def load_sections(conn: sqlite3.Connection) -> list[Section]:
    """Every section, parents before children, siblings by position then name."""
    children: dict[int | None, list[tuple[int, str, int]]] = defaultdict(list)
    for sid, parent, name, position in conn.execute(
        "SELECT id, parent_id, name, position FROM sections"
    ):
        children[parent].append((sid, name, position))
    out: list[Section] = []

    def walk(parent: int | None, prefix: str) -> None:
        for sid, name, position in sorted(children[parent], key=lambda r: (r[2], r[1].lower())):
            path = f"{prefix}/{name}" if prefix else name
            out.append(Section(id=sid, name=name, parent_id=parent, position=position, path=path))
            walk(sid, path)

    walk(None, "")
    return out


def section_paths(sections: Sequence[Section]) -> dict[int, str]:
    """{section id: "World/Asia"}, what feed and article rows show as their section."""
    return {s.id: s.path for s in sections}


def subtree_ids(sections: list[Section], section_id: int) -> list[int]:
    """The section and all its descendants."""
    children: dict[int | None, list[int]] = defaultdict(list)
    for s in sections:
        children[s.parent_id].append(s.id)
    out: list[int] = []
    todo = [section_id]
    while todo:
        sid = todo.pop()
        out.append(sid)
        todo.extend(children[sid])
    return out


def _unusable(char: str) -> bool:
    """Control characters, surrogates and Unicode noncharacters (U+FFFE, U+FDD0…).

    XML cannot hold most of them, so a name with one made every OPML export fail (issue 12);
    the rest (tab, newline, DEL, C1) would break the one-line tree and CLI output.
    """
    code = ord(char)
    return (
        unicodedata.category(char) in ("Cc", "Cs")
        or 0xFDD0 <= code <= 0xFDEF
        or (code & 0xFFFE) == 0xFFFE
    )


def check_section_name(name: str) -> str:
    """The name stripped of outer spaces; UsageError when it cannot be a section's name.

    Every way a name enters goes through here (the Store's writes that the window and the CLI
    use); the CLI also calls it before it fetches anything.
    """
    name = name.strip()
    if not name or "/" in name:
        raise UsageError(f"invalid section name {name!r} (empty, or contains '/')")
    bad = next((char for char in name if _unusable(char)), None)
    if bad is not None:
        raise UsageError(
            f"invalid section name {name!r}: it contains the control or non-character "
            f"U+{ord(bad):04X}"
        )
    return name


def check_section_path(path: str) -> str:
    """A section path ("World/Asia") with every part checked; "" stays "" (the top level)."""
    return "/".join(check_section_name(part) for part in split_path(path))


def _child(conn: sqlite3.Connection, parent: int | None, name: str) -> int | None:
    row = conn.execute(
        "SELECT id FROM sections WHERE ifnull(parent_id, 0) = ifnull(?, 0) AND name = ?",
        (parent, name),
    ).fetchone()
    return None if row is None else int(row[0])


def _parent_of(conn: sqlite3.Connection, section_id: int) -> int | None:
    row = conn.execute("SELECT parent_id FROM sections WHERE id = ?", (section_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"no section with id {section_id}")
    return None if row[0] is None else int(row[0])


def ensure_section(conn: sqlite3.Connection, path: str) -> int:
    """The id of the section at `path`, creating it and any missing parents."""
    parts = split_path(path)
    if not parts:
        raise UsageError("empty section path")
    parent: int | None = None
    for part in parts:
        name = check_section_name(part)
        existing = _child(conn, parent, name)
        if existing is None:
            (position,) = conn.execute(
                "SELECT ifnull(max(position) + 1, 0) FROM sections "
                "WHERE ifnull(parent_id, 0) = ifnull(?, 0)",
                (parent,),
            ).fetchone()
            cur = conn.execute(
                "INSERT INTO sections(parent_id, name, position) VALUES (?, ?, ?)",
                (parent, name, position),
            )
            existing = int(cur.lastrowid or 0)
        parent = existing
    assert parent is not None
    return parent


def rename_section(conn: sqlite3.Connection, section_id: int, name: str) -> None:
    """Rename a section; a sibling with the new name already existing is a DuplicateError."""
    name = check_section_name(name)
    parent = _parent_of(conn, section_id)
    other = _child(conn, parent, name)
    if other is not None and other != section_id:
        raise DuplicateError(f"a section named {name!r} already exists there")
    conn.execute("UPDATE sections SET name = ? WHERE id = ?", (name, section_id))


def _renumber(conn: sqlite3.Connection, parent: int | None, moved: int, position: int) -> None:
    ids = [
        int(r[0])
        for r in conn.execute(
            "SELECT id FROM sections WHERE ifnull(parent_id, 0) = ifnull(?, 0) AND id != ? "
            "ORDER BY position, name",
            (parent, moved),
        )
    ]
    ids.insert(max(0, min(position, len(ids))), moved)
    conn.executemany(
        "UPDATE sections SET position = ? WHERE id = ?", [(i, sid) for i, sid in enumerate(ids)]
    )


def move_section(
    conn: sqlite3.Connection, section_id: int, new_parent: int | None, position: int
) -> None:
    """Move a section under `new_parent` (None: the root) at `position` among its siblings."""
    _parent_of(conn, section_id)
    ancestor = new_parent
    while ancestor is not None:
        if ancestor == section_id:
            raise UsageError("a section cannot be moved into itself or its own subsection")
        ancestor = _parent_of(conn, ancestor)
    (name,) = conn.execute("SELECT name FROM sections WHERE id = ?", (section_id,)).fetchone()
    other = _child(conn, new_parent, name)
    if other is not None and other != section_id:
        raise DuplicateError(f"a section named {name!r} already exists there")
    conn.execute("UPDATE sections SET parent_id = ? WHERE id = ?", (new_parent, section_id))
    _renumber(conn, new_parent, section_id, position)


def _merge_into(conn: sqlite3.Connection, source: int, target: int | None) -> None:
    """Move `source`'s feeds and children under `target`, merging same-named children."""
    conn.execute("UPDATE feeds SET section_id = ? WHERE section_id = ?", (target, source))
    for child, name in conn.execute(
        "SELECT id, name FROM sections WHERE parent_id = ?", (source,)
    ).fetchall():
        clash = _child(conn, target, name)
        if clash is None:
            (position,) = conn.execute(
                "SELECT ifnull(max(position) + 1, 0) FROM sections "
                "WHERE ifnull(parent_id, 0) = ifnull(?, 0)",
                (target,),
            ).fetchone()
            conn.execute(
                "UPDATE sections SET parent_id = ?, position = ? WHERE id = ?",
                (target, position, child),
            )
        else:
            _merge_into(conn, child, clash)
            conn.execute("DELETE FROM sections WHERE id = ?", (child,))


def delete_section(conn: sqlite3.Connection, section_id: int) -> None:
    """Delete a section; its feeds and subsections move to its parent (merging by name)."""
    parent = _parent_of(conn, section_id)
    # Out of the way first, so a child with the same name ("World/World") can take its place.
    conn.execute(
        "UPDATE sections SET name = ? WHERE id = ?", (f"\x00deleted-{section_id}", section_id)
    )
    _merge_into(conn, section_id, parent)
    conn.execute("DELETE FROM sections WHERE id = ?", (section_id,))
