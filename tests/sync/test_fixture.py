"""The Miniflux fixture really works, on 2.2.6 and on 2.3.x."""

from __future__ import annotations

import json

from tests.support.httpserver import TestServer
from tests.support.miniflux import FeedFarm, MinifluxServer, seed


def test_version_string_comes_from_the_server(miniflux: MinifluxServer) -> None:
    status, _, body = miniflux.request("GET", "/v1/version")
    assert status == 200
    assert json.loads(body)["version"] == miniflux.version
    assert miniflux.version.count(".") == 2


def test_api_key_is_accepted_and_a_wrong_one_is_refused(miniflux: MinifluxServer) -> None:
    status, _, body = miniflux.request("GET", "/v1/me")
    assert status == 200
    assert json.loads(body)["username"] == miniflux.admin_user
    status, _, body = miniflux.request("GET", "/v1/me", headers={"X-Auth-Token": "not-the-key"})
    assert status == 401
    assert "error_message" in json.loads(body)
    status, _, _ = miniflux.request("GET", "/v1/me", auth=False)
    assert status == 401


def test_google_reader_login_works_with_the_integration_credentials(
    miniflux: MinifluxServer,
) -> None:
    auth = miniflux.greader_login()
    assert auth.startswith(f"{miniflux.greader_user}/")
    status, _, body = miniflux.request(
        "GET",
        "/reader/api/0/user-info",
        params={"output": "json"},
        headers={"Authorization": f"GoogleLogin auth={auth}"},
        auth=False,
    )
    assert status == 200
    assert json.loads(body)["userName"] == miniflux.admin_user
    status, _, _ = miniflux.request(
        "POST",
        "/accounts/ClientLogin",
        form={"Email": miniflux.greader_user, "Passwd": "wrong-password"},
        auth=False,
    )
    assert status == 401


def test_a_loopback_feed_is_added_and_its_entries_listed(
    miniflux: MinifluxServer, feedserver: TestServer
) -> None:
    farm = FeedFarm(feedserver)
    url = farm.add_feed(0, 5)
    feed_id = miniflux.add_feed(url, category="Smoke")
    feeds = miniflux.feeds()
    assert [(f["id"], f["feed_url"], f["category"]["title"]) for f in feeds] == [
        (feed_id, url, "Smoke")
    ]
    listed = miniflux.entries(feed_id=feed_id)
    assert listed["total"] == 5
    assert {e["title"] for e in listed["entries"]} == {f"Feed 0 story {n}" for n in range(5)}
    assert feedserver.requests_to(farm.path(0))

    # Acting as another device: read, star, and a new item after a refresh.
    ids = [e["id"] for e in listed["entries"]]
    miniflux.set_status(ids[:2], "read")
    miniflux.toggle_bookmark(ids[2])
    farm.add_items(0, 1)
    miniflux.refresh_feed(feed_id)
    assert miniflux.entries(status="read")["total"] == 2
    assert [e["id"] for e in miniflux.entries(starred="true")["entries"]] == [ids[2]]
    assert miniflux.entries(feed_id=feed_id)["total"] == 6


def test_reset_brings_back_the_seeded_state(
    miniflux: MinifluxServer, feedserver: TestServer
) -> None:
    farm = FeedFarm(feedserver)
    miniflux.add_feed(farm.add_feed(0, 3), category="Gone")
    assert miniflux.entries()["total"] == 3
    took = miniflux.reset()
    print(f"\nreset on {miniflux.version}: {took:.2f} s")
    assert miniflux.feeds() == []
    assert miniflux.entries()["total"] == 0
    assert [c["title"] for c in miniflux.categories()] == ["All"]
    # Credentials survive the reset.
    assert miniflux.greader_login()
    assert miniflux.request("GET", "/v1/me")[0] == 200


def test_seed_makes_twenty_feeds_and_a_thousand_entries(
    miniflux: MinifluxServer, feedserver: TestServer
) -> None:
    seeded = seed(miniflux, feedserver, feeds=20, entries_per_feed=50)
    print(f"\nseed 20x50 on {miniflux.version}: {seeded.seconds:.2f} s")
    assert len(set(seeded.feed_ids)) == 20
    assert len(miniflux.feeds()) == 20
    assert miniflux.entries(limit=1)["total"] == 1000
    counts = {
        c["title"]: c["feed_count"] for c in miniflux.api("GET", "/v1/categories", counts="true")
    }
    assert counts == {"All": 0, "News": 10, "Tech": 10}
