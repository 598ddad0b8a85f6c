"""Issue 12: the parse pool never hangs a refresh, never outlives its parent, never doubles."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from newsreader.app.profile import ProfilePaths, open_engine
from newsreader.core.fetch import FetchLimits
from newsreader.update.parsing import ParsePool
from tests.support.feeds import ConditionalFeed, make_items, rss
from tests.support.httpserver import TestServer


@pytest.mark.parametrize("delay", [0.0, 0.05, 0.2, 0.5])
def test_closing_the_parse_pool_mid_refresh_ends_the_refresh(
    tmp_path: Path, http_server: TestServer, delay: float
) -> None:
    paths = ProfilePaths(tmp_path, tmp_path / "cache", tmp_path / "logs")
    limits = FetchLimits(connect_timeout=2, read_timeout=2, total_deadline=2.0, max_bytes=1 << 20)
    engine = open_engine(paths, fetch_limits=limits, parse_workers=1)
    try:
        for i in range(60):
            path = f"/f{i}.xml"
            http_server.routes[path] = ConditionalFeed(rss(f"F{i}", make_items(f"f{i}", 30)))
            url = http_server.url(path)
            engine.writer.call(lambda s, url=url: s.add_feed(url, url, "", 3600))
        thread = threading.Thread(target=lambda: engine.refresher.refresh(all_feeds=True))
        thread.start()
        time.sleep(delay)
        engine.parse_pool.close()
        thread.join(timeout=10)
        assert not thread.is_alive(), "the refresh hung after the parse pool closed"
    finally:
        engine.close()


def test_concurrent_first_submissions_start_the_configured_workers() -> None:
    before = {p.pid for p in multiprocessing.active_children()}
    pool = ParsePool(2)
    try:
        barrier = threading.Barrier(8)

        def first() -> None:
            barrier.wait()
            pool.submit(b"<rss version='2.0'><channel><title>x</title></channel></rss>",
                        "http://feed.invalid/", None).result(timeout=60)  # fmt: skip

        threads = [threading.Thread(target=first) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=90)
        workers = {p.pid for p in multiprocessing.active_children()} - before
        assert len(workers) <= 2
    finally:
        pool.close()


SCRIPT = textwrap.dedent(
    """
    import os, sys, time
    from newsreader.update.parsing import ParsePool
    if __name__ == "__main__":
        pool = ParsePool(2)
        pool.warm()
        pool.submit(b"<rss version='2.0'><channel><title>x</title></channel></rss>",
                    "http://feed.invalid/", None).result(timeout=60)
        pids = list(pool._executor._processes)
        print(" ".join(map(str, pids)), flush=True)
        time.sleep(120)
    """
)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_exit_when_the_parent_is_killed(tmp_path: Path) -> None:
    script = tmp_path / "pool.py"
    script.write_text(SCRIPT)
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, env=env)
    assert proc.stdout is not None
    pids = [int(p) for p in proc.stdout.readline().split()]
    assert pids
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and any(_alive(p) for p in pids):
        time.sleep(0.1)
    alive = [p for p in pids if _alive(p)]
    for p in alive:
        os.kill(p, signal.SIGKILL)
    assert alive == []
