"""Rules on arrival (issue 16): stored rules, and running them over articles.

`apply_on_arrival` runs inside the refresh's transaction (storage.updates calls it after the
inserts), so an article is never stored without the actions of the rules it matches: a refresh
killed at any moment leaves either both or neither. `apply_to_existing` and `preview_count`
walk the stored articles of the rule's scope the same way (one loop, `_matching_ids`), so the
count the settings dialog previews is the count that applying marks. `preview_count` only
reads; it runs on the window's background reader thread or the CLI's, never the GUI thread.

What a rule sees of an article: the title, the body as the search index holds it (plain text
of summary and content; not the extracted full text), author, link, the feed's categories,
the publish date (else its update or arrival time) and whether it has an enclosure (the
`enclosures` table, filled in the same transaction before the rules run).

"Move to the top" (action `top`) sets `pinned` and lifts the article's sort time to the
moment the rule ran, so it leads its newest-first list without changing the list's keyset
order on (sort_time, id); a later rewrite by the feed keeps that sort time (storage.updates).
"""

from __future__ import annotations

import logging
import sqlite3
from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any

from newsreader.core.errors import DuplicateError, NotFoundError
from newsreader.core.rules import (
    ActionKind,
    ArticleFields,
    Matcher,
    Rule,
    actions_from_json,
    actions_to_json,
    conditions_from_json,
    conditions_to_json,
    validate,
)
from newsreader.storage.db import from_ts, ts
from newsreader.storage.queries import chunks
from newsreader.storage.sections import load_sections, subtree_ids

log = logging.getLogger("newsreader.storage.rules")

_COLUMNS = "id, name, position, enabled, section_id, feed_id, conditions, actions"
_FIELDS = (
    "SELECT a.id, a.feed_id, a.title, t.body, a.author, a.url, a.categories, "
    "coalesce(a.published, a.updated, a.first_seen), "
    "EXISTS (SELECT 1 FROM enclosures e WHERE e.article_id = a.id) "
    "FROM articles a LEFT JOIN articles_fts t ON t.rowid = a.id"
)
_BATCH = 500


# -- the rules themselves -----------------------------------------------------------------------


def _rule_from_row(row: tuple[Any, ...]) -> Rule | None:
    rid, name, position, enabled, section_id, feed_id, conditions, actions = row
    try:
        return Rule(
            id=rid, name=name, position=position, enabled=bool(enabled), section_id=section_id,
            feed_id=feed_id, conditions=conditions_from_json(conditions),
            actions=actions_from_json(actions),
        )  # fmt: skip
    except (ValueError, KeyError, TypeError) as exc:
        log.warning("stored rule %r cannot be read and is skipped: %s", name, exc)
        return None


def load_rules(conn: sqlite3.Connection, *, enabled_only: bool = False) -> list[Rule]:
    """The stored rules in their order (unreadable ones are logged and left out)."""
    sql = f"SELECT {_COLUMNS} FROM rules" + (" WHERE enabled = 1" if enabled_only else "")
    rows = conn.execute(sql + " ORDER BY position, id").fetchall()
    return [r for r in map(_rule_from_row, rows) if r is not None]


def rule_by_name(conn: sqlite3.Connection, name: str) -> Rule | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM rules WHERE name = ?", (name.strip(),)).fetchone()
    return None if row is None else _rule_from_row(row)


def rule_by_id(conn: sqlite3.Connection, rule_id: int) -> Rule | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM rules WHERE id = ?", (rule_id,)).fetchone()
    return None if row is None else _rule_from_row(row)


def _check_scope(conn: sqlite3.Connection, rule: Rule) -> None:
    if (
        rule.feed_id is not None
        and conn.execute("SELECT 1 FROM feeds WHERE id = ?", (rule.feed_id,)).fetchone() is None
    ):
        raise NotFoundError(f"no feed with id {rule.feed_id}")
    if (
        rule.section_id is not None
        and conn.execute("SELECT 1 FROM sections WHERE id = ?", (rule.section_id,)).fetchone()
        is None
    ):
        raise NotFoundError(f"no section with id {rule.section_id}")


