"""Store.delete_feed(keep_starred=True): the feed is archived, its starred articles stay.

Real SQLite files in tmp_path; the re-subscription is fetched for real from 127.0.0.1.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from newsreader.app.profile import open_engine, resolve_profile
from newsreader.core.errors import DuplicateError, NotFoundError
from newsreader.core.types import ArticleQuery, FeedStatus
from newsreader.storage import Store, open_library
from tests.support.feeds import make_items, rss
from tests.support.httpserver import Reply, TestServer
from tests.unit.storage_factory import (
    NOW,
    Fixture,
    count_rows,
    entry,
    make_library,
    store_update,
    store_updates,
    update,
)


def _archived_tech(tmp_path: Path) -> tuple[Fixture, int, int]:
    """The Tech feed archived with one starred, read article; (fixture, feed, starred id)."""
    fx = make_library(tmp_path)
    feed = fx.feeds["Tech"]
    starred, read, _third = fx.articles["Tech"]
    # One more unstarred article with an image, and one purged (tombstoned) article.
    image = replace(entry(40, published=NOW), image="https://img.example/lead.jpg")
    store_update(fx.store, update(feed, image), NOW)
    fx.store.purge(NOW, None, 3, keep_unread=False)  # per feed: the oldest of four goes
    assert count_rows(fx.path, "SELECT count(*) FROM tombstones WHERE feed_id = ?", feed) == 1
    fx.store.set_starred(starred, True)
    fx.store.record_read(starred, NOW, 4.0)
    fx.store.record_read(read, NOW, 2.0)
    fx.store.delete_feed(feed, keep_starred=True)
    return fx, feed, starred


def test_archive_keeps_exactly_the_starred_articles_and_their_reads(tmp_path: Path) -> None:
    fx, feed, starred = _archived_tech(tmp_path)
    path = fx.path
    assert count_rows(path, "SELECT count(*) FROM articles WHERE feed_id = ?", feed) == 1
    assert count_rows(path, "SELECT id FROM articles WHERE feed_id = ?", feed) == starred
    assert count_rows(path, "SELECT count(*) FROM read_events") == 1
    assert count_rows(path, "SELECT article_id FROM read_events") == starred
    # FTS rows, image index rows and tombstones of the feed went with the dropped articles.
    assert count_rows(path, "SELECT count(*) FROM articles_fts") == 3 + 3 + 1
    assert count_rows(path, "SELECT count(*) FROM article_images") == 0
    assert count_rows(path, "SELECT count(*) FROM tombstones") == 0
    archived = fx.lib.feed(feed)
    assert archived is not None and archived.status is FeedStatus.ARCHIVED
    assert archived.section_id is None and archived.validators.etag is None
    assert archived.auth_ref is None and archived.last_error is None
    # The other feeds are untouched.
    assert fx.lib.feed_article_counts() == {
        fx.feeds["World/Asia"]: 3,
        fx.feeds["World/Europe"]: 3,
        feed: 1,
    }


def test_archived_feed_is_no_subscription(tmp_path: Path) -> None:
    fx, feed, _starred = _archived_tech(tmp_path)
    assert feed not in {f.id for f in fx.lib.feeds()}
    assert len(fx.lib.feeds()) == 2
    assert fx.lib.feed_by_url("https://example.org/tech.xml") is None
    later = NOW + timedelta(days=30)
    assert feed not in {f.id for f in fx.store.feeds_due(later)}
    assert feed not in {f.id for f in fx.store.feeds_due(later, all_feeds=True)}
    assert len(fx.store.feeds_due(later, all_feeds=True)) == 2
    # The Tech section still exists (sections are the user's), but lists nothing any more.
    tech = fx.lib.section_by_path("Tech")
    assert tech is not None
    assert fx.lib.articles(ArticleQuery(section_id=tech.id), 10) == []


def test_starred_articles_of_an_archived_feed_stay_in_every_list(tmp_path: Path) -> None:
    fx, feed, starred = _archived_tech(tmp_path)
    lib = fx.lib
    everything = {r.id: r for r in lib.articles(ArticleQuery(), 50)}
    assert starred in everything and everything[starred].feed_title == "Tech"
    assert everything[starred].section_path == ""
    assert [r.id for r in lib.articles(ArticleQuery(starred_only=True), 50)] == [starred]
    assert [r.id for r in lib.articles(ArticleQuery(feed_id=feed), 50)] == [starred]
    assert lib.special_counts() == (7, 6, 1)
    article = lib.article(starred)
    assert article is not None and article.feed_title == "Tech" and article.starred
    title = article.title
    assert starred in {r.id for r in lib.search(title, 10)}
    assert [p.article.id for p in lib.popular(None, 5, NOW)] == [starred]
    # Related: another article with the same distinctive words finds the kept one.
    twin = replace(entry(90, published=NOW), title=f"{title} follow-up")
    (other,) = store_update(fx.store, update(fx.feeds["World/Asia"], twin), NOW)
    assert starred in {r.id for r in lib.related(other, 10)}
    assert other in {r.id for r in lib.related(starred, 10)}


def test_unstarred_article_of_an_archived_feed_goes_with_retention(tmp_path: Path) -> None:
    fx, _feed, starred = _archived_tech(tmp_path)
    later = NOW + timedelta(days=60)
    # The other feeds' articles are unread, which this retention keeps; the kept one is read.
    assert fx.store.purge(later, 30, None, keep_unread=True) == 0  # starred protects it
    fx.store.set_starred(starred, False)
    assert fx.store.purge(later, 30, None, keep_unread=True) == 1
    assert fx.lib.article(starred) is None
    assert fx.lib.special_counts() == (6, 6, 0)


def test_archive_without_starred_articles_deletes_the_feed(tmp_path: Path) -> None:
    fx = make_library(tmp_path)
    feed = fx.feeds["Tech"]
    fx.store.delete_feed(feed, keep_starred=True)
    assert fx.lib.feed(feed) is None
    assert count_rows(fx.path, "SELECT count(*) FROM articles_fts") == 6
    with pytest.raises(NotFoundError):
        fx.store.delete_feed(feed, keep_starred=True)


def test_fetch_in_flight_when_archived_is_dropped(tmp_path: Path) -> None:
    fx, feed, _starred = _archived_tech(tmp_path)
    new = store_updates(fx.store, [update(feed, entry(70, published=NOW))], NOW)
    assert new == []
    archived = fx.lib.feed(feed)
    assert archived is not None and archived.status is FeedStatus.ARCHIVED


def test_archived_feed_can_still_be_deleted(tmp_path: Path) -> None:
    fx, feed, starred = _archived_tech(tmp_path)
    fx.store.delete_feed(feed)
    assert fx.lib.feed(feed) is None and fx.lib.article(starred) is None


def test_subscribing_again_reactivates_without_duplicates(
    tmp_path: Path, http_server: TestServer
) -> None:
    http_server.routes["/desk.xml"] = Reply(
        200, rss("News Desk", make_items("desk", 5)), {"Content-Type": "application/rss+xml"}
    )
    url = http_server.url("/desk.xml")
    engine = open_engine(resolve_profile(tmp_path / "profile"))
    try:
        store_call, lib = engine.writer.call, engine.library
        feed = store_call(lambda s: s.add_feed(url, "Desk", "World", 1800))
        assert engine.refresher.refresh(all_feeds=True).new_articles == 5
        rows = lib.articles(ArticleQuery(feed_id=feed.id), 10)
        kept = {rows[1].id, rows[3].id}

        def star(store: Store) -> None:
            for aid in kept:
                store.set_starred(aid, True)

        store_call(star)
        store_call(lambda s: s.delete_feed(feed.id, keep_starred=True))
        assert engine.refresher.refresh(all_feeds=True).feeds == 0

        again = store_call(lambda s: s.add_feed(url, "Desk again", "Business", 900))
        assert again.id == feed.id and again.status is FeedStatus.ACTIVE
        assert again.section_path == "Business" and again.next_update is None
        assert again.title == "Desk again" and again.interval == 900
        assert lib.feed_by_url(url) is not None
        with pytest.raises(DuplicateError):
            store_call(lambda s: s.add_feed(url, "Thrice", "", 900))

        summary = engine.refresher.refresh()  # due now: polled without --all
        assert summary.feeds == 1 and summary.new_articles == 3
        after = lib.articles(ArticleQuery(feed_id=feed.id), 10)
        assert len(after) == 5 and len({r.title for r in after}) == 5
        assert {r.id for r in after if r.starred} == kept
    finally:
        engine.close()


def test_reopened_library_reads_an_archived_feed(tmp_path: Path) -> None:
    fx, feed, starred = _archived_tech(tmp_path)
    lib = open_library(fx.path)
    try:
        assert feed not in {f.id for f in lib.feeds()}
        assert lib.article(starred) is not None
    finally:
        lib.close()
