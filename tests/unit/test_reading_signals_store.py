"""Issue 15's storage and preference side: a read event recorded when the article counted
gets its seconds on screen later without counting twice, and the mark-read preference."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

from newsreader.core import prefs
from tests.unit.storage_factory import NOW, make_library


def events(path: Path) -> list[tuple[int, float | None]]:
    conn = sqlite3.connect(path)
    try:
        return [(r[0], r[1]) for r in conn.execute("SELECT article_id, seconds FROM read_events")]
    finally:
        conn.close()


def test_recording_the_same_read_again_only_stores_its_seconds(tmp_path: Path) -> None:
    fx = make_library(tmp_path)
    aid = fx.articles["Tech"][0]
    fx.store.record_read(aid, NOW, None)  # the article stayed for the delay
    fx.store.record_read(aid, NOW, 4.25)  # the reader moved on after 4.25 s
    assert events(fx.path) == [(aid, 4.25)]
    (row,) = fx.lib.popular(None, 5, NOW)
    assert (row.article.id, row.reads) == (aid, 1)  # counted once
    fx.store.record_read(aid, NOW, None)  # a late repeat without seconds keeps them
    fx.store.record_read(aid, NOW + timedelta(minutes=5), None)  # another opening counts
    assert events(fx.path) == [(aid, 4.25), (aid, None)]
    (row,) = fx.lib.popular(None, 5, NOW + timedelta(minutes=5))
    assert row.reads == 2


def test_mark_read_preference_has_three_modes_and_defaults_to_after_the_delay() -> None:
    assert prefs.MARK_READ.key == "mark_read" and prefs.MARK_READ in prefs.ALL
    assert prefs.MARK_READ.read(None) == "after-delay"
    for mode in ("on-open", "after-delay", "manual"):
        assert prefs.MARK_READ.read(mode) == mode
    for bad in ("sometimes", 3, True, ["manual"]):
        assert prefs.MARK_READ.read(bad) == "after-delay"
    loaded = prefs.load(lambda key, default: "manual" if key == "mark_read" else default)
    assert loaded.mark_read == "manual" and loaded.read_delay_ms == 1500
