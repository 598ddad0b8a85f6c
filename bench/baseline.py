"""The near-limit reference: bare requests + lxml + one executemany transaction.

No sanitizing, no search index, no dedupe beyond a unique key: the floor a real reader
cannot go below on the same machine, run in the same benchmark for comparison.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests
from lxml import etree


def run_baseline(urls: Sequence[str], db_path: Path, workers: int = 8) -> tuple[float, int]:
    """Fetch and store every item; returns (seconds, rows)."""
    started = time.perf_counter()
    session = requests.Session()

    def fetch(url: str) -> bytes:
        return session.get(url, timeout=30).content

    with ThreadPoolExecutor(workers) as pool:
        bodies = list(pool.map(fetch, urls))
    rows = []
    for feed_id, body in enumerate(bodies):
        root = etree.fromstring(body)
        for item in root.iter("item"):
            rows.append(
                (
                    feed_id,
                    item.findtext("guid"),
                    item.findtext("title"),
                    item.findtext("link"),
                    item.findtext("pubDate"),
                    item.findtext("description"),
                )
            )
    con = sqlite3.connect(db_path)
    con.execute(
        "create table if not exists items(feed int, guid text, title text, link text, "
        "published text, body text, unique(feed, guid))"
    )
    with con:
        con.executemany("insert or ignore into items values (?,?,?,?,?,?)", rows)
    con.close()
    return time.perf_counter() - started, len(rows)
