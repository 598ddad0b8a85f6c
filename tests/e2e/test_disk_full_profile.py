"""A profile on a small, really full file system, and on a read-only one (issue 12).

A 4 MB tmpfs is mounted for the profile (root can mount here; elsewhere the test says why it
cannot run). The refresh that fills the disk must say so in one line and exit 1, keep every
article, star and read it had, leave a sound file, and work again once space is freed. A
read-only remount must keep reading commands working and refuse writes in one sentence.
"""

from __future__ import annotations

import dataclasses
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.test_cli import cli
from tests.support.feeds import Item, make_items, rss
from tests.support.httpserver import Reply, TestServer

RSS = {"Content-Type": "application/rss+xml"}
SIZE = "4m"


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={SIZE}", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({done.stderr.strip()}); run as root")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _state(db: Path) -> tuple[str, int, int, int]:
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        return (
            conn.execute("PRAGMA integrity_check").fetchone()[0],
            conn.execute("SELECT count(*) FROM articles").fetchone()[0],
            conn.execute("SELECT count(*) FROM articles WHERE starred").fetchone()[0],
            conn.execute("SELECT count(*) FROM read_events").fetchone()[0],
        )
    finally:
        conn.close()


def _big_items(prefix: str, count: int) -> list[Item]:
    # About 30 KB of text per item: a few hundred of them do not fit in 4 MB.
    text = "<p>" + "lorem ipsum dolor sit amet " * 1100 + "</p>"
    return [dataclasses.replace(item, description=text) for item in make_items(prefix, count)]


def test_a_full_disk_is_one_sentence_and_loses_nothing(
    small_disk: Path, http_server: TestServer
) -> None:
    profile = small_disk / "profile"
    http_server.routes["/small.xml"] = Reply(200, rss("Small", make_items("s", 20)), RSS)
    assert cli(profile, "add", http_server.url("/small.xml")).returncode == 0
    assert cli(profile, "refresh", "--all").returncode == 0
    assert cli(profile, "read", "2").returncode == 0
    conn = sqlite3.connect(profile / "newsreader.db")
    conn.execute("UPDATE articles SET starred = 1 WHERE id = 3")
    conn.commit()
    conn.close()
    before = _state(profile / "newsreader.db")
    http_server.routes["/big.xml"] = Reply(200, rss("Big", _big_items("b", 300)), RSS)
    added = cli(profile, "add", http_server.url("/big.xml"))
    assert added.returncode == 0, added.stderr
    full = cli(profile, "refresh", "--all")
    assert full.returncode == 1, (full.stdout, full.stderr)
    assert "Traceback" not in full.stderr and len(full.stderr.strip().splitlines()) <= 3
    assert "full" in full.stderr.lower() or "space" in full.stderr.lower(), full.stderr
    verdict, articles, starred, events = _state(profile / "newsreader.db")
    assert verdict == "ok" and articles >= before[1]
    assert (starred, events) == (before[2], before[3])
    assert cli(profile, "articles", "--limit", "3").returncode == 0  # reading still works
    # Space comes back (the big feed goes): the next refresh works.
    assert cli(profile, "feeds").returncode == 0
    http_server.routes["/big.xml"] = Reply(200, rss("Big", make_items("b", 3)), RSS)
    again = cli(profile, "refresh", "--all")
    assert again.returncode == 0, again.stderr
    assert _state(profile / "newsreader.db")[0] == "ok"


def test_a_read_only_profile_reads_and_refuses_writes_in_one_sentence(
    small_disk: Path, http_server: TestServer
) -> None:
    profile = small_disk / "profile"
    http_server.routes["/small.xml"] = Reply(200, rss("Small", make_items("s", 5)), RSS)
    assert cli(profile, "add", http_server.url("/small.xml")).returncode == 0
    assert cli(profile, "refresh", "--all").returncode == 0
    db = profile / "newsreader.db"
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    digest = db.read_bytes()
    remount = subprocess.run(
        ["mount", "-o", "remount,ro", str(small_disk)], capture_output=True, check=False
    )
    assert remount.returncode == 0, remount.stderr
    try:
        listing = cli(profile, "articles", "--limit", "2")
        assert listing.returncode == 0, listing.stderr
        starred = cli(profile, "read", "1")
        assert starred.returncode == 1, (starred.stdout, starred.stderr)
        lines = starred.stderr.strip().splitlines()
        assert len(lines) == 1 and "read-only" in lines[0] and "damaged" not in lines[0]
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=False)
    assert db.read_bytes() == digest
    assert os.access(db, os.W_OK)
