"""Tags, notes and saved searches through the command line (issue 16, a contract).

`tag ID NAME`, `untag ID NAME`, `articles --tag NAME`, `search QUERY --save NAME`,
`saved list [--json]`, `saved remove NAME`, plus `tags` and `note`; each run as the real
`newsreader` process against a profile subscribed to feeds served on 127.0.0.1.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e.test_cli import cli, ok_json, profile
from tests.support.feeds import make_items, rss
from tests.support.httpserver import Reply, TestServer

__all__ = ["profile"]  # a fixture
RSS = {"Content-Type": "application/rss+xml"}


@pytest.fixture
def subscribed(http_server: TestServer, profile: Path) -> Path:
    http_server.routes["/asia.xml"] = Reply(200, rss("Asia Desk", make_items("asia", 4)), RSS)
    http_server.routes["/tech.xml"] = Reply(200, rss("Tech Desk", make_items("tech", 3)), RSS)
    for path, section in (("/asia.xml", "World/Asia"), ("/tech.xml", "Technology")):
        done = cli(profile, "add", http_server.url(path), "--section", section)
        assert done.returncode == 0, done.stderr
    return profile


def test_tag_untag_and_list_articles_by_tag(subscribed: Path) -> None:
    rows = ok_json(subscribed, "articles")
    first, second = rows[0]["id"], rows[3]["id"]
    done = cli(subscribed, "tag", str(first), "Read later")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Tagged article {first} “Read later”"
    assert cli(subscribed, "tag", str(second), "read LATER").returncode == 0
    again = cli(subscribed, "tag", str(first), "Read later")
    assert again.stdout.strip() == f"Article {first} already has the tag “Read later”"
    tagged = ok_json(subscribed, "articles", "--tag", "read later")
    assert sorted(r["id"] for r in tagged) == sorted([first, second])
    assert ok_json(subscribed, "tags") == [
        {"id": 1, "name": "Read later", "articles": 2, "unread": 2}
    ]

    done = cli(subscribed, "untag", str(first), "Read later")
    assert done.returncode == 0 and "Removed the tag “Read later”" in done.stdout
    assert [r["id"] for r in ok_json(subscribed, "articles", "--tag", "Read later")] == [second]
    # Mistakes: one line on stderr, the right exit status, nothing changed.
    missing = cli(subscribed, "untag", str(first), "Read later")
    assert missing.returncode == 1
    assert missing.stderr == f"newsreader: article {first} has no tag named “Read later”\n"
    assert cli(subscribed, "articles", "--tag", "Nope").returncode == 1
    assert cli(subscribed, "tag", "99999", "X").returncode == 1
    empty = cli(subscribed, "tag", str(first), "   ")
    assert empty.returncode == 2 and empty.stderr == "newsreader: the name is empty\n"
    assert cli(subscribed, "tag", str(first), "x" * 81).returncode == 2
    assert len(ok_json(subscribed, "tags")) == 1


def test_notes_are_set_shown_searched_and_removed(subscribed: Path) -> None:
    rows = ok_json(subscribed, "articles")
    ident = str(rows[2]["id"])
    assert cli(subscribed, "note", ident).stdout.strip() == f"Article {ident} has no note"
    done = cli(subscribed, "note", ident, "Call Ingrid about the ferry")
    assert done.returncode == 0 and done.stdout.strip() == f"Kept the note of article {ident}"
    assert cli(subscribed, "note", ident).stdout == "Call Ingrid about the ferry\n"
    assert [r["id"] for r in ok_json(subscribed, "search", "INGRID ferry")] == [int(ident)]
    done = cli(subscribed, "note", ident, "")
    assert done.stdout.strip() == f"Removed the note of article {ident}"
    assert ok_json(subscribed, "search", "ingrid") == []


def test_save_list_and_remove_searches(subscribed: Path) -> None:
    done = cli(subscribed, "search", "harbour", "--save", "Harbour news")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 8  # the seven hits, then what was saved
    assert lines[-1] == (
        "Saved the search as “Harbour news”; the window shows it under Saved searches"
    )
    scoped = cli(
        subscribed, "search", "harbour", "--save", "Asian harbours", "--section", "World/Asia",
        "--unread", "--json",
    )  # fmt: skip
    assert scoped.returncode == 0, scoped.stderr
    assert {r["section"] for r in json.loads(scoped.stdout)} == {"World/Asia"}
    assert "Saved the search as “Asian harbours”" in scoped.stderr
    one = ok_json(subscribed, "articles", "--section", "World/Asia")[0]
    assert cli(subscribed, "read", str(one["id"])).returncode == 0
    listed = ok_json(subscribed, "saved", "list")
    fields = ("name", "query", "unread_only", "section", "unread")
    assert [tuple(s[f] for f in fields) for s in listed] == [
        ("Harbour news", "harbour", False, None, 6),
        ("Asian harbours", "harbour", True, "World/Asia", 3),
    ]
    text = cli(subscribed, "saved", "list").stdout.splitlines()
    assert text == [
        "Harbour news: “harbour”; 6 unread",
        "Asian harbours: “harbour” in World/Asia, unread only; 3 unread",
    ]
    # Saving under a name in use replaces that search.
    again = cli(subscribed, "search", "story", "--save", "harbour NEWS")
    assert "in place of the one saved under that name" in again.stdout
    assert [s["query"] for s in ok_json(subscribed, "saved", "list")] == ["story", "harbour"]
    assert cli(subscribed, "saved", "remove", "Asian harbours").returncode == 0
    assert [s["name"] for s in ok_json(subscribed, "saved", "list")] == ["harbour NEWS"]
    gone = cli(subscribed, "saved", "remove", "Asian harbours")
    assert gone.returncode == 1
    assert gone.stderr == "newsreader: no saved search named “Asian harbours”\n"
    assert cli(subscribed, "search", "harbour", "--save", "").returncode == 2
    assert cli(subscribed, "search", "harbour", "--section", "Nowhere").returncode == 1
