"""`newsreader trending [--limit N] [--json]` (issue 19), run as a real subprocess."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newsreader.app.profile import resolve_profile
from tests.e2e.test_cli import cli, ok_json
from tests.support.storygui import StoryLibrary, make_story_library, set_story


@pytest.fixture
def profile(tmp_path: Path) -> tuple[Path, StoryLibrary, list[int]]:
    """A profile with one story in three feeds (90, 60, 30 minutes ago) and a second one of
    two feeds, older; the user opened one article of the second."""
    now = datetime.now(UTC).replace(microsecond=0)
    root = tmp_path / "profile"
    paths = resolve_profile(root)
    paths.create()
    fx = make_story_library(tmp_path, now=now, path=paths.db_path)
    others = [aid for aid in fx.all_ids if aid not in fx.story]
    second = set_story(fx.path, [others[1], others[4]])
    fx.store.record_read(others[1], now - timedelta(minutes=5), 40.0)
    fx.store.close()
    fx.lib.close()
    return root, fx, second


def test_trending_json_gives_score_and_why(
    profile: tuple[Path, StoryLibrary, list[int]],
) -> None:
    root, fx, second_story = profile
    rows = ok_json(root, "trending")
    assert [r["story"] for r in rows] == [fx.story[0], second_story[0]]
    top, second = rows
    assert top["id"] == fx.story[0]
    assert top["sources"] == 3
    assert top["score"] > second["score"] > 0
    assert top["why"] == "3 sources in 1 hour"
    assert top["reason"] == {
        "sources": 3,
        "span_seconds": pytest.approx(3600, abs=2),
        "newest_seconds": pytest.approx(1800, abs=120),
        "reads": 0,
    }
    for key in ("title", "url", "feed", "section", "published", "read", "starred"):
        assert key in top
    # Asia's second article (2 hours old) and Europe's (5 hours): 3 hours apart; read once.
    assert second["why"] == "2 sources in 3 hours; you read 1"


def test_trending_text_and_limit(profile: tuple[Path, StoryLibrary, list[int]]) -> None:
    root, _fx, _second = profile
    done = cli(root, "trending", "--limit", "1")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 1
    assert "Volcano erupts" in lines[0] and "3 sources in 1 hour" in lines[0]
    bad = cli(root, "trending", "--limit", "0")
    assert bad.returncode == 2
    assert "Traceback" not in bad.stderr
