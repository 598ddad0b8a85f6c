"""Issue 12, point 15: an OPML nested deeper than lxml's default limit still imports.

Under `recover`, lxml stopped at depth 256 and dropped the whole body without an error, so
the import said "Imported 0 … rejected 0" and even the shallow sibling feed was lost.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.e2e.test_cli import cli


def _deep_opml(depth: int) -> str:
    deep = '<outline text="Deep" type="rss" xmlUrl="http://127.0.0.1:9/deep.xml"/>'
    for level in reversed(range(depth)):
        deep = f'<outline text="L{level}">{deep}</outline>'
    before = '<outline text="Shallow" type="rss" xmlUrl="http://127.0.0.1:9/shallow.xml"/>'
    after = '<outline text="After" type="rss" xmlUrl="http://127.0.0.1:9/after.xml"/>'
    return (
        '<?xml version="1.0"?><opml version="2.0"><head><title>deep</title></head>'
        f"<body>{before}{deep}{after}</body></opml>"
    )


def test_outline_nested_300_deep_imports_with_its_sibling(tmp_path: Path) -> None:
    source = tmp_path / "deep.opml"
    source.write_text(_deep_opml(300))
    profile = tmp_path / "profile"
    done = cli(profile, "import", str(source))
    assert done.returncode == 0, done.stderr
    assert "imported 3" in done.stdout.lower(), done.stdout
    listed = cli(profile, "feeds", "--json")
    assert listed.returncode == 0, listed.stderr
    feeds = {f["url"]: f for f in json.loads(listed.stdout)}
    assert set(feeds) == {
        "http://127.0.0.1:9/shallow.xml",
        "http://127.0.0.1:9/deep.xml",
        "http://127.0.0.1:9/after.xml",
    }
    assert feeds["http://127.0.0.1:9/shallow.xml"]["section"] in ("", None)
    assert feeds["http://127.0.0.1:9/after.xml"]["section"] in ("", None)
    # The deep feed keeps a section path (flattened below some depth), never the top level.
    assert feeds["http://127.0.0.1:9/deep.xml"]["section"].startswith("L0/L1/")


def test_outline_nested_past_the_parser_limit_is_refused_with_the_reason(tmp_path: Path) -> None:
    source = tmp_path / "deeper.opml"
    source.write_text(_deep_opml(3000))
    profile = tmp_path / "profile"
    done = cli(profile, "import", str(source))
    assert done.returncode == 1, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "nested more than" in done.stderr and "internal error" not in done.stderr
