"""SIGKILL at random moments loses nothing (issue 12): bounded and seeded.

Loops: the CLI's refresh, the window (its start-up refresh), mark-all-read through the real
writer, and a schema upgrade of a 20,000-article library.

`make test` runs a few iterations of each loop; `make soak` runs many
(NEWSREADER_SOAK_ITERATIONS). After every kill the library must pass integrity_check and
keep every subscription, read state, star and read event it had; the next run must finish.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsreader.storage import LATEST
from newsreader.storage.db import connect_writer
from newsreader.storage.migrations import migrate
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


def _kill_at_random(rng: random.Random, args: list[str], low: float, high: float) -> None:
    """Start `python ARGS`, SIGKILL it after a random time in [low, high] s, reap it."""
    proc = subprocess.Popen(
        [sys.executable, *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_env()
    )
    time.sleep(rng.uniform(low, high))
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)


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
        _kill_at_random(rng, ["-m", "newsreader", "--profile", str(profile), *args], 0.3, 2.5)
        verdict, feeds, read, starred, events = _state(db)
        assert verdict == "ok"
        assert feeds == before[1]
        assert before[2] <= read  # nothing read became unread
        assert starred == before[3]
        assert events == before[4]
    done = cli(profile, "refresh", "--all")
    assert done.returncode == 0, done.stderr
    assert _state(db)[0] == "ok"


# A child that marks each feed read, then unread again, forever, through the real writer.
MARK_ALL_READ_CHILD = """
import sys
from pathlib import Path
from newsreader.app.profile import open_engine, resolve_profile
from newsreader.core.types import ArticleQuery

engine = open_engine(resolve_profile(Path(sys.argv[1])), parse_workers=1)
feeds = [f.id for f in engine.library.feeds()]
while True:
    for feed_id in feeds:
        query = ArticleQuery(feed_id=feed_id)
        engine.writer.call(lambda s: s.mark_all_read(query))
        ids = [row.id for row, _ in engine.library.article_page(query, None, 1000)]
        engine.writer.call(lambda s: s.mark_read(ids, False))
"""


def _read_by_feed(db: Path) -> dict[int, set[int]]:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT feed_id, read FROM articles").fetchall()
    finally:
        conn.close()
    states: dict[int, set[int]] = {}
    for feed_id, read in rows:
        states.setdefault(feed_id, set()).add(read)
    return states


def test_sigkill_during_mark_all_read_leaves_each_feed_whole(
    tmp_path: Path, http_server: TestServer
) -> None:
    profile = _profile(tmp_path, http_server)
    db = profile / "newsreader.db"
    conn = sqlite3.connect(db)
    try:  # start from a library with nothing read, so every feed is all-or-nothing
        conn.execute("UPDATE articles SET read = 0")
        conn.commit()
    finally:
        conn.close()
    before = _state(db)
    rng = random.Random(SEED + 1)
    for _i in range(ITERATIONS):
        _kill_at_random(rng, ["-c", MARK_ALL_READ_CHILD, str(profile)], 0.8, 3.0)
        verdict, feeds, _read, starred, events = _state(db)
        assert verdict == "ok"
        assert feeds == before[1] and starred == before[3] and events == before[4]
        # One transaction per feed: a kill never leaves a feed half marked.
        assert all(len(states) == 1 for states in _read_by_feed(db).values())


def _old_library(tmp_path: Path, articles: int) -> Path:
    """A schema-2 library big enough that upgrading it (search index, merges) takes a while."""
    pristine = tmp_path / "schema2.db"
    conn = connect_writer(pristine)
    migrate(conn, pristine, upto=2)
    conn.execute("INSERT INTO sections(id, parent_id, name, position) VALUES (1, NULL, 'W', 0)")
    conn.execute(
        "INSERT INTO feeds(id, url, title, section_id, interval, created) "
        "VALUES (1, 'https://example.invalid/feed', 'Feed', 1, 1800, 0)"
    )
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO articles(id, feed_id, entry_key, guid, url, title, first_seen, sort_time, "
        "summary, content_hash, read, starred) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, 'h', ?, ?)",
        (
            (n, f"k{n}", f"https://example.invalid/{n}", f"https://example.invalid/{n}",
             f"Story {n}", n, n, "<p>" + f"word{n % 97} " * 60 + "</p>", n % 3 == 0, n % 7 == 0)
            for n in range(1, articles + 1)
        ),
    )  # fmt: skip
    conn.executemany(
        "INSERT INTO read_events(article_id, at, seconds) VALUES (?, ?, 3)",
        ((n, n) for n in range(1, articles + 1, 3)),
    )
    conn.execute("COMMIT")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    return pristine


def test_sigkill_during_an_upgrade_leaves_the_old_or_the_new_library(tmp_path: Path) -> None:
    pristine = _old_library(tmp_path, 20000)
    profile = tmp_path / "profile"
    profile.mkdir()
    db = profile / "newsreader.db"
    expected = _state(pristine)
    rng = random.Random(SEED + 2)
    outcomes: dict[int, int] = {}
    for _i in range(ITERATIONS):
        for extra in profile.iterdir():  # a fresh schema-2 file each round; nothing is open
            shutil.rmtree(extra) if extra.is_dir() else extra.unlink()
        shutil.copyfile(pristine, db)
        _kill_at_random(rng, ["-m", "newsreader", "--profile", str(profile), "feeds"], 0.2, 2.0)
        conn = sqlite3.connect(db)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
        assert 2 <= version <= LATEST  # a whole step, never half of one (each is a transaction)
        outcomes[version] = outcomes.get(version, 0) + 1
        assert _state(db) == expected
        # The next start finishes the upgrade, with everything still there.
        done = cli(profile, "feeds")
        assert done.returncode == 0, done.stderr
        assert _state(db) == expected
    print(f"upgrade kills: schema version found after the kill -> count: {outcomes}")
