"""Related articles: precision and recall against a judged set, and latency on 100,000 articles.

The quality half loads real news feeds of the corpus (`../shared/corpus/feeds/`) into a fresh
profile through the real pipeline: each file is parsed by `parse_feed`, turned into a feed
update by `decide_update` and stored by the writer in one batch, exactly as a refresh would
(no network: the bytes come from disk; pages and images are never fetched). It then asks
`related()` for each query article of `tests/data/related_eval.json` and scores the top 5
against the judgments. The speed half times `related()` on a generated library of 100,000
articles written in the corpus's own words (`build_large`).
"""

from __future__ import annotations

import argparse
import html
import json
import random
import statistics
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from newsreader.core import html_text
from newsreader.core.decide import decide_update, entry_keys
from newsreader.core.html_text import normalized_title
from newsreader.core.parse import parse_feed
from newsreader.core.types import FetchKind, FetchResult, ParsedEntry, ParsedFeed
from newsreader.storage import open_library, open_store
from newsreader.storage.reader import Library

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"
JUDGED = REPO / "tests" / "data" / "related_eval.json"
NEWS = "feeds/fastfeedparser/benchmark"
# The news feeds of the corpus, each in the section a reader would file it under.
FEEDS = {
    "bbc-news-world.xml": "World",
    "nytimes-world.xml": "World",
    "aljazeera-all.xml": "World",
    "washingtonpost-world.xml": "World",
    "wsj-world.xml": "World",
    "npr-world.xml": "World",
    "cbsnews-world.xml": "World",
    "abcnews-international.xml": "World",
    "boston-com-world.xml": "World",
    "time-world.xml": "World",
    "dw-english-all.rdf": "World/Europe",
    "elpais-english.xml": "World/Europe",
    "al-monitor.xml": "World/Middle East",
    "dawn-world.xml": "World/Asia",
    "japantoday-world.xml": "World/Asia",
    "ndtv-news-search.xml": "World/Asia",
    "economist-asia.xml": "World/Asia",
    "abc-net-au-top-stories.xml": "World/Asia",
    "allafrica-latest.xml": "World/Africa",
    "mercopress.xml": "World/Americas",
    "csmonitor-all.xml": "News",
    "theweek.xml": "News",
    "foreignpolicy.xml": "Opinion",
    "restofworld.xml": "Technology",
    "404media-ghost.xml": "Technology",
    "stratechery.xml": "Technology",
    "kottke.atom": "Blogs",
}
NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
TOP = 5


def feed_url(name: str) -> str:
    return f"https://{name.split('.', maxsplit=1)[0]}.feeds.invalid/feed"


def load_corpus(db: Path, corpus: Path = CORPUS) -> None:
    """A profile holding every article of the corpus news feeds, stored as a refresh stores."""
    rng = random.Random(5)
    store = open_store(db)
    try:
        store.set_setting("images_policy", "never")
        updates = []
        for name, section in FEEDS.items():
            feed = store.add_feed(feed_url(name), name, section, 3600, user_title=True)
            store.set_full_text_mode(feed.id, "never")
            body = (corpus / NEWS / name).read_bytes()
            parsed = parse_feed(body, feed.url)
            ok = FetchResult(FetchKind.OK, feed.url, feed.url, status=200, body=body)
            keys = entry_keys(parsed.entries)
            updates.append(
                decide_update(
                    feed, ok, parsed, store.entry_states(feed.id, keys),
                    store.tombstoned(feed.id, keys), NOW, rng,
                )
            )  # fmt: skip
        store.apply_feed_updates_by_feed(updates, NOW)
    finally:
        store.close()


def article_ids(library: Library) -> dict[tuple[str, str], int]:
    """(feed file, guid or link) → article id, for every stored article."""
    names = {feed_url(n): n for n in FEEDS}
    out: dict[tuple[str, str], int] = {}
    rows = library._conn.execute(
        "SELECT a.id, f.url, a.guid, a.url FROM articles a JOIN feeds f ON f.id = a.feed_id"
    )
    for aid, furl, guid, url in rows:
        for key in (guid, url):
            if key:
                out.setdefault((names[furl], key), aid)
    return out


@dataclass(frozen=True, slots=True)
class Score:
    """How related() did on the judged set, its top `TOP` links per query."""

    queries: int
    precision: float  # share of the shown links that are judged related (mean over queries)
    recall: float  # share of the judged stories found, out of at most TOP (mean over queries)
    short: int  # queries given fewer than TOP links
    empty: int  # queries given none
    misses: list[tuple[str, list[str]]]  # query title → shown titles judged unrelated


def judged(path: Path = JUDGED) -> list[dict[str, Any]]:
    queries: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["queries"]
    return queries


def evaluate(library: Library, queries: list[dict[str, Any]]) -> Score:
    """Score related() against the judgments (a query's own copies are never expected)."""
    ids = article_ids(library)

    def ref(r: dict[str, str]) -> int:
        return ids[(r["feed"], r["key"])]

    precision: list[float] = []
    recall: list[float] = []
    short = empty = 0
    misses: list[tuple[str, list[str]]] = []
    for q in queries:
        me = ref(q["article"])
        own = normalized_title(q["article"]["title"])
        good = {ref(r): normalized_title(r["title"]) for r in q["related"]}
        stories = {t for t in good.values() if t != own}  # copies of one story count once
        shown = list(library.related(me, TOP))
        if len(shown) < TOP:
            short += 1
        if not shown:
            empty += 1
        hits = [row for row in shown if row.id in good]
        if shown:
            precision.append(len(hits) / len(shown))
        if stories:
            found = {good[row.id] for row in hits}
            recall.append(len(found & stories) / min(TOP, len(stories)))
        wrong = [row.title for row in shown if row.id not in good]
        if wrong:
            misses.append((q["article"]["title"], wrong))
    return Score(
        queries=len(queries),
        precision=statistics.fmean(precision) if precision else 0.0,
        recall=statistics.fmean(recall) if recall else 0.0,
        short=short,
        empty=empty,
        misses=misses,
    )


