"""Updates you can see (issue 19): what the word diff and the kept versions cost.

`python -m bench.article_updates`. Three figures, printed:

- the diff the pane computes on "Show changes" (plain_text of both versions + word_diff) for
  every article page of the corpus (`../shared/corpus/articles/*/source.html`, read in
  place), each against a copy with every 25th word changed and one paragraph dropped;
- the worst case the budget allows (MAX_PAIRS word pairs), and one past it;
- the writer: a feed of N entries that rewrites every entry on every fetch, through
  core.decide and one transaction per fetch as a refresh does, with the time per fetch and
  the rows article_versions holds at the end (bounded by KEEP_VERSIONS and MAX_CHANGES).
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from newsreader.core.decide import MAX_CHANGES, decide_entries, entry_key
from newsreader.core.textdiff import MAX_PAIRS, plain_text, word_diff, words
from newsreader.core.types import FeedState, FeedStatus, FeedUpdate, ParsedEntry, Validators
from newsreader.storage import open_store
from newsreader.storage.versions import KEEP_VERSIONS

REPO = Path(__file__).resolve().parent.parent
ARTICLES = REPO.parent / "shared" / "corpus" / "articles"
NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def _edited(html: str, rng: random.Random) -> str:
    paragraphs = html.split("</p>")
    if len(paragraphs) > 3:
        del paragraphs[rng.randrange(1, len(paragraphs) - 1)]
    out = []
    for i, word in enumerate("</p>".join(paragraphs).split(" ")):
        out.append(word + "x" if i % 25 == 7 and "<" not in word else word)
    return " ".join(out)


def bench_corpus() -> None:
    rng = random.Random(19)
    times: list[tuple[float, int, str]] = []
    for page in sorted(ARTICLES.glob("*/source.html")):
        html = page.read_text(encoding="utf-8", errors="replace")
        edited = _edited(html, rng)
        started = time.perf_counter()
        old, new = plain_text(html), plain_text(edited)
        runs = word_diff(old, new)
        elapsed = time.perf_counter() - started
        assert runs
        times.append((elapsed * 1000, len(words(old)), page.parent.name))
    ms = sorted(t for t, _, _ in times)
    worst = max(times)
    print(f"corpus pages: {len(times)}; Show changes (2 x plain_text + word_diff): "
          f"median {statistics.median(ms):.1f} ms, p90 {ms[int(len(ms) * 0.9)]:.1f} ms, "
          f"max {worst[0]:.1f} ms ({worst[2]}, {worst[1]} words)")  # fmt: skip


def bench_cap() -> None:
    """SequenceMatcher's worst input: a two-word vocabulary, every word repeated."""
    rng = random.Random(7)
    side = int(MAX_PAIRS**0.5)  # the largest square the budget still aligns word by word
    for n in (side, 4000):
        old = " ".join(rng.choice(("a", "b")) for _ in range(n))
        new = " ".join(rng.choice(("a", "b")) for _ in range(n))
        started = time.perf_counter()
        runs = word_diff(old, new)
        elapsed = time.perf_counter() - started
        print(f"worst case, {n} words of a two-word vocabulary each side: "
              f"{elapsed * 1000:.0f} ms, {len(runs)} runs")  # fmt: skip


def _state(now: datetime) -> FeedState:
    return FeedState(
        next_update=now + timedelta(minutes=30), status=FeedStatus.ACTIVE, error_count=0,
        last_error=None, last_attempt=now, last_success=now, validators=Validators(),
        body_hash=None,
    )  # fmt: skip


def bench_churn(count: int, fetches: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "newsreader.db"
        store = open_store(path)
        feed = store.add_feed("https://churn.invalid/feed", "Churn", "World", 1800, now=NOW)
        body = " ".join(f"word{i}" for i in range(300))
        per_fetch: list[float] = []
        for fetch in range(fetches):
            entries = [
                ParsedEntry(guid=f"g{n}", url=f"https://churn.invalid/{n}", title=f"Live {n}",
                            summary=None, content=f"<p>Minute {fetch}: {body}</p>")
                for n in range(count)
            ]  # fmt: skip
            now = NOW + timedelta(minutes=10 * fetch)
            started = time.perf_counter()
            keys = [entry_key(e) for e in entries]
            inserts, rewrites = decide_entries(
                entries, store.entry_states(feed.id, keys), store.tombstoned(feed.id, keys)
            )
            update = FeedUpdate(feed.id, _state(now), inserts=inserts, rewrites=rewrites)
            store.apply_feed_updates_by_feed([update], now)
            if fetch:
                per_fetch.append(time.perf_counter() - started)
        store.close()
        conn = sqlite3.connect(path)
        (kept,) = conn.execute("SELECT count(*) FROM article_versions").fetchone()
        conn.close()
        rewriting = per_fetch[:MAX_CHANGES]
        settled = per_fetch[MAX_CHANGES:]
        print(f"churn: {count} entries rewritten on each of {fetches} fetches; a rewriting fetch "
              f"{statistics.median(rewriting) * 1000:.0f} ms (median), one past MAX_CHANGES "
              f"{statistics.median(settled) * 1000:.0f} ms; article_versions holds {kept} rows "
              f"(bound {count} x min({KEEP_VERSIONS}, {MAX_CHANGES}) = "
              f"{count * min(KEEP_VERSIONS, MAX_CHANGES)})")  # fmt: skip


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="bench.article_updates")
    parser.add_argument("--entries", type=int, default=1000)
    parser.add_argument("--fetches", type=int, default=10)
    args = parser.parse_args(argv)
    bench_corpus()
    bench_cap()
    bench_churn(args.entries, args.fetches)


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
