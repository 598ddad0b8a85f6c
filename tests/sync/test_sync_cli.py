"""The sync CLI of issue 14 as a user runs it: `python -m newsreader --profile …` processes
against a real Miniflux (2.2.6 and 2.3.x) and a real gnome-keyring on a private D-Bus.

Covered: `account add` (API key, user + password, Google Reader), a wrong secret (exit 1, one
line, nothing stored anywhere), the secret only in the keyring, `account list --json`,
`sync [NAME] --json`, `star`/`unstar`/`unread` reaching the server with the next sync, the
`account` field of `feeds --json` and `articles --json`, `account remove [--keep-articles]`,
and bad usage (exit 2).
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.support.httpserver import TestServer
from tests.support.miniflux import MinifluxServer, seed

FEEDS = 4
ENTRIES = 5


class Cli:
    """Runs `newsreader --profile PROFILE …` with the private keyring's environment."""

    def __init__(self, env: dict[str, str], profile: Path) -> None:
        self.env = env
        self.profile = profile

    def __call__(self, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "newsreader", "--profile", str(self.profile), *args],
            capture_output=True,
            text=True,
            input=stdin,
            env=self.env,
            timeout=180,
            check=False,
        )

    def ok(self, *args: str, stdin: str | None = None) -> str:
        proc = self(*args, stdin=stdin)
        assert proc.returncode == 0, (args, proc.stdout, proc.stderr)
        assert "Traceback" not in proc.stderr
        return proc.stdout

    def json(self, *args: str) -> Any:
        return json.loads(self.ok(*args, "--json"))

    def fails(self, status: int, *args: str, stdin: str | None = None) -> str:
        """Runs a command that must exit with `status` and one line on stderr; its line."""
        proc = self(*args, stdin=stdin)
        assert proc.returncode == status, (args, proc.returncode, proc.stdout, proc.stderr)
        assert "Traceback" not in proc.stderr
        lines = proc.stderr.strip().splitlines()
        assert len(lines) == 1, proc.stderr
        assert lines[0].startswith("newsreader: "), lines
        return lines[0]

    def keyring_secret(self, name: str, user: str) -> str | None:
        """The keyring's entry for an account, read by another process (or None)."""
        lookup = subprocess.run(
            [
                sys.executable,
                "-c",
                "import keyring, sys;"
                "from newsreader.core.credentials import make_auth_ref;"
                "v = keyring.get_password('newsreader',"
                " make_auth_ref('newsreader-account:' + sys.argv[1], sys.argv[2]));"
                "print('<none>' if v is None else v)",
                name,
                user,
            ],
            capture_output=True,
            text=True,
            env=self.env,
            timeout=60,
            check=False,
        )
        assert lookup.returncode == 0, lookup.stderr
        value = lookup.stdout.strip()
        return None if value == "<none>" else value

    def rows(self, sql: str, *params: object) -> list[tuple[Any, ...]]:
        conn = sqlite3.connect(f"file:{self.profile / 'newsreader.db'}?mode=ro", uri=True)
        try:
            return conn.execute(sql, params).fetchall()
        finally:
            conn.close()


@pytest.fixture
def cli(keyring_env: dict[str, str], tmp_path: Path) -> Cli:
    return Cli(keyring_env, tmp_path / "profile")


@pytest.fixture
def seeded(miniflux: MinifluxServer, feedserver: TestServer) -> MinifluxServer:
    seed(miniflux, feedserver, feeds=FEEDS, entries_per_feed=ENTRIES)
    return miniflux


def files_containing(folder: Path, needle: bytes) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


def server_entry(mf: MinifluxServer, title: str) -> dict[str, Any]:
    """The server's entry with this title (titles of the generated feeds are unique)."""
    found = [e for e in mf.entries(status=["read", "unread"])["entries"] if e["title"] == title]
    assert len(found) == 1, (title, found)
    return found[0]


