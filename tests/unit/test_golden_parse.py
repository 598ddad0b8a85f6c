"""Golden parse files: each feed in tests/golden/ against the expected result beside it.

`tests/golden/NAME.EXT` is a small feed written for this project (never copied from the
corpus); `tests/golden/NAME.expected.json` holds the URL it is parsed as coming from, its
Content-Type, whether the lxml fast path reads it itself (`fast_path`; false: it hands the
document to feedparser), and every field of the ParsedFeed that the store keeps or decides
by: the feed's title and page link, and per entry guid, link, title, author, dates, summary,
content, lead image, categories, the dedupe key (`key`: which field it came from, in clear),
a prefix of the content hash, and whether the entry is stored at all (`stored`: false for a
later copy of a key in the same document). XML feeds run through both parse paths
(`parse_feed(..., fast=True)` and `fast=False`); both must give exactly the expected result.

Regenerate after a deliberate change, then read every changed line of the diff before
committing it (the expected files are reviewed by hand, not trusted because a tool wrote them):

    .venv/bin/python -m tests.unit.test_golden_parse            # every file
    .venv/bin/python -m tests.unit.test_golden_parse rss20-full  # one file (a new feed too)

Regeneration uses the feedparser path (the parser of record) and keeps `fetched_from` and
`content_type` of an existing expected file.
"""

from __future__ import annotations

import hashlib
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

import newsreader.core.parse as parse_module
from newsreader.core.decide import content_hash, decide_entries, entry_key
from newsreader.core.parse import parse_feed
from newsreader.core.types import Enclosure, ParsedEntry, ParsedFeed

GOLDEN = Path(__file__).resolve().parent.parent / "golden"
EXPECTED = ".expected.json"
HASH_PREFIX = 16
CONTENT_TYPES = {
    ".xml": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".json": "application/feed+json",
}


def feed_files() -> list[Path]:
    return sorted(
        p
        for p in GOLDEN.iterdir()
        if p.is_file() and not p.name.startswith(".") and not p.name.endswith(EXPECTED)
    )


def expected_file(feed: Path) -> Path:
    return feed.with_name(feed.stem + EXPECTED)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def key_in_clear(entry: ParsedEntry) -> str:
    """The dedupe key the store keeps, said by what it was made of (guid → link → title+date)."""
    key = entry_key(entry)
    guid = (entry.guid or "").strip()
    if guid and key == _sha("g\0" + guid):
        return f"guid:{guid}"
    if entry.url and key == _sha("l\0" + entry.url):
        return f"link:{entry.url}"
    stamp = entry.published or entry.updated
    when = stamp.isoformat() if stamp else ""
    if key == _sha("h\0" + entry.title + "\0" + when):
        return f"title+date:{entry.title}|{when}"
    return f"unknown:{key}"  # the key formula changed: every stored article would come back


def _when(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _enclosure(enclosure: Enclosure) -> dict[str, Any]:
    return {
        "url": enclosure.url,
        "type": enclosure.type,
        "length": enclosure.length,
        "duration": enclosure.duration,
    }


def snapshot(parsed: ParsedFeed) -> dict[str, Any]:
    inserts, _rewrites = decide_entries(parsed.entries, {}, set())
    stored = {id(w.entry) for w in inserts}
    entries = [
        {
            "key": key_in_clear(e),
            "stored": id(e) in stored,
            "guid": e.guid,
            "url": e.url,
            "title": e.title,
            "author": e.author,
            "published": _when(e.published),
            "updated": _when(e.updated),
            "summary": e.summary,
            "content": e.content,
            "image": e.image,
            "categories": list(e.categories),
            "content_hash": content_hash(e)[:HASH_PREFIX],
            # Only where an entry has some (issue 16), so older expected files stay as written.
            **({"enclosures": [_enclosure(x) for x in e.enclosures]} if e.enclosures else {}),
        }
        for e in parsed.entries
    ]
    feed = {
        "title": parsed.title,
        "site_url": parsed.site_url,
        "version": parsed.version,
        "warning": parsed.warning,
    }
    return {"feed": feed, "entries": entries}


def parse_case(path: Path, meta: dict[str, Any], fast: bool) -> tuple[ParsedFeed, bool]:
    """Parse as the pipeline would; also say whether the lxml fast path produced the result."""
    answers: list[object] = []
    real = parse_module.parse_fast

    def spy(*args: Any) -> ParsedFeed | None:
        answers.append(result := real(*args))
        return result

    parse_module.parse_fast = spy  # type: ignore[assignment]
    try:
        parsed = parse_feed(
            path.read_bytes(), meta["fetched_from"], meta["content_type"], fast=fast
        )
    finally:
        parse_module.parse_fast = real
    return parsed, any(a is not None for a in answers)


def cases() -> list[Any]:
    out = []
    for path in feed_files():
        modes = [None] if path.suffix == ".json" else [True, False]
        for fast in modes:
            name = {None: "json", True: "fast", False: "feedparser"}[fast]
            out.append(pytest.param(path, fast, id=f"{path.stem}-{name}"))
    return out


@pytest.mark.parametrize(("path", "fast"), cases())
def test_golden_file(path: Path, fast: bool | None) -> None:
    expected = json.loads(expected_file(path).read_text(encoding="utf-8"))

    parsed, by_fast_path = parse_case(path, expected, fast=bool(fast))

    assert snapshot(parsed) == {"feed": expected["feed"], "entries": expected["entries"]}
    if fast:  # the fast path really is what ran (or really declined), as the file says
        assert by_fast_path == expected["fast_path"]


def test_every_feed_has_an_expected_file_and_every_expected_file_a_feed() -> None:
    feeds = {p.stem for p in feed_files()}
    expected = {p.name[: -len(EXPECTED)] for p in GOLDEN.glob("*" + EXPECTED)}
    assert feeds == expected
    assert len(feeds) >= 12


def test_the_golden_set_covers_every_format_and_both_paths() -> None:
    metas = [json.loads(expected_file(p).read_text(encoding="utf-8")) for p in feed_files()]
    versions = {m["feed"]["version"] for m in metas}
    assert {"rss20", "rss10", "atom10", "json10", "json11"} <= versions
    assert any(m["fast_path"] for m in metas)
    assert any(not m["fast_path"] for m in metas if not m["feed"]["version"].startswith("json"))


def regenerate(names: list[str]) -> None:
    for path in feed_files():
        if names and path.stem not in names:
            continue
        target = expected_file(path)
        old = json.loads(target.read_text(encoding="utf-8")) if target.exists() else {}
        meta = {
            "fetched_from": old.get("fetched_from", f"https://golden.example/feeds/{path.name}"),
            "content_type": old.get("content_type", CONTENT_TYPES.get(path.suffix)),
        }
        parsed, _ = parse_case(path, meta, fast=False)
        _, by_fast_path = parse_case(path, meta, fast=True)
        meta["fast_path"] = by_fast_path and path.suffix != ".json"
        text = json.dumps({**meta, **snapshot(parsed)}, indent=2, ensure_ascii=False) + "\n"
        target.write_text(text, encoding="utf-8")
        print(f"wrote {target.relative_to(GOLDEN.parent.parent)}")


if __name__ == "__main__":
    regenerate(sys.argv[1:])
