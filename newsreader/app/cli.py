"""The `newsreader` command: argument parsing, exit codes, and dispatch.

The contract (DESIGN.md): exit 0 on success, 2 on bad usage, 1 on other errors, each error a
single line on stderr with no traceback (tracebacks go to the log file). Qt is imported only
by the window commands, so the engine commands start fast and run without a display.
"""

from __future__ import annotations

import argparse
import logging
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from newsreader import __version__
from newsreader.app import (
    enclosure_commands,
    library_commands,
    rule_commands,
    stats_commands,
    sync_commands,
    tag_commands,
    trending_commands,
)
from newsreader.app.i18n import _, localize
from newsreader.core.errors import NewsreaderError, UsageError

log = logging.getLogger("newsreader.app.cli")


class _Parser(argparse.ArgumentParser):
    """argparse, but bad usage is one line on stderr and exit status 2."""

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(
            "newsreader: " + _("{message} (see newsreader --help)").format(message=message) + "\n"
        )
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="newsreader",
        description="A desktop news reader that keeps every article readable offline.",
    )
    parser.add_argument("--profile", type=Path, metavar="DIR", help="profile folder")
    parser.add_argument("--version", action="version", version=f"newsreader {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the real window offscreen, show one article, exit 0",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("add", help="subscribe to a feed or web page URL")
    p.add_argument("url")
    p.add_argument("--section", default="", help='section path, e.g. "World/Asia"')
    p.add_argument("--title", help="name to show instead of the feed's own title")
    p.add_argument("--pick", type=int, default=1, metavar="N", help="which discovered feed (1..)")
    p.add_argument("--username", help="user name for a password-protected feed")
    p.add_argument(
        "--password-stdin", action="store_true", help="read the feed's password from stdin"
    )
    p.add_argument(
        "--allow-private",
        action="store_true",
        help="subscribe even though the address is on a private network (a NAS, a router)",
    )
    p.add_argument("--account", metavar="NAME", help="subscribe in this sync account's server")

    p = sub.add_parser("import", help="import subscriptions from an OPML file or URL")
    p.add_argument("source", metavar="FILE|URL")

    p = sub.add_parser("export", help="export subscriptions as OPML")
    p.add_argument("file", nargs="?", type=Path, metavar="FILE")

    p = sub.add_parser("refresh", help="poll the feeds that are due")
    p.add_argument("--all", action="store_true", help="poll every feed now")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("feeds", help="list subscriptions")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("articles", help="list articles, newest first")
    p.add_argument("--section", help='section path, e.g. "World/Asia"')
    p.add_argument("--feed", metavar="URL")
    p.add_argument("--unread", action="store_true")
    p.add_argument("--tag", metavar="NAME", help="only articles with this tag")
    p.add_argument("--limit", type=_positive_int, default=50, metavar="N")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("show", help="show one article")
    p.add_argument("id", type=_positive_int, metavar="ID")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("search", help="full-text search")
    p.add_argument("query")
    p.add_argument("--limit", type=_positive_int, default=50, metavar="N")
    p.add_argument("--json", action="store_true")
    tag_commands.add_search_options(p)

    p = sub.add_parser("popular", help="most read articles (time-decayed)")
    p.add_argument("--section", help='section path, e.g. "World/Asia"')
    p.add_argument("--limit", type=_positive_int, default=10, metavar="N")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("related", help="articles related to one article")
    p.add_argument("id", type=_positive_int, metavar="ID")
    p.add_argument("--limit", type=_positive_int, default=5, metavar="N")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("read", help="record a read, as opening it in the window does")
    p.add_argument("id", type=_positive_int, metavar="ID")

    library_commands.add_parsers(sub)
    sync_commands.add_parsers(sub, _positive_int)
    rule_commands.add_parsers(sub)  # issue 16: rules on arrival
    tag_commands.add_parsers(sub, _positive_int)  # issue 16: tags, notes, saved searches
    stats_commands.add_parsers(sub)  # issue 19: the reading ledger
    trending_commands.add_parsers(sub, _positive_int)  # issue 19: trending stories
    enclosure_commands.add_parsers(sub, _positive_int)  # issue 16: download an enclosure
    return parser


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("not a number: {text!r}").format(text=text)) from None
    if value < 1:
        raise argparse.ArgumentTypeError(_("must be 1 or more: {text}").format(text=text))
    if value > _MAX_SQLITE_INT:
        raise argparse.ArgumentTypeError(_("too large: {text}").format(text=text))
    return value


# SQLite integers are signed 64-bit; a larger id or limit overflows inside the driver.
_MAX_SQLITE_INT = 2**63 - 1


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `newsreader` script."""
    args = build_parser().parse_args(argv)
    if args.profile is not None and args.profile.exists() and not args.profile.is_dir():
        # Caught before logging starts: the log folder lives inside the profile.
        sys.stderr.write(
            "newsreader: "
            + _("the profile {path} is a file, not a folder").format(path=args.profile)
            + "\n"
        )
        return 1
    from newsreader.app.logs import setup_logging  # noqa: PLC0415
    from newsreader.app.profile import resolve_profile  # noqa: PLC0415

    paths = resolve_profile(args.profile)
    setup_logging(paths.log_dir)
    try:
        if args.self_test:
            from newsreader.app.window import self_test  # noqa: PLC0415

            return self_test(args.profile)
        if args.command is None:
            from newsreader.app.window import run_window  # noqa: PLC0415

            return run_window(args.profile)
        if args.command in library_commands.COMMANDS:
            return library_commands.run(args, paths)
        from newsreader.app.commands import run_command  # noqa: PLC0415

        return run_command(args, paths)
    except UsageError as exc:
        sys.stderr.write(f"newsreader: {localize(exc)}\n")
        return 2
    except NewsreaderError as exc:
        sys.stderr.write(f"newsreader: {localize(exc)}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("newsreader: " + _("interrupted") + "\n")
        return 130
    except BrokenPipeError:
        return 0  # `newsreader articles | head` is fine
    except sqlite3.DatabaseError as exc:
        # A query that meets a damaged page, a full disk or a lock fails deep inside the
        # library; the person needs the state of the file and the way out, not a traceback.
        from newsreader.storage.db import describe_database_error  # noqa: PLC0415

        message = describe_database_error(paths.db_path, exc)
        if message is None:
            return _internal_error(exc, paths.log_dir)
        log.error("%s", message, exc_info=True)
        sys.stderr.write(f"newsreader: {message}\n")
        return 1
    except Exception as exc:
        return _internal_error(exc, paths.log_dir)


def _internal_error(exc: BaseException, log_dir: Path) -> int:
    log.exception("unexpected error")
    sys.stderr.write(
        "newsreader: "
        + _("internal error ({kind}: {error}); details in {log}").format(
            kind=type(exc).__name__, error=exc, log=log_dir / "newsreader.log"
        )
        + "\n"
    )
    return 1
