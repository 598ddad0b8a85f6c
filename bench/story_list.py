"""Stories in the list and Trending (issue 19) on 100,000 articles.

Builds a profile through the real store (bench.popular's builder, without reads), makes about
a third of the articles members of stories of 2–6 feeds (as the clustering engine would set
`articles.story_id`), then times what the window does: list pages with one row per story
(first and deep pages of All, Unread, a section), the page's source counts, the list count,
the pane's "Also reported by", and the Trending ranking. Prints the page query's plan.

    .venv/bin/python -m bench.story_list [--feeds 1000] [--items 100]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from bench.popular import NOW, _line, _timed, build
from newsreader.core.types import ArticleQuery, PageCursor
from newsreader.storage import open_library


def make_stories(db: Path, share: float, seed: int = 11) -> tuple[int, int]:
    """Tie articles of the same slot (close publish times) across feeds into stories;
    returns (stories, members)."""
    rng = random.Random(seed)
    conn = sqlite3.connect(db)
    by_slot: dict[int, list[int]] = {}
    for aid, url in conn.execute("SELECT id, url FROM articles"):
        by_slot.setdefault(int(url.rsplit("/", 1)[1]), []).append(aid)
    updates: list[tuple[int, int]] = []
    stories = 0
    for ids in by_slot.values():
        rng.shuffle(ids)
        pos, budget = 0, int(len(ids) * share)
        while pos < budget:
            size = rng.randint(2, 6)
            group = ids[pos : pos + size]
            pos += size
            if len(group) < 2:
                break
            first = min(group)
            updates.extend((first, aid) for aid in group)
            stories += 1
    with conn:
        conn.executemany("UPDATE articles SET story_id = ? WHERE id = ?", updates)
    conn.execute("ANALYZE")
    conn.close()
    return stories, len(updates)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="bench story_list")
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--items", type=int, default=100)
    parser.add_argument("--share", type=float, default=0.33, help="articles in stories")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "newsreader.db"
        articles_s, _ = build(db, args.feeds, args.items, 0)
        started = time.perf_counter()
        stories, members = make_stories(db, args.share)
        print(
            f"story list bench: {args.feeds * args.items:,} articles, {stories:,} stories "
            f"with {members:,} members"
        )
        print(
            f"  setup: articles stored in {articles_s:.1f} s, stories set in "
            f"{time.perf_counter() - started:.1f} s"
        )
        library = open_library(db)
        sections = [s.id for s in library.sections()]
        world = library.section_by_path("World")
        sql, params = library.list_sql(ArticleQuery(), None)
        plan = library._conn.execute(f"EXPLAIN QUERY PLAN {sql}", [*params, 100]).fetchall()
        print("  plan of the All page:")
        for row in plan:
            print(f"    {row[-1]}")

        def deep_cursor(query: ArticleQuery, pages: int) -> PageCursor | None:
            cursor = None
            for _ in range(pages):
                page = library.article_page(query, cursor, 100)
                if not page:
                    break
                cursor = page[-1][1]
            return cursor

        all_q, unread_q = ArticleQuery(), ArticleQuery(unread_only=True)
        section_q = ArticleQuery(section_id=world.id if world else sections[0])
        deep = deep_cursor(all_q, 300)
        print(_line("All, first page (100 rows)", _timed(
            lambda: library.article_page(all_q, None, 100), 50)))  # fmt: skip
        print(_line("All, page 300 (keyset)", _timed(
            lambda: library.article_page(all_q, deep, 100), 50)))  # fmt: skip
        print(_line("Unread, first page", _timed(
            lambda: library.article_page(unread_q, None, 100), 50)))  # fmt: skip
        print(_line("section World, first page", _timed(
            lambda: library.article_page(section_q, None, 100), 50)))  # fmt: skip
        print(_line("article_count (All, one row per story)", _timed(
            lambda: library.article_count(all_q), 10)))  # fmt: skip
        rng = random.Random(5)
        conn = sqlite3.connect(db)
        in_story = [r[0] for r in conn.execute(
            "SELECT id FROM articles WHERE story_id IS NOT NULL")]  # fmt: skip
        conn.close()
        picks = iter([rng.choice(in_story) for _ in range(200)])
        print(_line("story_sources (Also reported by, 10)", _timed(
            lambda: library.story_sources(next(picks), 10), 200)))  # fmt: skip
        # Every article of this library is less than a day old: all of it is in the window.
        print(_line("trending top 50 (whole library in the window)", _timed(
            lambda: library.trending(50, NOW), 10)))  # fmt: skip
        print(_line("trending a day later (fewer candidates)", _timed(
            lambda: library.trending(50, NOW + timedelta(days=3)), 10)))  # fmt: skip
        library.close()


if __name__ == "__main__":
    main()