def save_rule(conn: sqlite3.Connection, rule: Rule, now: datetime) -> int:
    """Insert the rule (id None) or replace the stored one; returns its id.

    Validates first (RuleError); DuplicateError when another rule has the name.
    """
    rule = validate(rule)
    _check_scope(conn, rule)
    other = conn.execute(
        "SELECT id FROM rules WHERE name = ? AND id IS NOT ?", (rule.name, rule.id)
    ).fetchone()
    if other is not None:
        raise DuplicateError(f"there is already a rule named {rule.name!r}")
    values = (
        rule.name, int(rule.enabled), rule.section_id, rule.feed_id,
        conditions_to_json(rule.conditions), actions_to_json(rule.actions),
    )  # fmt: skip
    if rule.id is None:
        (position,) = conn.execute("SELECT ifnull(max(position), -1) + 1 FROM rules").fetchone()
        cur = conn.execute(
            "INSERT INTO rules(name, enabled, section_id, feed_id, conditions, actions, "
            "position, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (*values, position, ts(now)),
        )
        return int(cur.lastrowid or 0)
    cur = conn.execute(
        "UPDATE rules SET name = ?, enabled = ?, section_id = ?, feed_id = ?, conditions = ?, "
        "actions = ? WHERE id = ?",
        (*values, rule.id),
    )
    if cur.rowcount == 0:
        raise NotFoundError(f"no rule with id {rule.id}")
    return rule.id


def remove_rule(conn: sqlite3.Connection, rule_id: int) -> None:
    if conn.execute("DELETE FROM rules WHERE id = ?", (rule_id,)).rowcount == 0:
        raise NotFoundError(f"no rule with id {rule_id}")


# -- matching over articles ---------------------------------------------------------------------


def _scope_feeds(conn: sqlite3.Connection, rules: Sequence[Rule]) -> list[set[int] | None]:
    """Per rule, the feed ids it looks at (None: every feed)."""
    sections = None
    out: list[set[int] | None] = []
    for rule in rules:
        if rule.feed_id is not None:
            out.append({rule.feed_id})
        elif rule.section_id is not None:
            sections = sections if sections is not None else load_sections(conn)
            ids = subtree_ids(sections, rule.section_id)
            feeds: set[int] = set()
            for part in chunks(ids):
                marks = ",".join("?" * len(part))
                feeds.update(
                    r[0]
                    for r in conn.execute(
                        f"SELECT id FROM feeds WHERE section_id IN ({marks})", list(part)
                    )
                )
            out.append(feeds)
        else:
            out.append(None)
    return out


def _fields(row: tuple[Any, ...]) -> ArticleFields:
    _aid, _feed, title, body, author, url, categories, published, enclosure = row
    return ArticleFields(
        title=title or "",
        body=body or "",
        author=author or "",
        link=url or "",
        categories=tuple(c for c in (categories or "").split("\n") if c),
        published=from_ts(published),
        has_enclosure=bool(enclosure),
    )


def _rows_in_scope(conn: sqlite3.Connection, feeds: set[int] | None) -> Iterator[tuple[Any, ...]]:
    """Every stored article of the scope (hidden ones too), in id batches."""
    after = 0
    feed_list = sorted(feeds) if feeds is not None else None
    if feed_list is not None and not feed_list:
        return
    while True:
        if feed_list is None:
            sql = f"{_FIELDS} WHERE a.id > ? ORDER BY a.id LIMIT ?"
            params: list[Any] = [after, _BATCH]
        else:
            marks = ",".join("?" * len(feed_list))  # a section's feeds: a handful
            sql = f"{_FIELDS} WHERE a.id > ? AND a.feed_id IN ({marks}) ORDER BY a.id LIMIT ?"
            params = [after, *feed_list, _BATCH]
        rows = conn.execute(sql, params).fetchall()
        yield from rows
        if len(rows) < _BATCH:
            return
        after = rows[-1][0]


