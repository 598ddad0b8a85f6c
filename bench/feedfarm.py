"""A farm of N generated feeds × M items served on 127.0.0.1 from its own process.

Each feed has a strong ETag and a Last-Modified and answers 304 to matching validators, as a
well-behaved news site does. Items look like news (title, link, guid, date, a few paragraphs),
sized so 1,000 × 50 is about 75 MB, the figure the speed issue quotes.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape

WORDS = (
    "minister harbour election market climate summit energy trade talks court ruling storm "
    "vaccine league transfer budget inflation border ceasefire satellite launch protest union "
    "strike festival museum drought flood wildfire bank rates shares exports chips factory "
    "river bridge rail airport tariff senate parliament council mayor coalition reform"
).split()
START = datetime(2026, 11, 1, tzinfo=UTC)


def _paragraph(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def make_feed(index: int, items: int, port: int) -> bytes:
    rng = random.Random(index)
    host = f"http://127.0.0.1:{port}"
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
        f"<channel><title>Desk {index}</title><link>{host}/site/{index}</link>",
        f"<description>Generated desk {index}</description>",
    ]
    for i in range(items):
        when = START - timedelta(minutes=37 * i + index)
        title = " ".join(rng.choice(WORDS) for _ in range(8)).capitalize()
        body = "".join(f"<p>{_paragraph(rng, 40)}</p>" for _ in range(4))
        parts.append(
            "<item>"
            f"<title>{escape(title)}</title>"
            f"<link>{host}/a/{index}/{i}.html</link>"
            f'<guid isPermaLink="false">desk-{index}-item-{i}</guid>'
            f"<pubDate>{format_datetime(when, usegmt=True)}</pubDate>"
            f"<description>{escape(_paragraph(rng, 30))}</description>"
            f"<content:encoded>{escape(body)}</content:encoded>"
            "</item>"
        )
    parts.append("</channel></rss>")
    return "\n".join(parts).encode()


def _serve(feeds: int, items: int, ready: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    bodies: dict[str, tuple[bytes, str]] = {}
    modified = format_datetime(START, usegmt=True)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            entry = bodies.get(self.path)
            if entry is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            body, etag = entry
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", modified)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    port = server.server_address[1]
    for i in range(feeds):
        body = make_feed(i, items, port)
        bodies[f"/feed/{i}.xml"] = (body, '"' + hashlib.sha256(body).hexdigest()[:16] + '"')
    ready.put((port, sum(len(b) for b, _ in bodies.values())))
    server.serve_forever()


class FeedFarm:
    """`with FeedFarm(1000, 50) as farm:` → farm.urls, farm.total_bytes."""

    def __init__(self, feeds: int, items: int) -> None:
        self.feeds = feeds
        self.items = items
        ctx = multiprocessing.get_context("spawn")
        self._ready: multiprocessing.Queue = ctx.Queue()  # type: ignore[type-arg]
        self._proc = ctx.Process(target=_serve, args=(feeds, items, self._ready), daemon=True)
        self.port = 0
        self.total_bytes = 0

    @property
    def urls(self) -> list[str]:
        return [f"http://127.0.0.1:{self.port}/feed/{i}.xml" for i in range(self.feeds)]

    def opml(self) -> str:
        rows = "".join(
            f'<outline text="Desk {i}" xmlUrl="{url}"/>' for i, url in enumerate(self.urls)
        )
        return (
            '<?xml version="1.0"?><opml version="2.0"><head><title>farm</title></head><body>'
            f'<outline text="World">{rows}</outline></body></opml>'
        )

    def __enter__(self) -> FeedFarm:
        self._proc.start()
        self.port, self.total_bytes = self._ready.get(timeout=300)
        return self

    def __exit__(self, *exc: object) -> None:
        self._proc.terminate()
        self._proc.join(5)
