"""`newsreader stats [--json]` and the health fields of `feeds --json` (issues 16, 19), run as
real subprocesses on a profile whose feeds are served on 127.0.0.1."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newsreader.app.profile import resolve_profile
from newsreader.storage import open_store
from tests.e2e.test_cli import cli, ok_json
from tests.support.feeds import Item, rss
from tests.support.httpserver import Reply, TestServer
from tests.unit.storage_factory import entry, store_update, update

RSS = {"Content-Type": "application/rss+xml; charset=utf-8"}


@pytest.fixture
def profile(tmp_path: Path, http_server: TestServer) -> Path:
    """A live feed (seven posts, every other day) subscribed through `add`, one read of it
    with 90 seconds on screen, and a feed subscribed 90 days ago that was never read."""
    now = datetime.now(UTC).replace(microsecond=0)
    items = [
        Item(
            f"live-{i}",
            f"Live story {i}",
            f"http://127.0.0.1/live/{i}",
            "<p>Harbour news.</p>",
            now - timedelta(days=2 * i),
        )
        for i in range(7)
    ]
    http_server.routes["/live.xml"] = Reply(200, rss("Live Desk", items), RSS)
    root = tmp_path / "profile"
    paths = resolve_profile(root)
    paths.create()
    store = open_store(paths.db_path)
    try:
        old = store.add_feed("http://127.0.0.1:9/old.xml", "Old Gazette", "Archive", 3600,
                             user_title=True, now=now - timedelta(days=90))  # fmt: skip
        entries = [entry(i, published=now - timedelta(days=80 + i)) for i in range(3)]
        store_update(store, update(old.id, *entries, now=now - timedelta(days=79)), now)
    finally:
        store.close()
    done = cli(root, "add", http_server.url("/live.xml"), "--section", "News")
    assert done.returncode == 0, done.stderr
    live = next(f for f in ok_json(root, "feeds") if f["title"] == "Live Desk")
    article = ok_json(root, "articles", "--feed", live["url"])[0]
    store = open_store(paths.db_path)
    try:
        store.record_read(article["id"], now - timedelta(hours=1), 90.0)
    finally:
        store.close()
    return root


def test_feeds_json_has_the_health_fields(profile: Path) -> None:
    feeds = {f["title"]: f for f in ok_json(profile, "feeds")}
    live, old = feeds["Live Desk"], feeds["Old Gazette"]
    for key in ("last_success", "next_poll", "per_week"):
        assert key in live and key in old
    assert live["last_success"] is not None
    assert datetime.fromisoformat(live["next_poll"]) > datetime.fromisoformat(live["last_success"])
    # Seven posts over the twelve days since the oldest: 7 / (12 / 7) a week.
    assert live["per_week"] == pytest.approx(49 / 12, abs=0.01)
    # Last fetched 79 days ago (the fixture's stored update).
    last = datetime.fromisoformat(old["last_success"])
    assert timedelta(days=78) < datetime.now(UTC) - last < timedelta(days=80)
    # Three articles in the twelve weeks the rate looks at (known for longer than that).
    assert old["per_week"] == 0.25
    assert old["not_updated_days"] == 80


def test_stats_json_ledger_and_prune_suggestion(profile: Path) -> None:
    stats = ok_json(profile, "stats")
    rows = {r["title"]: r for r in stats["feeds"]}
    live, old = rows["Live Desk"], rows["Old Gazette"]
    assert (live["articles"], live["reads"], live["read_articles"]) == (7, 1, 1)
    assert live["seconds_read"] == 90.0
    assert live["read_share"] == pytest.approx(1 / 7, abs=1e-4)
    assert live["last_read"] is not None and live["prune"] is None
    assert old["prune"] == {"days_unread": None, "subscribed": old["prune"]["subscribed"]}
    assert stats["prune"] == [old["id"]]
    assert stats["seconds_read"] == 90.0
    assert stats["prune_days"] == 60


def test_stats_text(profile: Path) -> None:
    done = cli(profile, "stats")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "Reading ledger of 2 feeds" in out
    assert "You have never read “Old Gazette”; consider unsubscribing." in out
    assert "Live Desk" in out and "1 minute" in out  # 90 s on screen
    assert "14 %" in out  # one of its seven articles read


def test_stats_on_an_empty_profile(tmp_path: Path) -> None:
    done = cli(tmp_path / "empty", "stats", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["feeds"] == []
    done = cli(tmp_path / "empty", "stats")
    assert done.returncode == 0 and "No feeds yet" in done.stdout
