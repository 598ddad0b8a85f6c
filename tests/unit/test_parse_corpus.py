"""Every real-world feed in the corpus is parsed or rejected with a reason; none crashes.

The whole corpus is parsed once per session (about 10 s of CPU); the individual tests then
look at the outcomes. Run with -s to see the tally.
"""

from __future__ import annotations

import collections
from dataclasses import dataclass
from pathlib import Path

import pytest
from lxml import html as lxml_html

from newsreader.core.errors import ParseError
from newsreader.core.parse import parse_feed
from newsreader.core.types import ParsedFeed

FEED_URL = "https://feeds.example.org/feed"
_BAD_SCHEMES = ("javascript:", "vbscript:", "data:", "file:")


@dataclass(frozen=True, slots=True)
class Outcome:
    feed: ParsedFeed | None
    rejection: str | None
    crash: str | None


def _parse(path: Path) -> Outcome:
    try:
        return Outcome(parse_feed(path.read_bytes(), FEED_URL), None, None)
    except ParseError as exc:
        return Outcome(None, str(exc), None)
    except Exception as exc:  # the point of the test is to catch these
        return Outcome(None, None, f"{type(exc).__name__}: {exc}")


@pytest.fixture(scope="module")
def outcomes() -> dict[str, Outcome]:
    from tests.conftest import CORPUS

    if not CORPUS.is_dir():
        pytest.fail(f"test corpus not found at {CORPUS}")
    feeds = CORPUS / "feeds"
    results = {
        path.relative_to(feeds).as_posix(): _parse(path)
        for path in sorted(feeds.rglob("*"))
        if path.is_file()
    }
    tally = collections.Counter(
        "crashed" if o.crash else "rejected" if o.rejection else "parsed" for o in results.values()
    )
    entries = sum(len(o.feed.entries) for o in results.values() if o.feed)
    print(f"\ncorpus: {len(results)} files, {dict(tally)}, {entries} entries")
    for name, outcome in results.items():
        if outcome.rejection or outcome.crash:
            print(f"  {name}: {outcome.rejection or 'CRASH ' + str(outcome.crash)}")
    return results


def test_every_file_is_parsed_or_rejected_with_one_line(outcomes: dict[str, Outcome]) -> None:
    crashes = {name: o.crash for name, o in outcomes.items() if o.crash}
    assert not crashes
    assert len(outcomes) >= 400
    for outcome in outcomes.values():
        assert outcome.rejection is None or "\n" not in outcome.rejection
    parsed = sum(1 for o in outcomes.values() if o.feed)
    assert parsed >= 350  # calibrated: 367 of 415 parse today


def test_the_manifest_lists_every_file(corpus: Path, outcomes: dict[str, Outcome]) -> None:
    listed = {line.split("\t", 1)[0] for line in (corpus / "manifest.tsv").read_text().splitlines()}
    assert {f"feeds/{name}" for name in outcomes} <= listed


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("node-feedparser/iconv.xml", ["Новости", "Оренбург"]),
        ("RSParser/kc0011.rss", ["纪念币", "论坛"]),
        ("rss-parser/encoding.rss", ["Notícias", "Mãe"]),
        ("fastfeedparser/benchmark/utf16-eliot-jones.xml", ["Eliot Jones", "PDF"]),
    ],
)
def test_encoded_feeds_come_out_readable(
    outcomes: dict[str, Outcome], name: str, words: list[str]
) -> None:
    feed = outcomes[name].feed
    assert feed is not None, outcomes[name].rejection
    text = " ".join([feed.title or "", *(e.title for e in feed.entries)])
    for word in words:
        assert word in text
    assert "\ufffd" not in text


def test_a_real_feed_reencoded_as_utf16_with_bom_is_readable(corpus: Path) -> None:
    # The corpus' own UTF-16 BOM files hold an empty <rss/>; re-encode a real Russian one.
    original = (corpus / "feeds/node-feedparser/iconv.xml").read_bytes()
    text = original.decode("cp1251").replace('encoding="windows-1251"', 'encoding="utf-16"')
    feed = parse_feed(text.encode("utf-16"), FEED_URL)
    assert feed.title is not None and "Новости" in feed.title
    assert any("Бузулук" in e.title for e in feed.entries)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("RSParser/allthis-partial.json", "invalid JSON"),
        ("feed-rs/rss2/rss_2.0_invalid_1.xml", "truncated"),
        ("fastfeedparser/integration/osm-pl.xml", "truncated"),
        ("node-feedparser/notafeed.html", "HTML page"),
        ("RSParser/html-pages/DaringFireball.html", "HTML page"),
        ("gofeed/universal/empty_feed.xml", "empty document"),
        ("gofeed/universal/unknown_feed.xml", "unknown XML root <note>"),
        ("RSParser/ScriptingNews.json", "not a JSON Feed"),
    ],
)
def test_known_bad_files_are_rejected(outcomes: dict[str, Outcome], name: str, reason: str) -> None:
    assert outcomes[name].feed is None
    assert reason in (outcomes[name].rejection or "")


@pytest.mark.parametrize(
    "name",
    [
        "feedparser/illformed/rss_item_link_corrupted_ampersands.xml",  # ends "</rss" (no ">")
        "feedjira/InvalidDateFormat.xml",  # no </rss>, but channel and items complete
        "fastfeedparser/benchmark/broken-dylanharris-prefixed-rss.xml",  # undeclared rss: prefix
        "RSParser/DaringFireball.json",
        "feed-rs/rss0/rss_0.91_encoding_1.xml",
    ],
)
def test_ill_formed_but_complete_files_are_accepted(
    outcomes: dict[str, Outcome], name: str
) -> None:
    assert outcomes[name].feed is not None, outcomes[name].rejection


def _code_in(html: str) -> str | None:
    """Return what in sanitized HTML could run code or load from a bad URL, if anything."""
    # Article prose may say "javascript:" or "onerror"; only real markup counts.
    if "<script" in html.lower():
        return "<script"
    for element in lxml_html.fragments_fromstring(f"<div>{html}</div>"):
        if not isinstance(element, lxml_html.HtmlElement):
            continue
        for node in element.iter():
            if node.tag in ("script", "iframe", "object", "embed", "style", "form", "svg"):
                return f"<{node.tag}>"
            for name, value in node.attrib.items():
                if name.lower().startswith("on") or name.lower() == "style":
                    return f"{name}="
                if value.strip().lower().startswith(_BAD_SCHEMES):
                    return f"{name}={value[:40]}"
    return None


def test_no_stored_html_can_run_code(outcomes: dict[str, Outcome]) -> None:
    checked = 0
    for name, outcome in outcomes.items():
        if outcome.feed is None:
            continue
        for entry in outcome.feed.entries:
            for html in (entry.summary, entry.content):
                if html:
                    checked += 1
                    assert _code_in(html) is None, (name, entry.guid, _code_in(html))
            for url in (entry.url, entry.image):
                assert url is None or url.startswith(("http://", "https://")), (name, url)
    assert checked > 5000


def test_titles_are_plain_text(outcomes: dict[str, Outcome]) -> None:
    for name, outcome in outcomes.items():
        if outcome.feed is None:
            continue
        for entry in outcome.feed.entries:
            assert "\n" not in entry.title, name
            assert entry.published is None or entry.published.tzinfo is not None, name