def quality(corpus: Path = CORPUS, show_misses: int = 0) -> Score:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "newsreader.db"
        load_corpus(db, corpus)
        library = open_library(db)
        try:
            score = evaluate(library, judged())
            (articles,) = library._conn.execute("SELECT count(*) FROM articles").fetchone()
        finally:
            library.close()
    print(
        f"related quality: {score.queries} judged queries over {articles:,} corpus articles "
        f"({len(FEEDS)} feeds)"
    )
    print(
        f"  precision@{TOP} {score.precision:.3f}   recall@{TOP} {score.recall:.3f}   "
        f"fewer than {TOP} links: {score.short} queries (none: {score.empty})"
    )
    for title, wrong in score.misses[:show_misses]:
        print(f"  - {title}\n      " + "\n      ".join(wrong))
    return score


def _line(label: str, ms: list[float]) -> str:
    ms = sorted(ms)
    p95 = ms[int(len(ms) * 0.95) - 1] if len(ms) >= 20 else ms[-1]
    return (
        f"  {label:<38} p50 {statistics.median(ms):6.2f} ms   p95 {p95:6.2f} ms   "
        f"max {ms[-1]:6.2f} ms   ({len(ms)} calls)"
    )


def build_large(db: Path, feeds: int, items: int, corpus: Path = CORPUS) -> None:
    """A library of feeds × items articles written like the corpus news, stored as a refresh.

    Each generated article is a corpus article with a third of its words swapped for words
    drawn from the whole corpus text (so by their real frequency): the word statistics of real
    news, every story told ~100 times over in slightly different words. That is harder on
    related() than random words, whose terms are all too common to query.
    """
    rng = random.Random(7)
    base = []
    for name in FEEDS:
        body = (corpus / NEWS / name).read_bytes()
        for e in parse_feed(body, feed_url(name)).entries:
            text = html_text.index_text(e.content or e.summary or "")
            base.append((e.title.split(), text.split()))
    pool = [w for title, text in base for w in title + text]
    store = open_store(db)
    try:
        stored = [
            store.add_feed(f"https://desk{i}.feeds.invalid/feed", f"Desk {i}",
                           SECTIONS[i % len(SECTIONS)], 3600)
            for i in range(feeds)
        ]  # fmt: skip
        for start in range(0, feeds, 50):
            updates = []
            for feed in stored[start : start + 50]:
                entries = []
                for i in range(items):
                    title, text = base[rng.randrange(len(base))]
                    entries.append(
                        ParsedEntry(
                            guid=f"{feed.id}-{i}",
                            url=f"https://desk{feed.id}.feeds.invalid/{i}",
                            title=" ".join(_mix(rng, title, pool)),
                            published=NOW - timedelta(minutes=7 * i + feed.id),
                            summary="<p>" + html.escape(" ".join(_mix(rng, text, pool))) + "</p>",
                        )
                    )
                parsed = ParsedFeed(title=None, site_url=None, entries=tuple(entries))
                ok = FetchResult(FetchKind.OK, feed.url, feed.url, status=200, body=b"-")
                keys = entry_keys(parsed.entries)
                updates.append(
                    decide_update(
                        feed, ok, parsed, store.entry_states(feed.id, keys),
                        store.tombstoned(feed.id, keys), NOW, rng,
                    )
                )  # fmt: skip
            store.apply_feed_updates_by_feed(updates, NOW)
    finally:
        store.close()


SECTIONS = ("World", "World/Europe", "World/Asia", "News", "Business", "Technology")


def _mix(rng: random.Random, words: list[str], pool: list[str]) -> list[str]:
    return [rng.choice(pool) if rng.random() < 0.33 else w for w in words]


def latency(feeds: int, items: int, calls: int) -> None:
    """related() for random articles of a generated library of feeds × items articles."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "newsreader.db"
        started = time.perf_counter()
        build_large(db, feeds, items)
        setup = time.perf_counter() - started
        library = open_library(db)
        try:
            rng = random.Random(11)
            total = feeds * items
            ms = []
            found = 0
            for _ in range(calls):
                article_id = rng.randrange(1, total + 1)
                t0 = time.perf_counter()
                found += len(library.related(article_id, TOP))
                ms.append((time.perf_counter() - t0) * 1000)
        finally:
            library.close()
    print(
        f"related latency: {total:,} generated articles in corpus words (stored in {setup:.0f} s), "
        f"{found / calls:.1f} links per box"
    )
    print(_line(f"related (top {TOP}, random article)", ms))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="bench related")
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--items", type=int, default=100)
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument("--misses", type=int, default=0, help="print this many misjudged boxes")
    parser.add_argument("--quality-only", action="store_true")
    args = parser.parse_args(argv)
    quality(show_misses=args.misses)
    if not args.quality_only:
        latency(args.feeds, args.items, args.calls)
