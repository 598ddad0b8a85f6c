"""Ending the app: a signal closes the window like its close button, and the database file
is self-contained afterwards (no write-ahead log left to lose in a backup of one file)."""

from __future__ import annotations

import os
import shutil
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


def subscribed_profile(tmp_path: Path, http_server: TestServer) -> Path:
    http_server.routes["/feed.xml"] = ConditionalFeed(rss("World", make_items("w", 4)))
    profile = tmp_path / "profile"
    done = cli(profile, "add", http_server.url("/feed.xml"), "--section", "World")
    assert done.returncode == 0, done.stderr
    return profile


def test_cli_commands_leave_a_self_contained_database(
    tmp_path: Path, http_server: TestServer
) -> None:
    profile = subscribed_profile(tmp_path, http_server)
    assert cli(profile, "refresh", "--all").returncode == 0
    assert not (profile / "newsreader.db-wal").exists()
    # The database file alone, copied elsewhere, holds every article.
    copy = tmp_path / "backup.db"
    shutil.copyfile(profile / "newsreader.db", copy)
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 4


@pytest.mark.parametrize("name", ["SIGTERM", "SIGINT"])
def test_a_signal_closes_the_window_cleanly(
    tmp_path: Path, http_server: TestServer, name: str
) -> None:
    profile = subscribed_profile(tmp_path, http_server)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NEWSREADER_OFFER_DEFAULTS": "no"}
    env.pop("NEWSREADER_PROFILE", None)
    window = subprocess.Popen(
        [sys.executable, "-m", "newsreader", "--profile", str(profile)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        # The engine opens the database after the handlers are installed: its shared-memory
        # file appearing means the signal will be handled, not fatal.
        deadline = time.monotonic() + 60
        while not (profile / "newsreader.db-shm").exists():
            assert window.poll() is None, window.communicate()
            assert time.monotonic() < deadline, "the window did not open the profile"
            time.sleep(0.05)
        window.send_signal(getattr(signal, name))
        _out, err = window.communicate(timeout=60)
    finally:
        if window.poll() is None:
            window.kill()
            window.communicate()
    assert window.returncode == 0, err
    assert "Traceback" not in err and "leaked" not in err
    assert (profile / "window.ini").exists()  # the close path ran: window state saved
    assert not (profile / "newsreader.db-wal").exists()
    log = next((profile / "logs").glob("*.log")).read_text()
    assert f"{name} received: closing the window" in log
