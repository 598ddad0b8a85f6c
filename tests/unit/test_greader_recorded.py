"""The Google Reader client against a loopback server answering in FreshRSS's shapes.

FreshRSS cannot be installed here (../shared/sync/MINIFLUX.md §1), so its differences from
Miniflux are served by `FreshRSSish`, a small stateful server on 127.0.0.1 whose answers have
the shapes MINIFLUX.md §5 and §9 describe: microsecond item ids (decimal in `items/ids`, the
long hex form in contents), `user/-/` ids, an idempotent edit-tag, `s=…/read` returning every
item, offset continuations, `a=`/`r=` read from the form body only, and write tokens that
expire (`X-Reader-Google-Bad-Token: true`).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest

from newsreader.core.fetch import FetchLimits
from newsreader.core.sync import SyncAuthError, SyncError
from newsreader.update import sync_greader
from newsreader.update.sync_clients import open_client
from newsreader.update.sync_greader import GReaderClient, item_number, long_id, normalise_stream

LIMITS = FetchLimits(connect_timeout=5.0, read_timeout=10.0, total_deadline=20.0)
BASE_ID = 1_733_224_567_000_000  # FreshRSS item ids are microsecond timestamps
LONG = "tag:google.com,2005:reader/item/"
READ = "user/-/state/com.google/read"
STARRED = "user/-/state/com.google/starred"
READING_LIST = "user/-/state/com.google/reading-list"


@dataclass
class Item:
    number: int
    feed: int
    read: bool = False
    starred: bool = False


@dataclass
class Call:
    method: str
    path: str
    query: list[tuple[str, str]]
    form: list[tuple[str, str]]
    headers: dict[str, str]


@dataclass
class FreshRSSish:
    """The state of one FreshRSS user, and what the client sent."""

    user: str = "alice"
    password: str = "correct horse"
    token: str = "T" * 53 + "ZZZZ"
    items: dict[int, Item] = field(default_factory=dict)
    feeds: dict[int, dict[str, Any]] = field(default_factory=dict)
    calls: list[Call] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def reply(self, call: Call) -> tuple[int, dict[str, str], bytes]:
        with self.lock:
            self.calls.append(call)
            return self._reply(call)

    def _reply(self, call: Call) -> tuple[int, dict[str, str], bytes]:
        path = call.path.removeprefix("/api/greader.php")
        query = dict(call.query)
        form = call.form
        values = dict(form)
        if path == "/accounts/ClientLogin":
            if call.method != "POST":
                return 405, {}, b""
            if values.get("Email") != self.user or values.get("Passwd") != self.password:
                return 401, {"Content-Type": "text/plain"}, b"Unauthorized!"
            auth = f"{self.user}/0123456789abcdef0123456789abcdef01234567"
            body = f"SID={auth}\nLSID=null\nAuth={auth}\n"
            return 200, {"Content-Type": "text/plain"}, body.encode()
        expected = f"GoogleLogin auth={self.user}/0123456789abcdef0123456789abcdef01234567"
        if call.headers.get("Authorization") != expected:
            return 401, {"Content-Type": "text/plain"}, b"Unauthorized!"
        api = path.removeprefix("/reader/api/0/")
        if api == "token":
            return 200, {"Content-Type": "text/plain"}, (self.token + "\n").encode()
        writes = {"edit-tag", "subscription/quickadd", "subscription/edit"}
        if (api in writes or api == "stream/items/contents") and values.get("T") != self.token:
            return 401, {"X-Reader-Google-Bad-Token": "true"}, b"Unauthorized!"
        if api == "user-info":
            return _json({"userId": "1", "userName": self.user, "userEmail": ""})
        if api == "subscription/list":
            return _json({"subscriptions": list(self.feeds.values())})
        if api == "stream/items/ids":
            return self._ids(query)
        if api == "stream/items/contents":
            return self._contents([v for k, v in form if k == "i"])
        if api == "edit-tag":
            if "a" in query or "r" in query:
                return 400, {}, b"tags go in the body"
            return self._edit_tag(form)
        if api == "subscription/quickadd":
            number = max(self.feeds, default=0) + 1
            url = values["quickadd"]
            self.feeds[number] = {
                "id": f"feed/{number}",
                "title": f"Feed {number}",
                "categories": [],
                "url": url,
                "htmlUrl": "http://site.invalid/",
                "iconUrl": "",
            }
            stream = f"feed/{number}"
            return _json({"numResults": 1, "query": url, "streamId": stream, "streamName": url})
        if api == "subscription/edit":
            number = int(values["s"].removeprefix("feed/"))
            if values.get("ac") == "unsubscribe":
                self.feeds.pop(number, None)
            else:
                feed = self.feeds[number]
                if "t" in values:
                    feed["title"] = values["t"]
                if "a" in values:
                    label = values["a"].removeprefix("user/-/label/")
                    feed["categories"] = [{"id": values["a"], "label": label}]
            return 200, {"Content-Type": "text/plain"}, b"OK"
        return 404, {}, b"not found"

    def _ids(self, query: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        stream = query.get("s")
        numbers = sorted(self.items)
        if stream == STARRED:
            numbers = [n for n in numbers if self.items[n].starred]
        elif stream == READ:
            pass  # FreshRSS: `s=…/read` gives every item, read or not
        elif stream != READING_LIST:
            return 400, {}, b"unknown stream"
        if query.get("xt") == READ:
            numbers = [n for n in numbers if not self.items[n].read]
        if query.get("r") != "o":
            numbers.reverse()
        start = int(query.get("c") or 0)
        count = int(query.get("n") or 20)
        page = numbers[start : start + count]
        data: dict[str, Any] = {"itemRefs": [{"id": str(n)} for n in page]}
        if start + count < len(numbers):
            data["continuation"] = str(start + count)
        if not page:
            data = {}  # FreshRSS leaves itemRefs out of an empty stream
        return _json(data)

    def _contents(self, ids: list[str]) -> tuple[int, dict[str, str], bytes]:
        found = []
        for value in ids:
            number = int(value.removeprefix(LONG), 16) if value.startswith(LONG) else int(value)
            item = self.items.get(number)
            if item is None:
                continue
            categories = [READING_LIST, "user/-/label/World"]
            if item.read:
                categories.append(READ)
            if item.starred:
                categories.append(STARRED)
            found.append(
                {
                    "id": f"{LONG}{number:016x}",
                    "crawlTimeMsec": str(number // 1000),
                    "timestampUsec": str(number),
                    "published": 1733224000 + number % 1000,
                    "title": f"Story {number % 1000}",
                    "author": "Reporter",
                    "canonical": [{"href": f"http://site.invalid/{number}"}],
                    "alternate": [{"href": f"http://site.invalid/{number}", "type": "text/html"}],
                    "categories": categories,
                    "origin": {"streamId": f"feed/{item.feed}", "title": f"Feed {item.feed}"},
                    "summary": {"content": f"<p>Body of {number % 1000}</p>"},
                    "enclosure": [
                        {"href": "http://site.invalid/a.mp3", "type": "audio/mpeg", "length": "9"}
                    ],
                }
            )
        return _json({"id": READING_LIST, "updated": 1733224999, "items": found})

    def _edit_tag(self, form: list[tuple[str, str]]) -> tuple[int, dict[str, str], bytes]:
        add = [v for k, v in form if k == "a"]
        remove = [v for k, v in form if k == "r"]
        for value in [v for k, v in form if k == "i"]:
            number = int(value.removeprefix(LONG), 16) if value.startswith(LONG) else int(value)
            item = self.items.get(number)
            if item is None:
                continue  # unknown ids: OK, silently
            # Idempotent, as FreshRSS is: adding a tag twice leaves it set.
            if READ in add:
                item.read = True
            if READ in remove:
                item.read = False
            if STARRED in add:
                item.starred = True
            if STARRED in remove:
                item.starred = False
        return 200, {"Content-Type": "text/plain"}, b"OK"


def _json(data: Any) -> tuple[int, dict[str, str], bytes]:
    return 200, {"Content-Type": "application/json"}, json.dumps(data).encode()


@pytest.fixture
def fresh() -> Iterator[tuple[FreshRSSish, str]]:
    state = FreshRSSish()
    for n in range(30):
        state.items[BASE_ID + n * 1013] = Item(BASE_ID + n * 1013, feed=1 + n % 2)
    state.feeds[1] = {
        "id": "feed/1",
        "title": "World desk",
        "categories": [{"id": "user/-/label/World/Asia", "label": "World/Asia"}],
        "url": "http://site.invalid/world.xml",
        "htmlUrl": "http://site.invalid/",
        "iconUrl": "",
    }
    state.feeds[2] = {
        "id": "feed/2",
        "title": "Loose",
        "categories": [],
        "url": "http://site.invalid/loose.xml",
        "htmlUrl": "",
        "iconUrl": "",
    }

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            pass

        def _handle(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode() if length else ""
            parts = urlsplit(self.path)
            call = Call(
                self.command,
                parts.path,
                parse_qsl(parts.query, keep_blank_values=True),
                parse_qsl(body, keep_blank_values=True),
                dict(self.headers.items()),
            )
            status, headers, data = state.reply(call)
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = _handle
        do_POST = _handle

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield state, f"http://127.0.0.1:{httpd.server_address[1]}/api/greader.php"
    finally:
        httpd.shutdown()
        httpd.server_close()


def client_for(fresh: tuple[FreshRSSish, str], password: str | None = None) -> GReaderClient:
    state, url = fresh
    return GReaderClient(url, state.user, password or state.password, LIMITS)


# -- ids -------------------------------------------------------------------------------------


def test_item_ids_in_every_form_give_the_same_number() -> None:
    number = BASE_ID + 7
    assert item_number(str(number)) == number  # FreshRSS short id: decimal
    assert item_number(f"{LONG}{number:016x}") == number
    hex_form = f"{number:016x}"
    assert not hex_form.isdigit()
    assert item_number(hex_form) == number  # a bare 16-character hex id
    assert item_number("000000000000000a") == 10  # bare long hex
    assert item_number("129") == 129  # Miniflux short id: decimal, never hex
    assert long_id("10") == f"{LONG}000000000000000a"
    assert item_number("nonsense") is None
    assert normalise_stream("user/1/state/com.google/read") == READ
    assert normalise_stream("user/-/label/Tech") == "user/-/label/Tech"
    assert normalise_stream("user/12345678901234567890/label/X") == "user/-/label/X"


# -- reading ---------------------------------------------------------------------------------


def test_states_come_from_whole_id_sets_not_from_the_read_stream(
    fresh: tuple[FreshRSSish, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    state, _ = fresh
    monkeypatch.setattr(sync_greader, "IDS_PAGE", 7)  # 30 items: five pages
    numbers = sorted(state.items)
    for n in numbers[:9]:
        state.items[n].read = True
    for n in numbers[5:12]:
        state.items[n].starred = True
    client = client_for(fresh)
    changes = client.changes(None)
    assert changes.complete
    assert {k: (v.read, v.starred) for k, v in changes.states.items()} == {
        str(n): (state.items[n].read, state.items[n].starred) for n in numbers
    }
    ids_calls = [c for c in state.calls if c.path.endswith("/stream/items/ids")]
    assert not any(dict(c.query).get("s") == READ for c in ids_calls)
    assert all(dict(c.query).get("output") == "json" for c in ids_calls)
    assert any(dict(c.query).get("c") for c in ids_calls)  # it did page
    # Nothing was sent while the id sets were being read.
    assert not [c for c in state.calls if c.method == "POST" and "ClientLogin" not in c.path]


def test_entries_are_asked_for_in_the_long_form_in_batches(
    fresh: tuple[FreshRSSish, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    state, _ = fresh
    monkeypatch.setattr(sync_greader, "CONTENTS_BATCH", 8)
    numbers = sorted(state.items)
    state.items[numbers[2]].read = True
    state.items[numbers[3]].starred = True
    client = client_for(fresh)
    wanted = [str(n) for n in numbers] + ["999"]  # one the server does not know
    got = client.entries(wanted)
    assert [e.remote_id for e in got] == [str(n) for n in numbers]
    calls = [c for c in state.calls if c.path.endswith("/stream/items/contents")]
    assert len(calls) == 4  # 31 ids in batches of 8
    sent = [v for c in calls for k, v in c.form if k == "i"]
    assert all(v.startswith(LONG) and len(v) == len(LONG) + 16 for v in sent)
    first = got[0]
    assert first.feed_remote_id == "1"
    assert first.title == f"Story {numbers[0] % 1000}"
    assert first.url == f"http://site.invalid/{numbers[0]}"
    assert first.content == f"<p>Body of {numbers[0] % 1000}</p>"
    assert first.author == "Reporter"
    assert first.published is not None and first.published.tzinfo is not None
    assert first.enclosures[0].url == "http://site.invalid/a.mp3"
    assert (got[2].state.read, got[2].state.starred) == (True, False)
    assert (got[3].state.read, got[3].state.starred) == (False, True)


def test_feeds_and_categories_from_user_dash_labels(fresh: tuple[FreshRSSish, str]) -> None:
    feeds = {f.remote_id: f for f in client_for(fresh).feeds()}
    assert feeds["1"].category == "World/Asia"
    assert feeds["1"].title == "World desk"
    assert feeds["1"].url == "http://site.invalid/world.xml"
    assert feeds["2"].category == ""
    assert feeds["2"].site_url is None


# -- writing ---------------------------------------------------------------------------------


def test_edit_tag_sends_tags_in_the_body_and_lands(fresh: tuple[FreshRSSish, str]) -> None:
    state, _ = fresh
    numbers = sorted(state.items)
    client = client_for(fresh)
    ids = [str(n) for n in numbers[:3]]
    assert client.set_read(ids, True) == set()
    assert client.set_read(ids, True) == set()  # idempotent on FreshRSS
    assert client.set_starred(ids[1:], True) == set()
    assert client.set_read(ids[:1], False) == set()
    assert [(state.items[n].read, state.items[n].starred) for n in numbers[:3]] == [
        (False, False),
        (True, True),
        (True, True),
    ]
    edits = [c for c in state.calls if c.path.endswith("/edit-tag")]
    assert all(not any(k in ("a", "r", "T") for k, _ in c.query) for c in edits)
    assert all(v.startswith(LONG) for c in edits for k, v in c.form if k == "i")
    states = client.changes(None).states
    assert (states[ids[1]].read, states[ids[1]].starred) == (True, True)
    assert client.set_read(["not-an-id"], True) == {"not-an-id"}


def test_a_stale_token_is_renewed_once_and_the_write_retried(
    fresh: tuple[FreshRSSish, str],
) -> None:
    state, _ = fresh
    number = sorted(state.items)[0]
    client = client_for(fresh)
    client.set_read([str(number)], True)
    state.token = "U" * 53 + "ZZZZ"  # the server rotated its token
    client.set_starred([str(number)], True)
    assert state.items[number].starred
    token_calls = [c for c in state.calls if c.path.endswith("/token")]
    assert len(token_calls) == 2
    bad = [c for c in state.calls if c.path.endswith("/edit-tag")]
    assert len(bad) == 3  # the first write, the refused one, its retry


def test_a_token_the_server_keeps_refusing_is_an_error_not_a_loop(
    fresh: tuple[FreshRSSish, str],
) -> None:
    state, _ = fresh
    client = client_for(fresh)
    client.set_read([str(sorted(state.items)[0])], True)
    original = state._reply

    def always_bad(call: Call) -> tuple[int, dict[str, str], bytes]:
        if call.path.endswith("/edit-tag"):
            return 401, {"X-Reader-Google-Bad-Token": "true"}, b"Unauthorized!"
        return original(call)

    state._reply = always_bad  # type: ignore[method-assign]
    with pytest.raises(SyncAuthError, match="keeps refusing the write token"):
        client.set_read([str(sorted(state.items)[1])], True)
    assert len([c for c in state.calls if c.path.endswith("/edit-tag")]) == 3


def test_subscribe_move_rename_and_unsubscribe(fresh: tuple[FreshRSSish, str]) -> None:
    state, _ = fresh
    client = client_for(fresh)
    feed = client.subscribe("http://site.invalid/new.xml", "Tech")
    assert (feed.remote_id, feed.url, feed.category) == ("3", "http://site.invalid/new.xml", "Tech")
    assert state.feeds[3]["categories"] == [{"id": "user/-/label/Tech", "label": "Tech"}]
    client.edit_feed("3", title="Gadgets", category="World/Asia")
    moved = {f.remote_id: f for f in client.feeds()}["3"]
    assert (moved.title, moved.category) == ("Gadgets", "World/Asia")
    client.unsubscribe("3")
    assert 3 not in state.feeds


# -- failures and the factory -----------------------------------------------------------------


def test_a_wrong_password_is_an_auth_error(fresh: tuple[FreshRSSish, str]) -> None:
    with pytest.raises(SyncAuthError, match="user name or password"):
        client_for(fresh, password="wrong").changes(None)


def test_a_server_that_is_not_google_reader_says_so(fresh: tuple[FreshRSSish, str]) -> None:
    _, url = fresh
    client = GReaderClient(url.removesuffix("/api/greader.php") + "/elsewhere", "a", "b", LIMITS)
    with pytest.raises(SyncError):
        client.feeds()


def test_open_client_builds_the_right_client(fresh: tuple[FreshRSSish, str]) -> None:
    from newsreader.core.sync import Account, AccountKind
    from newsreader.update.sync_miniflux import MinifluxClient

    state, url = fresh
    account = Account(1, "home", AccountKind.GREADER, url, state.user, "ref")
    client = open_client(account, state.password, LIMITS)
    assert isinstance(client, GReaderClient)
    assert client.server_info().user == state.user
    key = Account(2, "mf", AccountKind.MINIFLUX, "http://127.0.0.1:9", "", "ref", "2.2.6")
    assert isinstance(open_client(key, "k", LIMITS), MinifluxClient)