# -- account add ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "how"), [("miniflux", "api-key"), ("miniflux", "password"), ("greader", "password")]
)
def test_account_add_keeps_the_secret_in_the_keyring_only(
    cli: Cli, seeded: MinifluxServer, kind: str, how: str
) -> None:
    mf = seeded
    if how == "api-key":
        args, secret, user = ["--api-key-stdin"], mf.api_key, "api-key"
    elif kind == "miniflux":
        args, secret = ["--user", mf.admin_user, "--password-stdin"], mf.admin_password
        user = mf.admin_user
    else:
        args, secret = ["--user", mf.greader_user, "--password-stdin"], mf.greader_password
        user = mf.greader_user
    # Without --name the account is called after the server's host.
    name = "127.0.0.1" if how == "api-key" else "home"
    named = [] if how == "api-key" else ["--name", name]
    out = cli.ok("account", "add", kind, mf.base_url + "/", *args, *named, stdin=secret)
    assert name in out and "  " not in out
    if kind == "miniflux":
        assert mf.version in out

    (account,) = cli.json("account", "list")
    assert {"id", "kind", "url", "user", "last_sync", "last_error"} <= set(account)
    assert account["kind"] == kind and account["name"] == name
    assert account["url"] == mf.base_url  # the trailing slash is not kept
    assert account["user"] == (None if how == "api-key" else user)
    assert account["last_error"] is None and account["last_sync"]

    summary = cli.json("sync")
    assert set(summary) >= {"pushed", "pulled", "feeds", "errors", "seconds"}
    assert summary["errors"] == [] and summary["feeds"] == FEEDS
    assert summary["pulled"] == FEEDS * ENTRIES
    assert isinstance(summary["seconds"], float | int)

    assert cli.keyring_secret(name, user) == secret
    # The database, its WAL, the logs, the cache: the secret is in no file of the profile.
    assert files_containing(cli.profile, secret.encode()) == []


@pytest.mark.parametrize(
    ("kind", "args"),
    [
        ("miniflux", ["--api-key-stdin"]),
        ("miniflux", ["--user", "admin", "--password-stdin"]),
        ("greader", ["--user", "gruser", "--password-stdin"]),
    ],
)
def test_a_wrong_secret_stores_nothing(
    cli: Cli, miniflux: MinifluxServer, kind: str, args: list[str]
) -> None:
    wrong = "not-the-right-secret-4242"
    line = cli.fails(1, "account", "add", kind, miniflux.base_url, *args, stdin=wrong + "\n")
    assert "wrong-secret" not in line
    assert cli.json("account", "list") == []
    user = "api-key" if "--api-key-stdin" in args else args[1]
    host = "127.0.0.1"
    assert cli.keyring_secret(host, user) is None
    assert files_containing(cli.profile, wrong.encode()) == []
    # The same name is free: nothing was half-added.
    assert cli.rows("SELECT count(*) FROM accounts") == [(0,)]


def test_the_server_down_stores_nothing(cli: Cli, tmp_path: Path) -> None:
    from tests.support.miniflux import free_port

    url = f"http://127.0.0.1:{free_port()}"
    line = cli.fails(1, "account", "add", "miniflux", url, "--api-key-stdin", stdin="k\n")
    assert "127.0.0.1" in line or "connect" in line.lower()
    assert cli.json("account", "list") == []


def test_bad_usage_exits_2(cli: Cli, miniflux: MinifluxServer) -> None:
    url = miniflux.base_url
    cli.fails(2, "account", "add", "miniflux", url)  # no secret on stdin
    cli.fails(2, "account", "add", "miniflux", url, "--api-key-stdin", "--password-stdin")
    cli.fails(2, "account", "add", "miniflux", url, "--password-stdin", stdin="x\n")  # no user
    cli.fails(2, "account", "add", "greader", url, "--user", "u", "--api-key-stdin", stdin="x\n")
    cli.fails(2, "account", "add", "miniflux", url, "--api-key-stdin", stdin="\n")  # empty
    cli.fails(2, "account", "add", "feedly", url, "--api-key-stdin", stdin="x\n")
    cli.fails(2, "account", "add", "miniflux", "ftp://host/", "--api-key-stdin", stdin="x\n")
    cli.fails(2, "account")
    cli.fails(2, "account", "rename", "x")
    cli.fails(2, "star")
    cli.fails(2, "star", "0")
    cli.fails(2, "unread", "abc")
    cli.fails(2, "sync", "--jsn")
    cli.fails(2, "account", "list", "extra")
    cli.fails(2, "sync")  # no account at all
    cli.fails(1, "account", "remove", "nobody")
    cli.fails(1, "star", "12345")
    assert cli.json("account", "list") == []


# -- sync, article actions, lists, remove -------------------------------------------------


def add_account(cli: Cli, mf: MinifluxServer, kind: str, name: str) -> None:
    if kind == "rest":
        cli.ok("account", "add", "miniflux", mf.base_url, "--api-key-stdin", "--name", name,
               stdin=mf.api_key)  # fmt: skip
    else:
        cli.ok("account", "add", "greader", mf.base_url, "--user", mf.greader_user,
               "--password-stdin", "--name", name, stdin=mf.greader_password)  # fmt: skip


