"""OPML import is lenient with real files, strict with URLs; export round-trips."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsreader.core.errors import ParseError
from newsreader.core.opml import OpmlFeed, check_feed_url, parse_opml, write_opml
from tests.conftest import CORPUS

OPML_FILES = sorted(p.name for p in (CORPUS / "opml").glob("*.opml")) if CORPUS.is_dir() else []
# Files that are broken on purpose and must fail with a clear reason.
BROKEN = {
    "newsboat-body-element-missing.opml": "no <body>",
    "newsboat-opml-element-missing.opml": "root element",
    "rssowl-importer-empty.opml": "no <body>",
}


def test_corpus_has_the_opml_files() -> None:
    assert len(OPML_FILES) >= 70


@pytest.mark.parametrize("name", OPML_FILES)
def test_every_corpus_opml_parses_or_fails_with_a_reason(corpus: Path, name: str) -> None:
    data = (corpus / "opml" / name).read_bytes()
    if name in BROKEN:
        with pytest.raises(ParseError, match=BROKEN[name]) as caught:
            parse_opml(data)
        assert "\n" not in str(caught.value)
        print(f"\n{name:48} rejected: {caught.value}")
        return
    document = parse_opml(data)
    print(
        f"\n{name:48} feeds={len(document.feeds):4} rejected={len(document.rejected):3} "
        f"sections={len(document.sections):3}"
    )
    assert document.feeds
    for feed in document.feeds:
        assert feed.url.startswith(("http://", "https://"))
        assert not feed.section_path.startswith("/")
    assert len({feed.url for feed in document.feeds}) == len(document.feeds)


def test_awesome_list_sections_and_raw_ampersands(corpus: Path) -> None:
    document = parse_opml((corpus / "opml" / "awesome-country-Australia.opml").read_bytes())
    assert document.title == "Export from Plenary"
    assert len(document.feeds) == 16
    assert {feed.section_path for feed in document.feeds} == {"Australia"}
    assert document.feeds[0].title == "Latest News and News Headlines | Daily Telegraph"


def test_nested_folders_become_section_paths(corpus: Path) -> None:
    document = parse_opml((corpus / "opml" / "rssowl-importer-folders.opml").read_bytes())
    assert any("/" in feed.section_path for feed in document.feeds)
    for feed in document.feeds:
        if feed.section_path:
            assert feed.section_path in document.sections


def test_unsupported_schemes_and_duplicates_are_reported(corpus: Path) -> None:
    document = parse_opml((corpus / "opml" / "newsboat-with_unsupported_schemas.opml").read_bytes())
    assert [feed.url for feed in document.feeds] == ["https://example.com/feed.atom"]
    assert sorted(r.reason for r in document.rejected) == [
        "unsupported URL scheme ftp:",
        "unsupported URL scheme nntp:",
    ]
    duplicates = parse_opml((corpus / "opml" / "rssowl-importer-duplicates.opml").read_bytes())
    assert [r.reason for r in duplicates.rejected] == ["duplicate"]


def test_url_attribute_is_the_fallback(corpus: Path) -> None:
    path = corpus / "opml" / "newsboat-xmlurl-missing-but-url-exists.opml"
    assert len(parse_opml(path.read_bytes()).feeds) == 1


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://a.example/feed", "https://a.example/feed"),
        ("  http://a.example/feed  ", "http://a.example/feed"),
        ("feed://a.example/rss", "http://a.example/rss"),
        ("feed:https://a.example/rss", "https://a.example/rss"),
        ("file:///etc/passwd", None),
        ("javascript:alert(1)", None),
        ("data:text/xml,<rss/>", None),
        ("ftp://a.example/feed", None),
        ("https://a.example/feed; rm -rf ~", None),
        ("https://a.example/$(reboot)", None),
        ("https://a.example/`id`", None),
        ("http:///nohost", None),
        ("", None),
    ],
)
def test_feed_url_rules(url: str, expected: str | None) -> None:
    assert check_feed_url(url)[0] == expected


def test_synthetic_edge_cases() -> None:
    data = b"""<?xml version="1.0"?>
<opml version="2.0"><head><title>Mine & yours</title></head><body>
  <outline text="World"><outline text="Asia">
    <outline text="BelTA" XMLURL="https://belta.example/rss?a=1&b=2"/>
  </outline></outline>
  <outline text="Bad" xmlUrl="javascript:alert(1)"/>
  <outline text="Again" xmlUrl="https://belta.example/rss?a=1&amp;b=2"/>
  <outline text="Link only" type="link" url="https://site.example/"/>
  <outline text="Empty folder"/>
</body></opml>"""
    document = parse_opml(data)
    assert document.title == "Mine & yours"
    assert document.feeds == (OpmlFeed("https://belta.example/rss?a=1&b=2", "BelTA", "World/Asia"),)
    assert [r.reason for r in document.rejected] == [
        "unsupported URL scheme javascript:",
        "duplicate",
        "no feed URL",
    ]
    assert document.sections == ("World", "World/Asia", "Empty folder")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "not XML"),
        (b"this is not xml at all", "not XML"),
        (b"<html><body><p>hi</p></body></html>", "root element is <html>"),
        (b"<opml><head/></opml>", "no <body>"),
        (b"<opml><body>" + b"<outline text='x'/>" * 10_001 + b"</body></opml>", "too many"),
        (b" " * (10 * 1024 * 1024 + 1), "too large"),
    ],
)
def test_bad_documents_are_refused(data: bytes, reason: str) -> None:
    with pytest.raises(ParseError, match=reason):
        parse_opml(data)


def test_entities_are_never_expanded() -> None:
    data = b"""<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY xxe SYSTEM "file:///etc/passwd">
<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<opml><body><outline text="&xxe;&b;" xmlUrl="https://x.example/f"/></body></opml>"""
    document = parse_opml(data)
    assert all("root:" not in (f.title or "") for f in document.feeds)
    assert all(len(f.title or "") < 50 for f in document.feeds)


def test_round_trip() -> None:
    feeds = [
        OpmlFeed("https://top.example/rss", "Top & <b>co</b>", ""),
        OpmlFeed("https://w.example/atom", None, "World"),
        OpmlFeed("https://belta.example/rss?a=1&b=2", "BelTA", "World/Asia"),
        OpmlFeed("https://tech.example/feed.json", "Тех", "Tech"),
    ]
    written = write_opml("My feeds", feeds, sections=["World/Asia", "World/Europe", "Empty"])
    document = parse_opml(written)
    assert document.title == "My feeds"
    assert document.feeds == tuple(feeds)  # given in tree order: folder feeds, then subfolders
    assert document.rejected == ()
    assert document.sections == ("World", "World/Asia", "World/Europe", "Empty", "Tech")
    assert parse_opml(write_opml("My feeds", document.feeds, document.sections)) == document


def test_export_of_an_imported_corpus_file_is_stable(corpus: Path) -> None:
    first = parse_opml((corpus / "opml" / "rssowl-importer-folders.opml").read_bytes())
    again = parse_opml(write_opml(first.title or "", first.feeds, first.sections))
    assert parse_opml(write_opml(again.title or "", again.feeds, again.sections)) == again
    assert sorted(again.feeds, key=lambda f: f.url) == sorted(first.feeds, key=lambda f: f.url)
