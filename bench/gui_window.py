"""GUI figures for a 1,000-feed, 100,000-article profile (printed, never asserted).

1. Stall: the real window refreshes 1,000 feeds × 100 items from a local feed farm while a 5 ms
   heartbeat QTimer measures its own lateness: the longest and the 99th-percentile stall.
2. Startup (a fresh process on the filled profile): time from process start to a usable
   window, to "All articles" listed, and peak RSS after scrolling the list to its end.

Run: `python -m bench.gui_window [--feeds 1000] [--items 100] [--keep]`. The profile lives in
bench/out/ (git-ignored) and is rebuilt unless --keep is given and it exists.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import subprocess
import sys
import threading
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QModelIndex, QTimer
from PySide6.QtWidgets import QApplication

from bench.feedfarm import FeedFarm
from newsreader.app.profile import resolve_profile
from newsreader.app.window import create_window, freeze_startup_heap, tune_for_gui
from newsreader.gui.article_model import ID_ROLE
from newsreader.storage import open_store

OUT = Path(__file__).resolve().parent / "out"


def _subscribe(profile: Path, urls: list[str]) -> None:
    paths = resolve_profile(profile)
    paths.create()
    store = open_store(paths.db_path)
    try:
        sections = ["World/Asia", "World/Europe", "World/Americas", "Business", "Technology",
                    "Science", "Sport", "Culture", "Health", "Local"]  # fmt: skip
        for i, url in enumerate(urls):
            store.add_feed(url, f"Desk {i}", sections[i % len(sections)], 3600, user_title=True)
    finally:
        store.close()


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


def _watch_stalls(last_beat: list[float], limit_s: float = 0.03) -> threading.Event:
    """Print the GUI thread's stack whenever the heartbeat is late (--trace-stalls)."""
    gui = threading.get_ident()
    stop = threading.Event()

    def watch() -> None:
        while not stop.is_set():
            time.sleep(0.02)
            late = time.monotonic() - last_beat[0]
            if late > limit_s:
                frames = sys._current_frames()
                frame = frames.get(gui)
                stack = "".join(traceback.format_stack(frame)[-6:]) if frame else "?"
                print(f"--- GUI thread late by {late * 1000:.0f} ms:\n{stack}", flush=True)
                names = {t.ident: t.name for t in threading.enumerate()}
                for ident, other in frames.items():
                    if ident != gui:
                        top = traceback.extract_stack(other)[-1]
                        print(f"    {names.get(ident, ident)}: {top.filename}:{top.lineno} "
                              f"{top.name}", flush=True)  # fmt: skip
                time.sleep(0.25)

    threading.Thread(target=watch, daemon=True).start()
    return stop


