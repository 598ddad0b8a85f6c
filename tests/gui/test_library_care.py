"""File ▸ Check Library, and the repairs it offers (issue 12).

Real libraries on disk, damaged by overwriting one page with no connection open; the window
is the real one. The person's answer is scripted through the chooser the window is given.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from newsreader.app.library_care import PendingRepair, Repair, offer_repair_at_start
from newsreader.core.errors import StorageError
from newsreader.core.types import ArticleQuery
from newsreader.gui.main_window import MainWindow
from newsreader.storage import open_store
from newsreader.storage.backup import make_backup
from newsreader.storage.repair import check_library
from tests.unit.storage_factory import NOW, entry, store_update, update

ARTICLES = 400


class Answer:
    def __init__(self, choice: Repair) -> None:
        self.choice = choice
        self.asked: list[tuple[list[str], list[Path]]] = []

    def __call__(
        self, _parent: QWidget | None, problems: Sequence[str], backups: Sequence[Path]
    ) -> Repair:
        self.asked.append((list(problems), list(backups)))
        return self.choice


def _profile(tmp_path: Path, *, backup: bool) -> Path:
    root = tmp_path / "profile"
    db = root / "newsreader.db"
    store = open_store(db)
    feed = store.add_feed("https://example.invalid/feed.xml", "Feed", "World", 1800, now=NOW)
    entries = [
        entry(n, published=NOW - timedelta(minutes=n), content="<p>" + "words " * 40 + "</p>")
        for n in range(ARTICLES)
    ]
    store_update(store, update(feed.id, *entries), NOW)
    store.close()
    if backup:
        conn = sqlite3.connect(db)
        make_backup(conn, db, "daily", NOW)
        conn.close()
    return root


def _damage(db: Path, which: str) -> None:  # which: "root", "leaf" (oldest) or "first"
    """Garbage over the articles table's root or one of its leaves; no connection is open."""
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'articles'").fetchone()[0]
    leaves = [
        r[0]
        for r in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'articles' AND pagetype = 'leaf' ORDER BY path"
        )
    ]
    conn.close()
    # The oldest articles' leaf: the list's first page does not read it, the check does.
    page = {"root": root, "first": leaves[0]}.get(which, leaves[-1])
    with db.open("r+b") as handle:
        handle.seek((page - 1) * size)
        handle.write(bytes(range(256)) * (size // 256))


def _check(qtbot: QtBot, window: MainWindow) -> None:
    action = window.findChild(type(window.ui.refreshAction), "checkLibraryAction")
    assert action is not None and action in window.ui.fileMenu.actions()
    action.trigger()


def test_a_sound_library_passes_the_check(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    answer = Answer(Repair.RESTORE)
    window = make_window(_profile(tmp_path, backup=True), repair_chooser=answer)
    _check(qtbot, window)
    qtbot.waitUntil(lambda: "passed" in window.statusBar().currentMessage(), timeout=20000)
    assert answer.asked == []
    box = window.findChild(QWidget, "libraryCheckedBox")
    assert box is not None and box.isVisible()
    box.close()


@pytest.mark.parametrize("choice", [Repair.RESTORE, Repair.SALVAGE])
def test_a_damaged_library_is_repaired_after_the_window_closes(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path, choice: Repair
) -> None:
    root = _profile(tmp_path, backup=True)
    db = root / "newsreader.db"
    _damage(db, "leaf")
    answer, pending = Answer(choice), PendingRepair()
    window = make_window(root, repair_chooser=answer, pending_repair=pending)
    _check(qtbot, window)
    qtbot.waitUntil(lambda: pending.done != "" or pending.failed != "", timeout=20000)
    assert pending.failed == ""
    problems, backups = answer.asked[0]
    assert problems and len(backups) == 1
    assert not window.isVisible()
    assert check_library(db) == []
    damaged = [
        p
        for p in root.iterdir()
        if p.name.startswith("newsreader.db.damaged-") and not p.name.endswith(("-wal", "-shm"))
    ]
    assert len(damaged) == 1 and check_library(damaged[0]) != []
    if choice is Repair.SALVAGE:
        assert "articles kept" in pending.done
        assert not [p for p in root.iterdir() if "-salvaged-" in p.name]
    conn = sqlite3.connect(db)
    kept = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    conn.close()
    assert kept == ARTICLES if choice is Repair.RESTORE else 0 < kept < ARTICLES


def _damage_schema(db: Path) -> None:
    """Garbage over the schema table (page 1 after its 100-byte header): opening fails."""
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with db.open("r+b") as handle:  # no connection is open in this process now
        handle.seek(100)
        handle.write(b"\xff" * (size - 100))


def test_a_library_that_cannot_open_is_offered_its_backup(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    root = _profile(tmp_path, backup=True)
    db = root / "newsreader.db"
    _damage_schema(db)
    with pytest.raises(StorageError) as refused:
        make_window(root)
    answer = Answer(Repair.RESTORE)
    done = offer_repair_at_start(None, db, refused.value, answer)
    assert done is not None and "restored" in done
    assert len(answer.asked[0][1]) == 1  # the one backup was offered
    window = make_window(root)  # and the window opens on the restored library
    assert window.library.article_count(ArticleQuery()) == ARTICLES


def test_salvage_of_an_unreadable_schema_says_so_and_keeps_the_file(tmp_path: Path) -> None:
    root = _profile(tmp_path, backup=False)
    db = root / "newsreader.db"
    _damage_schema(db)
    before = db.read_bytes()
    with pytest.raises(StorageError, match="could not be salvaged"):
        offer_repair_at_start(None, db, StorageError("damaged"), Answer(Repair.SALVAGE))
    assert db.read_bytes() == before
    assert not [p for p in root.iterdir() if "salvaged" in p.name]


def test_declining_changes_nothing(tmp_path: Path) -> None:
    root = _profile(tmp_path, backup=True)
    db = root / "newsreader.db"
    _damage(db, "root")
    before = db.read_bytes()
    assert offer_repair_at_start(None, db, StorageError("damaged"), Answer(Repair.NONE)) is None
    assert db.read_bytes() == before
    # SQLite's own -wal/-shm may appear beside the file while it is read; nothing else does.
    assert sorted(p.name for p in root.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        "backups",
        "newsreader.db",
    ]


@pytest.mark.qt_no_exception_capture  # the damaged read raises in a slot, as it would for real
def test_damage_met_while_reading_offers_the_repair(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    root = _profile(tmp_path, backup=True)
    _damage(root / "newsreader.db", "first")  # the newest articles: the list reads them first
    answer, pending = Answer(Repair.RESTORE), PendingRepair()
    make_window(root, repair_chooser=answer, pending_repair=pending)
    qtbot.waitUntil(lambda: pending.done != "", timeout=20000)
    assert len(answer.asked) == 1 and "restored" in pending.done
    assert check_library(root / "newsreader.db") == []
