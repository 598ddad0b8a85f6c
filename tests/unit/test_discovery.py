"""Autodiscovery finds the feeds real pages announce; the sniff tells feeds from pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsreader.core.discovery import DiscoveredFeed, discover_feeds, looks_like_feed

PAGE = "https://www.example.org/blog/post.html"


@pytest.mark.parametrize(
    ("name", "first_url", "kind"),
    [
        ("DaringFireball.html", "https://www.example.org/feeds/main", "atom"),
        (
            "YouTubeTheVolvoRocks.html",
            "https://www.youtube.com/feeds/videos.xml?channel_id=UCct7QF2jcWRY6dhXWMSq9LQ",
            "rss",
        ),
        ("coco.html", "https://www.example.org/feed/all/", "rss"),
        ("furbo.html", "http://furbo.org/feed/", "rss"),
        ("inessential.html", "http://inessential.com/xml/rss.xml", "rss"),
        ("sixcolors.html", "http://feedpress.me/sixcolors", "rss"),
    ],
)
def test_real_pages(corpus: Path, name: str, first_url: str, kind: str) -> None:
    html = (corpus / "feeds/RSParser/html-pages" / name).read_bytes()
    found = discover_feeds(html, PAGE)
    assert found[0].url == first_url and found[0].kind == kind
    assert len({f.url for f in found}) == len(found)
    assert not looks_like_feed(html, "text/html; charset=utf-8")
    assert not looks_like_feed(html, None)


def test_all_kinds_in_page_order_resolved_deduped_with_base() -> None:
    html = b"""<!doctype html><html><head><base href="https://cdn.example/site/">
    <link rel="stylesheet" href="/s.css">
    <link rel="alternate" type="application/atom+xml" title=" Atom  feed " href="atom.xml">
    <link rel="Alternate Home" type="application/rss+xml; charset=utf-8" href="/rss">
    <link rel="alternate" type="application/feed+json" href="https://j.example/feed.json">
    <link rel="alternate" type="application/atom+xml" href="atom.xml">
    <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
    <link rel="alternate" type="text/html" hreflang="de" href="/de/">
    <link rel="alternate" type="application/rss+xml">
    </head><body><link rel="alternate" type="application/rss+xml" href="late.xml"></body></html>"""
    assert discover_feeds(html, PAGE) == [
        DiscoveredFeed("https://cdn.example/site/atom.xml", "Atom feed", "atom"),
        DiscoveredFeed("https://cdn.example/rss", None, "rss"),
        DiscoveredFeed("https://j.example/feed.json", None, "json"),
        DiscoveredFeed("https://cdn.example/site/late.xml", None, "rss"),
    ]


def test_relative_to_the_page_without_base() -> None:
    html = b'<link rel="alternate" type="application/rss+xml" href="feed/">'
    assert discover_feeds(html, PAGE) == [
        DiscoveredFeed("https://www.example.org/blog/feed/", None, "rss")
    ]


@pytest.mark.parametrize("html", [b"", b"   ", b"\x00\xff garbage", b"<html><body>no links"])
def test_pages_without_feeds(html: bytes) -> None:
    assert discover_feeds(html, PAGE) == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("RSParser/DaringFireball.atom", True),
        ("RSParser/DaringFireball.json", True),
        ("RSParser/bio.rdf", True),
        ("node-feedparser/iconv.xml", True),
        ("node-feedparser/notafeed.html", False),
        ("RSParser/ScriptingNews.json", False),
    ],
)
def test_sniff_corpus_files(corpus: Path, name: str, expected: bool) -> None:
    assert looks_like_feed((corpus / "feeds" / name).read_bytes(), None) is expected


def test_sniff_trusts_feed_content_types_and_handles_prologs() -> None:
    assert looks_like_feed(b"", "application/rss+xml")
    assert looks_like_feed(b"", "application/atom+xml; charset=utf-8")
    assert not looks_like_feed(b"{}", "application/json")
    prolog = b'\xef\xbb\xbf\n<?xml version="1.0"?>\n<!-- c -->\n<?xml-stylesheet x?>\n<rss/>'
    assert looks_like_feed(prolog, "text/xml")
    assert looks_like_feed("<feed/>".encode("utf-16"), None)
    assert not looks_like_feed(b"<!DOCTYPE html><html></html>", "text/xml")
