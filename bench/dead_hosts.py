"""Issue 15: what an image host that never answers costs a refresh, with and without the
refresh's memory of hosts out of reach, and how long the feeds phase takes next to caching.

Two servers in this process: 127.0.0.1 serves F feeds whose M items each show one photo from
the same host (answered at once); 127.0.0.2 serves F feeds whose photos never come (the
server takes the request and says nothing). The Network timeout is T s. Printed: seconds,
requests that reached the silent host, images cached and failed; then, the window's way
(`set_background_caching`), the feeds phase and the caching phase apart.

    python -m bench.dead_hosts [--feeds 10] [--items 20] [--timeout 2]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from email.utils import format_datetime
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from bench.feedfarm import START
from bench.offline import _png
from newsreader.app.profile import Engine, ProfilePaths, apply_network_settings, open_engine
from newsreader.core import prefs
from newsreader.core.types import FetchResult
from newsreader.storage.writer import Store
from newsreader.update import images
from newsreader.update.images import Refusal


class _Site:
    """Feeds under /f<N>.xml, photos under /p/<N>-<I>.png (silent ones never answer)."""

    def __init__(self, host: str, feeds: int, items: int, silent: bool) -> None:
        self.requests = 0
        self.release = threading.Event()
        self.lock = threading.Lock()
        site = self
        photo = _png(48, 32, random.Random(3))

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                if self.path.startswith("/p/"):
                    with site.lock:
                        site.requests += 1
                    if silent:
                        site.release.wait(60)
                        return
                    self._send(photo, "image/png")
                    return
                self._send(site.feed(self.path), "application/rss+xml")

            def _send(self, body: bytes, kind: str) -> None:
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer((host, 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://{host}:{self.httpd.server_address[1]}"
        self.items = items
        self.urls = [f"{self.base}/f{n}.xml" for n in range(feeds)]
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def feed(self, path: str) -> bytes:
        n = path.strip("/").removesuffix(".xml")
        entries = "".join(
            f"<item><guid>{n}-{i}</guid><title>Story {n} {i}</title>"
            f"<link>https://example.org/{n}/{i}</link>"
            f"<pubDate>{format_datetime(START)}</pubDate>"
            f'<description>&lt;p&gt;Story.&lt;/p&gt;&lt;img src="{self.base}/p/{n}-{i}.png"&gt;'
            f"</description></item>"
            for i in range(self.items)
        )
        return (
            f'<?xml version="1.0"?><rss version="2.0"><channel><title>{n}</title>'
            f"{entries}</channel></rss>"
        ).encode()

    def close(self) -> None:
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def _subscribe(store: Store, url: str) -> None:
    store.add_feed(url, url, "News", 3600)


@contextmanager
def _engine(root: Path, timeout: float, feeds: list[str]) -> Iterator[Engine]:
    engine = open_engine(ProfilePaths(root, root / "cache", root / "logs"), parse_workers=1)
    try:
        engine.writer.call(lambda s: s.set_setting(prefs.NETWORK_TIMEOUT.key, timeout))
        apply_network_settings(engine.fetcher, engine.library)
        for url in feeds:
            engine.writer.call(partial(_subscribe, url=url))
        yield engine
    finally:
        engine.close()


def _run(args: argparse.Namespace, *, memory: bool, background: bool) -> None:
    good = _Site("127.0.0.1", args.feeds, args.items, silent=False)
    silent = _Site("127.0.0.2", args.feeds, args.items, silent=True)
    original = images.guarded_fetch
    if not memory:

        def every_time(
            hosts: images.HostMemory | None, url: str, fetch: Callable[[], FetchResult | Refusal]
        ) -> FetchResult | Refusal | str:
            return fetch()  # the refresh before issue 15: no memory of hosts out of reach

        images.guarded_fetch = every_time
    try:
        with (
            tempfile.TemporaryDirectory() as tmp,
            _engine(Path(tmp), args.timeout, good.urls + silent.urls) as engine,
        ):
            refresher = engine.refresher
            refresher.set_background_caching(background)
            started = time.monotonic()
            summary = refresher.refresh(all_feeds=True)
            feeds_s = time.monotonic() - started
            cached, failed = summary.images_cached, summary.images_failed
            if background:
                progress = refresher.cache()
                if progress is not None:
                    cached, failed = progress.images_cached, progress.images_failed
            total_s = time.monotonic() - started
    finally:
        images.guarded_fetch = original
        good.close()
        silent.close()
    label = ("host memory" if memory else "no memory  ") + (
        ", window" if background else ", cli   "
    )
    print(
        f"{label}: feeds phase {feeds_s:6.1f} s, all {total_s:6.1f} s; "
        f"{silent.requests:4d} requests to the silent host; "
        f"{cached} images cached, {failed} could not be fetched"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="bench.dead_hosts")
    parser.add_argument("--feeds", type=int, default=10)
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--timeout", type=float, default=2.0)
    args = parser.parse_args(argv)
    print(
        f"{args.feeds} feeds x {args.items} photos on a live host and as many on a silent one; "
        f"Network timeout {args.timeout:g} s"
    )
    _run(args, memory=False, background=False)
    _run(args, memory=True, background=False)
    _run(args, memory=True, background=True)


if __name__ == "__main__":
    main()
