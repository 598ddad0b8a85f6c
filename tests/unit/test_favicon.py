"""Where a feed's icon comes from: the feed's own icon, the home page's links, /favicon.ico."""

from __future__ import annotations

import json
from pathlib import Path

from newsreader.core.favicon import (
    MAX_ICON_BYTES,
    check_icon,
    fallback_icon_url,
    feed_icon_url,
    icon_candidates,
    page_icon_urls,
)
from newsreader.core.imageinfo import sniff_image
from tests.support.icons import make_ico
from tests.unit.test_imageinfo import TRACKER_GIF, make_png

FEED = "https://news.example/feeds/world.xml"


def test_rss_channel_image_resolved_against_the_feed() -> None:
    body = (
        b"<?xml version='1.0'?><rss version='2.0'><channel><title>W</title>"
        b"<link>https://news.example/</link><image><url>/img/logo.png</url><title>W</title>"
        b"<link>https://news.example/</link></image><item><title>a</title></item></channel></rss>"
    )
    assert feed_icon_url(body, FEED) == "https://news.example/img/logo.png"


def test_an_item_image_is_not_the_feed_icon() -> None:
    body = (
        b"<rss version='2.0'><channel><title>W</title><item><title>a</title>"
        b"<image><url>https://news.example/story.jpg</url></image></item></channel></rss>"
    )
    assert feed_icon_url(body, FEED) is None


def test_atom_icon_beats_logo_in_any_order() -> None:
    body = (
        b"<feed xmlns='http://www.w3.org/2005/Atom'><title>W</title>"
        b"<logo>https://news.example/wide.png</logo><icon>icons/sq.ico</icon></feed>"
    )
    assert feed_icon_url(body, FEED) == "https://news.example/feeds/icons/sq.ico"
    only_logo = b"<feed xmlns='http://www.w3.org/2005/Atom'><logo>/wide.png</logo></feed>"
    assert feed_icon_url(only_logo, FEED) == "https://news.example/wide.png"


def test_json_feed_favicon_beats_icon_and_svg_is_skipped() -> None:
    data = {"version": "https://jsonfeed.org/version/1.1", "title": "W", "items": [],
            "icon": "https://news.example/512.png", "favicon": "/fav.png"}  # fmt: skip
    assert feed_icon_url(json.dumps(data).encode(), FEED) == "https://news.example/fav.png"
    data["favicon"] = "https://news.example/fav.svg"
    assert feed_icon_url(json.dumps(data).encode(), FEED) == "https://news.example/512.png"


def test_hostile_or_broken_feeds_name_nothing() -> None:
    for body in (
        b"",
        b"not xml at all",
        b"{not json",
        b"[1, 2]",
        b"<rss><channel><image><url>javascript:alert(1)</url></image></channel></rss>",
        b"<!DOCTYPE r [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>"
        b"<rss><channel><image><url>&e;</url></image></channel></rss>",
    ):
        assert feed_icon_url(body, FEED) is None


def test_page_icons_prefer_square_near_32_then_page_order() -> None:
    html = b"""<!doctype html><html><head>
      <base href="https://cdn.news.example/assets/">
      <link rel="apple-touch-icon" href="touch.png">
      <link rel="icon" type="image/svg+xml" href="icon.svg">
      <link rel="icon" sizes="16x16" href="fav-16.png">
      <link rel="shortcut icon" href="/favicon.ico">
      <link rel="icon" sizes="32x32" href="fav-32.png">
      <link rel="icon" sizes="192x96" href="wide.png">
      <link rel="stylesheet" href="site.css">
    </head><body></body></html>"""
    assert page_icon_urls(html, "https://news.example/") == [
        "https://cdn.news.example/assets/fav-32.png",
        "https://cdn.news.example/favicon.ico",  # no sizes: taken for a 32 px .ico
        "https://cdn.news.example/assets/fav-16.png",
        "https://cdn.news.example/assets/touch.png",  # no sizes: Apple's 180 px
        "https://cdn.news.example/assets/wide.png",  # not square: last
    ]
    assert page_icon_urls(b"", "https://news.example/") == []
    assert page_icon_urls(b"<html><body>no head</body></html>", "https://news.example/") == []


def test_candidates_in_order_without_repeats() -> None:
    assert (
        fallback_icon_url("https://news.example/world/?x=1") == "https://news.example/favicon.ico"
    )
    assert fallback_icon_url("ftp://news.example/") is None
    assert fallback_icon_url(None) is None
    assert icon_candidates(
        "https://news.example/favicon.ico",
        ["https://news.example/a.png", "https://news.example/favicon.ico"],
        "https://news.example/",
    ) == ["https://news.example/favicon.ico", "https://news.example/a.png"]


def test_icon_bytes_are_checked() -> None:
    ico = make_ico([16, 32, 48])
    info = sniff_image(ico)
    assert info is not None and (info.content_type, info.width, info.height) == (
        "image/x-icon", 48, 48,
    )  # fmt: skip
    assert check_icon(ico)[1] is None
    assert check_icon(make_png(32, 32))[1] is None
    assert check_icon(b"<html>404</html>") == (None, "not an image")
    assert check_icon(TRACKER_GIF)[1] == "a 1×1 pixel, not an icon"
    big = make_png(32, 32) + b"\x00" * MAX_ICON_BYTES
    assert (check_icon(big)[1] or "").startswith("too large")
    # Four bytes of ICO magic are not enough: the directory must be there and fit.
    assert sniff_image(b"\x00\x00\x01\x00\x01\x00" + b"\x00" * 8) is None
    assert sniff_image(ico[:40]) is None


def test_corpus_feeds_that_name_an_icon(corpus: Path) -> None:
    files = [p for p in (corpus / "feeds").rglob("*") if p.is_file()]
    named = {p.name: feed_icon_url(p.read_bytes(), FEED) for p in files}
    found = [u for u in named.values() if u is not None]
    # Measured: 130 of the corpus' 415 files name an icon (RSS image, Atom icon/logo, JSON).
    assert len(found) >= 125
    assert all(u.startswith(("http://", "https://")) and not u.endswith(".svg") for u in found)
    assert named["DaringFireball.json"] == "https://daringfireball.net/graphics/favicon-64.png"
