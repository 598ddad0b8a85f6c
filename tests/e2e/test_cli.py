"""The command-line contract, run as a real subprocess against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.support.feeds import ConditionalFeed, make_items, rss
from tests.support.httpserver import Reply, TestServer


def cli(profile: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("NEWSREADER_PROFILE", None)
    return subprocess.run(
        [sys.executable, "-m", "newsreader", "--profile", str(profile), *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=120,
        env=env,
        check=False,
    )


def ok_json(profile: Path, *args: str) -> Any:
    done = cli(profile, *args, "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def opml(server: TestServer, rows: list[tuple[str, str, str]]) -> str:
    """rows: (section path, title, path on server)."""
    by_section: dict[str, list[str]] = {}
    for section, title, path in rows:
        line = f'<outline text="{title}" type="rss" xmlUrl="{server.url(path)}"/>'
        by_section.setdefault(section, []).append(line)
    body = []
    for section, lines in by_section.items():
        inner = "".join(lines)
        for part in reversed(section.split("/")):
            inner = f'<outline text="{part}">{inner}</outline>'
        body.append(inner)
    return f'<?xml version="1.0"?><opml version="2.0"><head/><body>{"".join(body)}</body></opml>'


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    return tmp_path / "profile"


def test_import_refresh_then_conditional_refresh(
    http_server: TestServer, profile: Path, tmp_path: Path
) -> None:
    asia = ConditionalFeed(rss("Asia Desk", make_items("asia", 5)))
    biz = ConditionalFeed(rss("Business Desk", make_items("biz", 3)))
    http_server.routes["/asia.xml"] = asia
    http_server.routes["/biz.xml"] = biz
    subs = tmp_path / "subs.opml"
    subs.write_text(
        opml(http_server, [("World/Asia", "Asia", "/asia.xml"), ("Business", "Biz", "/biz.xml")])
    )
    done = cli(profile, "import", str(subs))
    assert done.returncode == 0, done.stderr
    assert "imported 2" in done.stdout.lower()

    first = ok_json(profile, "refresh")
    assert first["feeds"] == 2 and first["updated"] == 2 and first["failed"] == 0
    assert first["new_articles"] == 8 and first["errors"] == []
    for key in ("not_modified", "seconds"):
        assert key in first

    feeds = {f["section"]: f for f in ok_json(profile, "feeds")}
    assert feeds["World/Asia"]["unread"] == 5 and feeds["World/Asia"]["error"] is None
    assert feeds["Business"]["status"] == "active"
    for key in ("id", "url", "title", "section", "unread", "error", "status"):
        assert key in feeds["Business"]

    http_server.log.clear()
    second = ok_json(profile, "refresh", "--all")
    assert second["not_modified"] == 2 and second["new_articles"] == 0
    sent = http_server.requests_to("/asia.xml")[0].headers
    assert sent["If-None-Match"] == asia.etag
    assert sent["If-Modified-Since"] == asia.last_modified
    assert "Newsreader/" in sent["User-Agent"]

    rows = ok_json(profile, "articles", "--section", "World")
    assert len(rows) == 5 and {r["section"] for r in rows} == {"World/Asia"}
    assert next(r["title"] for r in rows) == "asia story 0"  # newest first
    for key in ("id", "title", "url", "feed", "section", "published", "read", "starred"):
        assert key in rows[0]
    assert rows[0]["published"].startswith("2026-11-20T08:00:00")

    shown = ok_json(profile, "show", str(rows[0]["id"]))
    assert "<b>harbour</b>" in (shown["content"] or "") + (shown["summary"] or "")
    for key in ("author", "summary", "content", "images"):
        assert key in shown

    found = ok_json(profile, "search", "harbour")
    assert len(found) == 8
    assert (
        ok_json(profile, "articles", "--feed", http_server.url("/biz.xml"), "--limit", "2")[0][
            "feed"
        ]
        == "Biz"
    )


def test_a_refresh_with_nothing_due_polls_nothing(http_server: TestServer, profile: Path) -> None:
    http_server.routes["/a.xml"] = ConditionalFeed(rss("A", make_items("a", 2)))
    assert cli(profile, "add", http_server.url("/a.xml")).returncode == 0  # fetches it (issue 15)
    http_server.log.clear()
    assert ok_json(profile, "refresh")["feeds"] == 0
    assert http_server.log == []


def test_add_by_web_page_discovers_feeds_and_takes_the_first(
    http_server: TestServer, profile: Path
) -> None:
    http_server.routes["/news.rss"] = ConditionalFeed(rss("News RSS", make_items("n", 2)))
    http_server.routes["/news.atom"] = ConditionalFeed(rss("News Atom", make_items("m", 2)))
    page = (
        "<html><head><title>Site</title>"
        '<link rel="alternate" type="application/rss+xml" title="RSS" href="/news.rss">'
        '<link rel="alternate" type="application/atom+xml" title="Atom" href="/news.atom">'
        "</head><body>hello</body></html>"
    )
    http_server.routes["/"] = Reply(200, page.encode(), {"Content-Type": "text/html"})
    done = cli(profile, "add", http_server.url("/"), "--section", "Technology")
    assert done.returncode == 0, done.stderr
    assert "news.rss" in done.stderr and "news.atom" in done.stderr and "--pick" in done.stderr
    feeds = ok_json(profile, "feeds")
    assert [(f["url"], f["section"], f["title"]) for f in feeds] == [
        (http_server.url("/news.rss"), "Technology", "News RSS")
    ]
    done = cli(profile, "add", http_server.url("/"), "--pick", "2")
    assert done.returncode == 0, done.stderr
    assert {f["url"] for f in ok_json(profile, "feeds")} == {
        http_server.url("/news.rss"),
        http_server.url("/news.atom"),
    }
    again = cli(profile, "add", http_server.url("/news.rss"))
    assert again.returncode == 1 and "already" in again.stderr.lower()
    assert len(again.stderr.strip().splitlines()) == 1


def test_add_rejects_pages_without_feeds_and_dead_hosts(
    http_server: TestServer, profile: Path
) -> None:
    http_server.routes["/plain"] = Reply(200, b"<html><body>no feeds</body></html>", {})
    done = cli(profile, "add", http_server.url("/plain"))
    assert done.returncode == 1 and "no feed found" in done.stderr
    done = cli(profile, "add", "http://127.0.0.1:9/feed.xml")
    assert done.returncode == 1 and done.stderr.count("\n") == 1
    done = cli(profile, "add", "javascript:alert(1)")
    assert done.returncode == 2, done.stderr
    assert ok_json(profile, "feeds") == []


def test_export_import_round_trip_keeps_the_tree(
    http_server: TestServer, profile: Path, tmp_path: Path
) -> None:
    rows = [("World/Asia", "Asia", "/1"), ("World/Europe", "Europe", "/2"), ("Sport", "S", "/3")]
    subs = tmp_path / "in.opml"
    subs.write_text(opml(http_server, rows))
    assert cli(profile, "import", str(subs)).returncode == 0
    out = tmp_path / "out.opml"
    assert cli(profile, "export", str(out)).returncode == 0
    other = tmp_path / "other"
    assert cli(other, "import", str(out)).returncode == 0
    tree = sorted((f["section"], f["title"], f["url"]) for f in ok_json(other, "feeds"))
    assert tree == sorted((s, t, http_server.url(p)) for s, t, p in rows)
    stdout_export = cli(profile, "export")
    assert stdout_export.returncode == 0 and "<opml" in stdout_export.stdout


def test_bad_usage_and_missing_things_give_one_line_and_the_right_status(
    profile: Path, tmp_path: Path
) -> None:
    for args, status in [
        (("frobnicate",), 2),
        (("articles", "--limit", "zero"), 2),
        (("show", "12345"), 1),
        (("articles", "--section", "Nowhere"), 1),
        (("import", str(tmp_path / "missing.opml")), 1),
    ]:
        done = cli(profile, *args)
        assert done.returncode == status, (args, done.stderr)
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr
        assert "Traceback" not in done.stderr
    bad = tmp_path / "bad.opml"
    bad.write_text("this is not xml at all")
    done = cli(profile, "import", str(bad))
    assert done.returncode == 1 and len(done.stderr.strip().splitlines()) == 1


def test_version() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "newsreader", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and done.stdout.startswith("newsreader ")


@pytest.mark.parametrize("kind", ["garbage", "sqlite-foreign"])
def test_a_database_that_is_not_ours_is_never_touched(tmp_path: Path, kind: str) -> None:
    profile = tmp_path / "p"
    profile.mkdir()
    db = profile / "newsreader.db"
    if kind == "garbage":
        db.write_bytes(b"definitely not sqlite" * 100)
    else:
        import sqlite3

        con = sqlite3.connect(db)
        con.execute("create table invoices(id integer primary key, total real)")
        con.execute("insert into invoices(total) values (12.5)")
        con.commit()
        con.close()
    before = db.read_bytes()
    done = cli(profile, "feeds")
    assert done.returncode == 1 and str(db) in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert db.read_bytes() == before


def test_gzip_bomb_stops_at_the_cap_and_other_feeds_still_refresh(
    http_server: TestServer, profile: Path
) -> None:
    # ~1 GB of zeros compressed to about 1 MB; the cap (16 MB) must stop it.
    block = gzip.compress(b"\0" * (1 << 24), compresslevel=9)
    bomb = block * 64
    http_server.routes["/bomb.xml"] = Reply(
        200, bomb, {"Content-Type": "application/rss+xml", "Content-Encoding": "gzip"}
    )
    http_server.routes["/good.xml"] = ConditionalFeed(rss("Good", make_items("g", 3)))
    # Subscribing checks the URL (and `add` fetches at once), so both come in through OPML.
    subs = profile.parent / "bomb.opml"
    rows = [("News", "Good", "/good.xml"), ("Traps", "Bomb", "/bomb.xml")]
    subs.write_text(opml(http_server, rows))
    assert cli(profile, "import", str(subs)).returncode == 0
    summary = ok_json(profile, "refresh")
    assert summary["updated"] == 1 and summary["failed"] == 1 and summary["new_articles"] == 3
    (error,) = summary["errors"]
    assert error["url"] == http_server.url("/bomb.xml") and "too large" in error["error"]
