"""An archived feed through the command line: gone from `feeds` and `export`, never polled,
its starred articles still listed; `add` of the same URL brings it back without duplicates.

The CLI has no star or remove command, so those two steps write the profile's real SQLite
file with a Store, as the window's writer would.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from newsreader.app.profile import resolve_profile
from newsreader.storage import Store, open_store
from tests.e2e.test_cli import cli, ok_json, profile
from tests.support.feeds import make_items, rss
from tests.support.httpserver import Reply, TestServer

__all__ = ["profile"]  # a fixture


def _store_call(root: Path, job: Callable[[Store], None]) -> None:
    store = open_store(resolve_profile(root).db_path)
    try:
        job(store)
    finally:
        store.close()


def test_archived_feed_keeps_starred_articles_in_the_cli(
    http_server: TestServer, profile: Path
) -> None:
    http_server.routes["/desk.xml"] = Reply(
        200, rss("News Desk", make_items("desk", 5)), {"Content-Type": "application/rss+xml"}
    )
    http_server.routes["/other.xml"] = Reply(
        200, rss("Other Desk", make_items("other", 2)), {"Content-Type": "application/rss+xml"}
    )
    url = http_server.url("/desk.xml")
    for feed_url in (url, http_server.url("/other.xml")):
        done = cli(profile, "add", feed_url, "--section", "World")
        assert done.returncode == 0, done.stderr
    assert len(ok_json(profile, "articles")) == 7  # `add` stores them at once (issue 15)
    (desk,) = [f for f in ok_json(profile, "feeds") if f["url"] == url]
    rows = [r for r in ok_json(profile, "articles") if r["feed"] == "News Desk"]
    assert len(rows) == 5
    kept = {rows[0]["id"], rows[3]["id"]}

    def archive(store: Store) -> None:
        for aid in kept:
            store.set_starred(aid, True)
        store.delete_feed(desk["id"], keep_starred=True)

    _store_call(profile, archive)

    assert [f["url"] for f in ok_json(profile, "feeds")] == [http_server.url("/other.xml")]
    listed = {r["id"]: r for r in ok_json(profile, "articles")}
    assert len(listed) == 2 + 2 and kept <= set(listed)
    assert all(listed[a]["feed"] == "News Desk" and listed[a]["starred"] for a in kept)
    shown = ok_json(profile, "show", str(rows[0]["id"]))
    assert shown["feed"] == "News Desk" and shown["starred"] is True
    assert rows[0]["id"] in {r["id"] for r in ok_json(profile, "search", rows[0]["title"])}
    exported = cli(profile, "export")
    assert exported.returncode == 0 and url not in exported.stdout
    assert http_server.url("/other.xml") in exported.stdout
    hits_before = len(http_server.requests_to("/desk.xml"))
    assert ok_json(profile, "refresh", "--all")["feeds"] == 1
    assert len(http_server.requests_to("/desk.xml")) == hits_before

    # Subscribing again revives the same feed; its kept articles are not duplicated.
    done = cli(profile, "add", url)
    assert done.returncode == 0, done.stderr
    (again,) = [f for f in ok_json(profile, "feeds") if f["url"] == url]
    assert again["id"] == desk["id"] and again["status"] == "active"
    assert "Stored 3 articles" in done.stdout  # `add` fetched the missing ones (issue 15)
    rows_after = [r for r in ok_json(profile, "articles") if r["feed"] == "News Desk"]
    assert len(rows_after) == 5 and len({r["title"] for r in rows_after}) == 5
    assert {r["id"] for r in rows_after if r["starred"]} == kept
