"""The Miniflux fixture really works, on 2.2.6 and on 2.3.x."""

from __future__ import annotations

import json
import subprocess
import time

import pytest

from tests.support.httpserver import TestServer
from tests.support.miniflux import FeedFarm, MinifluxServer, pid_alive, seed, sweep_stale


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


@pytest.mark.parametrize("full", [False, True], ids=["in-place", "template"])
def test_reset_brings_back_the_seeded_state(
    miniflux: MinifluxServer, feedserver: TestServer, full: bool
) -> None:
    seeded_rows = miniflux.sql("SELECT count(*) FROM users UNION ALL SELECT count(*) FROM api_keys")
    farm = FeedFarm(feedserver)
    first = miniflux.add_feed(farm.add_feed(0, 3), category="Gone")
    entry = miniflux.entries()["entries"][0]["id"]
    miniflux.set_status([entry], "read")
    assert miniflux.entries()["total"] == 3
    took = miniflux.reset(full=full)
    print(f"\nreset ({'template' if full else 'in place'}) on {miniflux.version}: {took:.3f} s")
    assert miniflux.feeds() == []
    assert miniflux.entries()["total"] == 0
    assert [c["title"] for c in miniflux.categories()] == ["All"]
    assert (
        miniflux.sql("SELECT count(*) FROM users UNION ALL SELECT count(*) FROM api_keys")
        == seeded_rows
    )
    # Credentials survive the reset, and ids start again from where the seed left them.
    assert miniflux.greader_login()
    assert miniflux.request("GET", "/v1/me")[0] == 200
    assert miniflux.add_feed(farm.add_feed(1, 2)) == first
    assert min(e["id"] for e in miniflux.entries()["entries"]) == 1


def test_stale_servers_of_a_dead_run_are_swept(miniflux_servers: MinifluxServer) -> None:
    server = MinifluxServer(miniflux_servers.suite).start()
    try:
        assert server.workdir is not None
        work = server.workdir
        record = json.loads((work / "pids.json").read_text())
        pids = [int(p) for p in record["pids"]]
        assert len(pids) == 2 and all(pid_alive(p) for p in pids)
        gone = subprocess.Popen(["true"])
        gone.wait()
        record["owner"] = gone.pid  # as if the test run that started it had been killed
        (work / "pids.json").write_text(json.dumps(record))
        sweep_stale()
        deadline = time.monotonic() + 10
        while any(pid_alive(p) for p in pids) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not any(pid_alive(p) for p in pids)
        assert not work.exists()
        # The session's own server belongs to a live process: untouched.
        assert miniflux_servers.request("GET", "/v1/me")[0] == 200
    finally:
        server.stop()


def test_seed_makes_twenty_feeds_and_a_thousand_entries(
    miniflux: MinifluxServer, feedserver: TestServer
) -> None:
    seeded = seed(miniflux, feedserver, feeds=20, entries_per_feed=50)
    print(f"\nseed 20x50 on {miniflux.version}: {seeded.seconds:.2f} s")
    assert len(set(seeded.feed_ids)) == 20
    assert len(miniflux.feeds()) == 20
    assert miniflux.entries(limit=1)["total"] == 1000
    cats = miniflux.api("GET", "/v1/categories", counts="true")
    assert {c["title"]: c["feed_count"] for c in cats} == {"All": 0, "News": 10, "Tech": 10}
