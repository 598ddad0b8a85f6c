"""The sync engine end to end: a real profile against a real Miniflux (2.2.6 and 2.3.x),
through the REST client and the Google Reader client.

The profile is a real engine (`open_engine`: its writer, SQLite file and offline cache); the
account's secret lives in the engine's credential store for the session (these tests need
no keyring; tests/sync/test_sync_cli.py covers the keyring path through the CLI).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsreader.app.profile import Engine, open_engine, resolve_profile
from newsreader.core.credentials import make_auth_ref
from newsreader.core.fetch import FetchLimits
from newsreader.core.sync import Account, AccountKind
from newsreader.update.sync import Syncer, SyncSummary
from tests.support.httpserver import Reply, TestServer
from tests.support.miniflux import FeedFarm, MinifluxServer, seed

NOW = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)
LIMITS = FetchLimits(connect_timeout=3.0, read_timeout=10.0, total_deadline=30.0)


@dataclass
class Profile:
    engine: Engine
    account: Account

    @property
    def db(self) -> Path:
        return self.engine.paths.db_path

    def sync(self) -> SyncSummary:
        return self.engine.syncer.sync()

    def rows(self, sql: str, *params: object) -> list[tuple[object, ...]]:
        conn = sqlite3.connect(f"file:{self.db}?mode=ro", uri=True)
        try:
            return conn.execute(sql, params).fetchall()
        finally:
            conn.close()

    def states(self) -> dict[str, tuple[bool, bool]]:
        return {
            str(rid): (bool(read), bool(starred))
            for rid, read, starred in self.rows(
                "SELECT r.remote_id, a.read, a.starred FROM remote_entries r "
                "JOIN articles a ON a.id = r.article_id"
            )
        }

    def article_id(self, remote_id: str) -> int:
        ((aid,),) = self.rows(
            "SELECT article_id FROM remote_entries WHERE remote_id = ?", remote_id
        )
        return int(aid)  # type: ignore[call-overload]


def make_profile(
    root: Path,
    mf: MinifluxServer,
    kind: str,
    *,
    url: str | None = None,
    secret: str | None = None,
    cache: bool = True,
) -> Profile:
    """A real engine with an account; `cache=False` leaves out the offline cache (images and
    pages), for tests about states on large accounts."""
    engine = open_engine(resolve_profile(root), fetch_limits=LIMITS, parse_workers=1)
    if not cache:
        engine.syncer = Syncer(
            writer=engine.writer,
            secrets=lambda account: (engine.credentials.get(account.auth_ref) or ("", ""))[1],
            limits=lambda: engine.fetcher.limits,
            clock=lambda: datetime.now(UTC),
        )
    if kind == "rest":
        account_kind, user = AccountKind.MINIFLUX, ""
        secret = secret or mf.api_key
    else:
        account_kind, user = AccountKind.GREADER, mf.greader_user
        secret = secret or mf.greader_password
    ref = make_auth_ref(f"newsreader-account:{kind}", user or "api-key")
    engine.credentials.set_password(ref, secret)
    account = engine.writer.call(
        lambda s: s.add_account(
            name=kind,
            kind=account_kind,
            url=url or mf.base_url,
            username=user,
            auth_ref=ref,
            now=NOW,
        )
    )
    return Profile(engine, account)


@pytest.fixture(params=["rest", "greader"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def profile(tmp_path: Path, miniflux: MinifluxServer, kind: str) -> Iterator[Profile]:
    made = make_profile(tmp_path / "profile", miniflux, kind)
    try:
        yield made
    finally:
        made.engine.close()


def server_states(mf: MinifluxServer) -> dict[str, tuple[bool, bool]]:
    out: dict[str, tuple[bool, bool]] = {}
    offset = 0
    while True:
        page = mf.entries(status=["read", "unread"], limit=500, offset=offset, order="id")
        for e in page["entries"]:
            out[str(e["id"])] = (e["status"] == "read", bool(e["starred"]))
        offset += len(page["entries"])
        if not page["entries"] or offset >= page["total"]:
            return out


def no_errors(summary: SyncSummary) -> SyncSummary:
    assert summary.errors == [], summary.errors
    return summary


def test_first_sync_of_20_feeds_and_1000_entries_then_nothing_more(
    profile: Profile, miniflux: MinifluxServer, feedserver: TestServer
) -> None:
    seeded = seed(miniflux, feedserver, feeds=20, entries_per_feed=50)
    ids = [e for e in server_states(miniflux)]
    miniflux.set_status([int(i) for i in ids[:100]], "read")
    for entry_id in ids[100:110]:
        miniflux.toggle_bookmark(int(entry_id))
    first = no_errors(profile.sync())
    print(
        f"\nfirst sync ({profile.account.kind}, miniflux {miniflux.version}): "
        f"{first.pulled} pulled in {first.seconds:.2f} s (seed {seeded.seconds:.1f} s)"
    )
    assert first.feeds == 20
    assert profile.rows("SELECT count(*) FROM feeds WHERE account_id IS NOT NULL") == [(20,)]
    assert profile.rows("SELECT count(*) FROM articles") == [(1000,)]
    assert profile.states() == server_states(miniflux)
    sections = {r[0] for r in profile.rows("SELECT name FROM sections")}
    assert {"News", "Tech"} <= sections
    # Images were planned for the offline cache exactly as for local feeds.
    assert profile.rows("SELECT count(*) FROM article_images") == [(1000,)]
    second = no_errors(profile.sync())
    assert (second.pushed, profile.rows("SELECT count(*) FROM articles")) == (0, [(1000,)])
    assert profile.rows("SELECT count(*) FROM sync_outbox") == [(0,)]


def test_changes_on_the_server_show_up_locally(
    profile: Profile, miniflux: MinifluxServer, feedserver: TestServer
) -> None:
    seed(miniflux, feedserver, feeds=2, entries_per_feed=10)
    no_errors(profile.sync())
    ids = sorted(server_states(miniflux), key=int)
    miniflux.set_status([int(ids[0]), int(ids[1])], "read")
    miniflux.toggle_bookmark(int(ids[2]))
    no_errors(profile.sync())
    assert profile.states() == server_states(miniflux)
    miniflux.set_status([int(ids[0])], "unread")
    miniflux.toggle_bookmark(int(ids[2]))  # unstar
    no_errors(profile.sync())
    states = profile.states()
    assert states[ids[0]] == (False, False) and states[ids[2]] == (False, False)
    assert states[ids[1]] == (True, False)


def test_local_changes_reach_the_server_and_a_star_is_never_flipped_back(
    profile: Profile, miniflux: MinifluxServer, feedserver: TestServer
) -> None:
    seed(miniflux, feedserver, feeds=2, entries_per_feed=10)
    no_errors(profile.sync())
    ids = sorted(server_states(miniflux), key=int)
    store = profile.engine.writer
    a, b, c = (profile.article_id(i) for i in ids[:3])
    store.call(lambda s: s.mark_read([a, b], True))
    store.call(lambda s: s.set_starred(c, True))
    pushed = no_errors(profile.sync()).pushed
    assert pushed == 3
    expected = {ids[0]: (True, False), ids[1]: (True, False), ids[2]: (False, True)}
    got = server_states(miniflux)
    assert {k: got[k] for k in expected} == expected
    # Sync again and again: toggle APIs (2.2.6 bookmark, Google Reader a=starred) must
    # not be called for a star the server already has.
    for _ in range(2):
        assert no_errors(profile.sync()).pushed == 0
    assert server_states(miniflux)[ids[2]] == (False, True)
    store.call(lambda s: s.mark_read([a], False))
    store.call(lambda s: s.set_starred(c, False))
    no_errors(profile.sync())
    got = server_states(miniflux)
    assert (got[ids[0]], got[ids[2]]) == ((False, False), (False, False))


def set_account_url(db: Path, url: str) -> None:
    """Point the account at another address (a dead port plays "offline")."""
    conn = sqlite3.connect(db)
    try:
        with conn:
            conn.execute("UPDATE accounts SET url = ?", (url,))
    finally:
        conn.close()


def test_a_star_set_while_offline_survives_the_next_sync(
    profile: Profile, miniflux: MinifluxServer, feedserver: TestServer
) -> None:
    seed(miniflux, feedserver, feeds=1, entries_per_feed=5)
    no_errors(profile.sync())
    ids = sorted(server_states(miniflux), key=int)
    target = profile.article_id(ids[0])
    set_account_url(profile.db, "http://127.0.0.1:9")  # offline
    profile.engine.writer.call(lambda s: s.set_starred(target, True))
    summary = profile.sync()
    ((_, error),) = summary.errors
    assert "does not answer" in error, error
    assert profile.rows("SELECT count(*) FROM sync_outbox") == [(1,)]
    set_account_url(profile.db, miniflux.base_url)  # back online
    for _ in range(3):  # pushed once; later syncs must not toggle it back
        no_errors(profile.sync())
        assert server_states(miniflux)[ids[0]] == (False, True)
    assert profile.states()[ids[0]] == (False, True)
    assert profile.rows("SELECT count(*) FROM sync_outbox") == [(0,)]


def test_a_server_change_and_a_local_change_to_other_articles_both_survive(
    profile: Profile, miniflux: MinifluxServer, feedserver: TestServer
) -> None:
    seed(miniflux, feedserver, feeds=1, entries_per_feed=6)
    no_errors(profile.sync())
    ids = sorted(server_states(miniflux), key=int)
    miniflux.toggle_bookmark(int(ids[0]))  # another device stars A
    b = profile.article_id(ids[1])
    profile.engine.writer.call(lambda s: s.mark_read([b], True))  # here: B read
    no_errors(profile.sync())
    expected = {ids[0]: (False, True), ids[1]: (True, False)}
    assert {k: server_states(miniflux)[k] for k in expected} == expected
    assert {k: profile.states()[k] for k in expected} == expected


def test_new_entries_on_the_server_arrive_with_the_next_sync(
    profile: Profile, miniflux: MinifluxServer, feedserver: TestServer
) -> None:
    seeded = seed(miniflux, feedserver, feeds=2, entries_per_feed=5)
    no_errors(profile.sync())
    seeded.farm.add_items(0, 3)
    miniflux.refresh_feed(seeded.feed_ids[0])
    summary = no_errors(profile.sync())
    assert summary.accounts[0].new_articles == 3
    assert profile.rows("SELECT count(*) FROM articles") == [(13,)]


def test_subscribe_move_rename_and_unsubscribe_from_here_reach_the_server(
    profile: Profile, miniflux: MinifluxServer, feedserver: TestServer
) -> None:
    seeded = seed(miniflux, feedserver, feeds=2, entries_per_feed=3)
    no_errors(profile.sync())
    farm: FeedFarm = seeded.farm
    new_url = farm.add_feed(7, 4)
    writer = profile.engine.writer
    writer.call(lambda s: s.add_synced_feed(profile.account.id, new_url, "", "Science"))
    summary = no_errors(profile.sync())
    assert summary.accounts[0].new_articles == 4
    on_server = {f["feed_url"]: f for f in miniflux.feeds()}
    assert on_server[new_url]["category"]["title"] == "Science"
    (fid,) = (f.id for f in profile.engine.library.feeds() if f.url == farm.url(0))
    writer.call(lambda s: s.move_feed(fid, s.ensure_section("World/Asia"), 0))
    if profile.account.kind is AccountKind.MINIFLUX:
        writer.call(lambda s: s.update_feed(fid, title="Harbour news"))
    no_errors(profile.sync())
    moved = {f["feed_url"]: f for f in miniflux.feeds()}[farm.url(0)]
    assert moved["category"]["title"] == "World/Asia"
    if profile.account.kind is AccountKind.MINIFLUX:
        assert moved["title"] == "Harbour news"
    (gone,) = (f.id for f in profile.engine.library.feeds() if f.url == farm.url(1))
    writer.call(lambda s: s.delete_feed(gone))
    no_errors(profile.sync())
    assert farm.url(1) not in {f["feed_url"] for f in miniflux.feeds()}
    # And a feed removed on the server goes here too (its starred articles kept).
    miniflux.api("DELETE", f"/v1/feeds/{on_server[new_url]['id']}")
    no_errors(profile.sync())
    assert new_url not in {f.url for f in profile.engine.library.feeds()}


def test_paging_over_many_pages_of_ids_skips_nothing(
    profile: Profile, miniflux: MinifluxServer, feedserver: TestServer
) -> None:
    seed(miniflux, feedserver, feeds=3, entries_per_feed=150)  # > 4 pages of 100
    ids = sorted(server_states(miniflux), key=int)
    miniflux.set_status([int(i) for i in ids[::3]], "read")
    no_errors(profile.sync())
    assert len(profile.states()) == 450
    assert profile.states() == server_states(miniflux)


def snapshot(db: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return (
            conn.execute(
                "SELECT a.id, a.read, a.starred, a.title FROM articles a ORDER BY a.id"
            ).fetchall()
            + conn.execute("SELECT id, title, section_id FROM feeds ORDER BY id").fetchall()
        )
    finally:
        conn.close()


def broken_reply(mode: str) -> Reply:
    """What a failing server answers to every call: a 500, or a body dripped too slowly."""
    if mode == "500":
        return Reply(
            500, b'{"error_message":"store: database is down"}',
            {"Content-Type": "application/json"},
        )  # fmt: skip
    return Reply(200, (b" " for _ in range(200)), {"Content-Type": "application/json"}, 0.25)


BROKEN_PATHS = ("/v1/version", "/v1/me", "/accounts/ClientLogin", "/reader/api/0/user-info")


@pytest.mark.parametrize("failure", ["down", "wrong-key", "500", "slow"])
def test_each_failure_gives_a_clear_account_error_and_changes_nothing(
    tmp_path: Path, miniflux: MinifluxServer, feedserver: TestServer, kind: str, failure: str
) -> None:
    seed(miniflux, feedserver, feeds=1, entries_per_feed=4)
    good = make_profile(tmp_path / "p", miniflux, kind)
    try:
        no_errors(good.sync())
        aid = good.article_id(sorted(server_states(miniflux), key=int)[0])
        good.engine.writer.call(lambda s: s.set_starred(aid, True))  # an intent waiting
    finally:
        good.engine.close()
    before = snapshot(tmp_path / "p" / "newsreader.db")
    with TestServer() as broken:
        for path in BROKEN_PATHS:
            broken.routes[path] = broken_reply(failure)
        url = {
            "down": "http://127.0.0.1:9",
            "wrong-key": miniflux.base_url,
            "500": broken.url(""),
            "slow": broken.url(""),
        }[failure]
        limits = FetchLimits(connect_timeout=2.0, read_timeout=2.0, total_deadline=3.0)
        engine = open_engine(resolve_profile(tmp_path / "p"), fetch_limits=limits, parse_workers=1)
        try:
            ref = make_auth_ref(
                "newsreader-account:bad", "api-key" if kind == "rest" else miniflux.greader_user
            )
            engine.credentials.set_password(ref, "not-the-key")
            if failure != "wrong-key":
                engine.credentials.set_password(
                    ref, miniflux.api_key if kind == "rest" else miniflux.greader_password
                )
            account = engine.writer.call(
                lambda s: s.add_account(
                    name="bad",
                    kind=AccountKind.MINIFLUX if kind == "rest" else AccountKind.GREADER,
                    url=url,
                    username="" if kind == "rest" else miniflux.greader_user,
                    auth_ref=ref,
                    now=NOW,
                )
            )
            summary = engine.syncer.sync(["bad"])
            ((name, error),) = summary.errors
            assert name == "bad"
            words = {
                "down": "does not answer",
                "wrong-key": "refused",
                "500": "database is down",
                "slow": "longer than",
            }[failure]
            assert words in error, error
            stored = engine.writer.call(lambda s: s.account(account.id))
            assert stored.last_error == error
        finally:
            engine.close()
    after = snapshot(tmp_path / "p" / "newsreader.db")
    assert after == before


def test_a_large_account_through_google_reader_is_stable_from_one_sync_to_the_next(
    tmp_path: Path, miniflux: MinifluxServer, feedserver: TestServer
) -> None:
    """10,100 entries, 101 published in each same minute: Miniflux's id listing pages by an
    offset into a publish-time order in which ties move between pages, so a paged listing
    skipped and repeated ids and the next sync flipped read states back and forth."""
    seed(miniflux, feedserver, feeds=101, entries_per_feed=100)
    ids = sorted(server_states(miniflux), key=int)
    miniflux.set_status([int(i) for i in ids[::2]], "read")
    profile = make_profile(tmp_path / "p", miniflux, "greader", cache=False)
    try:
        no_errors(profile.sync())
        assert profile.states() == server_states(miniflux)
        again = no_errors(profile.sync())
        assert (again.pulled, again.pushed) == (0, 0)
        assert profile.states() == server_states(miniflux)
    finally:
        profile.engine.close()
