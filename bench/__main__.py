"""`python -m bench NAME [options]` runs one benchmark; with no name, all of them."""

from __future__ import annotations

import importlib
import sys

BENCHES = {
    "refresh": "bench.refresh",
    "offline": "bench.offline",
    "parse": "bench.parse",
    "popular": "bench.popular",
    "gui": "bench.gui_window",
    "frozen": "bench.frozen",
    "related": "bench.related",
    "sync": "bench.sync",
    "sync_gui": "bench.sync_gui",
    "list_end": "bench.list_end",
    "schedule_replay": "bench.schedule_replay",
    "story_list": "bench.story_list",
}


def main() -> None:
    args = sys.argv[1:]
    names = [args.pop(0)] if args and not args[0].startswith("-") else list(BENCHES)
    for name in names:
        if name not in BENCHES:
            raise SystemExit(f"unknown benchmark {name!r}; known: {', '.join(BENCHES)}")
        importlib.import_module(BENCHES[name]).main(args)


main()
