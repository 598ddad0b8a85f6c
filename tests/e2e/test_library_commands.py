"""`newsreader check`, `backups`, `restore`, `salvage`, and `add --allow-private` (issue 12).

The real CLI in a subprocess on a real profile; feeds on 127.0.0.1. Damage is one leaf page
of `articles` overwritten with no connection open.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.test_cli import cli
from tests.support.feeds import make_items, rss
from tests.support.httpserver import Reply, TestServer

RSS = {"Content-Type": "application/rss+xml"}


@pytest.fixture
def profile(tmp_path: Path, http_server: TestServer) -> Path:
    http_server.routes["/a.xml"] = Reply(200, rss("A", make_items("a", 400)), RSS)
    root = tmp_path / "profile"
    assert cli(root, "add", http_server.url("/a.xml")).returncode == 0
    done = cli(root, "refresh", "--all")  # the first use of the day also makes the backup
    assert done.returncode == 0, done.stderr
    assert cli(root, "read", "3").returncode == 0
    return root


def _damage_a_leaf(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    leaves = [
        r[0]
        for r in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'articles' AND pagetype = 'leaf' ORDER BY path"
        )
    ]
    conn.close()
    with db.open("r+b") as handle:  # no connection is open in this process now
        handle.seek((leaves[-1] - 1) * size)
        handle.write(bytes(range(256)) * (size // 256))


def _one_line(done: subprocess.CompletedProcess[str], code: int) -> str:
    assert done.returncode == code, (done.returncode, done.stdout, done.stderr)
    text = (done.stdout if code == 0 else done.stderr).strip()
    assert len(text.splitlines()) == 1 and "Traceback" not in done.stderr, text
    return text


def test_check_passes_a_sound_library_and_names_the_way_out_of_a_damaged_one(
    profile: Path,
) -> None:
    assert "passed SQLite's full check" in _one_line(cli(profile, "check"), 0)
    _damage_a_leaf(profile / "newsreader.db")
    message = _one_line(cli(profile, "check"), 1)
    assert "damaged" in message and "newsreader restore" in message


def test_backups_are_listed(profile: Path) -> None:
    listing = _one_line(cli(profile, "backups"), 0)
    assert str(profile / "backups") in listing


def test_restore_puts_the_backup_back_and_keeps_the_damaged_file(profile: Path) -> None:
    db = profile / "newsreader.db"
    _damage_a_leaf(db)
    damaged = db.read_bytes()
    message = _one_line(cli(profile, "restore"), 0)
    assert "Restored" in message
    kept = [p for p in profile.iterdir() if p.name.startswith("newsreader.db.damaged-")]
    main = [p for p in kept if not p.name.endswith(("-wal", "-shm"))]
    assert len(main) == 1 and main[0].read_bytes() == damaged
    assert "passed" in _one_line(cli(profile, "check"), 0)
    assert cli(profile, "articles", "--limit", "1").returncode == 0


def test_salvage_keeps_the_readable_rows(profile: Path) -> None:
    db = profile / "newsreader.db"
    _damage_a_leaf(db)
    message = _one_line(cli(profile, "salvage"), 0)
    assert "Salvaged" in message and "could not be read" in message
    assert "passed" in _one_line(cli(profile, "check"), 0)
    conn = sqlite3.connect(db)
    kept = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    read = conn.execute("SELECT read FROM articles WHERE id = 3").fetchone()
    conn.close()
    assert 0 < kept < 400 and read == (1,)


def test_repairs_wait_for_the_window_to_close(profile: Path, tmp_path: Path) -> None:
    hold_lock = (
        "import sys, time; from pathlib import Path;"
        "from newsreader.app.single_instance import WindowLock;"
        "lock = WindowLock(Path(sys.argv[1])); assert lock.acquire() is None;"
        "print('held', flush=True); time.sleep(30)"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", hold_lock, str(profile)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        before = sorted(p.name for p in profile.iterdir())
        for command in ("restore", "salvage"):
            message = _one_line(cli(profile, command), 1)
            assert "window is open" in message
        assert sorted(p.name for p in profile.iterdir()) == before
    finally:
        holder.kill()
        holder.wait(timeout=10)


def test_a_private_address_needs_allow_private(profile: Path, http_server: TestServer) -> None:
    http_server.routes["/home.xml"] = Reply(200, rss("Home", make_items("h", 2)), RSS)
    local = http_server.url("/home.xml").replace("127.0.0.1", "0.0.0.0")  # reaches loopback
    message = _one_line(cli(profile, "add", local), 1)
    assert "private network (0.0.0.0)" in message and "--allow-private" in message
    assert http_server.requests_to("/home.xml") == []
    assert "Home" not in cli(profile, "feeds").stdout
    done = cli(profile, "add", local, "--allow-private")
    assert done.returncode == 0, done.stderr
    assert "Home" in cli(profile, "feeds").stdout
