"""Small, real feed documents for tests, and a route that serves them like a polite server."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from xml.sax.saxutils import escape

from tests.support.httpserver import Reply, Request

_QUOTE = {'"': "&quot;"}
BASE_TIME = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


@dataclass
class Item:
    guid: str
    title: str
    link: str
    description: str = ""
    published: datetime = BASE_TIME
    # (url, MIME type, declared length) per <enclosure>, in the feed's order (issue 16)
    enclosures: Sequence[tuple[str, str, int]] = ()


def make_items(prefix: str, count: int, host: str = "http://127.0.0.1") -> list[Item]:
    return [
        Item(
            guid=f"{prefix}-{i}",
            title=f"{prefix} story {i}",
            link=f"{host}/{prefix}/{i}.html",
            description=f"<p>Body of {prefix} story {i} about <b>harbour</b> trade.</p>",
            published=BASE_TIME - timedelta(hours=i),
        )
        for i in range(count)
    ]


def rss(title: str, items: Sequence[Item], link: str = "http://127.0.0.1/") -> bytes:
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<rss version="2.0"><channel>',
        f"<title>{escape(title)}</title><link>{escape(link)}</link>",
        "<description>test feed</description>",
    ]
    for item in items:
        parts.append(
            "<item>"
            f'<guid isPermaLink="false">{escape(item.guid)}</guid>'
            f"<title>{escape(item.title)}</title>"
            f"<link>{escape(item.link)}</link>"
            f"<description>{escape(item.description)}</description>"
            f"<pubDate>{format_datetime(item.published, usegmt=True)}</pubDate>"
            + "".join(
                f'<enclosure url="{escape(url, _QUOTE)}" type="{escape(kind, _QUOTE)}" '
                f'length="{length}"/>'
                for url, kind, length in item.enclosures
            )
            + "</item>"
        )
    parts.append("</channel></rss>")
    return "\n".join(parts).encode("utf-8")


@dataclass
class ConditionalFeed:
    """Serves a body with an ETag and Last-Modified, and answers 304 to matching validators."""

    body: bytes
    # Deliberately odd validators: the client must echo them byte for byte.
    etag: str = field(default='W/"v1-Ab9;x=1, y"')
    last_modified: str = "Wed, 18 Nov 2026 10:00:00 GMT"
    content_type: str = "application/rss+xml; charset=utf-8"

    def set_body(self, body: bytes) -> None:
        self.body = body
        self.etag = 'W/"' + hashlib.sha1(body).hexdigest()[:12] + '"'

    def __call__(self, request: Request) -> Reply:
        inm = request.headers.get("If-None-Match")
        ims = request.headers.get("If-Modified-Since")
        headers = {"ETag": self.etag, "Last-Modified": self.last_modified}
        if inm == self.etag or (inm is None and ims == self.last_modified):
            return Reply(304, b"", headers)
        headers["Content-Type"] = self.content_type
        return Reply(200, self.body, headers)