def stall_while_refreshing(profile: Path, trace: bool = False) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    # As in the running app: parser processes start a second after the window shows, and the
    # refresh comes a little later (the poller's first run is at least 5 s after start).
    window = create_window(profile, offer_defaults="no", poll=False, warm_parsers=True)
    window.resize(1400, 900)
    slow: list[tuple[float, str]] = []

    def timed(name: str, fn):  # type: ignore[no-untyped-def]
        def run(*a):  # type: ignore[no-untyped-def]
            t = time.perf_counter()
            result = fn(*a)
            slow.append(((time.perf_counter() - t) * 1000, name))
            return result

        return run

    window.views_throttle._callback = timed("update_views", window._update_views)
    window._apply_view_update = timed("apply_view_update", window._apply_view_update)
    window.sections.apply = timed("tree_apply", window.sections.apply)
    window.sections._reset_to = timed("tree_reset", window.sections._reset_to)
    window.articles.merge_new = timed("list_merge", window.articles.merge_new)
    window.bridge.refresh_progressed.disconnect(window._on_refresh_progressed)
    window.bridge.refresh_progressed.connect(timed("progress", window._on_refresh_progressed))
    window.show()
    app.processEvents()
    freeze_startup_heap()  # as run_window does
    idle_until = time.monotonic() + 4.0
    while time.monotonic() < idle_until:
        app.processEvents()
        time.sleep(0.005)
    lateness: list[float] = []
    when: list[float] = []  # seconds since the heartbeat started
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]

    beat_at = [time.monotonic()]
    watching = _watch_stalls(beat_at) if trace else None

    def beat() -> None:
        beat_at[0] = time.monotonic()
        now = clock.nsecsElapsed()
        lateness.append(max(0.0, (now - last[0]) / 1e6 - 5.0))
        when.append(now / 1e9)
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setTimerType(heartbeat.timerType().PreciseTimer)
    heartbeat.timeout.connect(beat)
    heartbeat.start(5)
    done: list[object] = []
    window.bridge.refresh_finished.connect(done.append)
    window.bridge.refresh_failed.connect(done.append)
    collections: list[tuple[int, float]] = []  # (generation, ms) of the cyclic GC's runs
    gc_when: list[tuple[float, int, float]] = []
    gc_start = [0.0]

    def on_gc(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            gc_start[0] = time.perf_counter()
        else:
            ms = (time.perf_counter() - gc_start[0]) * 1000
            collections.append((info["generation"], ms))
            gc_when.append((clock.nsecsElapsed() / 1e9, info["generation"], ms))

    gc.callbacks.append(on_gc)
    started = time.perf_counter()
    window.ui.refreshAction.trigger()
    while not done:
        app.processEvents()
        time.sleep(0.001)
    seconds = time.perf_counter() - started
    heartbeat.stop()
    gc.callbacks.remove(on_gc)
    for gen in (0, 1, 2):
        runs = sorted((ms for g, ms in collections if g == gen), reverse=True)
        print(f"gc generation {gen}: {len(runs)} runs, {sum(runs):.0f} ms, slowest "
              f"{[round(ms, 1) for ms in runs[:3]]}")  # fmt: skip
    if watching is not None:
        watching.set()
    summary = done[0]
    window.close()
    worst_beats = sorted(range(len(lateness)), key=lateness.__getitem__, reverse=True)[:5]
    for i in worst_beats:
        end, length = when[i], (lateness[i] + 5) / 1000
        inside = [(g, round(ms)) for t, g, ms in gc_when if end - length <= t <= end + 0.001]
        print(f"stall of {lateness[i]:.0f} ms ending at {end:.2f} s; GC runs in it: {inside}")
    for name in (
        "update_views",
        "apply_view_update",
        "tree_apply",
        "tree_reset",
        "list_merge",
        "progress",
    ):
        times = sorted((ms for ms, n in slow if n == name), reverse=True)
        print(f"GUI slot {name}: {len(times)} calls, {sum(times):.0f} ms in all, slowest "
              f"{[round(ms, 1) for ms in times[:5]]}")  # fmt: skip
    return {
        "refresh_seconds": round(seconds, 2),
        "new_articles": float(getattr(summary, "new_articles", -1)),
        "stall_max_ms": round(max(lateness, default=0.0), 1),
        "stall_p99_ms": round(_percentile(lateness, 0.99), 1),
        "worst_stalls_at_s": [
            (round(when[i], 2), round(lateness[i]))
            for i in sorted(range(len(lateness)), key=lateness.__getitem__, reverse=True)[:5]
        ],
        "beats": float(len(lateness)),
    }


def _rss_mb() -> tuple[float, float]:
    """(current, peak) resident memory in MB, from /proc (Linux)."""
    fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
    return (int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024)


def _idle(app: QApplication, seconds: float) -> None:
    """Run the event loop for a while (background reads deliver, timers fire)."""
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.005)


