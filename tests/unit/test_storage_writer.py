"""Store: sections, feeds, feed updates (dedupe, churn, tombstones), user actions, purge."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from newsreader.core.decide import decide_update, entry_keys
from newsreader.core.errors import DuplicateError, NotFoundError, UsageError
from newsreader.core.fetch import Fetcher, user_agent
from newsreader.core.imageinfo import sha256_hex
from newsreader.core.types import (
    ArticleQuery,
    CachedImage,
    Feed,
    FeedStatus,
    FeedUpdate,
    FetchKind,
    FetchResult,
    ParsedEntry,
    ParsedFeed,
    Validators,
)
from newsreader.storage import Store, open_library, open_store
from newsreader.update.images import ImageCacher, ImageOutcome, ImageState, record_outcomes
from tests.support.feeds import rss
from tests.support.httpserver import Reply, TestServer
from tests.unit.storage_factory import (
    NOW,
    count_rows,
    entry,
    make_library,
    make_store,
    ok_state,
    store_update,
    store_updates,
    update,
    write,
)
from tests.unit.test_imageinfo import make_png

# -- sections -------------------------------------------------------------------------------


def test_ensure_section_creates_each_level_once(tmp_path: Path) -> None:
    store, path = make_store(tmp_path)
    asia = store.ensure_section("World/Asia")
    assert store.ensure_section(" World / Asia ") == asia
    store.ensure_section("World/Europe")
    lib = open_library(path)
    assert [s.path for s in lib.sections()] == ["World", "World/Asia", "World/Europe"]
    with pytest.raises(UsageError):
        store.ensure_section(" / ")


def test_rename_and_move_section(tmp_path: Path) -> None:
    store, path = make_store(tmp_path)
    asia = store.ensure_section("World/Asia")
    tech = store.ensure_section("Tech")
    store.rename_section(asia, "Asia-Pacific")
    store.move_section(asia, tech, 0)
    lib = open_library(path)
    assert [s.path for s in lib.sections()] == ["World", "Tech", "Tech/Asia-Pacific"]
    world = lib.section_by_path("World")
    assert world is not None
    with pytest.raises(UsageError):
        store.move_section(world.id, world.id, 0)
    store.move_section(tech, world.id, 0)
    with pytest.raises(UsageError):
        store.move_section(world.id, asia, 0)  # into its own grandchild
    with pytest.raises(DuplicateError):
        store.rename_section(store.ensure_section("World/Other"), "Tech")


def test_delete_section_moves_feeds_and_children_to_parent(tmp_path: Path) -> None:
    store, path = make_store(tmp_path)
    feed = store.add_feed("https://e.org/a", "A", "World/Asia", 1800, now=NOW)
    store.ensure_section("World/Asia/Japan")
    store.ensure_section("World/Japan/Tokyo")  # clashes by name with the moving child
    store.ensure_section("World/Asia/Japan/Osaka")
    asia = open_library(path).section_by_path("World/Asia")
    assert asia is not None
    store.delete_section(asia.id)
    lib = open_library(path)
    assert [s.path for s in lib.sections()] == [
        "World",
        "World/Japan",
        "World/Japan/Tokyo",
        "World/Japan/Osaka",
    ]
    moved = lib.feed(feed.id)
    assert moved is not None and moved.section_path == "World"


def test_delete_section_whose_child_has_its_name(tmp_path: Path) -> None:
    store, path = make_store(tmp_path)
    store.ensure_section("World/World")
    world = open_library(path).section_by_path("World")
    assert world is not None
    store.delete_section(world.id)
    assert [s.path for s in open_library(path).sections()] == ["World"]


# -- feeds ----------------------------------------------------------------------------------


def test_add_feed_and_duplicate(tmp_path: Path) -> None:
    store, _ = make_store(tmp_path)
    feed = store.add_feed("https://e.org/f", "", "News", 900, auth_ref="me", now=NOW)
    assert (feed.title, feed.section_path, feed.interval, feed.auth_ref) == (
        "https://e.org/f",
        "News",
        900,
        "me",
    )
    with pytest.raises(DuplicateError):
        store.add_feed("https://e.org/f", "Again", "", 900, now=NOW)
    store.delete_feed(feed.id)
    with pytest.raises(NotFoundError):
        store.delete_feed(feed.id)


def test_delete_feed_takes_its_articles_out_of_everything(tmp_path: Path) -> None:
    fx = make_library(tmp_path)
    aid = fx.articles["Tech"][0]
    fx.store.record_read(aid, NOW, 1.0)
    fx.store.delete_feed(fx.feeds["Tech"])
    assert fx.lib.article(aid) is None
    assert fx.lib.search("summary", 50) != [] and aid not in {
        r.id for r in fx.lib.search("summary", 50)
    }
    assert count_rows(fx.path, "SELECT count(*) FROM articles_fts") == 6
    assert count_rows(fx.path, "SELECT count(*) FROM read_events") == 0
    assert fx.lib.popular(None, 5, NOW) == []


def test_user_title_is_not_overwritten_by_feed_title(tmp_path: Path) -> None:
    store, path = make_store(tmp_path)
    mine = store.add_feed("https://e.org/1", "My name", "", 900, user_title=True, now=NOW)
    theirs = store.add_feed("https://e.org/2", "placeholder", "", 900, now=NOW)
    store_updates(
        store, [update(mine.id, title="Feed says"), update(theirs.id, title="Feed says")], NOW
    )
    lib = open_library(path)
    assert lib.feed(mine.id).title == "My name"  # type: ignore[union-attr]
    assert lib.feed(theirs.id).title == "Feed says"  # type: ignore[union-attr]
    store.update_feed(theirs.id, title="Renamed")
    store_update(store, update(theirs.id, title="Feed again"), NOW)
    assert lib.feed(theirs.id).title == "Renamed"  # type: ignore[union-attr]


def test_update_and_move_feed(tmp_path: Path) -> None:
    store, path = make_store(tmp_path)
    a = store.add_feed("https://e.org/a", "A", "S", 900, now=NOW)
    b = store.add_feed("https://e.org/b", "B", "S", 900, now=NOW)
    changed = store.update_feed(a.id, interval=60, auth_ref="u", section_path="T/U")
    assert (changed.interval, changed.auth_ref, changed.section_path) == (60, "u", "T/U")
    assert store.update_feed(a.id, auth_ref="").auth_ref is None
    store.move_feed(a.id, b.section_id, 0)
    lib = open_library(path)
    assert [f.title for f in lib.feeds()] == ["A", "B"]


def test_feeds_due(tmp_path: Path) -> None:
    store, _ = make_store(tmp_path)
    due = store.add_feed("https://e.org/due", "due", "", 900, now=NOW)
    later = store.add_feed("https://e.org/later", "later", "", 900, now=NOW)
    gone = store.add_feed("https://e.org/gone", "gone", "", 900, now=NOW)
    auth = store.add_feed("https://e.org/auth", "auth", "", 900, now=NOW)
    store_updates(
        store,
        [
            update(later.id),  # next update 30 min from NOW
            FeedUpdate(gone.id, replace(ok_state(), status=FeedStatus.GONE)),
            FeedUpdate(auth.id, replace(ok_state(), status=FeedStatus.AUTH)),
        ],
        NOW,
    )
    assert [f.id for f in store.feeds_due(NOW)] == [due.id]
    assert [f.id for f in store.feeds_due(NOW + timedelta(hours=1))] == [due.id, later.id]
    assert {f.id for f in store.feeds_due(NOW, all_feeds=True)} == {due.id, later.id, auth.id}
    store.update_feed(gone.id, status=FeedStatus.ACTIVE)
    assert gone.id in {f.id for f in store.feeds_due(NOW)}


# -- feed updates ---------------------------------------------------------------------------


def test_feed_state_is_stored(tmp_path: Path) -> None:
    store, path = make_store(tmp_path)
    feed = store.add_feed("https://e.org/f", "F", "", 900, now=NOW)
    state = replace(
        ok_state(),
        validators=Validators(etag='W/"abc"', last_modified="Sun, 01 Mar 2026 12:00:00 GMT"),
        body_hash="bh",
    )
    store_update(
        store,
        FeedUpdate(feed.id, state, site_url="https://e.org/", new_url="https://e.org/moved"),
        NOW,
    )
    got = open_library(path).feed(feed.id)
    assert got is not None
    assert got.validators == state.validators
    assert (got.body_hash, got.site_url, got.url) == ("bh", "https://e.org/", "https://e.org/moved")
    assert got.next_update == state.next_update
    assert got.last_success == NOW


def test_permanent_redirect_onto_existing_feed_keeps_old_url(tmp_path: Path) -> None:
    store, path = make_store(tmp_path)
    a = store.add_feed("https://e.org/a", "A", "", 900, now=NOW)
    store.add_feed("https://e.org/b", "B", "", 900, now=NOW)
    store_update(store, FeedUpdate(a.id, ok_state(), new_url="https://e.org/b"), NOW)
    assert open_library(path).feed(a.id).url == "https://e.org/a"  # type: ignore[union-attr]


def test_same_key_twice_stores_one_row(tmp_path: Path) -> None:
    fx = make_library(tmp_path)
    feed = fx.feeds["Tech"]
    e = entry(100, published=NOW)
    first = store_update(fx.store, update(feed, e, e), NOW)
    again = store_update(fx.store, update(feed, e), NOW)
    assert len(first) == 1
    assert again == []
    assert fx.lib.article_count(ArticleQuery(feed_id=feed)) == 4


def test_not_modified_update_writes_no_articles(tmp_path: Path) -> None:
    fx = make_library(tmp_path)
    before = count_rows(fx.path, "SELECT total_changes()")  # sanity: query works
    assert before == 0
    counts = fx.lib.feed_article_counts()
    new = store_update(fx.store, FeedUpdate(fx.feeds["Tech"], ok_state(etag="e2")), NOW)
    assert new == []
    assert fx.lib.feed_article_counts() == counts
    assert fx.lib.feed(fx.feeds["Tech"]).validators.etag == "e2"  # type: ignore[union-attr]


def test_rewrite_counts_change_and_keeps_user_state(tmp_path: Path) -> None:
    fx = make_library(tmp_path)
    feed = fx.feeds["Tech"]
    aid = fx.articles["Tech"][0]
    fx.store.mark_read([aid], True)
    fx.store.set_starred(aid, True)
    fx.store.record_read(aid, NOW, 2.0)
    key = fx.store.entry_states(feed, ["guid-7"])["guid-7"]
    assert (key.article_id, key.changes) == (aid, 0)
    for n in range(2):
        changed = entry(7, title=f"Zeppelin edition {n}", content="<p>Rewritten body</p>")
        store_update(
            fx.store, FeedUpdate(feed, ok_state(), rewrites=(write(changed, article_id=aid),)), NOW
        )
    state = fx.store.entry_states(feed, ["guid-7", "missing"])
    assert list(state) == ["guid-7"]
    assert state["guid-7"].changes == 2
    art = fx.lib.article(aid)
    assert art is not None
    assert (art.title, art.content, art.read, art.starred) == (
        "Zeppelin edition 1",
        "<p>Rewritten body</p>",
        True,
        True,
    )
    assert [r.id for r in fx.lib.search("zeppelin", 5)] == [aid]
    assert fx.lib.search("Summary 7", 5) == []  # the old body left the index
    assert fx.lib.popular(None, 5, NOW)[0].article.id == aid


def test_update_for_deleted_feed_is_dropped(tmp_path: Path) -> None:
    fx = make_library(tmp_path)
    feed = fx.feeds["Tech"]
    fx.store.delete_feed(feed)
    other = fx.feeds["World/Asia"]
    new = store_updates(
        fx.store, [update(feed, entry(50)), update(other, entry(51, published=NOW))], NOW
    )
    assert len(new) == 1
    assert fx.lib.feed_article_counts() == {other: 4, fx.feeds["World/Europe"]: 3}


def pending(store: Store) -> list[tuple[int, str]]:
    """(article id, URL) the image stage would download next: its own query, any article."""
    return [(aid, url) for aid, url, _feed_url in store.image_jobs(None, 10)]


def test_new_articles_have_images_pending(tmp_path: Path) -> None:
    fx = make_library(tmp_path)
    e = replace(
        entry(60, published=NOW),
        image="https://img.example/lead.jpg",
        content='<p><img src="https://img.example/1.png"> <img src="data:x"></p>',
    )
    (aid,) = store_update(fx.store, update(fx.feeds["Tech"], e), NOW)
    assert pending(fx.store) == [
        (aid, "https://img.example/lead.jpg"),
        (aid, "https://img.example/1.png"),
    ]
    # What the image stage stores for that article's downloads: one cached, one failed.
    image = CachedImage("https://img.example/1.png", "ab" * 32, "image/png", 10, 20, 300)
    outcomes = [
        ImageOutcome(aid, "https://img.example/lead.jpg", ImageState.FAILED, error="HTTP 404"),
        ImageOutcome(aid, image.url, ImageState.CACHED, image=image),
    ]
    assert record_outcomes(fx.store, outcomes, NOW) == 1
    assert pending(fx.store) == []
    assert [i.url for i in fx.lib.article_images(aid)] == ["https://img.example/1.png"]
    assert fx.store.unused_images() == []
    # A rewrite that adds an image queues it; purging the article frees the cached one.
    changed = replace(e, content='<img src="https://img.example/2.png">')
    store_update(
        fx.store,
        FeedUpdate(fx.feeds["Tech"], ok_state(), rewrites=(write(changed, article_id=aid),)),
        NOW,
    )
    assert pending(fx.store) == [(aid, "https://img.example/2.png")]
    fx.store.delete_feed(fx.feeds["Tech"])
    assert fx.store.unused_images() == ["ab" * 32]
    fx.store.forget_images(["ab" * 32])
    assert fx.store.unused_images() == []


def test_the_image_stage_stores_what_it_downloaded(tmp_path: Path, http_server: TestServer) -> None:
    # The image worker's own steps against a loopback server: the stage's query, the
    # downloads, and the one write of their outcomes.
    store, path = make_store(tmp_path)
    feed_url = http_server.url("/feed.xml")
    http_server.routes["/feed.xml"] = Reply(200, rss("Images", [], feed_url))
    photo = make_png(10, 20, seed=1)
    http_server.routes["/1.png"] = Reply(200, photo, {"Content-Type": "image/png"})
    lead, png = http_server.url("/lead.jpg"), http_server.url("/1.png")  # lead: 404
    feed = store.add_feed(feed_url, "Images", "", 900, now=NOW)
    e = replace(entry(60, published=NOW), image=lead, content=f'<p><img src="{png}"></p>')
    (aid,) = store_update(store, update(feed.id, e), NOW)
    fetcher = Fetcher(user_agent("test"))
    assert fetcher.fetch_feed(feed_url, Validators(), None).kind is FetchKind.OK
    jobs = store.image_jobs([aid], 10)
    assert jobs == [(aid, lead, feed_url), (aid, png, feed_url)]
    cacher = ImageCacher(fetcher, tmp_path / "images")
    outcomes = cacher.download_article(aid, feed_url, [url for _, url, _ in jobs])
    assert record_outcomes(store, outcomes, NOW) == 1
    lib = open_library(path)
    assert lib.image_states(aid) == [(lead, "failed"), (png, "cached")]
    assert [i.url for i in lib.article_images(aid)] == [png]
    assert store.image_jobs(None, 10) == []
    assert store.image_hashes() == {sha256_hex(photo)}


def test_full_text_is_stored_and_searchable(tmp_path: Path) -> None:
    fx = make_library(tmp_path)
    aid = fx.articles["Tech"][0]
    fx.store.set_full_text(aid, "The whole page mentions quasars.")
    assert fx.lib.article(aid).full_text == "The whole page mentions quasars."  # type: ignore[union-attr]
    assert [r.id for r in fx.lib.search("quasars", 5)] == [aid]


# -- user actions ---------------------------------------------------------------------------


def test_mark_read_star_and_mark_all_read(tmp_path: Path) -> None:
    fx = make_library(tmp_path)
    asia = fx.articles["World/Asia"]
    fx.store.mark_read(asia[:1], True)
    fx.store.set_starred(asia[1], True)
    assert fx.lib.special_counts() == (9, 8, 1)
    world = fx.lib.section_by_path("World")
    assert world is not None
    assert fx.store.mark_all_read(ArticleQuery(section_id=world.id)) == 5
    assert fx.lib.unread_counts() == {fx.feeds["Tech"]: 3}
    fx.store.mark_read(asia, False)
    assert fx.lib.special_counts() == (9, 6, 1)


def test_record_read_counts_every_opening(tmp_path: Path) -> None:
    fx = make_library(tmp_path)
    aid = fx.articles["Tech"][0]
    fx.store.record_read(aid, NOW, 12.5)
    fx.store.record_read(aid, NOW + timedelta(hours=1), None)
    (row,) = fx.lib.popular(None, 5, NOW + timedelta(hours=1))
    assert (row.article.id, row.reads, row.last_read) == (aid, 2, NOW + timedelta(hours=1))
    assert row.article.read
    assert count_rows(fx.path, "SELECT count(*) FROM read_events WHERE article_id = ?", aid) == 2
    with pytest.raises(NotFoundError):
        fx.store.record_read(99999, NOW, None)


def test_settings_round_trip(tmp_path: Path) -> None:
    fx = make_library(tmp_path)
    assert fx.store.setting("images", "ask") == "ask"
    fx.store.set_setting("images", {"mode": "always", "max": 3})
    assert fx.lib.setting("images") == {"mode": "always", "max": 3}


# -- retention ------------------------------------------------------------------------------


def test_purge_by_age_keeps_starred_and_tombstones(tmp_path: Path) -> None:
    fx = make_library(tmp_path, per_feed=4)
    feed = fx.feeds["World/Asia"]
    ids = fx.articles["World/Asia"]  # published 1..4 hours before NOW
    fx.store.set_starred(ids[3], True)
    fx.store.record_read(ids[2], NOW, 1.0)
    purged = fx.store.purge(NOW, max_age_days=2.5 / 24, max_per_feed=None, keep_unread=False)
    # Asia's entries are 1–4 h old (the 4 h one starred), the other feeds' all older than 4 h.
    assert purged == 1 + 4 + 4
    assert fx.lib.article(ids[2]) is None
    assert fx.lib.article(ids[3]) is not None
    assert fx.store.tombstoned(feed, ["guid-3", "guid-4", "guid-1"]) == {"guid-3"}
    assert count_rows(fx.path, "SELECT count(*) FROM read_events") == 0
    assert fx.lib.search("Summary 3", 5) == []
    # The next fetch still lists the purged entry: it does not come back.
    assert store_update(fx.store, update(feed, entry(3, published=NOW)), NOW) == []


def _decide(store: Store, feed: Feed, *entries: ParsedEntry) -> FeedUpdate:
    """What the refresh pipeline's writer job decides for a fetched document (core.decide)."""
    parsed = ParsedFeed(title=None, site_url=None, entries=entries)
    ok = FetchResult(FetchKind.OK, feed.url, feed.url, status=200, body=b"-")
    keys = entry_keys(parsed.entries)
    stored, dead = store.entry_states(feed.id, keys), store.tombstoned(feed.id, keys)
    return decide_update(feed, ok, parsed, stored, dead, NOW, random.Random(0))


