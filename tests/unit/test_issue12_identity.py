"""Issue 12: an article's identity and text do not depend on where or how the feed was read.

A guid is stored as the raw text of <guid>/<id>: resolving "1559104147038" or "t3_abc"
against the fetched URL made every article come back as new once the feed moved. A photo
caption (<media:description>, a nested <description>) is never the article body, and an
entry's own <title> wins over nested ones. Each rule is checked on both parse paths: the lxml
fast path and feedparser (fast=False).
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urljoin

import pytest

from newsreader.app.profile import Engine, ProfilePaths, open_engine
from newsreader.core.decide import entry_key
from newsreader.core.fetch import FetchLimits
from newsreader.core.parse import parse_feed
from newsreader.core.parse_fast import parse_fast
from newsreader.core.types import ArticleQuery, ParsedFeed
from newsreader.storage.db import connect_writer
from newsreader.storage.migrations import migrate
from tests.support.httpserver import Reply, TestServer

OLD_URL = "https://news.example.org/rss/world.xml"
NEW_URL = "https://feeds.example.net/v2/all/world"
MEDIA = 'xmlns:media="http://search.yahoo.com/mrss/"'
CONTENT = 'xmlns:content="http://purl.org/rss/1.0/modules/content/"'
PATHS = pytest.mark.parametrize("fast", [True, False], ids=["fast", "feedparser"])


def _rss(items: str, namespaces: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0" {namespaces}><channel>'
        f"<title>News</title><link>https://news.example.org/</link>{items}</channel></rss>"
    ).encode()


def _atom(entries: str, namespaces: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" '
        f"{namespaces}><title>r/rust</title><id>/r/rust/.rss</id>"
        f'<link rel="alternate" href="https://www.reddit.com/r/rust/"/>{entries}</feed>'
    ).encode()


NUMERIC_GUIDS = _rss(
    "".join(
        f"<item><title>Story {n}</title><link>https://news.example.org/a/{n}.html</link>"
        f"<guid><![CDATA[155910414703{n}]]></guid><description>Text {n}</description>"
        "<pubDate>Wed, 29 May 2019 04:29:07 GMT</pubDate></item>"
        for n in range(3)
    )
)
# Without a <link>, the guid also serves as the link; only the link may be resolved.
NUMERIC_GUID_NO_LINK = _rss("<item><title>Bare</title><guid>1559099681337</guid></item>")
REDDIT_IDS = _atom(
    "".join(
        f"<entry><id>t3_abc{n}</id><title>Post {n}</title>"
        f'<link href="https://www.reddit.com/r/rust/comments/abc{n}/"/>'
        "<updated>2020-05-18T10:00:00+00:00</updated></entry>"
        for n in range(3)
    )
)
REDDIT_ID_NO_LINK = _atom("<entry><id>t3_xyz</id><title>No link</title></entry>")


def _parse(body: bytes, url: str, fast: bool) -> ParsedFeed:
    return parse_feed(body, url, "application/xml", fast=fast)


def _keys(body: bytes, url: str, fast: bool) -> list[str]:
    return [entry_key(e) for e in _parse(body, url, fast).entries]


@PATHS
@pytest.mark.parametrize(
    ("body", "guids"),
    [
        (NUMERIC_GUIDS, ["1559104147030", "1559104147031", "1559104147032"]),
        (NUMERIC_GUID_NO_LINK, ["1559099681337"]),
        (REDDIT_IDS, ["t3_abc0", "t3_abc1", "t3_abc2"]),
        (REDDIT_ID_NO_LINK, ["t3_xyz"]),
    ],
    ids=["numeric-guid", "numeric-guid-no-link", "atom-t3-id", "atom-t3-id-no-link"],
)
def test_entry_keys_do_not_depend_on_the_fetched_url(
    body: bytes, guids: list[str], fast: bool
) -> None:
    old = _parse(body, OLD_URL, fast)
    assert [e.guid for e in old.entries] == guids
    assert _keys(body, OLD_URL, fast) == _keys(body, NEW_URL, fast)


@pytest.mark.parametrize("body", [NUMERIC_GUIDS, REDDIT_IDS], ids=["rss", "atom"])
def test_the_fast_path_reads_raw_guids_itself_and_agrees(body: bytes) -> None:
    fast = parse_fast(body, OLD_URL, "application/xml")
    assert fast is not None  # the fast path really ran; it did not defer to feedparser
    assert fast == _parse(body, OLD_URL, False)


@PATHS
def test_a_guid_used_as_the_link_is_still_an_absolute_link(fast: bool) -> None:
    (entry,) = _parse(NUMERIC_GUID_NO_LINK, OLD_URL, fast).entries
    assert entry.guid == "1559099681337"
    assert entry.url == "https://news.example.org/rss/1559099681337"


@PATHS
def test_absolute_guids_keep_their_value(fast: bool) -> None:
    body = _rss(
        "<item><title>A</title><guid>https://news.example.org/a/1</guid></item>"
        '<item><title>B</title><guid isPermaLink="false">urn:uuid:1234</guid></item>'
    )
    guids = [e.guid for e in _parse(body, OLD_URL, fast).entries]
    assert guids == ["https://news.example.org/a/1", "urn:uuid:1234"]


@pytest.mark.parametrize(
    "name",
    ["RSParser/livemint.xml", "feed-rs/atom/atom_example_reddit.xml", "rss-parser/reddit-home.rss"],
)
@PATHS
def test_corpus_feeds_keep_their_keys_when_moved(corpus: Path, name: str, fast: bool) -> None:
    body = (corpus / "feeds" / name).read_bytes()
    keys = _keys(body, OLD_URL, fast)
    assert keys and keys == _keys(body, NEW_URL, fast)


# --- captions and nested titles --------------------------------------------------------------

NYT_CAPTION = _rss(
    "<item><title>Kyiv</title><link>https://news.example.org/kyiv</link>"
    "<description>Real summary.</description>"
    '<media:content url="https://img.example.org/k.jpg" medium="image" width="1800"/>'
    "<media:credit>A photographer</media:credit>"
    "<media:description>An apartment building in Kyiv.</media:description></item>",
    MEDIA,
)
ABC_CAPTION_FIRST = _rss(
    "<item><title>Fair go</title><link>https://news.example.org/fair</link>"
    "<media:group><media:description>Gary on a speaking circuit.</media:description>"
    '<media:content url="https://img.example.org/g.jpg" medium="image"/></media:group>'
    "<description>Real summary.</description></item>",
    MEDIA,
)
OG_CAPTION = _rss(
    "<item><title>OG</title><link>https://news.example.org/og</link>"
    "<description>Real summary.</description>"
    "<og><description>A caption for sharing.</description></og></item>"
)
CAPTION_WITH_CONTENT = _rss(
    "<item><title>Full</title><link>https://news.example.org/full</link>"
    "<description>Real summary.</description>"
    "<content:encoded><![CDATA[<p>The whole article.</p>]]></content:encoded>"
    "<media:description>A caption.</media:description></item>",
    f"{MEDIA} {CONTENT}",
)


@PATHS
@pytest.mark.parametrize(
    "body",
    [NYT_CAPTION, ABC_CAPTION_FIRST, OG_CAPTION],
    ids=["media-description-after", "media-group-before", "nested-description"],
)
def test_a_photo_caption_never_becomes_the_body(body: bytes, fast: bool) -> None:
    (entry,) = _parse(body, OLD_URL, fast).entries
    assert entry.content is None
    assert entry.summary is not None and "Real summary." in entry.summary


@PATHS
def test_real_content_stays_the_content_beside_a_caption(fast: bool) -> None:
    (entry,) = _parse(CAPTION_WITH_CONTENT, OLD_URL, fast).entries
    assert entry.content is not None and "The whole article." in entry.content
    assert entry.summary is not None and "Real summary." in entry.summary
    assert "caption" not in entry.content + entry.summary


@PATHS
def test_a_media_description_alone_is_still_the_summary(fast: bool) -> None:
    # YouTube's Atom feeds carry an entry's only text in media:group/media:description.
    body = _atom(
        "<entry><id>yt:video:abc</id><title>Video</title>"
        '<link rel="alternate" href="https://www.youtube.com/watch?v=abc"/>'
        "<media:group><media:title>Video</media:title>"
        "<media:description>What the video is about.</media:description></media:group></entry>",
        MEDIA,
    )
    (entry,) = _parse(body, OLD_URL, fast).entries
    assert entry.content is None
    assert entry.summary is not None and "What the video is about." in entry.summary


CAPTION_FEEDS = [
    "fastfeedparser/benchmark/nytimes-world.xml",
    "fastfeedparser/benchmark/abc-net-au-top-stories.xml",
]


@pytest.mark.parametrize("name", CAPTION_FEEDS)
@PATHS
def test_corpus_captions_are_not_article_bodies(corpus: Path, name: str, fast: bool) -> None:
    body = (corpus / "feeds" / name).read_bytes()
    entries = _parse(body, OLD_URL, fast).entries
    assert entries
    assert all(e.content is None for e in entries)
    assert all(e.summary for e in entries)


NESTED_TITLES = [
    "<title>Correct</title><media:title>Incorrect Value</media:title>",
    "<media:title>Incorrect Value</media:title><title>Correct</title>",
    "<title>Correct</title><media:group><media:title>Incorrect Value</media:title></media:group>",
    '<media:content url="https://img.example.org/x.jpg"><media:title>Incorrect Value'
    "</media:title></media:content><title>Correct</title>",
    "<source><title>Incorrect Value</title></source><title>Correct</title>",
    "<title>Correct</title><source><title>Incorrect Value</title></source>",
]


@PATHS
@pytest.mark.parametrize("inner", NESTED_TITLES)
def test_the_entrys_own_title_wins_in_atom(inner: str, fast: bool) -> None:
    body = _atom(f'<entry><id>t3_1</id><link href="https://example.org/1"/>{inner}</entry>', MEDIA)
    assert [e.title for e in _parse(body, OLD_URL, fast).entries] == ["Correct"]


@PATHS
@pytest.mark.parametrize("inner", NESTED_TITLES[:4])
def test_the_items_own_title_wins_in_rss(inner: str, fast: bool) -> None:
    body = _rss(f"<item><link>https://example.org/1</link>{inner}</item>", MEDIA)
    assert [e.title for e in _parse(body, OLD_URL, fast).entries] == ["Correct"]


# --- end to end: a feed that moves ----------------------------------------------------------


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    paths = ProfilePaths(tmp_path, tmp_path / "cache", tmp_path / "logs")
    limits = FetchLimits(connect_timeout=2, read_timeout=2, total_deadline=2.0, max_bytes=1 << 20)
    engine = open_engine(paths, fetch_limits=limits, parse_workers=1)
    yield engine
    engine.close()


def _reddit_items(count: int) -> bytes:
    return _atom(
        "".join(
            f"<entry><id>t3_post{n}</id><title>Post {n}</title>"
            "<updated>2020-05-18T10:00:00+00:00</updated></entry>"
            for n in range(count)
        )
    )


def test_a_moved_feed_brings_no_duplicates(engine: Engine, http_server: TestServer) -> None:
    url = http_server.url("/r/rust/.rss")
    http_server.routes["/r/rust/.rss"] = Reply(200, _reddit_items(3), {"Content-Type": "text/xml"})
    engine.writer.call(lambda s: s.add_feed(url, url, "", 3600))
    assert engine.refresher.refresh(all_feeds=True).new_articles == 3
    # The feed moves; the new document also has one genuinely new post.
    moved = http_server.url("/api/v2/feeds/rust.atom")
    http_server.routes["/r/rust/.rss"] = Reply(301, b"", {"Location": moved})
    http_server.routes["/api/v2/feeds/rust.atom"] = Reply(
        200, _reddit_items(4), {"Content-Type": "text/xml"}
    )
    assert engine.refresher.refresh(all_feeds=True).new_articles == 1
    rows = engine.library.article_page(ArticleQuery(), None, 100)
    assert sorted(r.title for r, _ in rows) == [f"Post {n}" for n in range(4)]


# --- libraries made before the fix (schema 5) ----------------------------------------------


def _old_key(resolved_guid: str) -> str:
    """The key schema-5 code stored: the guid resolved against the URL it was fetched from."""
    return hashlib.sha256(("g\0" + resolved_guid).encode()).hexdigest()


def _schema5_library(path: Path, feed_url: str, copies: list[tuple[str, int, int]]) -> None:
    """A schema-5 database holding Reddit posts as the old code stored them.

    `copies` is (URL the feed was fetched from, read, starred) per stored copy of every post.
    """
    conn = connect_writer(path)
    migrate(conn, path, upto=5)
    conn.execute("INSERT INTO sections(id, parent_id, name, position) VALUES (1, NULL, 'Tech', 0)")
    conn.execute(
        "INSERT INTO feeds(id, url, title, section_id, interval, created) "
        "VALUES (1, ?, 'r/rust', 1, 3600, 0)",
        (feed_url,),
    )
    aid = 0
    for post in range(3):
        for fetched, read, starred in copies:
            aid += 1
            guid = urljoin(fetched, f"t3_post{post}")
            conn.execute(
                "INSERT INTO articles(id, feed_id, entry_key, guid, url, title, first_seen, "
                "sort_time, summary, content_hash, read, starred, read_at) "
                "VALUES (?, 1, ?, ?, ?, ?, ?, ?, 'Text', 'old', ?, ?, ?)",
                (aid, _old_key(guid), guid, guid, f"Post {post}", 100 + aid, 100 + aid,
                 read, starred, 200.0 if read else None),
            )  # fmt: skip
            conn.execute(
                "INSERT INTO articles_fts(rowid, title, body, extra) VALUES (?, ?, 'Text', '')",
                (aid, f"Post {post}"),
            )
            if read:
                conn.execute(
                    "INSERT INTO read_events(article_id, at, seconds) VALUES (?, 200, 4)", (aid,)
                )
    conn.close()


def _engine_at(tmp_path: Path) -> Engine:
    paths = ProfilePaths(tmp_path, tmp_path / "cache", tmp_path / "logs")
    limits = FetchLimits(connect_timeout=2, read_timeout=2, total_deadline=2.0, max_bytes=1 << 20)
    return open_engine(paths, fetch_limits=limits, parse_workers=1)


def _stored(path: Path) -> list[tuple[str, str, int, int, int]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT title, guid, read, starred, (SELECT count(*) FROM read_events e "
            "WHERE e.article_id = a.id) FROM articles a ORDER BY title"
        ).fetchall()
    finally:
        conn.close()


def test_an_upgraded_library_keeps_its_articles_on_the_next_refresh(
    tmp_path: Path, http_server: TestServer
) -> None:
    url = http_server.url("/r/rust/.rss")
    http_server.routes["/r/rust/.rss"] = Reply(200, _reddit_items(3), {"Content-Type": "text/xml"})
    _schema5_library(tmp_path / "newsreader.db", url, [(url, 1, 1)])
    engine = _engine_at(tmp_path)
    try:
        assert engine.refresher.refresh(all_feeds=True).new_articles == 0
    finally:
        engine.close()
    # Re-keyed to the raw guid, with what the user did intact.
    assert _stored(tmp_path / "newsreader.db") == [
        (f"Post {n}", f"t3_post{n}", 1, 1, 1) for n in range(3)
    ]


def test_the_upgrade_merges_copies_a_moved_feed_made(
    tmp_path: Path, http_server: TestServer
) -> None:
    old = http_server.url("/r/rust/.rss")
    moved = http_server.url("/api/v2/feeds/rust.atom")
    http_server.routes["/api/v2/feeds/rust.atom"] = Reply(
        200, _reddit_items(3), {"Content-Type": "text/xml"}
    )
    # Read and starred at the old address; each post came back unread after the move.
    _schema5_library(tmp_path / "newsreader.db", moved, [(old, 1, 1), (moved, 0, 0)])
    assert len(_stored(tmp_path / "newsreader.db")) == 6
    engine = _engine_at(tmp_path)
    try:
        merged = _stored(tmp_path / "newsreader.db")
        assert [(t, r, s, e) for t, _, r, s, e in merged] == [
            (f"Post {n}", 1, 1, 1) for n in range(3)
        ]
        assert engine.refresher.refresh(all_feeds=True).new_articles == 0
    finally:
        engine.close()
    assert [g for _, g, *_ in _stored(tmp_path / "newsreader.db")] == [
        f"t3_post{n}" for n in range(3)
    ]
    conn = sqlite3.connect(tmp_path / "newsreader.db")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM articles_fts").fetchone() == (3,)
    finally:
        conn.close()


def test_copies_that_differ_are_not_merged(tmp_path: Path) -> None:
    path = tmp_path / "newsreader.db"
    _schema5_library(path, "https://a.example/feed", [("https://a.example/x/feed", 0, 0)])
    conn = sqlite3.connect(path)
    # Same guid tail, different title: two articles that happen to share a number.
    conn.execute(
        "INSERT INTO articles(id, feed_id, entry_key, guid, url, title, first_seen, sort_time, "
        "content_hash) VALUES (50, 1, 'k50', 'https://a.example/y/t3_post0', "
        "'https://a.example/y/t3_post0', 'Another story', 1, 1, 'h')"
    )
    conn.commit()
    conn.close()
    _engine_at(tmp_path).close()
    assert len(_stored(path)) == 4
