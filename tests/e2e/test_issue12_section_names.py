"""Issue 12, point 16: a section name XML cannot hold is refused where it is typed.

A name with a control character or U+FFFE was accepted, and then every `export` failed as
an internal error. Names are now refused at entry (the CLI, and the Store functions the
window calls); a name stored before the rule still exports, without those characters.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newsreader.core.errors import UsageError
from newsreader.core.opml import parse_opml
from newsreader.storage import open_store
from tests.e2e.test_cli import cli
from tests.support.feeds import make_items, rss
from tests.support.httpserver import Reply, TestServer

BAD_NAMES = ["Bad\x01Name", "Tab\there", "Line\nbreak", "Non\ufffechar", "Non\uffffchar", "Del\x7f"]


@pytest.mark.parametrize("name", BAD_NAMES)
def test_add_with_an_xml_invalid_section_is_bad_usage(
    http_server: TestServer, tmp_path: Path, name: str
) -> None:
    http_server.routes["/a.xml"] = Reply(
        200, rss("A", make_items("a", 2)), {"Content-Type": "application/rss+xml"}
    )
    profile = tmp_path / "profile"
    done = cli(profile, "add", http_server.url("/a.xml"), "--section", f"World/{name}")
    assert done.returncode == 2, (done.returncode, done.stderr)
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "section name" in done.stderr and "internal error" not in done.stderr
    # Refused before anything was fetched or stored.
    assert http_server.requests_to("/a.xml") == []
    export = cli(profile, "export")
    assert export.returncode == 0, export.stderr
    assert parse_opml(export.stdout.encode()).feeds == ()


@pytest.mark.parametrize("name", BAD_NAMES)
def test_store_refuses_xml_invalid_section_names(tmp_path: Path, name: str) -> None:
    store = open_store(tmp_path / "newsreader.db")
    try:
        with pytest.raises(UsageError, match="section name"):
            store.ensure_section(f"World/{name}")
        good = store.ensure_section("World/Asia")
        with pytest.raises(UsageError, match="section name"):
            store.rename_section(good, name)
        with pytest.raises(UsageError, match="section name"):
            store.add_feed("http://127.0.0.1:9/a.xml", "A", name, 1800)
    finally:
        store.close()


def test_import_drops_xml_invalid_characters_from_folder_names(tmp_path: Path) -> None:
    source = tmp_path / "subs.opml"
    # Raw U+FFFE and DEL survive lxml's recovery; a character reference is dropped by it.
    source.write_bytes(
        b'<?xml version="1.0"?><opml version="2.0"><head/><body>'
        b'<outline text="Wor&#1;ld\xef\xbf\xbe\x7f">'
        b'<outline text="A\xef\xbf\xbf" type="rss" xmlUrl="http://127.0.0.1:9/a.xml"/>'
        b"</outline></body></opml>"
    )
    profile = tmp_path / "profile"
    done = cli(profile, "import", str(source))
    assert done.returncode == 0, done.stderr
    export = cli(profile, "export")
    assert export.returncode == 0, export.stderr
    feeds = parse_opml(export.stdout.encode()).feeds
    assert [(f.url, f.title, f.section_path) for f in feeds] == [
        ("http://127.0.0.1:9/a.xml", "A", "World")
    ]


def test_export_works_with_a_bad_name_already_in_the_database(tmp_path: Path) -> None:
    """A database written before the rule may hold such a name; export must still work."""
    profile = tmp_path / "profile"
    assert cli(profile, "feeds").returncode == 0  # creates the library
    db = profile / "newsreader.db"
    store = open_store(db)
    try:
        store.add_feed("http://127.0.0.1:9/a.xml", "T\x01itle\ufffe", "", 1800)
    finally:
        store.close()
    conn = sqlite3.connect(db)
    with conn:
        cur = conn.execute(
            "INSERT INTO sections(parent_id, name, position) VALUES (NULL, ?, 0)",
            ("Bad\x01\ufffe\uffffName",),
        )
        conn.execute("UPDATE feeds SET section_id = ?", (cur.lastrowid,))
    conn.close()
    done = cli(profile, "export")
    assert done.returncode == 0, done.stderr
    document = parse_opml(done.stdout.encode())
    assert [(f.url, f.section_path) for f in document.feeds] == [
        ("http://127.0.0.1:9/a.xml", "BadName")
    ]
    out = tmp_path / "subs.opml"
    assert cli(profile, "export", str(out)).returncode == 0
    assert parse_opml(out.read_bytes()).feeds == document.feeds
