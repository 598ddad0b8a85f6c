"""Cold and warm refresh of N feeds × M items through the real CLI, against 127.0.0.1.

Cold: a fresh profile imports the feeds and refreshes them (everything fetched, parsed,
sanitized, stored and indexed). Warm: the same feeds again with `--all`, all answering 304.
The bare requests + lxml + executemany script runs against the same farm for comparison.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.baseline import run_baseline
from bench.feedfarm import FeedFarm


def _cli(profile: Path, *args: str) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "newsreader", "--profile", str(profile), *args],
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"newsreader {' '.join(args)} failed: {done.stderr.strip()}")
    return elapsed, done.stdout


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="bench refresh")
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--items", type=int, default=50)
    args = parser.parse_args(argv)
    with FeedFarm(args.feeds, args.items) as farm, tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        print(
            f"refresh bench: {args.feeds} feeds × {args.items} items, "
            f"{farm.total_bytes / 1e6:.1f} MB served from 127.0.0.1"
        )
        base_s, base_rows = run_baseline(farm.urls, root / "baseline.db")
        print(f"  baseline requests+lxml+executemany: {base_s:6.2f} s ({base_rows} rows)")

        profile = root / "profile"
        opml = root / "farm.opml"
        opml.write_text(farm.opml())
        _cli(profile, "import", str(opml))
        cold_s, out = _cli(profile, "refresh", "--json")
        cold = json.loads(out)
        print(
            f"  newsreader cold refresh (CLI, wall): {cold_s:6.2f} s "
            f"(pipeline {cold['seconds']:.2f} s; {cold['updated']} updated, "
            f"{cold['failed']} failed, {cold['new_articles']} new articles)"
        )
        runs = []
        for _ in range(3):
            warm_s, out = _cli(profile, "refresh", "--all", "--json")
            runs.append((warm_s, json.loads(out)))
        runs.sort(key=lambda run: run[0])
        warm_s, warm = runs[1]
        print(
            f"  newsreader warm refresh (CLI, wall, median of 3): {warm_s:6.2f} s "
            f"(pipeline {warm['seconds']:.2f} s; {warm['not_modified']} not modified; "
            f"runs {', '.join(f'{s:.2f}' for s, _ in runs)} s)"
        )
        db = profile / "newsreader.db"
        print(f"  profile database: {db.stat().st_size / 1e6:.1f} MB")
        print(f"  cold / baseline: {cold_s / base_s:.2f}×")
