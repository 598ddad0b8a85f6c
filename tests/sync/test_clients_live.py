"""The sync clients against a real Miniflux (2.2.6 and 2.3.x), through REST and Google Reader.

Every test runs on both versions (the `miniflux` fixture is parametrized) and, where the two
APIs can both do it, through both clients (`client` is parametrized over "rest" and
"greader"). What the clients must get right is in ../shared/sync/MINIFLUX.md.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import pytest

from newsreader.core.fetch import FetchLimits
from newsreader.core.sync import SyncAuthError, SyncError, SyncServer
from newsreader.update import sync_miniflux
from newsreader.update.sync_greader import GReaderClient
from newsreader.update.sync_miniflux import MinifluxClient
from tests.support.httpserver import Reply, Request, TestServer
from tests.support.miniflux import FeedFarm, MinifluxServer, seed

LIMITS = FetchLimits(connect_timeout=5.0, read_timeout=20.0, total_deadline=60.0)


def rest(mf: MinifluxServer, **kwargs: object) -> MinifluxClient:
    return MinifluxClient(mf.base_url, api_key=mf.api_key, limits=LIMITS, **kwargs)  # type: ignore[arg-type]


def greader(mf: MinifluxServer) -> GReaderClient:
    return GReaderClient(mf.base_url, mf.greader_user, mf.greader_password, LIMITS)


@pytest.fixture(params=["rest", "greader"])
def client(request: pytest.FixtureRequest, miniflux: MinifluxServer) -> Iterator[SyncServer]:
    made: SyncServer = rest(miniflux) if request.param == "rest" else greader(miniflux)
    try:
        yield made
    finally:
        made.close()


def server_states(mf: MinifluxServer) -> dict[str, tuple[bool, bool]]:
    return {
        str(e["id"]): (e["status"] == "read", bool(e["starred"]))
        for e in mf.entries(status=["read", "unread"])["entries"]
    }


def full_states(client: SyncServer) -> dict[str, tuple[bool, bool]]:
    changes = client.changes(None)
    return {k: (v.read, v.starred) for k, v in changes.states.items()}


# -- reading ---------------------------------------------------------------------------------


def test_server_info_names_the_server_version_and_user(
    client: SyncServer, miniflux: MinifluxServer
) -> None:
    info = client.server_info()
    if isinstance(client, MinifluxClient):
        assert (info.name, info.version) == ("Miniflux", miniflux.version)
    else:  # the Google Reader API has no version call
        assert (info.name, info.version) == ("Google Reader API", "")
    assert info.user == miniflux.admin_user


def test_feeds_come_with_their_categories(
    client: SyncServer, miniflux: MinifluxServer, feedserver: TestServer
) -> None:
    seeded = seed(miniflux, feedserver, feeds=3, entries_per_feed=2, categories=("World/Asia",))
    feeds = {f.remote_id: f for f in client.feeds()}
    assert set(feeds) == {str(i) for i in seeded.feed_ids}
    for index, feed_id in enumerate(seeded.feed_ids):
        feed = feeds[str(feed_id)]
        assert feed.url == seeded.farm.url(index)
        assert feed.title == f"Feed {index}"
        assert feed.category == "World/Asia"


def test_first_changes_over_several_pages_skips_nothing(
    client: SyncServer,
    miniflux: MinifluxServer,
    feedserver: TestServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sync_miniflux, "PAGE_SIZE", 37)  # 300 entries: 9 pages
    seed(miniflux, feedserver, feeds=6, entries_per_feed=50)
    entries = miniflux.entries(status=["read", "unread"])["entries"]
    ids = [e["id"] for e in entries]
    miniflux.set_status(ids[:40], "read")
    for entry_id in ids[30:35]:
        miniflux.toggle_bookmark(entry_id)
    changes = client.changes(None)
    assert len(ids) == 300
    assert {k: (v.read, v.starred) for k, v in changes.states.items()} == server_states(miniflux)
    missing = set(changes.states) - set(changes.entries)
    got = {e.remote_id: e for e in client.entries(sorted(missing))}
    got.update(changes.entries)
    assert set(got) == set(changes.states)
    sample = got[str(ids[0])]
    assert sample.title.startswith("Feed ")
    assert sample.content and "harbour trade" in sample.content
    assert sample.published is not None and sample.published.tzinfo is not None


def test_incremental_changes_bring_what_changed_on_the_server(
    client: SyncServer, miniflux: MinifluxServer, feedserver: TestServer
) -> None:
    seed(miniflux, feedserver, feeds=2, entries_per_feed=10)
    # Past the REST cursor's overlap: the first pull sees a quiet server, so its cursor is
    # exact and the next pull brings only what changed after it.
    time.sleep(sync_miniflux.CURSOR_OVERLAP + 1.2)
    first = client.changes(None)
    assert len(first.states) == 20
    ids = sorted(first.states, key=int)
    read_id, star_id = ids[3], ids[11]
    miniflux.set_status([int(read_id)], "read")
    miniflux.toggle_bookmark(int(star_id))
    second = client.changes(first.cursor)
    changed = {k: (v.read, v.starred) for k, v in second.states.items()}
    assert changed[read_id] == (True, False)
    assert changed[star_id] == (False, True)
    if second.complete:  # Google Reader: every entry, each in its state now
        assert changed == server_states(miniflux)
        assert len(changed) == 20
    else:  # Miniflux REST: exactly what changed
        assert set(changed) == {read_id, star_id}
        assert set(second.entries) == {read_id, star_id}
        # Right after a change the cursor overlaps it: the same two come again, no others.
        third = client.changes(second.cursor)
        assert {k: (v.read, v.starred) for k, v in third.states.items()} == changed


def test_times_are_the_same_whatever_the_users_time_zone(
    miniflux: MinifluxServer, feedserver: TestServer
) -> None:
    seed(miniflux, feedserver, feeds=1, entries_per_feed=3)
    client = rest(miniflux)
    before = {k: (e.published, e.state.changed) for k, e in client.changes(None).entries.items()}
    me = miniflux.api("GET", "/v1/me")
    miniflux.api("PUT", f"/v1/users/{me['id']}", {"timezone": "America/New_York"})
    raw = miniflux.entries(limit=1)["entries"][0]
    assert raw["changed_at"].endswith("-05:00") or raw["changed_at"].endswith("-04:00")
    after = {k: (e.published, e.state.changed) for k, e in client.changes(None).entries.items()}
    assert after == before
    assert all(p is not None and c is not None for p, c in after.values())


# -- writing ---------------------------------------------------------------------------------


def test_set_read_and_set_starred_land_on_the_server(
    client: SyncServer, miniflux: MinifluxServer, feedserver: TestServer
) -> None:
    seed(miniflux, feedserver, feeds=1, entries_per_feed=6)
    ids = sorted(server_states(miniflux), key=int)
    assert client.set_read(ids[:3], True) == set()
    if isinstance(client, MinifluxClient):  # PUT /v1/entries is idempotent everywhere
        assert client.set_read(ids[:3], True) == set()
    assert client.set_read(ids[:1], False) == set()
    assert client.set_starred(ids[4:6], True) == set()
    after = server_states(miniflux)
    assert [after[i] for i in ids] == [
        (False, False),
        (True, False),
        (True, False),
        (False, False),
        (False, True),
        (False, True),
    ]
    assert client.set_starred(ids[5:6], False) == set()
    assert server_states(miniflux)[ids[5]] == (False, False)


def test_starring_through_the_engines_rule_never_toggles_back(
    client: SyncServer, miniflux: MinifluxServer, feedserver: TestServer
) -> None:
    """2.2.6 only has toggles: the engine calls set_starred only when the state differs."""
    seed(miniflux, feedserver, feeds=1, entries_per_feed=3)
    target = sorted(server_states(miniflux), key=int)[0]
    for _ in range(3):  # three syncs that each want the entry starred
        seen = full_states(client)[target]
        if seen[1] is not True:
            client.set_starred([target], True)
    assert server_states(miniflux)[target] == (False, True)
    assert full_states(client)[target] == (False, True)


def test_unknown_ids_are_returned_not_raised(
    client: SyncServer, miniflux: MinifluxServer, feedserver: TestServer
) -> None:
    seed(miniflux, feedserver, feeds=1, entries_per_feed=2)
    known = sorted(server_states(miniflux), key=int)
    gone = ["999999", "999998"]
    if isinstance(client, MinifluxClient):
        # Only unknown ids: 2.2.6 answers 500 "nothing has been updated", which the
        # client turns into the ids it lacks; 2.3.x answers 204 and says nothing.
        unknown = client.set_read(gone, True)
        assert unknown == (set() if client._at_least(2, 3, 3) else set(gone))
        assert client.set_read([known[0], gone[0]], True) <= {gone[0]}
        if not client._at_least(2, 3, 2):
            assert client.set_starred(gone[:1], True) == {gone[0]}
    else:
        # Google Reader's edit-tag says OK for unknown ids: nothing to raise.
        assert client.set_read(gone, True) <= set(gone)
        client.set_read([known[0]], True)
    assert server_states(miniflux)[known[0]] == (True, False)
    assert client.entries(gone) == []


def test_subscribe_move_and_unsubscribe_show_on_the_server(
    client: SyncServer, miniflux: MinifluxServer, feedserver: TestServer
) -> None:
    farm = FeedFarm(feedserver, prefix="sub")
    url = farm.add_feed(0, 3)
    feed = client.subscribe(url, "World/Asia")
    assert feed.url == url
    assert feed.category == "World/Asia"
    listed = {str(f["id"]): f for f in miniflux.feeds()}
    assert listed[feed.remote_id]["category"]["title"] == "World/Asia"
    assert miniflux.entries(feed_id=int(feed.remote_id))["total"] == 3

    client.edit_feed(feed.remote_id, title="Harbour news", category="Sport")
    listed = {str(f["id"]): f for f in miniflux.feeds()}
    assert listed[feed.remote_id]["title"] == "Harbour news"
    assert listed[feed.remote_id]["category"]["title"] == "Sport"
    again = {f.remote_id: f for f in client.feeds()}[feed.remote_id]
    assert (again.title, again.category) == ("Harbour news", "Sport")

    default = client.subscribe(farm.add_feed(1, 1), "")
    listed = {str(f["id"]): f for f in miniflux.feeds()}
    assert listed[default.remote_id]["category"]["title"] == default.category != ""

    # Subscribing again (a sync killed before it recorded the first answer) is the same feed.
    twice = client.subscribe(url, "Sport")
    assert twice.remote_id == feed.remote_id
    assert len([f for f in miniflux.feeds() if f["feed_url"] == url]) == 1

    client.unsubscribe(feed.remote_id)
    assert feed.remote_id not in {str(f["id"]) for f in miniflux.feeds()}


# -- failures --------------------------------------------------------------------------------


def test_a_wrong_key_or_password_is_an_auth_error(miniflux: MinifluxServer) -> None:
    wrong_key = MinifluxClient(miniflux.base_url, api_key="not-the-key", limits=LIMITS)
    with pytest.raises(SyncAuthError, match="API key"):
        wrong_key.server_info()
    wrong_password = MinifluxClient(
        miniflux.base_url, username=miniflux.admin_user, password="wrong-pass", limits=LIMITS
    )
    with pytest.raises(SyncAuthError, match="password"):
        wrong_password.feeds()
    right_password = MinifluxClient(
        miniflux.base_url,
        username=miniflux.admin_user,
        password=miniflux.admin_password,
        limits=LIMITS,
    )
    assert right_password.server_info().user == miniflux.admin_user
    wrong_greader = GReaderClient(miniflux.base_url, miniflux.greader_user, "wrong-pass", LIMITS)
    with pytest.raises(SyncAuthError, match="password"):
        wrong_greader.feeds()


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize("kind", ["rest", "greader"])
def test_a_server_that_is_down_is_a_sync_error(kind: str) -> None:
    url = f"http://127.0.0.1:{_closed_port()}"
    made: SyncServer = (
        MinifluxClient(url, api_key="k", limits=LIMITS)
        if kind == "rest"
        else GReaderClient(url, "u", "p", LIMITS)
    )
    with pytest.raises(SyncError, match="does not answer") as caught:
        made.feeds()
    assert not isinstance(caught.value, SyncAuthError)


class DripServer:
    """Accepts connections and sends an HTTP answer one byte a second, forever."""

    def __init__(self) -> None:
        self._sock = socket.socket()
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(8)
        self.port = int(self._sock.getsockname()[1])
        self._stop = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            threading.Thread(target=self._drip, args=(conn,), daemon=True).start()

    def _drip(self, conn: socket.socket) -> None:
        with conn:
            conn.recv(65536)
            payload = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            try:
                for byte in payload:
                    conn.sendall(bytes([byte]))
                    time.sleep(0.3)
                while not self._stop.is_set():
                    conn.sendall(b"X")
                    time.sleep(0.3)
            except OSError:
                return

    def close(self) -> None:
        self._stop.set()
        self._sock.close()


@pytest.mark.parametrize("kind", ["rest", "greader"])
def test_a_slow_server_is_cut_at_the_deadline(kind: str) -> None:
    drip = DripServer()
    limits = FetchLimits(connect_timeout=2.0, read_timeout=2.0, total_deadline=2.0)
    url = f"http://127.0.0.1:{drip.port}"
    made: SyncServer = (
        MinifluxClient(url, api_key="k", limits=limits)
        if kind == "rest"
        else GReaderClient(url, "u", "p", limits)
    )
    started = time.monotonic()
    try:
        with pytest.raises(SyncError, match="longer than 2 seconds"):
            made.feeds()
    finally:
        drip.close()
    assert time.monotonic() - started < 30  # a hang guard, not a speed figure


def test_a_feed_the_server_cannot_fetch_is_its_own_message(
    client: SyncServer, feedserver: TestServer
) -> None:
    missing = feedserver.url("/no-such-feed.xml")
    with pytest.raises(SyncError, match=r"failed: .*404") as caught:
        client.subscribe(missing, "News")
    assert not isinstance(caught.value, SyncAuthError)
    assert "127.0.0.1" in str(caught.value)


# -- the API session's rules, on a loopback server that answers what a test wants ------------


def test_server_errors_become_sentences(http_server: TestServer) -> None:
    made = MinifluxClient(http_server.url(""), api_key="k", limits=LIMITS, version_hint="2.3.3")
    refusal = (
        b'{"error_message":"fetcher: Get \\"http://127.0.0.1:1/a.xml\\": dial tcp '
        b'127.0.0.1:1: fetcher: refusing to access private network host \\"127.0.0.1\\""}'
    )
    http_server.routes["/v1/feeds"] = Reply(500, refusal, {"Content-Type": "application/json"})
    with pytest.raises(SyncError, match=r"refuses private addresses \(FETCHER_ALLOW_PRIVATE"):
        made.feeds()
    http_server.routes["/v1/feeds"] = Reply(
        500, b'{"error_message":"store: unable to fetch feeds"}', {}
    )
    with pytest.raises(SyncError, match=r"failed: store: unable to fetch feeds\.$"):
        made.feeds()
    http_server.routes["/v1/feeds"] = Reply(200, b"<html>login</html>", {})
    with pytest.raises(SyncError, match="not JSON"):
        made.feeds()
    http_server.routes["/v1/feeds"] = Reply(401, b'{"error_message":"access unauthorized"}', {})
    with pytest.raises(SyncAuthError, match="refused the API key"):
        made.feeds()


def test_cookies_are_never_sent_back_and_credentials_never_follow_another_host(
    http_server: TestServer,
) -> None:
    made = MinifluxClient(http_server.url(""), api_key="secret-key", limits=LIMITS)
    http_server.routes["/v1/feeds"] = Reply(
        200, b"[]", {"Set-Cookie": "session=abc; Path=/", "Content-Type": "application/json"}
    )
    assert made.feeds() == []
    assert made.feeds() == []
    sent = http_server.requests_to("/v1/feeds")
    assert len(sent) == 2
    assert all("Cookie" not in r.headers for r in sent)
    assert all(r.headers.get("X-Auth-Token") == "secret-key" for r in sent)

    # Same host: followed. Another host: refused before anything is sent there.
    http_server.routes["/v1/categories"] = Reply(302, b"", {"Location": "/v2/categories"})
    http_server.routes["/v2/categories"] = Reply(200, b"[]", {})
    assert made._category_ids() == {}
    http_server.routes["/v1/feeds"] = Reply(
        302, b"", {"Location": "http://elsewhere.invalid/v1/feeds"}
    )
    with pytest.raises(SyncError, match=r"another address \(elsewhere\.invalid\)"):
        made.feeds()


def test_an_answer_larger_than_the_cap_is_refused(http_server: TestServer) -> None:
    small = FetchLimits(connect_timeout=5.0, read_timeout=5.0, total_deadline=20.0, max_bytes=1000)
    made = MinifluxClient(http_server.url(""), api_key="k", limits=small)
    big = b"[" + b",".join(b'{"id":1}' for _ in range(500)) + b"]"
    http_server.routes["/v1/feeds"] = Reply(200, big, {})
    with pytest.raises(SyncError, match="larger than"):
        made.feeds()
    http_server.routes["/v1/feeds"] = Reply(200, iter([big[:600], big[600:]]), {})
    with pytest.raises(SyncError, match="larger than"):
        made.feeds()


def test_a_page_over_the_size_cap_is_asked_for_again_in_halves(http_server: TestServer) -> None:
    def entries(request: Request) -> Reply:
        query = parse_qs(urlsplit(request.path).query)
        after, limit = int(query["after_entry_id"][0]), int(query["limit"][0])
        ids = [i for i in range(1, 41) if i > after][:limit]
        page = [
            {
                "id": i,
                "feed_id": 1,
                "status": "unread",
                "starred": False,
                "title": f"Story {i}",
                "content": "<p>" + "long article " * 20 + "</p>",
                "changed_at": "2026-12-02T08:23:29.5-05:00",
                "published_at": "2026-12-02T10:30:32Z",
            }
            for i in ids
        ]
        return Reply(200, json.dumps({"total": 40, "entries": page}).encode(), {})

    http_server.routes["/v1/entries"] = entries
    small = FetchLimits(connect_timeout=5.0, read_timeout=5.0, total_deadline=20.0, max_bytes=4000)
    made = MinifluxClient(http_server.url(""), api_key="k", limits=small, version_hint="2.3.3")
    changes = made.changes(None)
    assert sorted(changes.states, key=int) == [str(i) for i in range(1, 41)]
    limits = [parse_qs(urlsplit(r.path).query)["limit"][0] for r in http_server.log]
    assert limits[0] == str(sync_miniflux.PAGE_SIZE)
    assert int(limits[-1]) < 20
    changed = changes.states["7"].changed
    assert changed is not None and changed.utcoffset() is not None
    assert changed.isoformat() == "2026-12-02T13:23:29.500000+00:00"
