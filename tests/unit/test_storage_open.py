"""Opening a profile: damage past the tables' first pages is found before the first write."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsreader.core.errors import StorageError
from newsreader.storage import open_library, open_store
from tests.unit.storage_factory import NOW, entry, store_update, update

PAGE = 4096


def _library_file(tmp_path: Path) -> Path:
    path = tmp_path / "p.db"
    store = open_store(path)
    feed = store.add_feed("https://example.org/f", "F", "World", 1800, now=NOW)
    body = "<p>" + "words " * 400 + "</p>"
    store_update(store, update(feed.id, *(entry(i, content=body) for i in range(300))), NOW)
    store.close()
    return path


def test_deep_damage_refuses_every_write_and_changes_nothing(tmp_path: Path) -> None:
    path = _library_file(tmp_path)
    data = bytearray(path.read_bytes())
    assert len(data) > 100 * PAGE
    last = len(data) - PAGE  # a leaf page written last, never a table's first page
    data[last : last + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    store = open_store(path)  # each table's first page reads: the open itself is quick
    try:
        for _attempt in range(2):
            with pytest.raises(StorageError) as info:
                store.add_feed("https://example.org/g", "G", "World", 1800, now=NOW)
            message = str(info.value)
            assert "damaged" in message and str(path) in message and "\n" not in message
    finally:
        store.close()
    assert path.read_bytes() == before
    open_library(path).close()  # reading stays possible


def test_sound_file_writes_after_its_check(tmp_path: Path) -> None:
    path = _library_file(tmp_path)
    store = open_store(path)
    try:
        store.add_feed("https://example.org/g", "G", "World", 1800, now=NOW)
        store.add_feed("https://example.org/h", "H", "World", 1800, now=NOW)
    finally:
        store.close()
    library = open_library(path)
    try:
        assert {f.url for f in library.feeds()} >= {
            "https://example.org/g",
            "https://example.org/h",
        }
    finally:
        library.close()
