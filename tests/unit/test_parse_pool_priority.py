"""The parse pool's workers run below the caller's CPU priority (the GUI thread comes first)."""

from __future__ import annotations

import os

from newsreader.update.parsing import PARSER_NICENESS, ParsePool

RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>One</title><link>https://example.org/1</link></item></channel></rss>"""


def test_workers_are_niced_and_still_parse() -> None:
    pool = ParsePool(1)
    try:
        parsed = pool.submit(RSS, "https://example.org/feed", "application/rss+xml").result(60)
        assert [e.title for e in parsed.entries] == ["One"]
        executor = pool._executor
        assert executor is not None
        pids = list(executor._processes)  # type: ignore[attr-defined]
        mine = os.getpriority(os.PRIO_PROCESS, 0)
        assert pids and all(
            os.getpriority(os.PRIO_PROCESS, pid) == min(19, mine + PARSER_NICENESS) for pid in pids
        )
    finally:
        pool.close()


def test_warm_starts_the_workers_before_the_first_feed() -> None:
    pool = ParsePool(2)
    try:
        assert pool._executor is None
        pool.warm()
        executor = pool._executor
        assert executor is not None
        assert len(executor._processes) == 2  # type: ignore[attr-defined]
        parsed = pool.submit(RSS, "https://example.org/feed", None).result(60)
        assert parsed.title == "T"
    finally:
        pool.close()


def test_warm_after_close_starts_nothing() -> None:
    pool = ParsePool(1)
    pool.close()
    pool.warm()
    assert pool._executor is None
