"""Issue 12, point 21: a library path that is a folder, and foreign files in WAL mode.

`newsreader.db` being a folder gave an error that named no cause; refusing another
program's SQLite file (or a newer Newsreader's) that is in WAL mode left `-wal` and `-shm`
files beside it, so the refusal changed the folder it promised to leave alone.
"""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import pytest

from newsreader.storage.db import APPLICATION_ID
from tests.e2e.test_cli import cli


def _one_line_refusal(done: subprocess.CompletedProcess[str], *words: str) -> None:
    assert done.returncode == 1, (done.returncode, done.stdout, done.stderr)
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "internal error" not in done.stderr and "Traceback" not in done.stderr
    for word in words:
        assert word in done.stderr, done.stderr


@pytest.mark.parametrize("command", [["feeds"], ["articles"], ["refresh"], ["export"]])
def test_library_that_is_a_folder_is_one_sentence(tmp_path: Path, command: list[str]) -> None:
    profile = tmp_path / "profile"
    (profile / "newsreader.db").mkdir(parents=True)
    done = cli(profile, *command)
    _one_line_refusal(done, "is a folder")
    assert list((profile / "newsreader.db").iterdir()) == []


def _wal_file(path: Path, application_id: int, user_version: int) -> None:
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"
    conn.execute(f"PRAGMA application_id = {application_id}")
    conn.execute(f"PRAGMA user_version = {user_version}")
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.execute("INSERT INTO notes VALUES ('not yours')")
    conn.commit()
    conn.close()  # the last connection checkpoints and removes -wal and -shm


@pytest.mark.parametrize(
    ("application_id", "user_version", "reason"),
    [
        (0, 0, "another application"),
        (0x12345678, 3, "another application"),
        (APPLICATION_ID, 999, "newer Newsreader"),
    ],
    ids=["no-id", "other-id", "newer-schema"],
)
@pytest.mark.parametrize("command", [["feeds"], ["refresh"], ["add", "http://127.0.0.1:9/x"]])
def test_refusing_a_file_in_wal_mode_leaves_no_files_beside_it(
    tmp_path: Path, application_id: int, user_version: int, reason: str, command: list[str]
) -> None:
    profile = tmp_path / "profile"
    profile.mkdir()
    db = profile / "newsreader.db"
    _wal_file(db, application_id, user_version)
    before = db.read_bytes()
    beside = sorted(p.name for p in profile.iterdir() if p.name.startswith("newsreader.db"))
    assert beside == ["newsreader.db"]
    done = cli(profile, *command)
    _one_line_refusal(done, reason, "nothing was changed")
    after = sorted(p.name for p in profile.iterdir() if p.name.startswith("newsreader.db"))
    assert after == beside
    assert db.read_bytes() == before
