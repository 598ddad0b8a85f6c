"""Rhythm learning can be switched off (issue 19): then every feed is polled at its interval.

The decider on plain data, then the `refresh` command on a real profile against a feed on
127.0.0.1 whose posts all come out at one hour of the day, twelve hours from now.
"""

from __future__ import annotations

import random
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from newsreader.core import prefs
from newsreader.core.decide import decide_feed_state
from newsreader.core.types import Feed, FetchKind, FetchResult
from newsreader.storage import open_store
from tests.support.feeds import ConditionalFeed, Item, rss
from tests.support.httpserver import TestServer

NOW = datetime(2026, 3, 2, 19, 0, tzinfo=UTC)  # a Monday evening
INTERVAL = 3600


def daily_posts(hour: int, end: datetime, days: int = 40) -> list[datetime]:
    last = end.replace(hour=hour, minute=5, second=0, microsecond=0)
    if last > end:
        last -= timedelta(days=1)
    return [last - timedelta(days=d, minutes=d % 7) for d in range(days)]


def _feed() -> Feed:
    return Feed(id=1, url="http://127.0.0.1/f.xml", title="F", section_id=None,
                section_path="", interval=INTERVAL)  # fmt: skip


def test_the_pref_is_on_by_default_and_only_an_explicit_false_turns_it_off() -> None:
    assert prefs.LEARN_RHYTHM.get(lambda _k, _d: None) is True
    assert prefs.LEARN_RHYTHM.read(False) is False
    assert prefs.LEARN_RHYTHM.read(0) is True  # a malformed value keeps the default
    assert prefs.BY_KEY["learn_rhythm"] is prefs.LEARN_RHYTHM


def test_with_learning_off_the_decider_waits_the_interval() -> None:
    ok = FetchResult(FetchKind.NOT_MODIFIED, _feed().url, _feed().url, status=304)
    times = daily_posts(6, NOW)
    on = decide_feed_state(_feed(), ok, NOW, random.Random(1), publish_times=times)
    off = decide_feed_state(
        _feed(), ok, NOW, random.Random(1), publish_times=times, learn_rhythm=False
    )
    assert off.next_update == NOW + timedelta(seconds=INTERVAL)
    assert on.next_update is not None and on.next_update > NOW + timedelta(hours=3)


def _next_wait(tmp_path: Path, name: str, url: str, learn: bool | None) -> float:
    """Seconds from the refresh to the next poll the `refresh` command stored."""
    profile = tmp_path / name
    profile.mkdir()
    store = open_store(profile / "newsreader.db")
    try:
        store.add_feed(url, "Morning paper", "", INTERVAL)
        if learn is not None:
            store.set_setting(prefs.LEARN_RHYTHM.key, learn)
    finally:
        store.close()
    before = datetime.now(UTC)
    done = subprocess.run(
        [sys.executable, "-m", "newsreader", "--profile", str(profile), "refresh", "--all"],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    store = open_store(profile / "newsreader.db")
    try:
        (feed,) = store.feeds_due(datetime.now(UTC), all_feeds=True)
    finally:
        store.close()
    assert feed.next_update is not None
    return (feed.next_update - before).total_seconds()


def test_the_refresh_command_honours_the_setting(tmp_path: Path, http_server: TestServer) -> None:
    now = datetime.now(UTC)
    times = daily_posts((now - timedelta(hours=12)).hour, now)  # quiet for twelve hours now
    items = [
        Item(f"p{i}", f"Edition {i}", f"http://127.0.0.1/{i}.html", published=t)
        for i, t in enumerate(times)
    ]
    http_server.routes["/paper.xml"] = ConditionalFeed(rss("Morning paper", items))
    url = http_server.url("/paper.xml")
    off = _next_wait(tmp_path, "off", url, learn=False)
    on = _next_wait(tmp_path, "on", url, learn=None)
    assert INTERVAL - 120 <= off <= INTERVAL + 5
    assert on > 3 * INTERVAL  # the default: learned, and the quiet hours wait longer
