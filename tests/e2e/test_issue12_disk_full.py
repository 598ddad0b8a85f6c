"""Issue 12, point 19: a full disk under the log, and a refresh in which every feed failed.

Every failed log write printed a traceback to stderr (3,550 lines in one run), and
`refresh` exited 0 even when no feed could be refreshed. A failed log write is now reported
once, in one line; a refresh in which every feed tried failed exits 1.
"""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import pytest

from tests.e2e.test_cli import cli
from tests.support.feeds import make_items, rss
from tests.support.httpserver import Reply, TestServer

FEED = {"Content-Type": "application/rss+xml"}


def _dead_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, then closed)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _subscribe(profile: Path, server: TestServer, paths: list[str]) -> None:
    for path in paths:
        server.routes[path] = Reply(200, rss(path, make_items(path.strip("/"), 2)), FEED)
        done = cli(profile, "add", server.url(path))
        assert done.returncode == 0, done.stderr


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_failed_log_writes_are_reported_once_in_one_line(
    http_server: TestServer, tmp_path: Path
) -> None:
    profile = tmp_path / "profile"
    paths = [f"/f{i}.xml" for i in range(8)]
    _subscribe(profile, http_server, paths)
    for path in paths:  # every feed logs its failure: many writes to a full disk
        http_server.routes[path] = Reply(500, b"down", {"Content-Type": "text/plain"})
    log_file = profile / "logs" / "newsreader.log"
    log_file.unlink()
    log_file.symlink_to("/dev/full")  # every write fails with ENOSPC, like a full disk
    done = cli(profile, "refresh", "--all")
    assert "Traceback" not in done.stderr and "Logging error" not in done.stderr, done.stderr
    about_log = [line for line in done.stderr.splitlines() if "log" in line.lower()]
    assert len(about_log) == 1, done.stderr
    assert str(log_file) in about_log[0]
    # The refresh itself still ran and reported every feed.
    assert done.stdout.startswith("8 feeds: 0 updated"), done.stdout


def test_refresh_in_which_every_feed_failed_exits_1(
    http_server: TestServer, tmp_path: Path
) -> None:
    profile = tmp_path / "profile"
    _subscribe(profile, http_server, ["/a.xml", "/b.xml"])
    http_server.routes["/a.xml"] = Reply(500, b"down", {"Content-Type": "text/plain"})
    del http_server.routes["/b.xml"]  # 404
    done = cli(profile, "refresh", "--all")
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "2 feeds" in done.stderr and "internal error" not in done.stderr
    as_json = cli(profile, "refresh", "--all", "--json")
    assert as_json.returncode == 1, as_json.stderr
    summary = json.loads(as_json.stdout)
    assert summary["failed"] == summary["feeds"] == 2


def test_refresh_of_a_dead_port_exits_1(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    with TestServer() as server:
        _subscribe(profile, server, ["/a.xml"])
        port = server.port
    assert port  # the server is gone: its port now refuses connections
    done = cli(profile, "refresh", "--all")
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    dead = tmp_path / "dead"
    opml = _opml(tmp_path, f"http://127.0.0.1:{_dead_port()}/x.xml")
    assert cli(dead, "import", str(opml)).returncode == 0
    assert cli(dead, "refresh", "--all").returncode == 1


def test_refresh_exits_0_when_some_feeds_succeed(http_server: TestServer, tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    _subscribe(profile, http_server, ["/a.xml", "/b.xml"])
    http_server.routes["/a.xml"] = Reply(500, b"down", {"Content-Type": "text/plain"})
    done = cli(profile, "refresh", "--all")
    assert done.returncode == 0, (done.stdout, done.stderr)
    assert "1 failed" in done.stdout


def test_refresh_with_nothing_due_exits_0(tmp_path: Path) -> None:
    done = cli(tmp_path / "profile", "refresh")
    assert done.returncode == 0, done.stderr


def _opml(tmp_path: Path, url: str) -> Path:
    path = tmp_path / "one.opml"
    path.write_text(
        '<?xml version="1.0"?><opml version="2.0"><head/><body>'
        f'<outline text="X" type="rss" xmlUrl="{url}"/></body></opml>'
    )
    return path
