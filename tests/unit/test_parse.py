"""parse_feed on small hand-written documents: each rule of the parser, one case each."""

from __future__ import annotations

import json
import pickle
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime

import pytest

from newsreader.core.errors import ParseError
from newsreader.core.parse import MAX_FEED_BYTES, parse_feed

URL = "https://news.example.org/feed.xml"


def rss(
    items: str, channel: str = "<title>News</title><link>https://news.example.org/</link>"
) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:media="http://search.yahoo.com/mrss/">'
        f"<channel>{channel}{items}</channel></rss>"
    ).encode()


def test_rss_entry_fields() -> None:
    feed = parse_feed(
        rss(
            "<item><title>Lukashenko visits China</title><link>/world/asia/1</link>"
            "<guid isPermaLink='false'>id-1</guid><author>ed@example.org (Ed)</author>"
            "<pubDate>Thu, 03 Oct 2024 10:00:00 +0300</pubDate>"
            "<category>World</category><category>Asia</category><category>World</category>"
            "<description>Short &lt;b&gt;summary&lt;/b&gt;</description>"
            "<content:encoded><![CDATA[<p>Body <img src='/img/a.jpg'></p>"
            "<script>alert(1)</script>]]></content:encoded></item>"
        ),
        URL,
        "application/rss+xml; charset=utf-8",
    )
    assert feed.title == "News"
    assert feed.site_url == "https://news.example.org/"
    assert feed.version == "rss20"
    (entry,) = feed.entries
    assert entry.guid == "id-1"
    assert entry.url == "https://news.example.org/world/asia/1"
    assert entry.title == "Lukashenko visits China"
    assert entry.published == datetime(2024, 10, 3, 7, 0, tzinfo=UTC)
    assert entry.categories == ("World", "Asia")
    assert entry.summary == "Short <b>summary</b>"
    assert entry.content == '<p>Body <img src="https://news.example.org/img/a.jpg"></p>'
    assert entry.image == "https://news.example.org/img/a.jpg"
    assert entry.author is not None and "Ed" in entry.author


def test_escaped_markup_in_an_rss_title_stays_literal() -> None:
    feed = parse_feed(rss("<item><title>&lt;b&gt;x&lt;/b&gt; &amp;amp; y</title></item>"), URL)
    assert feed.entries[0].title == "<b>x</b> & y"


def test_atom_html_title_becomes_text_and_text_title_stays_literal() -> None:
    body = b"""<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">A &amp;amp; B</title>
    <link href="https://blog.example/"/>
    <entry><id>tag:1</id><title type="html">&lt;em&gt;Big&lt;/em&gt; news</title>
    <link href="https://blog.example/1"/><updated>2024-01-02T03:04:05Z</updated>
    <summary>same</summary><content type="html">&lt;p&gt;same&lt;/p&gt;</content></entry>
    <entry><id>tag:2</id><title type="text">&lt;b&gt;x&lt;/b&gt;</title>
    <content type="html">body</content><summary>body</summary></entry></feed>"""
    feed = parse_feed(body, URL, "application/atom+xml")
    assert feed.title == "A & B"
    first, second = feed.entries
    assert first.title == "Big news"
    assert first.updated == datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert second.title == "<b>x</b>"
    assert second.content == "body" and second.summary is None  # same text kept once


def test_lead_image_prefers_media_content() -> None:
    feed = parse_feed(
        rss(
            "<item><title>t</title><link>https://n.example/1</link>"
            "<media:content url='https://cdn.example/lead.jpg' medium='image'/>"
            "<enclosure url='https://cdn.example/enc.jpg' type='image/jpeg' length='1'/>"
            "<description>&lt;img src='https://cdn.example/inline.jpg'&gt;</description>"
            "</item><item><title>u</title><enclosure url='https://cdn.example/e.png' "
            "type='image/png' length='1'/></item><item><title>v</title>"
            "<media:thumbnail url='data:image/png;base64,AA'/></item>"
        ),
        URL,
    )
    assert [e.image for e in feed.entries] == [
        "https://cdn.example/lead.jpg",
        "https://cdn.example/e.png",
        None,
    ]


def test_only_http_links_are_kept() -> None:
    feed = parse_feed(rss("<item><title>t</title><link>javascript:alert(1)</link></item>"), URL)
    assert feed.entries[0].url is None


def test_invalid_date_is_none() -> None:
    feed = parse_feed(rss("<item><title>t</title><pubDate>not a date</pubDate></item>"), URL)
    assert feed.entries[0].published is None


