"""Offline cache cost: time and bytes to cache the images of 1,000 articles, and disk per 1,000.

A server process on 127.0.0.1 serves F feeds × M items; each article names its own photo (an
incompressible PNG of about 40 KB, like a news thumbnail), the site's logo (shared) and a 1×1
tracker. The same refresh runs on two fresh profiles, images "never" and "always", in
process (the engine the window uses); the difference is what caching the images costs.
`--fulltext` adds a summary-only variant whose 1,000 article pages are fetched and extracted.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import struct
import tempfile
import time
import zlib
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

from bench.feedfarm import START, WORDS
from newsreader.app.profile import ProfilePaths, open_engine

TRACKER = (
    b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00"
    b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
)


def _png(width: int, height: int, rng: random.Random) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    raw = b"".join(b"\x00" + rng.randbytes(width * 3) for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + (chunk(b"IEND", b""))
    )


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def _routes(feeds: int, items: int, port: int, fulltext: bool) -> dict[str, tuple[bytes, str]]:
    host = f"http://127.0.0.1:{port}"
    rng = random.Random(7)
    out: dict[str, tuple[bytes, str]] = {
        "/logo.png": (_png(32, 32, rng), "image/png"),
        "/px.gif": (TRACKER, "image/gif"),
    }
    for f in range(feeds):
        parts = [
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/">'
            f"<channel><title>Desk {f}</title><link>{host}/</link>"
        ]
        for i in range(items):
            photo = f"/img/{f}/{i}.png"
            out[photo] = (_png(120, 120, rng), "image/png")
            paragraphs = "".join(f"<p>{_text(rng, 40)}</p>" for _ in range(4))
            body = (
                f"<p><img src='{host}{photo}'></p>{paragraphs}"
                f"<p><img src='{host}/logo.png'><img src='{host}/px.gif'></p>"
            )
            link = f"/a/{f}/{i}.html"
            if fulltext:
                page = (
                    f"<html><body><nav><a href='/'>Home</a></nav><article><h1>Story {i}</h1>"
                    f"{body}{paragraphs}</article><footer>Copyright</footer></body></html>"
                )
                out[link] = (page.encode(), "text/html; charset=utf-8")
            when = format_datetime(START, usegmt=True)
            encoded = "" if fulltext else f"<content:encoded>{escape(body)}</content:encoded>"
            parts.append(
                f"<item><title>Story {f}-{i}</title><link>{host}{link}</link>"
                f"<guid>s-{f}-{i}</guid><pubDate>{when}</pubDate>"
                f"<description>{escape(_text(rng, 20))}</description>{encoded}</item>"
            )
        parts.append("</channel></rss>")
        out[f"/feed/{f}.xml"] = ("".join(parts).encode(), "application/rss+xml")
    return out


def _serve(feeds: int, items: int, fulltext: bool, ready: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    routes: dict[str, tuple[bytes, str]] = {}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            body, kind = routes.get(self.path, (b"", ""))
            self.send_response(200 if kind else 404)
            self.send_header("Content-Type", kind or "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    routes.update(_routes(feeds, items, server.server_address[1], fulltext))
    ready.put(server.server_address[1])
    server.serve_forever()


def _disk(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file())


def _run(root: Path, port: int, feeds: int, policy: str) -> tuple[float, int, int, int]:
    """Refresh everything once; returns (seconds, articles, image bytes, profile bytes)."""
    paths = ProfilePaths(root, root / "cache", root / "logs")
    engine = open_engine(paths)
    try:
        engine.writer.call(lambda s: s.set_setting("images_policy", policy))
        urls = [f"http://127.0.0.1:{port}/feed/{f}.xml" for f in range(feeds)]
        engine.writer.call(lambda s: [s.add_feed(u, u, "Bench", 3600) for u in urls])
        started = time.perf_counter()
        summary = engine.refresher.refresh(all_feeds=True)
        engine.writer.call(lambda s: None)
        elapsed = time.perf_counter() - started
    finally:
        engine.close()
    images = _disk(paths.images_dir)
    return elapsed, summary.new_articles, images, _disk(root)


def _measure(feeds: int, items: int, fulltext: bool) -> None:
    context = multiprocessing.get_context("spawn")
    ready = context.Queue()
    server = context.Process(target=_serve, args=(feeds, items, fulltext, ready), daemon=True)
    server.start()
    port = ready.get(timeout=120)
    kind = "summary-only feeds + article pages" if fulltext else "full-content feeds"
    print(f"offline bench ({kind}): {feeds} feeds × {items} items")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            base_s, n, _img, base_disk = _run(Path(tmp) / "never", port, feeds, "never")
            full_s, n2, img, full_disk = _run(Path(tmp) / "always", port, feeds, "always")
    finally:
        server.terminate()
    per = 1000 / max(1, n2)
    for label, secs, count, disk in (
        ("never: ", base_s, n, base_disk),
        ("always:", full_s, n2, full_disk),
    ):
        print(f"  refresh, images {label} {secs:6.2f} s, {count} articles, {disk / 1e6:.1f} MB")
    print(
        f"  caching images of 1,000 articles: {(full_s - base_s) * per:6.2f} s, "
        f"{img * per / 1e6:.1f} MB of image files"
    )
    print(
        f"  profile on disk per 1,000 articles: {base_disk * 1000 / max(1, n) / 1e6:.1f} MB "
        f"without images, {full_disk * per / 1e6:.1f} MB with images"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="bench offline")
    parser.add_argument("--feeds", type=int, default=20)
    parser.add_argument("--items", type=int, default=50)
    parser.add_argument("--fulltext", action="store_true", help="also the summary-only variant")
    args = parser.parse_args(argv)
    _measure(args.feeds, args.items, fulltext=False)
    if args.fulltext:
        _measure(args.feeds, args.items, fulltext=True)
