"""The CLI gives the window's result for the same use case (issue 13): the profile's default
interval read by the same rule, and OPML folders imported whole, empty ones included."""

from __future__ import annotations

import json
from pathlib import Path

from newsreader.core import prefs
from newsreader.storage import open_store
from tests.e2e.test_cli import cli
from tests.support.feeds import make_items, rss
from tests.support.httpserver import Reply, TestServer

RSS = {"Content-Type": "application/rss+xml"}
FOLDERS = b"""<?xml version="1.0"?>
<opml version="2.0"><body>
 <outline text="World"><outline text="Wire" xmlUrl="http://127.0.0.1:9/wire.xml"/>
  <outline text="Empty inside"/></outline>
 <outline text="Empty at the top"/>
</body></opml>"""


def set_setting(profile: Path, key: str, value: object) -> None:
    assert cli(profile, "feeds").returncode == 0  # creates the library
    store = open_store(profile / "newsreader.db")
    try:
        store.set_setting(key, value)
    finally:
        store.close()


def feeds(profile: Path) -> list[dict[str, object]]:
    done = cli(profile, "feeds", "--json")
    assert done.returncode == 0, done.stderr
    rows: list[dict[str, object]] = json.loads(done.stdout)
    return rows


def test_cli_import_keeps_empty_folders_as_the_dialog_does(tmp_path: Path) -> None:
    source = tmp_path / "folders.opml"
    source.write_bytes(FOLDERS)
    profile = tmp_path / "profile"
    done = cli(profile, "import", str(source))
    assert done.returncode == 0, done.stderr
    exported = cli(profile, "export")
    assert b"Empty inside" in exported.stdout.encode()
    assert b"Empty at the top" in exported.stdout.encode()
    assert [f["section"] for f in feeds(profile)] == ["World"]


def test_cli_add_reads_the_default_interval_by_the_dialogs_rule(
    http_server: TestServer, tmp_path: Path
) -> None:
    http_server.routes["/a.xml"] = Reply(200, rss("A", make_items("a", 1)), RSS)
    http_server.routes["/b.xml"] = Reply(200, rss("B", make_items("b", 1)), RSS)
    short = tmp_path / "short"
    set_setting(short, prefs.DEFAULT_INTERVAL.key, 30)  # below a minute: the default applies
    assert cli(short, "add", http_server.url("/a.xml")).returncode == 0
    assert [f["interval"] for f in feeds(short)] == [3600]
    fractional = tmp_path / "fractional"
    set_setting(fractional, prefs.DEFAULT_INTERVAL.key, 1800.0)  # the CLI used to ignore it
    assert cli(fractional, "add", http_server.url("/b.xml")).returncode == 0
    assert [f["interval"] for f in feeds(fractional)] == [1800]
