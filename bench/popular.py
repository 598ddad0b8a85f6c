"""Most popular and related articles on 100,000 articles and 200,000 read events.

Builds a profile through the real store (the update pipeline's batch writes and one
`record_read` per event, as the window records them), then times the Library calls the reader
pane makes: `popular` for the whole library and for sections, and `related` for many articles.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.feedfarm import WORDS
from newsreader.core.decide import decide_update, entry_keys
from newsreader.core.types import FetchKind, FetchResult, ParsedEntry, ParsedFeed
from newsreader.storage import open_library, open_store

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
SECTIONS = ("World/Asia", "World/Europe", "World/Americas", "Business", "Technology", "Science")


def _entries(rng: random.Random, feed: int, items: int) -> tuple[ParsedEntry, ...]:
    out = []
    for i in range(items):
        title = " ".join(rng.choice(WORDS) for _ in range(7)).capitalize()
        body = " ".join(rng.choice(WORDS) for _ in range(120))
        out.append(
            ParsedEntry(
                guid=f"f{feed}-{i}",
                url=f"https://news.example/{feed}/{i}",
                title=title,
                published=NOW - timedelta(minutes=13 * i + feed),
                summary=f"<p>{body}</p>",
            )
        )
    return tuple(out)


def build(db: Path, feeds: int, items: int, reads: int) -> tuple[float, float]:
    """Fill a profile; returns (seconds storing articles, seconds recording reads)."""
    rng = random.Random(7)
    store = open_store(db)
    started = time.perf_counter()
    stored = [
        store.add_feed(f"https://news.example/{i}.xml", f"Desk {i}", SECTIONS[i % 6], 3600)
        for i in range(feeds)
    ]
    for start in range(0, feeds, 50):
        updates = []
        for feed in stored[start : start + 50]:
            parsed = ParsedFeed(title=None, site_url=None, entries=_entries(rng, feed.id, items))
            ok = FetchResult(FetchKind.OK, feed.url, feed.url, status=200, body=b"-")
            keys = entry_keys(parsed.entries)
            updates.append(
                decide_update(
                    feed, ok, parsed, store.entry_states(feed.id, keys),
                    store.tombstoned(feed.id, keys), NOW, rng,
                )
            )  # fmt: skip
        store.apply_feed_updates_by_feed(updates, NOW)
    articles_s = time.perf_counter() - started
    total = feeds * items
    started = time.perf_counter()
    for _ in range(reads):
        # A few stories are read a lot, most rarely: a Pareto-like pick over ids.
        article_id = min(total, int(rng.paretovariate(1.2)) + rng.randrange(0, total, 97))
        at = NOW - timedelta(seconds=rng.uniform(0, 30 * 86400))
        store.record_read(article_id, at, rng.uniform(5, 300))
    reads_s = time.perf_counter() - started
    store.close()
    return articles_s, reads_s


def _timed(call: Callable[[], object], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        out.append((time.perf_counter() - started) * 1000)
    return out


def _line(label: str, ms: list[float]) -> str:
    ms = sorted(ms)
    p95 = ms[int(len(ms) * 0.95) - 1] if len(ms) >= 20 else ms[-1]
    return (
        f"  {label:<38} median {statistics.median(ms):6.2f} ms   p95 {p95:6.2f} ms   "
        f"max {ms[-1]:6.2f} ms   ({len(ms)} calls)"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="bench popular")
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--items", type=int, default=100)
    parser.add_argument("--reads", type=int, default=200_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "newsreader.db"
        articles_s, reads_s = build(db, args.feeds, args.items, args.reads)
        print(
            f"popular/related bench: {args.feeds * args.items:,} articles, "
            f"{args.reads:,} read events"
        )
        print(f"  setup: articles stored in {articles_s:.1f} s, reads recorded in {reads_s:.1f} s")
        library = open_library(db)
        sections = [s.id for s in library.sections()]
        rng = random.Random(3)
        ids = [rng.randrange(1, args.feeds * args.items) for _ in range(200)]
        print(_line("popular (whole library, top 10)", _timed(
            lambda: library.popular(None, 10, NOW), 50)))  # fmt: skip
        print(_line("popular (a section, top 5)", _timed(
            lambda: library.popular(rng.choice(sections), 5, NOW), 100)))  # fmt: skip
        it = iter(ids)
        print(_line("related (5 for an article)", _timed(
            lambda: library.related(next(it), 5), len(ids))))  # fmt: skip
        library.close()


if __name__ == "__main__":
    main()
