"""`newsreader rule …` and rules on arrival through the real CLI and a real HTTP server (issue 16).

The kill loop SIGKILLs a CLI refresh at random moments: every stored article a rule matches
must carry the rule's actions, because the rules run in the transaction that stores it.
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.e2e.test_cli import cli, ok_json, opml
from tests.support.feeds import ConditionalFeed, make_items, rss
from tests.support.httpserver import TestServer

KILL_ITERATIONS = int(os.environ.get("NEWSREADER_SOAK_ITERATIONS", "3"))


def _subscribe(tmp_path: Path, server: TestServer, profile: Path, feeds: int) -> None:
    rows = []
    for i in range(feeds):
        path = f"/rules-{i}.xml"
        server.routes[path] = ConditionalFeed(rss(f"Feed {i}", make_items(f"r{i}", 20)))
        rows.append(("News/Local" if i % 2 else "Sport", f"Feed {i}", path))
    file = tmp_path / "feeds.opml"
    file.write_text(opml(server, rows), encoding="utf-8")
    done = cli(profile, "import", str(file))
    assert done.returncode == 0, done.stderr


def _rows(db: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def test_rule_commands_and_rules_on_arrival(tmp_path: Path, http_server: TestServer) -> None:
    profile = tmp_path / "profile"
    db = profile / "newsreader.db"
    _subscribe(tmp_path, http_server, profile, 4)

    bad = cli(profile, "rule", "add", "--name", "slow", "--matches", "(a+)+$", "--action", "hide")
    assert bad.returncode == 2
    assert "(a+)+$" in bad.stderr and "too long" in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1
    broken = cli(profile, "rule", "add", "--name", "x", "--matches", "(", "--action", "hide")
    assert broken.returncode == 2 and "not valid" in broken.stderr
    no_action = cli(profile, "rule", "add", "--name", "x", "--title-contains", "a")
    assert no_action.returncode == 2
    unknown = cli(profile, "rule", "add", "--name", "x", "--title-word", "a", "--action", "zap")
    assert unknown.returncode == 2 and "zap" in unknown.stderr

    # Stories 3 and 13 of every feed: read and tagged; in Sport also hidden.
    added = cli(
        profile, "rule", "add", "--name", "threes", "--matches", r"story 1?3$",
        "--action", "read", "--action", "tag:Threes",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    sport = cli(
        profile, "rule", "add", "--name", "hide sport", "--section", "Sport",
        "--title-word", "story 3", "--action", "hide",
    )  # fmt: skip
    assert sport.returncode == 0, sport.stderr
    again = cli(profile, "rule", "add", "--name", "threes", "--title-word", "x", "--action", "read")
    assert again.returncode == 2 and "already" in again.stderr

    listed = ok_json(profile, "rule", "list")
    assert [r["name"] for r in listed] == ["threes", "hide sport"]
    assert listed[0]["actions"] == ["read", "tag:Threes"]
    assert listed[1]["scope"] == "section" and listed[1]["target"] == "Sport"

    assert cli(profile, "refresh", "--all").returncode == 0
    threes = _rows(db, "SELECT id, read, title FROM articles WHERE title GLOB '*story 3' "
                       "OR title GLOB '*story 13'")  # fmt: skip
    assert len(threes) == 8 and all(read == 1 for _, read, _ in threes)
    tagged = _rows(db, "SELECT count(*) FROM article_tags JOIN tags t ON t.id = tag_id "
                       "WHERE t.name = 'Threes'")  # fmt: skip
    assert tagged == [(8,)]
    hidden = {t for (t,) in _rows(db, "SELECT title FROM articles WHERE hidden = 1")}
    assert hidden == {"r0 story 3", "r2 story 3"}  # Sport holds the even feeds
    shown = {a["title"] for a in ok_json(profile, "articles", "--limit", "500")}
    assert not hidden & shown and "r1 story 3" in shown

    # A rule made later runs over what is stored with `rule apply` (and says how many).
    cli(profile, "rule", "add", "--name", "star 7", "--title-word", "story 7", "--action", "star")
    applied = cli(profile, "rule", "apply", "star 7")
    assert applied.returncode == 0, applied.stderr
    assert "4" in applied.stdout
    assert _rows(db, "SELECT count(*) FROM articles WHERE starred = 1") == [(4,)]

    assert cli(profile, "rule", "remove", "star 7").returncode == 0
    assert cli(profile, "rule", "remove", "star 7").returncode == 1
    assert cli(profile, "rule", "apply", "nope").returncode == 1
    assert [r["name"] for r in ok_json(profile, "rule", "list")] == ["threes", "hide sport"]
    plain = cli(profile, "rule", "list")
    assert plain.returncode == 0 and "hide sport\tSport\thide" in plain.stdout


def _env() -> dict[str, str]:
    env = {**os.environ, "NEWSREADER_OFFER_DEFAULTS": "no"}
    env.pop("NEWSREADER_PROFILE", None)
    return env


def test_a_killed_refresh_never_leaves_a_matched_article_unmarked(
    tmp_path: Path, http_server: TestServer
) -> None:
    profile = tmp_path / "profile"
    db = profile / "newsreader.db"
    _subscribe(tmp_path, http_server, profile, 30)
    pattern = r"story \d*[27]$"
    done = cli(
        profile, "rule", "add", "--name", "sevens", "--matches", pattern,
        "--action", "read", "--action", "hide", "--action", "tag:Sevens",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    matcher = re.compile(pattern, re.IGNORECASE)
    rng = random.Random(16)
    stored_before = 0
    for _ in range(KILL_ITERATIONS):
        for path, route in list(http_server.routes.items()):
            if path.startswith("/rules-") and isinstance(route, ConditionalFeed):
                route.set_body(rss(path, make_items(f"n{rng.randrange(10**6)}", 150)))
        proc = subprocess.Popen(
            [sys.executable, "-m", "newsreader", "--profile", str(profile), "refresh", "--all"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_env(),
        )  # fmt: skip
        time.sleep(rng.uniform(0.3, 1.6))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        rows = _rows(
            db,
            "SELECT a.title, a.read, a.hidden, EXISTS (SELECT 1 FROM article_tags x JOIN tags t "
            "ON t.id = x.tag_id WHERE x.article_id = a.id AND t.name = 'Sevens') FROM articles a",
        )
        assert _rows(db, "PRAGMA integrity_check") == [("ok",)]
        matched = [r for r in rows if matcher.search(str(r[0]))]
        assert all(r[1:] == (1, 1, 1) for r in matched), [r for r in matched if r[1:] != (1, 1, 1)]
        assert all(r[2] == 0 for r in rows if not matcher.search(str(r[0])))
        stored_before = max(stored_before, len(rows))
    finished = cli(profile, "refresh", "--all", "--json")
    assert finished.returncode == 0, finished.stderr
    assert json.loads(finished.stdout)["failed"] == 0
    rows = _rows(db, "SELECT title, read, hidden FROM articles")
    assert len(rows) > stored_before or stored_before > 0
    assert all(r[1:] == (1, 1) for r in rows if matcher.search(str(r[0])))
