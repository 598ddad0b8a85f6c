"""SIGKILL at random moments loses nothing (issue 12): bounded and seeded.

`make test` runs a few iterations of each loop; `make soak` runs many
(NEWSREADER_SOAK_ITERATIONS). After every kill the library must pass integrity_check and
keep every subscription, read state, star and read event it had; the next run must finish.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.test_cli import cli
from tests.support.feeds import ConditionalFeed, make_items, rss
from tests.support.httpserver import TestServer

ITERATIONS = int(os.environ.get("NEWSREADER_SOAK_ITERATIONS", "3"))
FEEDS = 30
SEED = 12


def _state(db: Path) -> tuple[str, int, set[int], set[int], int]:
    conn = sqlite3.connect(db)
    try:
        verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
        feeds = conn.execute("SELECT count(*) FROM feeds").fetchone()[0]
        read = {r[0] for r in conn.execute("SELECT id FROM articles WHERE read")}
        starred = {r[0] for r in conn.execute("SELECT id FROM articles WHERE starred")}
        events = conn.execute("SELECT count(*) FROM read_events").fetchone()[0]
    finally:
        conn.close()
    return verdict, int(feeds), read, starred, int(events)


def _profile(tmp_path: Path, server: TestServer) -> Path:
    profile = tmp_path / "profile"
    rows = []
    for i in range(FEEDS):
        path = f"/kill-{i}.xml"
        server.routes[path] = ConditionalFeed(rss(f"Feed {i}", make_items(f"k{i}", 40)))
        rows.append(f'<outline type="rss" text="Feed {i}" xmlUrl="{server.url(path)}"/>')
    opml = tmp_path / "feeds.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><head><title>k</title></head><body>'
        f'<outline text="World">{"".join(rows)}</outline></body></opml>',
        encoding="utf-8",
    )
    assert cli(profile, "import", str(opml)).returncode == 0
    assert cli(profile, "refresh", "--all").returncode == 0
    for aid in (1, 2, 3):  # read state and read events to keep
        assert cli(profile, "read", str(aid)).returncode == 0
    conn = sqlite3.connect(profile / "newsreader.db")
    try:
        conn.execute("UPDATE articles SET starred = 1 WHERE id IN (4, 5)")
        conn.commit()
    finally:
        conn.close()
    return profile


def _env() -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NEWSREADER_OFFER_DEFAULTS": "no"}
    env.pop("NEWSREADER_PROFILE", None)
    return env


@pytest.mark.parametrize("what", ["cli-refresh", "window"])
def test_sigkill_at_random_moments_loses_nothing(
    tmp_path: Path, http_server: TestServer, what: str
) -> None:
    profile = _profile(tmp_path, http_server)
    db = profile / "newsreader.db"
    before = _state(db)
    assert before[0] == "ok"
    rng = random.Random(SEED)
    for _i in range(ITERATIONS):
        # Every feed has news again, so each run has real writes to interrupt.
        for path, route in list(http_server.routes.items()):
            if path.startswith("/kill-") and isinstance(route, ConditionalFeed):
                route.set_body(rss(path, make_items(f"n{rng.randrange(10**6)}", 40)))
        conn = sqlite3.connect(db)
        try:  # every feed due, so the window's start-up poll refreshes them all
            conn.execute("UPDATE feeds SET next_update = 0")
            conn.commit()
        finally:
            conn.close()
        args = ["refresh", "--all"] if what == "cli-refresh" else []
        proc = subprocess.Popen(
            [sys.executable, "-m", "newsreader", "--profile", str(profile), *args],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=_env(),
        )
        time.sleep(rng.uniform(0.3, 2.5))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        verdict, feeds, read, starred, events = _state(db)
        assert verdict == "ok"
        assert feeds == before[1]
        assert before[2] <= read  # nothing read became unread
        assert starred == before[3]
        assert events == before[4]
    done = cli(profile, "refresh", "--all")
    assert done.returncode == 0, done.stderr
    assert _state(db)[0] == "ok"
