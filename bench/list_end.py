"""End on a long lazily loaded list (issue 15): how long it takes, and how long the GUI waits.

A profile of FEEDS × ITEMS articles is filled by the real window's refresh from a local feed
farm (127.0.0.1). Then "All articles" is shown (its first page only) and End is pressed: the
list loads the rest a slice per event-loop turn (`ToTheEnd`) and selects the last row. A 5 ms
heartbeat QTimer measures its own lateness meanwhile; the figures are printed, never asserted.

Run: `python -m bench list_end [--feeds 100] [--items 1000]`.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QApplication

from bench.feedfarm import FeedFarm
from newsreader.app.profile import resolve_profile
from newsreader.app.window import create_window
from newsreader.storage import open_store


def _line(name: str, values: list[float], unit: str = "ms") -> str:
    ordered = sorted(values)
    if not ordered:
        return f"{name}: no samples"
    median = ordered[len(ordered) // 2]
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return (
        f"{name}: median {median:.1f} {unit}, p95 {p95:.1f} {unit}, "
        f"max {ordered[-1]:.1f} {unit} ({len(ordered)} samples)"
    )


def _wait(app: QApplication, done: object, timeout: float) -> None:
    end = time.monotonic() + timeout
    while not done() and time.monotonic() < end:  # type: ignore[operator]
        app.processEvents()
        time.sleep(0.002)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="bench list_end")
    parser.add_argument("--feeds", type=int, default=100)
    parser.add_argument("--items", type=int, default=1000)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as tmp, FeedFarm(args.feeds, args.items) as farm:
        profile = Path(tmp) / "profile"
        paths = resolve_profile(profile)
        paths.create()
        store = open_store(paths.db_path)
        for i, url in enumerate(farm.urls):
            store.add_feed(url, f"Desk {i}", f"Section {i % 10}", 3600, user_title=True)
        store.close()
        window = create_window(profile, offer_defaults="no", poll=False, read_delay_ms=0)
        window.resize(1400, 900)
        window.show()
        finished: list[object] = []
        window.bridge.refresh_finished.connect(finished.append)
        started = time.perf_counter()
        window.ui.refreshAction.trigger()
        _wait(app, lambda: finished and window.views_settled, 900)
        print(f"refresh: {time.perf_counter() - started:.1f} s")
        window.select_node("popular")
        window.select_node("all")
        total = window.sections.count_for_key("all") or 0
        view = window.ui.articleList
        model = window.articles
        print(f"articles: {total:,}; rows loaded before End: {model.rowCount():,}")

        lateness: list[float] = []
        clock = QElapsedTimer()
        clock.start()
        last = [clock.nsecsElapsed()]

        def beat() -> None:
            now = clock.nsecsElapsed()
            lateness.append(max(0.0, (now - last[0]) / 1e6 - 5.0))
            last[0] = now

        heartbeat = QTimer()
        heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
        heartbeat.timeout.connect(beat)
        heartbeat.start(5)
        view.setFocus()
        started = time.perf_counter()
        window.list_actions.go_to_end()
        _wait(app, lambda: view.currentIndex().row() == total - 1, 600)
        took = time.perf_counter() - started
        heartbeat.stop()
        print(f"End: last row {view.currentIndex().row() + 1:,} of {total:,} in {took:.2f} s")
        print(_line("heartbeat lateness during End", lateness))
        window.close()


if __name__ == "__main__":
    main()
