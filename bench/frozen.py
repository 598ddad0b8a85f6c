"""Figures for the packaged app (printed, never asserted): size, refresh and start-up time.

Needs `make package` first. The frozen binary subscribes to a local feed farm and refreshes it
through its own CLI (its own interpreter and spawned parser processes), then `--self-test`
opens the real window on that filled profile, renders an article and exits: the wall time of
that run is the frozen app's start to a usable window (plus its shutdown). Runs offscreen,
and on Xvfb through the xcb plugin when xvfb-run is installed.

Run: `python -m bench frozen [--app dist/newsreader/newsreader] [--feeds 200] [--items 50]`.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from bench.feedfarm import FeedFarm

REPO = Path(__file__).resolve().parents[1]


def _tree_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _bare_env(home: Path, **extra: str) -> dict[str, str]:
    """What a desktop launcher gives: no venv, no PYTHONPATH."""
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", **extra}


def _timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-1:]
        raise SystemExit(f"{' '.join(command[-2:])} failed: {tail}")
    return elapsed


def _summary(samples: list[float]) -> dict[str, float]:
    return {
        "median_s": round(statistics.median(samples), 3),
        "min_s": round(min(samples), 3),
        "max_s": round(max(samples), 3),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="bench.frozen")
    parser.add_argument("--app", type=Path, default=REPO / "dist" / "newsreader" / "newsreader")
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--items", type=int, default=50)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    app: Path = args.app.resolve()
    if not app.is_file():
        print(f"bench.frozen: {app} not found, skipped (run `make package` first)")
        return
    archives = sorted((app.parent.parent).glob("newsreader-*.tar.gz"))
    sizes = {"unpacked_mb": round(_tree_bytes(app.parent) / 1e6, 1)}
    if archives:
        sizes["archive_mb"] = round(archives[-1].stat().st_size / 1e6, 1)
    print("package:", json.dumps(sizes))

    with tempfile.TemporaryDirectory(prefix="newsreader-frozen-") as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        profile = Path(tmp) / "profile"
        env = _bare_env(home, QT_QPA_PLATFORM="offscreen")
        nr = [str(app), "--profile", str(profile)]
        version = [_timed([str(app), "--version"], env) for _ in range(args.runs)]
        print("--version (interpreter start):", json.dumps(_summary(version)))

        with FeedFarm(args.feeds, args.items) as farm:
            opml = Path(tmp) / "farm.opml"
            opml.write_text(farm.opml())
            _timed([*nr, "import", str(opml)], env)
            refresh = _timed([*nr, "refresh", "--all"], env)
        print(
            f"refresh --all, {args.feeds} feeds × {args.items} items "
            f"({farm.total_bytes / 1e6:.0f} MB): {refresh:.2f} s"
        )

        offscreen = [_timed([*nr, "--self-test"], env) for _ in range(args.runs)]
        print("--self-test offscreen (start → article rendered → exit):", end=" ")
        print(json.dumps(_summary(offscreen)))
        xvfb_run = shutil.which("xvfb-run")
        if xvfb_run is None:
            print("--self-test on X11: skipped (xvfb-run is not installed)")
            return
        x11 = []
        for _ in range(args.runs):
            # xvfb-run's own start-up is outside the measurement: the app times itself.
            script = (
                'start=$(date +%s%N); "$0" --profile "$1" --self-test >/dev/null || exit 1; '
                "echo $(( ($(date +%s%N) - start) / 1000 ))"
            )
            done = subprocess.run(
                [xvfb_run, "-a", "sh", "-c", script, str(app), str(profile)],
                env={**_bare_env(home), "QT_QPA_PLATFORM": "xcb"},
                capture_output=True, text=True, check=False,
            )  # fmt: skip
            if done.returncode != 0 or not done.stdout.strip():
                raise SystemExit(f"--self-test on Xvfb failed: {done.stderr.strip()[-300:]}")
            x11.append(int(done.stdout.split()[-1]) / 1e6)
        print("--self-test on Xvfb (xcb):", json.dumps(_summary(x11)))


if __name__ == "__main__":
    main()
