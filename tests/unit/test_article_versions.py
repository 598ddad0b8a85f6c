"""Kept versions of updated articles (issue 19, schema 9), on a real SQLite file.

Every fetch goes the way the pipeline's does: core.decide against the stored states, then
one writer transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

from newsreader.core import prefs
from newsreader.core.decide import MAX_CHANGES, decide_entries, entry_key
from newsreader.core.html_text import body_text
from newsreader.core.textdiff import Change, word_diff
from newsreader.core.types import FeedUpdate, ParsedEntry
from newsreader.storage import Store, open_library
from newsreader.storage.versions import KEEP_VERSIONS
from tests.unit.storage_factory import NOW, count_rows, entry, make_store, ok_state

FEED = "https://example.invalid/feed"


def _fetch(store: Store, feed_id: int, entries: Sequence[ParsedEntry], hours: int) -> None:
    keys = [entry_key(e) for e in entries]
    inserts, rewrites = decide_entries(
        entries, store.entry_states(feed_id, keys), store.tombstoned(feed_id, keys)
    )
    now = NOW + timedelta(hours=hours)
    update = FeedUpdate(feed_id=feed_id, state=ok_state(now), inserts=inserts, rewrites=rewrites)
    store.apply_feed_updates_by_feed([update], now)


def _story(n: int, body: str, title: str | None = None) -> ParsedEntry:
    return entry(n, title=title or f"Story {n}", content=body)


def _setup(tmp_path: Path) -> tuple[Store, Path, int]:
    store, path = make_store(tmp_path)
    feed = store.add_feed(FEED, "Feed", "World", 1800, now=NOW)
    return store, path, feed.id


def test_an_article_updated_twice_keeps_both_previous_versions(tmp_path: Path) -> None:
    store, path, feed = _setup(tmp_path)
    _fetch(store, feed, [_story(1, "<p>Three people were hurt in the fire.</p>")], 0)
    aid = 1  # the first article of a new library
    store.mark_read([aid], True)
    _fetch(store, feed, [_story(1, "<p>Five people were hurt in the fire.</p>")], 1)
    _fetch(store, feed, [_story(1, "<p>Five people were hurt in the fire, police said.</p>")], 2)
    store.close()
    library = open_library(path)
    try:
        article = library.article(aid)
        assert article is not None and article.read  # an update re-marks nothing unread
        newest, oldest = library.article_versions(aid)
        assert newest.changed_at == NOW + timedelta(hours=2)
        assert oldest.changed_at == NOW + timedelta(hours=1)
        assert "Three people" in (oldest.content or "")
        assert "Five people were hurt in the fire.</p>" in (newest.content or "")
        first = word_diff(body_text(oldest.summary, oldest.content),
                          body_text(newest.summary, newest.content))  # fmt: skip
        assert (Change.REMOVED, "Three") in first and (Change.ADDED, "Five") in first
        second = word_diff(body_text(newest.summary, newest.content),
                           body_text(article.summary, article.content))  # fmt: skip
        assert (Change.ADDED, "fire, police said.") in second
    finally:
        library.close()


def test_markup_only_changes_keep_no_version(tmp_path: Path) -> None:
    store, path, feed = _setup(tmp_path)
    _fetch(store, feed, [_story(1, "<p>Lava flows near the town.</p>")], 0)
    _fetch(
        store,
        feed,
        [_story(1, '<div class="x"><p>Lava   <b>flows</b> near the town.</p></div>')],
        1,
    )
    store.close()
    assert count_rows(path, "SELECT changes FROM articles WHERE id = 1") == 1  # it was rewritten
    assert count_rows(path, "SELECT count(*) FROM article_versions") == 0


def test_a_title_change_alone_keeps_a_version(tmp_path: Path) -> None:
    store, path, feed = _setup(tmp_path)
    _fetch(store, feed, [_story(1, "<p>Body.</p>", title="Talks begin")], 0)
    _fetch(store, feed, [_story(1, "<p>Body.</p>", title="Talks collapse")], 1)
    store.close()
    library = open_library(path)
    try:
        assert [v.title for v in library.article_versions(1)] == ["Talks begin"]
    finally:
        library.close()


def test_a_feed_that_rewrites_every_entry_on_every_fetch_stays_bounded(tmp_path: Path) -> None:
    store, path, feed = _setup(tmp_path)
    count, fetches = 40, 12
    for fetch in range(fetches):
        stories = [_story(n, f"<p>Live: {fetch} minutes in, item {n}.</p>") for n in range(count)]
        _fetch(store, feed, stories, fetch)
    store.close()
    kept = count_rows(path, "SELECT count(*) FROM article_versions")
    most = count_rows(
        path, "SELECT max(c) FROM (SELECT count(*) AS c FROM article_versions GROUP BY article_id)"
    )
    assert most == min(KEEP_VERSIONS, MAX_CHANGES)
    assert kept == count * min(KEEP_VERSIONS, MAX_CHANGES)
    # MAX_CHANGES stops the rewrites themselves: the stored text is the one of that fetch.
    assert count_rows(path, "SELECT max(changes) FROM articles") == MAX_CHANGES
    last = "SELECT count(*) FROM articles WHERE content LIKE '%Live: 5 min%'"
    assert count_rows(path, last) == count


def test_the_preference_marks_updated_articles_unread(tmp_path: Path) -> None:
    store, path, feed = _setup(tmp_path)
    _fetch(store, feed, [_story(1, "<p>Old text.</p>"), _story(2, "<p>Same.</p>")], 0)
    store.mark_read([1, 2], True)
    store.set_setting(prefs.MARK_UPDATED_UNREAD.key, True)
    # Article 2 changes only its markup: that is no update a reader would see.
    _fetch(store, feed, [_story(1, "<p>New text.</p>"), _story(2, "<p><i>Same.</i></p>")], 1)
    store.close()
    assert count_rows(path, "SELECT read FROM articles WHERE id = 1") == 0
    assert count_rows(path, "SELECT read FROM articles WHERE id = 2") == 1


def test_show_json_lists_the_kept_versions(tmp_path: Path) -> None:
    import json
    import subprocess
    import sys

    store, path, feed = _setup(tmp_path)
    _fetch(store, feed, [_story(1, "<p>First.</p>", title="Talks begin")], 0)
    _fetch(store, feed, [_story(1, "<p>Second.</p>", title="Talks stall")], 1)
    _fetch(store, feed, [_story(1, "<p>Third.</p>", title="Talks collapse")], 2)
    store.close()
    out = subprocess.run(
        [sys.executable, "-m", "newsreader", "--profile", str(path.parent), "show", "1", "--json"],
        check=True, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    shown = json.loads(out.stdout)
    assert shown["title"] == "Talks collapse"
    assert shown["versions"] == [
        {"changed_at": "2026-03-01T14:00:00+00:00", "title": "Talks stall"},
        {"changed_at": "2026-03-01T13:00:00+00:00", "title": "Talks begin"},
    ]
