"""Parse speed: feedparser path vs the lxml fast path, on generated and corpus feeds.

`python -m bench.parse` prints ms per feed and MB/s for both paths (issue 8). Single process,
so the figures are per core; the refresh pipeline runs two parse workers.
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Callable
from pathlib import Path

from bench.feedfarm import make_feed
from newsreader.core.errors import ParseError
from newsreader.core.parse import parse_feed
from newsreader.core.parse_fast import parse_fast

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "feeds"
URL = "http://127.0.0.1:8000/feed/1.xml"
CONTENT_TYPE = "application/rss+xml; charset=utf-8"


def _time(bodies: list[bytes], parse: Callable[[bytes], object]) -> float:
    start = time.perf_counter()
    for body in bodies:
        with contextlib.suppress(ParseError):
            parse(body)
    return time.perf_counter() - start


def _report(label: str, bodies: list[bytes], content_type: str | None) -> None:
    megabytes = sum(len(b) for b in bodies) / 1e6
    slow = _time(bodies, lambda b: parse_feed(b, URL, content_type, fast=False))
    fast = _time(bodies, lambda b: parse_feed(b, URL, content_type))
    for name, seconds in (("feedparser path", slow), ("with fast path", fast)):
        print(
            f"{label:<28} {name:<16} {seconds * 1000 / len(bodies):7.2f} ms/feed "
            f"{megabytes / seconds:7.2f} MB/s"
        )
    print(f"{label:<28} speed-up {slow / fast:.1f}x")


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    count = int(args[0]) if args else 100
    generated = [make_feed(i, 50, 8000) for i in range(count)]
    print(f"generated: {count} feeds x 50 items, {sum(map(len, generated)) / 1e6:.1f} MB")
    _report("generated news feeds", generated, CONTENT_TYPE)
    if CORPUS.is_dir():
        corpus = [p.read_bytes() for p in sorted(CORPUS.rglob("*")) if p.is_file()]
        taken = [b for b in corpus if parse_fast(b, URL, None) is not None]
        print(f"corpus: {len(corpus)} files, fast path takes {len(taken)}")
        _report("corpus (all files)", corpus, None)
        _report("corpus (fast-path files)", taken, None)


if __name__ == "__main__":
    main()
