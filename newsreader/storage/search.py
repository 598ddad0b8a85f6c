"""Article search and related articles over the FTS5 index (reads only; any reading thread).

Every query carries its LIMIT inside the MATCH subquery, so its cost is bounded whatever the
library's size. A search's ranked hits are kept by the caller (`Hits`, one per connection) so
later pages page through the first page's ranking instead of ranking again.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from newsreader.core import html_text, ranking
from newsreader.core.types import ArticleQuery, ArticleRow, PageCursor
from newsreader.storage import fts, tags
from newsreader.storage.articles import SEARCH_DEPTH
from newsreader.storage.queries import where
from newsreader.storage.rows import ROW_COLUMNS, list_row

# Matches ranked by bm25, newest first (ids grow with insertion): bounds a search's cost.
_RANK_WINDOW = 2000
_RELATED_DEPTH = 40  # best FTS hits related() chooses from
# bm25 column weights (title, body, extracted page text): a shared title word says most.
_RELATED_WEIGHTS = "10.0, 1.0, 0.5"
_RELATED_TERMS = 10  # distinctive terms in related()'s OR query
_COMMON_SHARE = 0.02  # a term in more than this share of articles is too common to relate
_COMMON_FLOOR = 50  # … unless the library is small


@dataclass(frozen=True, slots=True)
class Hits:
    """A search's ranked hits: the query they answer, and the article ids best first."""

    key: tuple[Any, ...]
    ids: list[int]


def search_page(
    conn: sqlite3.Connection,
    query: ArticleQuery,
    after: PageCursor | None,
    limit: int,
    paths: dict[int, str],
    cached: Hits | None,
) -> tuple[list[tuple[ArticleRow, PageCursor]], Hits | None]:
    """One page of a search (relevance, then date), and the hits to keep for the next page.

    A cursor's sort_key is the row's position in the ranking rather than a time.
    """
    match = fts.match_all(query.search or "")
    if match is None:
        return [], cached
    conds, params = where(conn, query)
    offset = int(after.sort_key) + 1 if after is not None else 0
    previous = cached if after is not None else None
    hits = _hits(conn, match, conds, params, previous, query.search)
    ids = hits.ids[offset : offset + limit]
    if not ids:
        return [], hits
    marks = ",".join("?" * len(ids))
    found = {
        r[0]: r
        for r in conn.execute(
            f"SELECT {ROW_COLUMNS} FROM articles a JOIN feeds f ON f.id = a.feed_id "
            f"WHERE a.id IN ({marks})",
            ids,
        )
    }
    out = []
    for i, aid in enumerate(ids):
        if aid in found:  # purged since the hits were ranked
            row, _ = list_row(found[aid], paths)
            out.append((row, PageCursor(sort_key=float(offset + i), article_id=aid)))
    return out, hits


def _hits(
    conn: sqlite3.Connection,
    match: str,
    conds: list[str],
    params: list[Any],
    cached: Hits | None,
    text: str | None = None,
) -> Hits:
    """Ids of a search's hits in list order (best first), at most `SEARCH_DEPTH`.

    Articles whose private note has every word of `text` come first (issue 16: notes are
    searchable; they are not in the FTS index, whose `extra` column holds the page text).

    Ranking is the expensive part, so later pages (`cached` given) page through the hits
    ranked for the first one, on the same connection: one consistent order even while the
    writer commits, and the view's second page at once costs ~1 ms instead of a new ranking.
    """
    key = (match, tuple(conds), tuple(params))
    if cached is not None and cached.key == key:
        return cached
    oldest = _rank_window_start(conn, match)
    sql = (
        "SELECT a.id FROM (SELECT rowid AS hid, rank FROM articles_fts "
        "WHERE articles_fts MATCH ? AND rowid >= ? ORDER BY rank LIMIT ?) h "
        "JOIN articles a ON a.id = h.hid"
        + (f" WHERE {' AND '.join(conds)}" if conds else "")
        + " ORDER BY h.rank, a.sort_time DESC, a.id DESC"
    )
    ids = [r[0] for r in conn.execute(sql, [match, oldest, SEARCH_DEPTH, *params])]
    noted = tags.note_hits(conn, text, conds, params, SEARCH_DEPTH) if text else []
    if noted:
        seen = set(noted)
        ids = (noted + [i for i in ids if i not in seen])[:SEARCH_DEPTH]
    return Hits(key, ids)