@pytest.fixture(params=["rest", "greader"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_star_unstar_unread_reach_the_server_with_the_next_sync(
    cli: Cli, seeded: MinifluxServer, kind: str, http_server: TestServer
) -> None:
    mf = seeded
    add_account(cli, mf, kind, "mine")
    first = cli.json("sync", "mine")
    assert first["errors"] == [] and first["pulled"] == FEEDS * ENTRIES

    arts = cli.json("articles", "--limit", "100")
    assert len(arts) == FEEDS * ENTRIES
    assert {a["account"] for a in arts} == {"mine"}
    a, b, c = arts[0], arts[1], arts[2]
    # c is read on the server first, so `unread` has something to undo.
    mf.set_status([server_entry(mf, c["title"])["id"]], "read")
    assert cli.json("sync")["errors"] == []
    assert cli.json("show", str(c["id"]))["read"] is True

    cli.ok("star", str(a["id"]))
    cli.ok("star", str(b["id"]))
    cli.ok("unstar", str(b["id"]))  # back to where the server is: nothing to send
    cli.ok("unread", str(c["id"]))
    shown = {x["id"]: x for x in cli.json("articles", "--limit", "100")}
    assert shown[a["id"]]["starred"] is True
    assert shown[b["id"]]["starred"] is False
    assert shown[c["id"]]["read"] is False
    # Nothing reached the server yet: the changes wait in the outbox.
    assert server_entry(mf, a["title"])["starred"] is False
    assert server_entry(mf, c["title"])["status"] == "read"

    summary = cli.json("sync")
    assert summary["errors"] == [] and summary["pushed"] == 2, summary
    assert server_entry(mf, a["title"])["starred"] is True
    assert server_entry(mf, b["title"])["starred"] is False
    assert server_entry(mf, c["title"])["status"] == "unread"
    # A second sync sends nothing more (a toggle sent twice would undo the star).
    again = cli.json("sync")
    assert again["pushed"] == 0 and again["errors"] == []
    assert server_entry(mf, a["title"])["starred"] is True

    cli.ok("unstar", str(a["id"]))
    assert cli.json("sync")["pushed"] == 1
    assert server_entry(mf, a["title"])["starred"] is False

    (account,) = cli.json("account", "list")
    assert account["last_error"] is None and account["last_sync"]


def test_feeds_and_articles_name_their_account_and_remove_asks_nothing_of_the_server(
    cli: Cli, seeded: MinifluxServer, kind: str, http_server: TestServer
) -> None:
    from tests.support.feeds import ConditionalFeed, make_items, rss

    mf = seeded
    http_server.routes["/local.xml"] = ConditionalFeed(rss("Local news", make_items("loc", 3)))
    local_url = http_server.url("/local.xml")
    cli.ok("add", local_url)
    add_account(cli, mf, kind, "work")
    assert cli.json("sync", "work")["errors"] == []

    feeds = cli.json("feeds")
    accounts = {f["url"]: f["account"] for f in feeds}
    assert accounts.pop(local_url) is None
    assert len(accounts) == FEEDS and set(accounts.values()) == {"work"}
    by_feed = {(a["feed"], a["account"]) for a in cli.json("articles", "--limit", "100")}
    assert ("Local news", None) in by_feed
    assert len({acc for _, acc in by_feed}) == 2

    # --keep-articles: the synced feeds become local ones, with their articles.
    starred = cli.json("articles", "--limit", "100")[-1]["id"]
    cli.ok("star", str(starred))
    out = cli.ok("account", "remove", "work", "--keep-articles")
    assert "work" in out
    assert cli.json("account", "list") == []
    user = "api-key" if kind == "rest" else mf.greader_user
    assert cli.keyring_secret("work", user) is None
    kept = cli.json("feeds")
    assert len(kept) == FEEDS + 1 and {f["account"] for f in kept} == {None}
    assert len(cli.json("articles", "--limit", "100")) == FEEDS * ENTRIES + 3
    assert cli.json("show", str(starred))["starred"] is True
    assert cli.rows("SELECT count(*) FROM sync_outbox") == [(0,)]
    assert len(mf.feeds()) == FEEDS  # nothing changed on the server

    # Added again, the account takes its kept feeds back (same URLs: no duplicates); removed
    # without --keep-articles, its feeds and articles go and the local feed stays.
    add_account(cli, mf, kind, "again")
    assert cli.json("sync", "again")["errors"] == []
    back = cli.json("feeds")
    assert len(back) == FEEDS + 1
    assert sorted(str(f["account"]) for f in back) == ["None"] + ["again"] * FEEDS
    assert len(cli.json("articles", "--limit", "100")) == FEEDS * ENTRIES + 3
    cli.ok("account", "remove", "again")
    (remaining,) = cli.json("feeds")
    assert remaining["url"] == local_url and remaining["account"] is None
    assert len(cli.json("articles", "--limit", "100")) == 3
    assert cli.rows("SELECT count(*) FROM remote_entries") == [(0,)]
    assert cli.rows("PRAGMA integrity_check") == [("ok",)]
    assert len(mf.feeds()) == FEEDS
    cli.fails(1, "sync", "again")
