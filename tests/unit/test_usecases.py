"""The use cases the CLI and the settings dialog share (newsreader.usecases), on a real profile
(SQLite) against a real HTTP server on 127.0.0.1. Each test pins a behaviour on which the CLI
and the window used to differ (issue 13)."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import cast

import keyring.backends.fail
import keyring.errors
import pytest

from newsreader.app.profile import Engine, open_engine, resolve_profile
from newsreader.core import prefs
from newsreader.core.credentials import CredentialStore, make_auth_ref
from newsreader.core.errors import (
    CredentialError,
    FetchError,
    NotFoundError,
    ParseError,
    UsageError,
)
from newsreader.core.fetch import Fetcher
from newsreader.core.opml import parse_opml
from newsreader.core.types import ArticleQuery, FetchFailure, FetchKind, FetchResult
from newsreader.usecases import opml, sections, subscribe
from tests.support.feeds import make_items, rss
from tests.support.httpserver import Reply, TestServer

RSS = {"Content-Type": "application/rss+xml"}
PASSWORD = "uc-s3cret-Pa55"


class MemoryKeyring:
    """A keyring backend that keeps secrets in a dict, or refuses them (`refuse`).

    Deliberately not a KeyringBackend subclass: those register themselves with keyring,
    and this one must never become the process's default backend.
    """

    priority = 1.0

    def __init__(self, refuse: bool = False) -> None:
        self.secrets: dict[tuple[str, str], str] = {}
        self.refuse = refuse

    def set_password(self, service: str, name: str, password: str) -> None:
        if self.refuse:
            raise keyring.errors.PasswordSetError("the keyring is locked")
        self.secrets[(service, name)] = password

    def get_password(self, service: str, name: str) -> str | None:
        return self.secrets.get((service, name))

    def delete_password(self, service: str, name: str) -> None:
        self.secrets.pop((service, name), None)


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    built = open_engine(resolve_profile(tmp_path / "profile"))
    yield built
    built.close()


def use_keyring(engine: Engine, backend: MemoryKeyring) -> CredentialStore:
    store = CredentialStore(backend=backend)  # type: ignore[arg-type]
    engine.credentials = store
    return store


def add(engine: Engine, request: subscribe.Request) -> subscribe.Subscribed:
    return subscribe.subscribe_url(
        engine.writer, engine.credentials, engine.fetcher, request,
        interval=prefs.DEFAULT_INTERVAL.get(engine.library.setting),
        known=engine.library.feed_by_url(request.url), require_persistent=True,
    )  # fmt: skip


def test_a_feed_that_cannot_be_stored_leaves_no_secret_in_the_keyring(
    engine: Engine, http_server: TestServer
) -> None:
    # The CLI used to write the keyring first: a refused add left an orphan secret there.
    http_server.routes["/private.xml"] = Reply(200, rss("Members", make_items("m", 2)), RSS)
    backend = MemoryKeyring()
    use_keyring(engine, backend)
    url = http_server.url("/private.xml")
    with pytest.raises(UsageError):
        add(engine, subscribe.Request(url=url, section="Bad\x01Name", auth=("alice", PASSWORD)))
    assert backend.secrets == {}
    assert engine.library.feeds() == []


def test_a_refused_secret_undoes_the_feed_and_an_archived_feed_keeps_its_starred(
    engine: Engine, http_server: TestServer
) -> None:
    http_server.routes["/f.xml"] = Reply(200, rss("Members", make_items("m", 3)), RSS)
    url = http_server.url("/f.xml")
    first = add(engine, subscribe.Request(url=url)).feed
    engine.refresher.refresh(all_feeds=True)
    query = ArticleQuery(feed_id=first.id)
    (row, _key), *_ = engine.library.article_page(query, None, 10)
    engine.writer.call(lambda store: store.set_starred(row.id, True))
    engine.writer.call(lambda store: store.delete_feed(first.id, keep_starred=True))
    assert engine.library.feed_by_url(url) is None

    use_keyring(engine, MemoryKeyring(refuse=True))
    with pytest.raises(CredentialError, match="refused to store"):
        add(engine, subscribe.Request(url=url, auth=("bob", PASSWORD)))
    assert engine.library.feed_by_url(url) is None  # not left subscribed without its secret
    assert engine.library.article_count(ArticleQuery(starred_only=True)) == 1


def test_without_a_keyring_nothing_is_fetched_or_stored(
    engine: Engine, http_server: TestServer
) -> None:
    http_server.routes["/private.xml"] = Reply(200, rss("Members", make_items("m", 2)), RSS)
    engine.credentials = CredentialStore(backend=keyring.backends.fail.Keyring())
    with pytest.raises(CredentialError, match="no usable keyring"):
        add(engine, subscribe.Request(url=http_server.url("/private.xml"), auth=("c", "p")))
    assert http_server.log == [] and engine.library.feeds() == []


def test_with_a_password_the_secret_and_the_feed_are_both_stored(
    engine: Engine, http_server: TestServer
) -> None:
    http_server.routes["/private.xml"] = Reply(200, rss("Members", make_items("m", 2)), RSS)
    backend = MemoryKeyring()
    use_keyring(engine, backend)
    url = http_server.url("/private.xml")
    done = add(engine, subscribe.Request(url=url, section="Club", auth=("dora", PASSWORD)))
    assert done.feed.auth_ref == make_auth_ref(url, "dora")
    assert done.feed.section_path == "Club" and done.page is None
    assert backend.secrets == {("newsreader", make_auth_ref(url, "dora")): PASSWORD}


def test_a_refused_password_gets_one_message_and_changes_nothing(
    engine: Engine, http_server: TestServer
) -> None:
    # The CLI said "could not fetch URL: 401", the dialog "the server refused the user name
    # or password (HTTP 401); nothing was changed". Both now say the latter.
    http_server.routes["/private.xml"] = Reply(401, b"who are you?", {})
    backend = MemoryKeyring()
    use_keyring(engine, backend)
    url = http_server.url("/private.xml")
    with pytest.raises(CredentialError) as refused:
        add(engine, subscribe.Request(url=url, auth=("eve", "wrong")))
    assert str(refused.value) == (
        "the server refused the user name or password (HTTP 401); nothing was changed"
    )
    with pytest.raises(CredentialError) as found:
        subscribe.find_feed(engine.fetcher, url, ("eve", "wrong"))
    assert str(found.value) == str(refused.value)
    assert backend.secrets == {} and engine.library.feeds() == []


def test_default_interval_means_the_same_for_every_reader(engine: Engine) -> None:
    # The CLI took any int > 0 and refused 1800.0; the dialog wanted at least 60 s.
    read = prefs.DEFAULT_INTERVAL.read
    assert (read(30), read(1800), read(1800.0), read(True), read("x"), read(None)) == (
        3600, 1800, 1800, 3600, 3600, 3600
    )  # fmt: skip
    engine.writer.call(lambda store: store.set_setting(prefs.DEFAULT_INTERVAL.key, 900))
    document = parse_opml(
        b'<opml version="2.0"><body><outline text="A" xmlUrl="http://127.0.0.1:9/a"/></body></opml>'
    )
    engine.writer.call(lambda store: opml.import_opml(store, document))
    assert [f.interval for f in engine.library.feeds()] == [900]


def test_load_reads_every_preference(engine: Engine) -> None:
    engine.writer.call(lambda store: store.set_setting(prefs.THEME.key, "dark"))
    engine.writer.call(lambda store: store.set_setting(prefs.RETENTION_DAYS.key, "bad"))
    loaded = prefs.load(engine.library.setting)
    assert loaded.theme == "dark" and loaded.retention_days is None
    assert loaded.default_interval == 3600 and loaded.refresh_on_start is True
    assert loaded.learn_rhythm is True and loaded.story_mark_read is True
    assert loaded.downloads_dir == "" and loaded.download_max_mb == 2048
    assert set(prefs.BY_KEY) == {p.key for p in prefs.ALL} and len(prefs.ALL) == 27


def test_opml_files_are_read_by_one_rule(tmp_path: Path) -> None:
    # The dialog trusted stat(): a FIFO blocked its worker for ever, /dev/zero grew unbounded.
    fifo = tmp_path / "pipe.opml"
    os.mkfifo(fifo)
    result: list[BaseException] = []
    worker = threading.Thread(target=lambda: _catch(result, fifo), daemon=True)
    worker.start()
    worker.join(10)
    assert not worker.is_alive()
    assert isinstance(result[0], ParseError) and "regular file" in str(result[0])
    big = tmp_path / "big.opml"
    big.write_bytes(b"<opml>" + b" " * (11 * 2**20))
    with pytest.raises(ParseError, match="at most 10 MB"):
        opml.read_opml_file(big)


def _catch(into: list[BaseException], path: Path) -> None:
    try:
        opml.read_opml_file(path)
    except BaseException as exc:
        into.append(exc)


def test_one_section_name_rule() -> None:
    # The tree's menu turned "a/b" into "a-b" silently; the dialog refused it. Now both refuse.
    assert sections.child_path("World", "  Asia ") == "World/Asia"
    for bad in ("", "   ", "Asia/Pacific", "/"):
        with pytest.raises(UsageError, match="must not be empty or contain"):
            sections.section_name(bad)


class OneAnswer:
    """A fetcher whose every fetch gives the same result (what a real one cannot be made to)."""

    def __init__(self, result: FetchResult) -> None:
        self.result = result

    def fetch_bytes(self, url: str, **_options: object) -> FetchResult:
        return self.result

    def fetch_feed(self, url: str, *_args: object, **_options: object) -> FetchResult:
        return self.result


def test_credentials_are_asked_for_by_the_status_not_the_text(
    engine: Engine, http_server: TestServer
) -> None:
    # look_up searched the error for "HTTP 401"/"HTTP 403"; it now reads the status.
    http_server.routes["/members.xml"] = Reply(403, b"members only", {})
    url = http_server.url("/members.xml")
    with pytest.raises(CredentialError) as asked:
        subscribe.look_up(engine.fetcher, url, None)
    assert "access forbidden (HTTP 403)" in str(asked.value)
    assert str(asked.value).endswith("needs a user name and password: " + subscribe.GUI_LOGIN)
    proxy = FetchResult(
        FetchKind.ERROR, url, url, error="proxy error: HTTP 401 from the proxy",
        failure=FetchFailure.PROXY,
    )  # fmt: skip
    with pytest.raises(FetchError) as failed:
        subscribe.look_up(cast(Fetcher, OneAnswer(proxy)), url, None)
    assert not isinstance(failed.value, CredentialError)
    assert failed.value.failure is FetchFailure.PROXY and failed.value.status is None


def test_a_failed_fetch_keeps_its_kind_and_status_and_its_one_line(
    engine: Engine, http_server: TestServer
) -> None:
    # The "HTTP {status}" fallbacks of subscribe and OPML read: the same line as everywhere.
    http_server.routes["/missing.xml"] = Reply(404, b"nope", {})
    url = http_server.url("/missing.xml")
    with pytest.raises(FetchError) as with_auth:
        subscribe.fetch_with_auth(engine.fetcher, url, ("ann", PASSWORD))
    with pytest.raises(FetchError) as listed:
        opml.read_opml(engine.fetcher, url)
    for error in (with_auth.value, listed.value):
        assert str(error) == f"could not fetch {url}: not found (HTTP 404)"
        assert error.failure is FetchFailure.HTTP and error.status == 404
    nothing = FetchResult(FetchKind.ERROR, url, url, failure=FetchFailure.TIMEOUT)
    with pytest.raises(FetchError, match=r"no response \(timed out\)$"):
        opml.read_opml(cast(Fetcher, OneAnswer(nothing)), url)


def test_a_page_of_feeds_gives_the_feed_picked_or_says_why_not(
    engine: Engine, http_server: TestServer
) -> None:
    # Moved from update.subscribe.resolve_feed (no caller left) to the use case that does it.
    http_server.routes["/news.rss"] = Reply(200, rss("News RSS", make_items("n", 2)), RSS)
    page_html = (
        b"<html><head><title>Site</title>"
        b'<link rel="alternate" type="application/rss+xml" title="RSS" href="/news.rss">'
        b'<link rel="alternate" type="application/rss+xml" title="Not one" href="/about.html">'
        b"</head><body>hello</body></html>"
    )
    http_server.routes["/"] = Reply(200, page_html, {"Content-Type": "text/html"})
    # Linked as a feed, but a page itself (one that lists feeds in its turn).
    http_server.routes["/about.html"] = Reply(200, page_html, {"Content-Type": "text/html"})
    page = subscribe.look_up(engine.fetcher, http_server.url("/"), None)
    assert page.feed is None and len(page.candidates) == 2
    picked = subscribe.pick_candidate(engine.fetcher, page, 1)
    assert picked.url == http_server.url("/news.rss") and picked.title() == "News RSS"
    for out_of_range in (0, 3):
        with pytest.raises(NotFoundError, match=r"there is no feed number \d: the page lists 2"):
            subscribe.pick_candidate(engine.fetcher, page, out_of_range)
    with pytest.raises(NotFoundError, match="is linked as a feed but is not one"):
        subscribe.pick_candidate(engine.fetcher, page, 2)
    feed = subscribe.look_up(engine.fetcher, http_server.url("/news.rss"), None)
    assert feed.feed is not None and feed.candidates == ()
