"""`newsreader account …`, `sync`, `star`, `unstar` and `unread` (issue 14).

Accounts are added only after the server answered with the given credentials, and their
secret goes to the keyring (never the database). `sync` runs the engine's one sync path;
`star`/`unstar`/`unread` change an article as the window does, so a synced article's change
goes to the outbox and reaches the server with the next sync.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TypeVar

from newsreader.app import present
from newsreader.app.i18n import _
from newsreader.app.profile import Engine, utc_now
from newsreader.core.errors import NotFoundError, UsageError
from newsreader.core.sync import AccountKind
from newsreader.update.sync import SyncSummary
from newsreader.usecases import accounts

COMMANDS = ("account", "sync", "star", "unstar", "unread")
_Parser = TypeVar("_Parser", bound=argparse.ArgumentParser)


def add_parsers(sub: argparse._SubParsersAction[_Parser], positive: Callable[[str], int]) -> None:
    p = sub.add_parser("account", help="sync accounts (Miniflux, Google Reader API servers)")
    actions = p.add_subparsers(dest="account_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="connect a sync account")
    add.add_argument("kind", choices=[str(k) for k in AccountKind])
    add.add_argument("url")
    add.add_argument("--user", default="", help="user name on the server")
    add.add_argument("--api-key-stdin", action="store_true", help="read a Miniflux API key")
    add.add_argument("--password-stdin", action="store_true", help="read the password")
    add.add_argument("--name", help="what to call the account (default: the server's name)")
    listing = actions.add_parser("list", help="list sync accounts")
    listing.add_argument("--json", action="store_true")
    remove = actions.add_parser("remove", help="remove a sync account (nothing on the server)")
    remove.add_argument("name")
    remove.add_argument(
        "--keep-articles",
        action="store_true",
        help="keep its feeds and articles as local subscriptions",
    )

    p = sub.add_parser("sync", help="sync with the accounts' servers (push, then pull)")
    p.add_argument("name", nargs="?", help="only this account")
    p.add_argument("--json", action="store_true")

    for name, text in (
        ("star", "star an article"),
        ("unstar", "remove an article's star"),
        ("unread", "mark an article unread"),
    ):
        p = sub.add_parser(name, help=text)
        p.add_argument("id", type=positive, metavar="ID")


def run(engine: Engine, args: argparse.Namespace) -> int:
    if args.command == "account":
        if args.account_command == "add":
            return _account_add(engine, args)
        if args.account_command == "list":
            return _account_list(engine, args)
        return _account_remove(engine, args)
    if args.command == "sync":
        return _sync(engine, args)
    return _article_action(engine, args)


# -- accounts -------------------------------------------------------------------------------


def _read_secret(args: argparse.Namespace) -> str:
    if args.api_key_stdin == args.password_stdin:
        raise UsageError(_("give the secret on stdin with --api-key-stdin or --password-stdin"))
    if args.api_key_stdin and args.kind != AccountKind.MINIFLUX:
        raise UsageError(_("an API key is for Miniflux accounts; use --password-stdin"))
    if args.password_stdin and not args.user:
        raise UsageError(_("--password-stdin needs --user"))
    secret = sys.stdin.readline().rstrip("\r\n")
    if not secret:
        raise UsageError(_("the secret read from stdin is empty"))
    return secret


def _account_add(engine: Engine, args: argparse.Namespace) -> int:
    kind = AccountKind(args.kind)
    url = accounts.base_url(args.url)
    secret = _read_secret(args)
    username = args.user if (args.password_stdin or kind is AccountKind.GREADER) else ""
    name = (args.name or accounts.default_name(url)).strip()
    if engine.library.account_by_name(name) is not None:
        raise UsageError(
            _("there is already an account named {name!r}; choose one with --name").format(
                name=name
            )
        )
    added = accounts.add_account(
        engine.writer, engine.credentials, engine.fetcher.limits, kind=kind, url=url,
        username=username, secret=secret, name=name, now=utc_now(),
    )  # fmt: skip
    info = added.info
    server = " ".join(part for part in (info.name, info.version) if part)  # greader: no version
    who = f" as {info.user}" if info.user else ""
    print(
        f"Added the account “{added.account.name}”: {server} at {url}{who}."
        " Run `newsreader sync` to bring in its feeds and articles."
    )
    return 0


def _account_list(engine: Engine, args: argparse.Namespace) -> int:
    listed = engine.library.accounts()
    if args.json:
        present.print_json([present.account_json(a) for a in listed])
        return 0
    if not listed:
        print(_("No sync accounts. Add one with `newsreader account add miniflux URL …`."))
    for a in listed:
        when = a.last_sync.astimezone().strftime("%Y-%m-%d %H:%M") if a.last_sync else "never"
        state = f"failed: {a.last_error}" if a.last_error else f"last sync {when}"
        user = f" as {a.username}" if a.username else ""
        print(f"{a.id:>3} {a.name} ({a.kind}, {a.url}{user}): {state}")
    return 0


def _account_remove(engine: Engine, args: argparse.Namespace) -> int:
    account = engine.library.account_by_name(args.name)
    if account is None:
        raise NotFoundError(_("no sync account named {name!r}").format(name=args.name))
    count = accounts.remove_account(
        engine.writer, engine.credentials, account, keep_articles=args.keep_articles
    )
    noun = "feed" if count == 1 else "feeds"
    if args.keep_articles:
        print(
            f"Removed the account “{account.name}”; its {count} {noun} and their articles "
            "stay as local subscriptions. Nothing was changed on the server."
        )
    else:
        print(
            f"Removed the account “{account.name}” with its {count} {noun} and their "
            "articles. Nothing was changed on the server."
        )
    return 0


# -- sync -----------------------------------------------------------------------------------


def _sync(engine: Engine, args: argparse.Namespace) -> int:
    if args.name and engine.library.account_by_name(args.name) is None:
        raise NotFoundError(_("no sync account named {name!r}").format(name=args.name))
    if not engine.library.accounts():
        raise UsageError(_("there is no sync account; add one with `newsreader account add`"))
    summary = engine.syncer.sync([args.name] if args.name else None)
    if args.json:
        present.print_json(sync_json(summary))
    else:
        for a in summary.accounts:
            if a.error:
                print(f"{a.name}: {a.error}")
            else:
                print(
                    f"{a.name}: sent {a.pushed} change{'' if a.pushed == 1 else 's'}, "
                    f"received {a.pulled} article{'' if a.pulled == 1 else 's'} or change"
                    f"{'' if a.pulled == 1 else 's'}; {a.feeds} feed"
                    f"{'' if a.feeds == 1 else 's'}, in {a.seconds:.1f} s"
                )
    if summary.accounts and all(a.error for a in summary.accounts):
        sys.stdout.flush()
        sys.stderr.write("newsreader: " + _("the sync failed; the reason is in the output") + "\n")
        return 1
    return 0


def sync_json(summary: SyncSummary) -> dict[str, object]:
    return {
        "pushed": summary.pushed,
        "pulled": summary.pulled,
        "feeds": summary.feeds,
        "errors": [{"account": name, "error": error} for name, error in summary.errors],
        "seconds": round(summary.seconds, 3),
        "accounts": [
            {
                "name": a.name,
                "pushed": a.pushed,
                "pulled": a.pulled,
                "feeds": a.feeds,
                "new_articles": a.new_articles,
                "error": a.error,
                "seconds": round(a.seconds, 3),
                "cache_seconds": round(a.cache_seconds, 3),
            }
            for a in summary.accounts
        ],
    }


# -- star, unstar, unread -------------------------------------------------------------------


def _article_action(engine: Engine, args: argparse.Namespace) -> int:
    article = engine.library.article(args.id)
    if article is None:
        raise NotFoundError(f"no article with id {args.id}")
    if args.command == "unread":
        engine.writer.call(lambda store: store.mark_read([args.id], False))
        print(_("Marked article {id} unread").format(id=args.id))
    else:
        starred = args.command == "star"
        engine.writer.call(lambda store: store.set_starred(args.id, starred))
        if starred:
            print(_("Starred article {id}").format(id=args.id))
        else:
            print(_("Removed the star of article {id}").format(id=args.id))
    return 0