def startup_child(profile: Path, t0: float) -> None:
    """Runs in a fresh process: window usable → All articles → open → search → scroll."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication(sys.argv[:1])
    # As in the running app: parser processes start a second after the window shows, and the
    # refresh comes a little later (the poller's first run is at least 5 s after start).
    window = create_window(profile, offer_defaults="no", poll=False, warm_parsers=True)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    usable = time.time() - t0
    window.select_node("all")
    app.processEvents()
    listed = time.time() - t0
    rss_start = _rss_mb()[0]
    view = window.ui.articleList
    # "All articles" from another node: the query, the first page and the repaint.
    window.select_node("starred")
    app.processEvents()
    started = time.perf_counter()
    window.select_node("all")
    view.repaint()
    all_ms = (time.perf_counter() - started) * 1000
    rows_first = window.articles.rowCount()
    # An article opened: select a row → the pane has rendered it (and repainted).
    pane = window.ui.readerPane
    open_ms: list[float] = []
    for row in (3, 10, 20, 40, 60):
        _idle(app, 0.3)  # a reader's pause: the previous article's boxes are computed
        index = window.articles.index(row, 1)
        started = time.perf_counter()
        view.selectionModel().select(
            index, view.selectionModel().SelectionFlag.ClearAndSelect
            | view.selectionModel().SelectionFlag.Rows
        )  # fmt: skip
        pane.repaint()
        open_ms.append((time.perf_counter() - started) * 1000)
        assert pane.article is not None and pane.article.id == index.data(ID_ROLE)
    # Full-text search: the query run (after the typing pause) → the list filled and painted.
    search_ms: list[float] = []
    found = 0
    for word in ("market", "election", "storm river", "climate"):
        _idle(app, 0.3)
        window.ui.searchBox.setText(word)
        started = time.perf_counter()
        window._run_search()
        view.repaint()
        search_ms.append((time.perf_counter() - started) * 1000)
        found += window.articles.rowCount()
    window.clear_search()
    app.processEvents()
    started = time.perf_counter()
    while window.articles.canFetchMore(QModelIndex()):
        window.articles.fetchMore(QModelIndex())
    view.scrollToBottom()
    app.processEvents()
    scroll_s = time.perf_counter() - started
    rss_now, rss_peak = _rss_mb()
    print(json.dumps({
        "window_usable_s": round(usable, 3),
        "all_articles_at_start_s": round(listed, 3),
        "all_articles_switch_ms": round(all_ms, 1),
        "article_open_ms_median": round(sorted(open_ms)[len(open_ms) // 2], 1),
        "article_open_ms_max": round(max(open_ms), 1),
        "search_ms_median": round(sorted(search_ms)[len(search_ms) // 2], 1),
        "search_ms_max": round(max(search_ms), 1),
        "search_rows": found,
        "open_ms": [round(v, 1) for v in open_ms],
        "search_ms": [round(v, 1) for v in search_ms],
        "first_page_rows": rows_first,
        "rows_after_scroll": window.articles.rowCount(),
        "scroll_to_end_s": round(scroll_s, 2),
        "rss_after_start_mb": round(rss_start, 1),
        "rss_after_scroll_mb": round(rss_now, 1),
        "peak_rss_mb": round(rss_peak, 1),
    }))  # fmt: skip
    window.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="bench.gui_window")
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--items", type=int, default=100)
    parser.add_argument("--keep", action="store_true", help="reuse an existing profile")
    parser.add_argument("--trace-stalls", action="store_true", help="print late GUI stacks")
    parser.add_argument(
        "--default-switch-interval", action="store_true", help="skip tune_for_gui (compare)"
    )
    parser.add_argument("--switch-ms", type=float, help="override the GUI switch interval")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if not args.default_switch_interval:
        tune_for_gui()  # as run_window does
    if args.switch_ms:
        sys.setswitchinterval(args.switch_ms / 1000)
    if args.child:
        startup_child(Path(args.child[0]), float(args.child[1]))
        return
    profile = OUT / f"gui-{args.feeds}x{args.items}"
    if not (args.keep and profile.exists()):
        shutil.rmtree(profile, ignore_errors=True)
        with FeedFarm(args.feeds, args.items) as farm:
            _subscribe(profile, farm.urls)
            print(f"feed farm: {args.feeds} feeds × {args.items} items, "
                  f"{farm.total_bytes / 1e6:.0f} MB")  # fmt: skip
            stall = stall_while_refreshing(profile, args.trace_stalls)
        print("refresh in the window:", json.dumps(stall))
    t0 = time.time()
    child = subprocess.run(
        [sys.executable, "-m", "bench.gui_window", "--child", str(profile), repr(t0)],
        capture_output=True, text=True, check=False, cwd=Path(__file__).resolve().parents[1],
    )  # fmt: skip
    lines = [line for line in child.stdout.splitlines() if line.startswith("{")]
    if child.returncode != 0 or not lines:
        print("startup child failed:", child.stderr.strip().splitlines()[-1:])
        return
    print("startup on the filled profile:", lines[-1])


if __name__ == "__main__":
    main()
