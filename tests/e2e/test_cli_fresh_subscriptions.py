"""The CLI's side of issue 15: `add` stores the feed's first articles at once (one refresh of
that feed alone); `import` says the next `refresh` fetches them. Real subprocesses, real HTTP
on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.test_cli import cli, ok_json, opml
from tests.support.feeds import ConditionalFeed, make_items, rss
from tests.support.httpserver import TestServer


def test_add_stores_the_first_articles_at_once(http_server: TestServer, tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    http_server.routes["/old.xml"] = ConditionalFeed(rss("Old", make_items("old", 2)))
    http_server.routes["/new.xml"] = ConditionalFeed(rss("New", make_items("new", 3)))
    subs = tmp_path / "subs.opml"
    subs.write_text(opml(http_server, [("News", "Old", "/old.xml")]))
    imported = cli(profile, "import", str(subs))
    assert imported.returncode == 0, imported.stderr
    assert "next `newsreader refresh`" in imported.stdout
    assert ok_json(profile, "articles") == []  # import leaves the fetching to `refresh`
    http_server.log.clear()

    done = cli(profile, "add", http_server.url("/new.xml"))

    assert done.returncode == 0, done.stderr
    assert "Added “New”" in done.stdout and "Stored 3 articles" in done.stdout
    titles = {row["title"] for row in ok_json(profile, "articles")}
    assert titles == {"new story 0", "new story 1", "new story 2"}
    assert "/old.xml" not in {r.path for r in http_server.log}  # the other feed waits its turn
    summary = ok_json(profile, "refresh")
    assert summary["feeds"] == 1 and summary["new_articles"] == 2  # only the old feed was due
