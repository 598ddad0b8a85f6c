"""Sync against a local Miniflux (issue 14): first sync of 500 feeds × 100 entries, then an
incremental sync of 1,000 changes made on the server, through REST and Google Reader.

For each Miniflux version (2.2.6 from trixie, 2.3.x from forky; `tests.support.miniflux`
starts it on 127.0.0.1 with its own PostgreSQL), the server is subscribed to generated feeds
served on 127.0.0.1 (seeding is timed apart: Miniflux fetches each feed as it is added).
Then, for each client, a fresh profile (a real engine) syncs:

- first sync: "stored" is the time until every pulled article is in the database (readable);
  "caching" is the offline stage after that, measured only with `--cache`: the generated
  feeds are summary-only, so it fetches one article page per entry (50,000 of them) and takes
  minutes. Images point at a `.invalid` host, so the image policy is "never" either way.
- incremental: 1,000 changes made on the server as another device would (reads, unreads and
  star toggles spread over the entries), then one sync; and a sync with nothing to do.

Targets: first sync ≤ 30 s, incremental ≤ 2 s. Prints figures, asserts nothing.
`--profile` runs the syncs under cProfile and prints where the time goes.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import cProfile
import io
import pstats
import random
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsreader.app.profile import Engine, open_engine, resolve_profile
from newsreader.core.credentials import make_auth_ref
from newsreader.core.sync import AccountKind
from newsreader.update.sync import Syncer, SyncSummary
from tests.support.httpserver import TestServer
from tests.support.miniflux import FeedFarm, MinifluxServer

NOW = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)
TARGET_FIRST = 30.0
TARGET_INCREMENTAL = 2.0


def _seed(mf: MinifluxServer, farm: FeedFarm, feeds: int, items: int, width: int) -> float:
    """Subscribe the server to `feeds` generated feeds, `width` subscriptions at once."""
    started = time.perf_counter()
    cats = [mf.category_id(title) for title in ("News", "Tech", "World/Asia")]
    urls = [farm.add_feed(i, items) for i in range(feeds)]
    with concurrent.futures.ThreadPoolExecutor(width) as pool:
        list(pool.map(lambda iu: mf.add_feed(iu[1], cats[iu[0] % len(cats)]), enumerate(urls)))
    return time.perf_counter() - started


def _entry_ids(mf: MinifluxServer) -> list[int]:
    ids: list[int] = []
    while True:
        page = mf.api(
            "GET", "/v1/entries", limit=1000, offset=len(ids), order="id",
            direction="asc", status=["read", "unread"],
        )  # fmt: skip
        ids.extend(int(e["id"]) for e in page["entries"])
        if not page["entries"] or len(ids) >= page["total"]:
            return ids


def _changes(mf: MinifluxServer, ids: list[int], count: int, rng: random.Random) -> float:
    """`count` changes spread over the entries: 60% read, 20% unread, 20% star toggles."""
    started = time.perf_counter()
    picked = rng.sample(ids, count)
    reads = picked[: count * 6 // 10]
    unreads = picked[count * 6 // 10 : count * 8 // 10]
    stars = picked[count * 8 // 10 :]
    for start in range(0, len(reads), 250):
        mf.set_status(reads[start : start + 250], "read")
    mf.set_status(unreads, "unread")
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        list(pool.map(mf.toggle_bookmark, stars))
    return time.perf_counter() - started


class _ProfiledWriter:
    """The engine's writer, with each job run under cProfile on the writer thread (cProfile
    of the calling thread only sees it waiting)."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner
        self.profiles: list[cProfile.Profile] = []

    def call(self, job: Callable[[Any], Any]) -> Any:
        def profiled(store: Any) -> Any:
            prof = cProfile.Profile()
            prof.enable()
            try:
                return job(store)
            finally:
                prof.disable()
                self.profiles.append(prof)

        return self._inner.call(profiled)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def report(self, label: str) -> str:
        if not self.profiles:
            return ""
        out = io.StringIO()
        stats = pstats.Stats(self.profiles[0], stream=out)
        for prof in self.profiles[1:]:
            stats.add(prof)
        self.profiles.clear()
        stats.sort_stats("cumulative").print_stats(30)
        return f"--- cProfile of {label} (writer thread) ---\n{out.getvalue()}"


def _profile(
    root: Path, mf: MinifluxServer, kind: str, cache: bool, writer: _ProfiledWriter | None
) -> tuple[Engine, Syncer]:
    engine = open_engine(resolve_profile(root), parse_workers=1)
    engine.writer.call(lambda s: s.set_setting("images_policy", "never"))
    if kind == "rest":
        account_kind, user, secret = AccountKind.MINIFLUX, "", mf.api_key
    else:
        account_kind, user, secret = AccountKind.GREADER, mf.greader_user, mf.greader_password
    ref = make_auth_ref(f"newsreader-account:{kind}", user or "api-key")
    engine.credentials.set_password(ref, secret)
    engine.writer.call(
        lambda s: s.add_account(
            name=kind, kind=account_kind, url=mf.base_url, username=user, auth_ref=ref, now=NOW
        )
    )
    if cache:
        return engine, engine.syncer
    if writer is not None:
        writer._inner = engine.writer
    # The engine's own syncer without its offline stage: the same push, pull and store.
    syncer = Syncer(
        writer=writer or engine.writer,
        secrets=lambda account: secret,
        limits=lambda: engine.fetcher.limits,
        clock=lambda: datetime.now(UTC),
    )
    return engine, syncer


