"""Password-protected feeds against a real Secret Service (gnome-keyring in a private bus)."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from pathlib import Path

from tests.support.feeds import make_items, rss
from tests.support.httpserver import Reply, Request, TestServer

PASSWORD = "s3cret-Pa55word-xyzzy"


def cli(env: dict[str, str], profile: Path, *args: str, stdin: str | None = None):  # type: ignore[no-untyped-def]
    return subprocess.run(
        [sys.executable, "-m", "newsreader", "--profile", str(profile), *args],
        capture_output=True,
        text=True,
        input=stdin,
        env=env,
        timeout=120,
        check=False,
    )


class BasicAuthFeed:
    def __init__(self, user: str, password: str, body: bytes) -> None:
        self.expected = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
        self.body = body

    def __call__(self, request: Request) -> Reply:
        if request.headers.get("Authorization") != self.expected:
            return Reply(401, b"who are you?", {"WWW-Authenticate": 'Basic realm="news"'})
        return Reply(200, self.body, {"Content-Type": "application/rss+xml"})


def files_containing(folder: Path, needle: bytes) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


def test_password_goes_to_the_keyring_and_nowhere_else(
    keyring_env: dict[str, str], http_server: TestServer, tmp_path: Path
) -> None:
    auth = BasicAuthFeed("alice", PASSWORD, rss("Members only", make_items("m", 3)))
    http_server.routes["/private.xml"] = auth
    profile = tmp_path / "profile"
    url = http_server.url("/private.xml")

    wrong = cli(
        keyring_env,
        profile,
        "add",
        url,
        "--username",
        "alice",
        "--password-stdin",
        stdin="not-it\n",
    )
    assert wrong.returncode == 1 and "401" in wrong.stderr
    assert len(wrong.stderr.strip().splitlines()) == 1

    done = cli(
        keyring_env,
        profile,
        "add",
        url,
        "--username",
        "alice",
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    assert done.returncode == 0, done.stderr
    feeds = json.loads(cli(keyring_env, profile, "feeds", "--json").stdout)
    assert [(f["url"], f["has_credentials"]) for f in feeds] == [(url, True)]
    assert PASSWORD not in json.dumps(feeds)

    assert "Stored 3 articles" in done.stdout  # fetched with the password (issue 15)
    summary = json.loads(cli(keyring_env, profile, "refresh", "--all", "--json").stdout)
    assert summary["feeds"] == 1 and summary["failed"] == 0

    exported = cli(keyring_env, profile, "export").stdout
    assert PASSWORD not in exported and "alice" not in exported

    # The secret is in the keyring under service "newsreader" ...
    lookup = subprocess.run(
        [
            sys.executable,
            "-c",
            "import keyring, sys;"
            "from newsreader.core.credentials import make_auth_ref;"
            "print(keyring.get_password('newsreader', make_auth_ref(sys.argv[1], 'alice')))",
            url,
        ],
        capture_output=True,
        text=True,
        env=keyring_env,
        check=False,
    )
    assert lookup.stdout.strip() == PASSWORD, lookup.stderr
    # ... and in no file of the profile (database, WAL, logs, cache).
    assert files_containing(profile, PASSWORD.encode()) == []
    assert files_containing(profile, base64.b64encode(f"alice:{PASSWORD}".encode())) == []


def test_a_changed_password_pauses_polling_with_401(
    keyring_env: dict[str, str], http_server: TestServer, tmp_path: Path
) -> None:
    auth = BasicAuthFeed("bob", PASSWORD, rss("Members only", make_items("m", 2)))
    http_server.routes["/private.xml"] = auth
    profile = tmp_path / "profile"
    url = http_server.url("/private.xml")
    added = cli(
        keyring_env, profile, "add", url, "--username", "bob", "--password-stdin", stdin=PASSWORD
    )
    assert added.returncode == 0, added.stderr
    http_server.routes["/private.xml"] = BasicAuthFeed("bob", "rotated", auth.body)
    summary = json.loads(cli(keyring_env, profile, "refresh", "--all", "--json").stdout)
    assert summary["failed"] == 1 and "401" in summary["errors"][0]["error"]
    (feed,) = json.loads(cli(keyring_env, profile, "feeds", "--json").stdout)
    assert feed["status"] == "auth" and "401" in feed["error"]
    assert PASSWORD not in feed["error"]
    http_server.log.clear()
    assert json.loads(cli(keyring_env, profile, "refresh", "--json").stdout)["feeds"] == 0
    assert http_server.log == []


def test_without_a_keyring_the_password_is_refused_not_written(
    http_server: TestServer, tmp_path: Path
) -> None:
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path / "home"),
        "LANG": "C.UTF-8",
        "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent",
    }
    auth = BasicAuthFeed("carol", PASSWORD, rss("Members only", make_items("m", 2)))
    http_server.routes["/private.xml"] = auth
    profile = tmp_path / "profile"
    done = cli(
        env,
        profile,
        "add",
        http_server.url("/private.xml"),
        "--username",
        "carol",
        "--password-stdin",
        stdin=PASSWORD,
    )
    assert done.returncode == 1 and "keyring" in done.stderr
    assert files_containing(tmp_path, PASSWORD.encode()) == []