def hit_ids(
    conn: sqlite3.Connection, match: str, conds: list[str], params: list[Any], text: str | None
) -> list[int]:
    """The ids a search's list shows, best first (saved searches count their unread ones)."""
    return _hits(conn, match, conds, params, None, text).ids


def _rank_window_start(conn: sqlite3.Connection, match: str) -> int:
    """The smallest article id whose match is ranked (0: every match is).

    bm25 is computed for every match before the best can be picked: ~1.5 µs each, so a
    word found in 100,000 articles cost ~150 ms per page. Only the newest
    `_RANK_WINDOW` matches are ranked; walking the doclist newest first costs no ranking.
    """
    row = conn.execute(
        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? "
        "ORDER BY rowid DESC LIMIT 1 OFFSET ?",
        (match, _RANK_WINDOW - 1),
    ).fetchone()
    return 0 if row is None else int(row[0])


def related(
    conn: sqlite3.Connection, article_id: int, limit: int, paths: dict[int, str]
) -> list[ArticleRow]:
    """Articles on the same story: by relevance, section and recency only to break near-ties.

    Relevance is bm25 over the article's distinctive key terms (its title words first), the
    title weighted above the body. Never itself, and one story never twice: copies (the same
    URL, or the same normalised title, as when a story is syndicated to two feeds) keep only
    their best-ranked one.
    """
    me = conn.execute(
        "SELECT a.url, a.title, f.section_id, t.body FROM articles a "
        "JOIN feeds f ON f.id = a.feed_id JOIN articles_fts t ON t.rowid = a.id "
        "WHERE a.id = ?",
        (article_id,),
    ).fetchone()
    if me is None:
        return []
    url, title, section_id, body = me
    match = fts.match_any(_distinctive(conn, html_text.key_terms(title, body or "", limit=24)))
    if match is None:
        return []
    rows = conn.execute(
        f"SELECT {ROW_COLUMNS}, a.sort_time, h.score FROM (SELECT rowid AS hid, "
        f"bm25(articles_fts, {_RELATED_WEIGHTS}) AS score FROM articles_fts "
        "WHERE articles_fts MATCH ? ORDER BY score LIMIT ?) h "
        "JOIN articles a ON a.id = h.hid JOIN feeds f ON f.id = a.feed_id "
        "ORDER BY h.score, a.id",
        (match, _RELATED_DEPTH + 1),
    ).fetchall()
    # The article matches its own terms best of all: the measure of a full match.
    own = next((-r[10] for r in rows if r[0] == article_id), None)
    seen_titles = {html_text.normalized_title(title)}
    seen_urls = {url} if url else set()
    candidates: list[ranking.RelatedCandidate[ArticleRow]] = []
    for r in rows:  # best first, so the copy kept is the best-ranked one
        if r[0] == article_id:
            continue
        row, _ = list_row(r[:9], paths)
        norm = html_text.normalized_title(row.title)
        copy = (row.url and row.url in seen_urls) or norm in seen_titles
        # A copy's own title and URL are remembered too: a copy of a copy is the same story.
        seen_titles.add(norm)
        if row.url:
            seen_urls.add(row.url)
        if copy:
            continue
        # bm25() is negative, more negative for a better match.
        candidates.append(ranking.RelatedCandidate(-r[10], r[3] == section_id, r[9], row))
    return ranking.order_related(candidates, limit, own)


def _distinctive(conn: sqlite3.Connection, terms: list[str]) -> list[str]:
    """The terms worth an OR query: shared with other articles, but not by too many.

    A word in every other article ("said", a feed's boilerplate) makes bm25 score the whole
    library, which is what made related() slow; rarer words are also the better signal.
    Each term's articles are counted only up to the ceiling: the vocabulary table would read
    a common word's whole doclist (~10 ms each on 100,000 articles), this stops early.
    """
    if not terms:
        return []
    (size,) = conn.execute("SELECT ifnull(max(rowid), 0) FROM articles").fetchone()
    ceiling = int(max(_COMMON_FLOOR, size * _COMMON_SHARE))
    usable = []
    for term in terms:
        match = fts.match_any([term])
        (found,) = conn.execute(
            "SELECT count(*) FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT ?)",
            (match, ceiling + 1),
        ).fetchone()
        # 1: only the article itself; 0: folded differently by the index (diacritics), kept.
        if found != 1 and found <= ceiling:
            usable.append(term)
            if len(usable) == _RELATED_TERMS:
                break
    return usable