def test_the_decider_owns_repeats_and_tombstones(tmp_path: Path) -> None:
    # Decide, then store, as the refresh pipeline does: the decider keeps the first of a
    # repeated entry and skips the purged one; storage has no rule of its own to apply.
    store, _path = make_store(tmp_path)
    feed = store.add_feed("https://e.org/f", "F", "", 900, now=NOW)
    old = entry(1, published=NOW - timedelta(days=90))
    store.apply_feed_updates_by_feed([_decide(store, feed, old)], NOW)
    assert store.purge(NOW, max_age_days=30, max_per_feed=None, keep_unread=False) == 1
    fresh = entry(2, published=NOW)
    decided = _decide(store, feed, fresh, old, replace(fresh, title="The same guid again"))
    assert [w.entry for w in decided.inserts] == [fresh]
    assert store.apply_feed_updates_by_feed([decided], NOW)[feed.id] != []
    assert store.entry_states(feed.id, [w.key for w in decided.inserts])
    assert count_rows(store.path, "SELECT count(*) FROM articles") == 1


def test_a_purge_by_another_process_after_the_decision_is_kept(tmp_path: Path) -> None:
    # Why storage still checks tombstones when it inserts: the decision's reads are not in
    # the write's transaction, and another process (a CLI refresh beside the window) may
    # store the same entry and purge it in between; only the write sees that tombstone.
    fx = make_library(tmp_path)
    feed = fx.lib.feed(fx.feeds["Tech"])
    assert feed is not None
    old = entry(40, published=NOW - timedelta(days=90))
    decided = _decide(fx.store, feed, old)
    assert len(decided.inserts) == 1  # new when the window decided
    other = open_store(fx.path)  # the other process: stores it, then its retention purges it
    try:
        other.apply_feed_updates_by_feed([_decide(other, feed, old)], NOW)
        assert other.purge(NOW, max_age_days=30, max_per_feed=None, keep_unread=False) == 1
    finally:
        other.close()
    assert fx.store.apply_feed_updates_by_feed([decided], NOW) == {feed.id: []}
    assert fx.lib.article_count(ArticleQuery(feed_id=feed.id)) == 3