def _timed(
    label: str, run: Callable[[], SyncSummary], profile: bool, writer: Any = None
) -> tuple[SyncSummary, float, str]:
    prof = cProfile.Profile() if profile else None
    started = time.perf_counter()
    if prof is not None:
        prof.enable()
    summary = run()
    if prof is not None:
        prof.disable()
    wall = time.perf_counter() - started
    report = ""
    if prof is not None:
        out = io.StringIO()
        stats = pstats.Stats(prof, stream=out)
        stats.sort_stats("cumulative").print_stats(25)
        report = f"--- cProfile of {label} (cumulative, main thread) ---\n{out.getvalue()}"
        if writer is not None:
            report += writer.report(label)
    return summary, wall, report


def _line(label: str, summary: SyncSummary, wall: float, target: float | None) -> str:
    a = summary.accounts[0]
    verdict = ""
    if target is not None:
        verdict = f"  [target ≤ {target:.0f} s: {'met' if a.seconds <= target else 'MISSED'}]"
    err = f"  ERROR: {a.error}" if a.error else ""
    return (
        f"  {label:<26} stored {a.seconds:7.2f} s  caching {a.cache_seconds:6.2f} s  "
        f"wall {wall:7.2f} s  pushed {a.pushed:>5}  pulled {a.pulled:>6}  "
        f"new {a.new_articles:>6}  feeds {a.feeds:>4}{verdict}{err}"
    )


def _count(engine: Engine, sql: str) -> Any:
    import sqlite3  # noqa: PLC0415

    conn = sqlite3.connect(f"file:{engine.paths.db_path}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def run_version(suite: str, args: argparse.Namespace) -> None:
    rng = random.Random(14)
    with MinifluxServer(suite) as mf, TestServer() as feeds:
        t = mf.timings
        print(
            f"\nminiflux {mf.version} ({suite}): {'cold' if t.cold else 'warm'} start "
            f"{t.start:.1f} s"
        )
        farm = FeedFarm(feeds)
        seeding = _seed(mf, farm, args.feeds, args.items, args.seed_width)
        ids = _entry_ids(mf)
        print(
            f"  seeding: {args.feeds} feeds × {args.items} entries = {len(ids)} entries in "
            f"{seeding:.1f} s ({args.seed_width} subscriptions at once)"
        )
        # Another device has already read and starred some entries.
        _changes(mf, ids, min(args.changes, len(ids)), rng)
        for kind in args.kinds:
            with tempfile.TemporaryDirectory(prefix="bench-sync-") as tmp:
                writer = _ProfiledWriter(None) if args.profile and not args.cache else None
                engine, syncer = _profile(Path(tmp) / "profile", mf, kind, args.cache, writer)
                try:
                    label = f"{kind} first sync"
                    summary, wall, report = _timed(label, syncer.sync, args.profile, writer)
                    print(_line(label, summary, wall, TARGET_FIRST))
                    arts = _count(engine, "SELECT count(*) FROM articles")
                    print(f"    ({arts} articles stored)")
                    if report:
                        print(report)
                    for round_ in range(args.rounds):
                        made = _changes(mf, ids, min(args.changes, len(ids)), rng)
                        label = f"{kind} incremental {args.changes}"
                        summary, wall, report = _timed(label, syncer.sync, args.profile, writer)
                        print(_line(label, summary, wall, TARGET_INCREMENTAL))
                        print(f"    (making the {args.changes} changes took {made:.1f} s)")
                        if report and round_ == 0:
                            print(report)
                    summary, wall, _ = _timed(f"{kind} no changes", syncer.sync, False)
                    print(_line(f"{kind} nothing changed", summary, wall, None))
                finally:
                    engine.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="bench sync")
    parser.add_argument("--feeds", type=int, default=500)
    parser.add_argument("--items", type=int, default=100)
    parser.add_argument("--changes", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=2, help="incremental syncs per client")
    parser.add_argument("--versions", default="trixie,forky", help="Debian suites of miniflux")
    parser.add_argument("--kinds", default="rest,greader", help="clients: rest, greader")
    parser.add_argument("--seed-width", type=int, default=8, help="subscriptions at once")
    parser.add_argument("--profile", action="store_true", help="run the syncs under cProfile")
    parser.add_argument(
        "--cache", action="store_true", help="also run the offline stage (article pages)"
    )
    args = parser.parse_args(argv)
    args.kinds = [k for k in args.kinds.split(",") if k]
    print(
        f"sync bench: {args.feeds} feeds × {args.items} entries, {args.changes} server-side "
        f"changes; targets first ≤ {TARGET_FIRST:.0f} s, incremental ≤ "
        f"{TARGET_INCREMENTAL:.0f} s"
    )
    for suite in [v for v in args.versions.split(",") if v]:
        run_version(suite, args)


if __name__ == "__main__":
    main()
