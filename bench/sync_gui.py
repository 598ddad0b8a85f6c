"""The GUI's longest stall while the window runs a first sync (issue 14; printed, not asserted).

A real Miniflux (tests.support.miniflux, on 127.0.0.1) is seeded with N feeds × M entries;
a fresh profile gets a Miniflux account, the real window opens on it, and `poller.sync_now()`
runs the first sync on the refresh thread while a 5 ms heartbeat QTimer measures its own
lateness: the longest stall, the 99th percentile, and the sync's own time.

Run: `python -m bench sync_gui [--feeds 100] [--entries 100] [--suite forky] [--kind rest]`.
Image fetching is off (the seeded entries point at `.invalid` hosts).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication

from newsreader.app.profile import open_engine, resolve_profile
from newsreader.app.window import create_window, freeze_startup_heap
from newsreader.core.credentials import make_auth_ref
from newsreader.core.sync import AccountKind
from newsreader.storage import open_store
from tests.support import secret_service
from tests.support.httpserver import TestServer
from tests.support.miniflux import MinifluxServer, seed


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


def _profile(root: Path, mf: MinifluxServer, kind: str) -> None:
    """A profile with one account; its secret goes to the (private) keyring."""
    paths = resolve_profile(root)
    paths.create()
    store = open_store(paths.db_path)
    try:
        store.set_setting("images_policy", "never")
        store.set_setting("refresh_on_start", False)
    finally:
        store.close()
    engine = open_engine(paths)
    try:
        user = "" if kind == "rest" else mf.greader_user
        ref = make_auth_ref("newsreader-account:bench", user or "api-key")
        secret = mf.api_key if kind == "rest" else mf.greader_password
        if not engine.credentials.set_password(ref, secret):
            raise SystemExit("bench.sync_gui: no keyring to hold the account's secret")
        engine.writer.call(
            lambda s: s.add_account(
                name="bench",
                kind=AccountKind.MINIFLUX if kind == "rest" else AccountKind.GREADER,
                url=mf.base_url,
                username=user,
                auth_ref=ref,
                now=datetime.now().astimezone(),
            )
        )
    finally:
        engine.close()


def run(mf: MinifluxServer, feeds: int, entries: int, kind: str) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with TestServer() as farm_server, tempfile.TemporaryDirectory() as tmp:
        seeded = seed(mf, farm_server, feeds=feeds, entries_per_feed=entries)
        root = Path(tmp) / "profile"
        _profile(root, mf, kind)
        window = create_window(root, offer_defaults="no", poll=True, read_delay_ms=0)
        window.resize(1400, 900)
        window.show()
        app.processEvents()
        freeze_startup_heap()
        settle = time.monotonic() + 2.0
        while time.monotonic() < settle:
            app.processEvents()
            time.sleep(0.005)
        lateness: list[float] = []
        clock = QElapsedTimer()
        clock.start()
        last = [clock.nsecsElapsed()]

        def beat() -> None:
            now = clock.nsecsElapsed()
            lateness.append(max(0.0, (now - last[0]) / 1e6 - 5.0))
            last[0] = now

        heartbeat = QTimer()
        heartbeat.setTimerType(heartbeat.timerType().PreciseTimer)
        heartbeat.timeout.connect(beat)
        done: list[object] = []
        window.poller.sync_finished.connect(done.append)
        heartbeat.start(5)
        t0 = time.monotonic()
        window.poller.sync_now()
        while not done and time.monotonic() - t0 < 600:
            app.processEvents()
            time.sleep(0.001)
        seconds = time.monotonic() - t0
        heartbeat.stop()
        outcomes = done[0] if done else []
        errors = [getattr(o, "error", None) for o in outcomes]  # type: ignore[attr-defined]
        window.close()
        app.processEvents()
    return {
        "entries": float(feeds * entries),
        "seed_s": seeded.seconds,
        "sync_s": seconds,
        "max_stall_ms": max(lateness, default=0.0),
        "p99_stall_ms": _percentile(lateness, 0.99),
        "beats": float(len(lateness)),
        "errors": float(sum(1 for e in errors if e)),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="bench.sync_gui")
    parser.add_argument("--feeds", type=int, default=100)
    parser.add_argument("--entries", type=int, default=100)
    parser.add_argument("--suite", default="forky", help="trixie (2.2.6) or forky (2.3.x)")
    parser.add_argument("--kind", default="rest", choices=["rest", "greader"])
    args = parser.parse_args(argv)
    with (
        tempfile.TemporaryDirectory() as keyring_dir,
        secret_service.secret_service(Path(keyring_dir)) as env,
        MinifluxServer(args.suite) as mf,
    ):
        os.environ.update(env)  # this process's keyring: a private gnome-keyring on D-Bus
        figures = run(mf, args.feeds, args.entries, args.kind)
        print(
            f"sync_gui: miniflux {mf.version} ({args.kind}), {int(figures['entries'])} entries: "
            f"first sync in the window {figures['sync_s']:.1f} s; longest GUI stall "
            f"{figures['max_stall_ms']:.0f} ms, p99 {figures['p99_stall_ms']:.1f} ms "
            f"({int(figures['beats'])} beats; seeding took {figures['seed_s']:.1f} s; "
            f"{int(figures['errors'])} account errors)"
        )


if __name__ == "__main__":
    main()