def test_valid_feed_without_entries_is_fine() -> None:
    feed = parse_feed(rss(""), URL)
    assert feed.entries == () and feed.title == "News"


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", "empty document"),
        (b"  \n ", "empty document"),
        (b"<!DOCTYPE html><html><head><title>x</title></head><body></body></html>", "HTML page"),
        (b"<note><to>x</to></note>", "unknown XML root <note>"),
        (b'{"rss": {"channel": {}}}', "not a JSON Feed"),
        (b'{"version": "https://jsonfeed.org/version/1.1", "items": [', "invalid JSON"),
        (rss("<item><title>cut")[:-40], "truncated"),
        (b"<rss version='2.0'><channel></channel></rss>", "not a feed"),
        (b"just some text", "no XML root"),
    ],
)
def test_rejections_have_a_one_line_reason(body: bytes, reason: str) -> None:
    with pytest.raises(ParseError, match=reason) as caught:
        parse_feed(body, URL)
    assert "\n" not in str(caught.value)


def test_complete_but_ill_formed_feeds_are_accepted() -> None:
    latin1 = "<rss version='2.0'><channel><title>Notícias</title><item><title>Mãe</title>"
    latin1 += "</item></channel></rss>"
    assert parse_feed(latin1.encode("latin-1"), URL).entries[0].title == "Mãe"
    undeclared = rss("<item><title>caf&eacute; &nbsp;</title></item>")
    assert parse_feed(undeclared, URL).entries[0].title.startswith("caf")
    blank_line = b"\n\n" + rss("<item><title>t</title></item>")
    assert parse_feed(blank_line, URL).entries[0].title == "t"
    no_root_end = rss("<item><title>t</title></item>").replace(b"</rss>", b"")
    assert parse_feed(no_root_end, URL).entries[0].title == "t"


def test_billion_laughs_never_expands() -> None:
    bomb = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
 <!ENTITY xxe SYSTEM "file:///etc/passwd">
]>
<rss version="2.0"><channel><title>&lol9;</title>
<item><title>&xxe;</title></item></channel></rss>"""
    feed = parse_feed(bomb, URL)
    assert len(feed.title or "") < 100
    assert "root:" not in feed.entries[0].title


def test_too_large_is_refused() -> None:
    with pytest.raises(ParseError, match="too large"):
        parse_feed(b" " * (MAX_FEED_BYTES + 1), URL)


def test_utf16_with_bom_and_charset_from_http() -> None:
    text = "<?xml version='1.0' encoding='utf-16'?><rss version='2.0'><channel><title>Новости"
    text += "</title><item><title>Москва</title></item></channel></rss>"
    assert parse_feed(text.encode("utf-16"), URL).entries[0].title == "Москва"
    cp1251 = text.replace("utf-16", "windows-1251").replace(
        "<?xml version='1.0' encoding='windows-1251'?>", ""
    )
    feed = parse_feed(cp1251.encode("cp1251"), URL, "text/xml; charset=windows-1251")
    assert feed.title == "Новости"


def test_json_feed() -> None:
    doc = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "JF",
        "home_page_url": "https://jf.example/",
        "items": [
            {
                "id": 7,
                "url": "/p/7",
                "title": "<b>literal</b>",
                "content_html": "<p onclick='x()'>Hi <img src='/i.png'></p>",
                "summary": "Hi",
                "date_published": "2024-05-06T07:08:09+02:00",
                "authors": [{"name": "Ann"}, {"name": "Bob"}],
                "tags": ["a", "b"],
            },
            {"id": "no-date", "content_text": "1 < 2", "date_modified": "garbage"},
        ],
    }
    feed = parse_feed(json.dumps(doc).encode(), "https://jf.example/feed.json")
    assert (feed.title, feed.site_url, feed.version) == ("JF", "https://jf.example/", "json11")
    first, second = feed.entries
    assert first.guid == "7" and first.url == "https://jf.example/p/7"
    assert first.title == "<b>literal</b>"
    assert first.content == '<p>Hi <img src="https://jf.example/i.png"></p>'
    assert first.summary is None  # the same text as the content
    assert first.published == datetime(2024, 5, 6, 5, 8, 9, tzinfo=UTC)
    assert first.author == "Ann, Bob" and first.categories == ("a", "b")
    assert first.image == "https://jf.example/i.png"
    assert second.content == "<p>1 &lt; 2</p>" and second.updated is None


def test_results_are_picklable_and_parse_runs_in_a_process_pool() -> None:
    body = rss("<item><title>pooled</title><pubDate>Thu, 03 Oct 2024 10:00:00 GMT</pubDate></item>")
    with ProcessPoolExecutor(max_workers=1) as pool:
        feed = pool.submit(parse_feed, body, URL, None).result(timeout=60)
    assert pickle.loads(pickle.dumps(feed)) == feed
    assert feed.entries[0].title == "pooled"


def test_gzip_body_is_inflated() -> None:
    import gzip

    assert (
        parse_feed(gzip.compress(rss("<item><title>z</title></item>")), URL).entries[0].title == "z"
    )