def _matching_ids(conn: sqlite3.Connection, rule: Rule, now: datetime) -> list[int]:
    """The ids of the stored articles the rule matches (read-only)."""
    (feeds,) = _scope_feeds(conn, [rule])
    matcher = Matcher([rule])
    return [row[0] for row in _rows_in_scope(conn, feeds) if matcher.matching(_fields(row), now)]


def preview_count(conn: sqlite3.Connection, rule: Rule, now: datetime) -> int:
    """How many stored articles the rule would match (what `apply_to_existing` would act on).

    Reads only; it walks every article of the scope, so it runs off the GUI thread.
    """
    return len(_matching_ids(conn, rule, now))


def apply_to_existing(conn: sqlite3.Connection, rule: Rule, now: datetime) -> int:
    """Run the rule's actions over the stored articles it matches; returns how many matched.

    Inside the caller's transaction (the Store's), on the writer thread.
    """
    ids = _matching_ids(conn, rule, now)
    _act(conn, {aid: [rule] for aid in ids}, now)
    return len(ids)


def apply_on_arrival(conn: sqlite3.Connection, new_ids: Sequence[int], now: datetime) -> set[int]:
    """Run the enabled rules over just-inserted articles, in the caller's transaction.

    Returns the ids a `silent` rule matched (no notification for them).
    """
    if not new_ids:
        return set()
    rules = load_rules(conn, enabled_only=True)
    if not rules:
        return set()
    scopes = _scope_feeds(conn, rules)
    matcher = Matcher(rules)
    matched: dict[int, list[Rule]] = defaultdict(list)
    for part in chunks(list(new_ids)):
        marks = ",".join("?" * len(part))
        for row in conn.execute(f"{_FIELDS} WHERE a.id IN ({marks})", list(part)):
            aid, feed_id = row[0], row[1]
            fields = _fields(row)
            for i, (rule, feeds) in enumerate(zip(rules, scopes, strict=True)):
                if (feeds is None or feed_id in feeds) and matcher.matches(i, fields, now):
                    matched[aid].append(rule)
    return _act(conn, matched, now)


def _act(conn: sqlite3.Connection, matched: dict[int, list[Rule]], now: datetime) -> set[int]:
    """Carry out the matched rules' actions; returns the ids to keep silent."""
    by_kind: dict[ActionKind, list[int]] = defaultdict(list)
    tags: dict[str, list[int]] = defaultdict(list)
    for aid, rules in matched.items():
        for rule in rules:
            for action in rule.actions:
                if action.kind is ActionKind.TAG:
                    tags[action.tag].append(aid)
                else:
                    by_kind[action.kind].append(aid)
    for kind, sql in (
        (ActionKind.READ, "UPDATE articles SET read = 1 WHERE id = ? AND read = 0"),
        (ActionKind.STAR, "UPDATE articles SET starred = 1 WHERE id = ? AND starred = 0"),
        (ActionKind.HIDE, "UPDATE articles SET hidden = 1 WHERE id = ? AND hidden = 0"),
    ):
        conn.executemany(sql, [(aid,) for aid in dict.fromkeys(by_kind.get(kind, ()))])
    conn.executemany(
        "UPDATE articles SET pinned = 1, sort_time = max(sort_time, ?) WHERE id = ?",
        [(ts(now), aid) for aid in dict.fromkeys(by_kind.get(ActionKind.TOP, ()))],
    )
    for name, ids in tags.items():
        conn.execute("INSERT OR IGNORE INTO tags(name) VALUES (?)", (name,))
        (tag_id,) = conn.execute("SELECT id FROM tags WHERE name = ?", (name,)).fetchone()
        conn.executemany(
            "INSERT OR IGNORE INTO article_tags(article_id, tag_id) VALUES (?, ?)",
            [(aid, tag_id) for aid in dict.fromkeys(ids)],
        )
    return set(by_kind.get(ActionKind.SILENT, ()))


def categories_text(categories: Sequence[str]) -> str | None:
    """`articles.categories` as stored: one per line (None when the entry names none)."""
    lines = [" ".join(c.split()) for c in categories]
    return "\n".join(c for c in lines if c) or None
