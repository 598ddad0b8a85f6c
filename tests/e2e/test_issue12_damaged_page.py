"""Issue 12, point 18: a damaged page inside the library is reported in one sentence.

With one page of newsreader.db overwritten, `articles` gave an internal error, `read` and
`add` a message without a way out, and `refresh` exited 0. Each command that meets the
damage now says, in one line, that the library is damaged and how to put a backup back,
and exits 1.
"""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.e2e.test_cli import cli
from tests.support.feeds import make_items, rss
from tests.support.httpserver import Reply, TestServer


def _damage(db: Path, which: str) -> None:
    """Overwrite one page of the articles table with garbage: its root, or the first leaf
    (the newest articles, which every listing reads).

    Runs with no connection open: the page is found through SQLite first, and that
    connection is closed before the file is written.
    """
    conn = sqlite3.connect(db)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'articles'").fetchone()[0]
    leaves = [
        row[0]
        for row in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'articles' AND pagetype = 'leaf' ORDER BY path"
        )
    ]
    conn.close()
    assert leaves and root not in leaves  # a two-level tree: 400 articles fill many pages
    page = root if which == "root" else leaves[0]
    with db.open("r+b") as handle:
        handle.seek((page - 1) * page_size)
        handle.write(bytes(range(256)) * (page_size // 256))


@pytest.fixture
def damaged(http_server: TestServer, tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    http_server.routes["/a.xml"] = Reply(
        200, rss("A", make_items("a", 400)), {"Content-Type": "application/rss+xml"}
    )
    http_server.routes["/b.xml"] = Reply(
        200, rss("B", make_items("b", 3)), {"Content-Type": "application/rss+xml"}
    )
    profile = tmp_path / "profile"
    done = cli(profile, "add", http_server.url("/a.xml"))  # stores them at once (issue 15)
    assert done.returncode == 0 and "Stored 400 articles" in done.stdout, done.stdout + done.stderr
    _damage(profile / "newsreader.db", request.param)
    return profile


def _one_sentence_about_damage(done: subprocess.CompletedProcess[str], profile: Path) -> None:
    assert done.returncode == 1, (done.returncode, done.stdout, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    message = lines[0]
    assert "damaged" in message, message
    assert "internal error" not in message and "Traceback" not in done.stderr
    assert str(profile / "backups") in message, message
    assert "Check Library" in message, message


@pytest.mark.parametrize("damaged", ["first-leaf", "root"], indirect=True)
@pytest.mark.parametrize(
    "command",
    [
        ["articles"],
        ["articles", "--json"],
        ["search", "story"],
        ["read", "5"],
        ["add", "/b.xml"],
        ["refresh", "--all"],
    ],
    ids="-".join,
)
def test_commands_on_a_damaged_page_say_so_in_one_sentence(
    damaged: Path, http_server: TestServer, command: list[str]
) -> None:
    if command[0] == "add":
        command = ["add", http_server.url(command[1])]
    before = (damaged / "newsreader.db").read_bytes()
    done = cli(damaged, *command)
    _one_sentence_about_damage(done, damaged)
    assert (damaged / "newsreader.db").read_bytes() == before  # nothing was written to it


@pytest.mark.parametrize("damaged", ["first-leaf"], indirect=True)
def test_damage_without_a_backup_says_there_is_none(damaged: Path) -> None:
    for backup in (damaged / "backups").iterdir():
        backup.unlink()
    done = cli(damaged, "articles")
    _one_sentence_about_damage(done, damaged)
    assert "no backup" in done.stderr and "Check Library" in done.stderr
