"""`newsreader check`, `backups`, `restore` and `salvage`: the library's care from the CLI.

They run without opening the engine, because the library they look after may not open. The
repairs take the profile's window lock for their duration, so no window starts on a file
that is being replaced, and refuse while a window is open (it holds connections to it).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TypeVar

from newsreader.app.i18n import _, ngettext
from newsreader.app.profile import ProfilePaths
from newsreader.app.single_instance import WindowLock
from newsreader.core.errors import NewsreaderError, StorageError, UsageError
from newsreader.storage.backup import list_backups
from newsreader.storage.repair import check_library, restore_backup, salvage_in_place

COMMANDS = ("check", "backups", "restore", "salvage")
_Parser = TypeVar("_Parser", bound=argparse.ArgumentParser)  # the CLI's own parser class


def add_parsers(sub: argparse._SubParsersAction[_Parser]) -> None:
    sub.add_parser("check", help="run SQLite's full check on the library")
    sub.add_parser("backups", help="list the library's backups, oldest first")
    p = sub.add_parser("restore", help="put a backup back (the current file is kept, renamed)")
    p.add_argument("backup", nargs="?", type=Path, metavar="FILE", help="default: the newest")
    sub.add_parser(
        "salvage", help="copy every readable row into a new library (the old one is kept)"
    )


def run(args: argparse.Namespace, paths: ProfilePaths) -> int:
    db = paths.db_path
    if args.command == "check":
        return _check(db)
    if args.command == "backups":
        return _backups(db)
    if not db.is_file():
        raise StorageError(_("there is no library at {path}").format(path=db))
    lock = WindowLock(paths.data_dir)
    holder = lock.acquire()
    if holder is not None:
        raise NewsreaderError(
            _(
                "Newsreader's window is open on this profile; close it first, or use "
                "File ▸ Check Library there"
            )
        )
    try:
        if args.command == "restore":
            return _restore(db, args.backup)
        return _salvage(db)
    finally:
        lock.release()


def _check(db: Path) -> int:
    if not db.is_file():
        raise StorageError(_("there is no library at {path}").format(path=db))
    problems = check_library(db)
    if problems:
        more = len(problems) - 1
        if more:
            first = ngettext(
                "{problem} and {n} more problem", "{problem} and {n} more problems", more
            ).format(problem=problems[0], n=more)
        else:
            first = problems[0]
        raise StorageError(
            _(
                "{path} is damaged ({problems}); `newsreader restore` puts the newest backup "
                "back, `newsreader salvage` keeps every readable row"
            ).format(path=db, problems=first)
        )
    print(_("{path} passed SQLite's full check.").format(path=db))
    return 0


def _backups(db: Path) -> int:
    backups = list_backups(db)
    if not backups:
        print(
            _(
                "There are no backups of {path} yet; one is made every day the library is used."
            ).format(path=db)
        )
        return 0
    for backup in backups:
        size = backup.stat().st_size
        print(f"{backup}  ({size / 1_048_576:.1f} MB)")
    return 0


def _restore(db: Path, backup: Path | None) -> int:
    if backup is not None and not backup.is_file():
        raise UsageError(_("{path} is not a file").format(path=backup))
    restored = restore_backup(db, backup)
    print(
        _("Restored {backup}; the previous library was kept as {damaged}.").format(
            backup=restored.backup, damaged=restored.damaged
        )
    )
    return 0


def _salvage(db: Path) -> int:
    report, restored = salvage_in_place(db)
    articles = report.copied.get("articles", 0)
    lost = report.lost.get("articles", 0)
    if lost < 0:
        text = _(
            "Salvaged {n} articles (an unknown number could not be read); the damaged library "
            "was kept as {damaged}."
        )
    else:
        text = _(
            "Salvaged {n} articles ({lost} could not be read); the damaged library was kept "
            "as {damaged}."
        )
    print(text.format(n=articles, lost=lost, damaged=restored.damaged))
    sys.stdout.flush()
    return 0