def test_purge_by_count_and_keep_unread(tmp_path: Path) -> None:
    fx = make_library(tmp_path, per_feed=4)
    tech = fx.articles["Tech"]  # oldest last
    fx.store.mark_read(tech[2:3], True)
    purged = fx.store.purge(NOW, max_age_days=None, max_per_feed=2, keep_unread=True)
    assert purged == 1
    assert fx.lib.article(tech[2]) is None
    assert fx.lib.article(tech[3]) is not None  # unread: kept
    assert fx.store.purge(NOW, None, None, keep_unread=False) == 0
    assert fx.store.purge(NOW, None, 1, keep_unread=False) == 3 * 4 - 3 - 1


def test_storing_bytes_already_cached_keeps_older_articles_linked(tmp_path: Path) -> None:
    # Issue 12: REPLACE deleted the images row, and ON DELETE SET NULL unlinked article one.
    fx = make_library(tmp_path)
    first = replace(entry(70, published=NOW), content='<img src="https://img.example/a.png">')
    second = replace(entry(71, published=NOW), content='<img src="https://img.example/b.png">')
    (a,) = store_update(fx.store, update(fx.feeds["Tech"], first), NOW)
    (b,) = store_update(fx.store, update(fx.feeds["Tech"], second), NOW)
    # Two downloads, in two batches of the image stage, that gave the same bytes.
    for aid, url in ((a, "https://img.example/a.png"), (b, "https://img.example/b.png")):
        image = CachedImage(url, "cd" * 32, "image/png", 10, 20, 300)
        record_outcomes(fx.store, [ImageOutcome(aid, url, ImageState.CACHED, image=image)], NOW)
    assert [i.sha256 for i in fx.lib.article_images(a)] == ["cd" * 32]
    assert [i.sha256 for i in fx.lib.article_images(b)] == ["cd" * 32]
