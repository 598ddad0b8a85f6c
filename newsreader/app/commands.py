"""The engine commands of the CLI (everything but the window), one function each.

Each runs on the main thread of a short-lived process; writes go through the engine's
single writer like the window's do.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from newsreader.app import (
    enclosure_commands,
    present,
    rule_commands,
    stats_commands,
    sync_commands,
    tag_commands,
    trending_commands,
)
from newsreader.app.i18n import _, localize, ngettext
from newsreader.app.profile import Engine, ProfilePaths, open_engine, utc_now
from newsreader.core import prefs
from newsreader.core.errors import NotFoundError, UsageError
from newsreader.core.types import ArticleQuery, RefreshSummary
from newsreader.core.urls import normalize_feed_url
from newsreader.storage import Library, open_library
from newsreader.storage.db import inspect_existing
from newsreader.storage.migrations import LATEST
from newsreader.storage.sections import check_section_path
from newsreader.update.subscribe import PrivateAddressError
from newsreader.usecases import opml, subscribe


def run_command(args: argparse.Namespace, paths: ProfilePaths) -> int:
    reader = _READING.get(args.command)
    if tag_commands.saves_search(args):
        reader = None  # `search QUERY --save NAME` writes: the engine runs it
    if reader is not None and on_read_only_file_system(paths.db_path):
        # Nothing can be written there, so no engine (writer, backups, poller) is built:
        # the library is read as it is (issue 12: a read-only profile stays readable).
        library = open_library(paths.db_path, immutable=True)
        try:
            return reader(Reading(paths, library), args)
        finally:
            library.close()
    engine = open_engine(paths)
    try:
        if reader is not None:
            return reader(Reading(paths, engine.library), args)
        if tag_commands.saves_search(args):
            return tag_commands.run(engine, args)
        return _COMMANDS[args.command](engine, args)
    finally:
        engine.close()


@dataclass(frozen=True, slots=True)
class Reading:
    """What the reading commands need: the profile and its library, nothing that writes."""

    paths: ProfilePaths
    library: Library


def on_read_only_file_system(path: Path) -> bool:
    """True when the library's folder is on a file system mounted read-only."""
    try:
        return bool(os.statvfs(path.parent).f_flag & os.ST_RDONLY) and path.is_file()
    except OSError:
        return False


def _section_id(engine: Engine | Reading, path: str | None) -> int | None:
    if not path:
        return None
    section = engine.library.section_by_path(path.strip("/"))
    if section is None:
        raise NotFoundError(f"no section named {path!r}")
    return section.id


def _account_names(engine: Engine | Reading) -> dict[int, str]:
    """A synced feed's id → its account's name (`account` in the JSON of article lists)."""
    names = {a.id: a.name for a in engine.library.accounts()}
    return {
        f.id: names[f.account_id]
        for f in engine.library.feeds()
        if f.account_id is not None and f.account_id in names
    }


def _add_to_account(engine: Engine, args: argparse.Namespace) -> int:
    """`add URL --account NAME`: subscribe on the account's server (through the outbox)."""
    account = engine.library.account_by_name(args.account)
    if account is None:
        raise NotFoundError(_("no sync account named {name!r}").format(name=args.account))
    if args.username or args.password_stdin:
        raise UsageError(
            _("a synced feed's credentials are the server's business; drop --username")
        )
    url, _user, _password = normalize_feed_url(args.url)
    feed = engine.writer.call(
        lambda store: store.add_synced_feed(account.id, url, args.title or "", args.section)
    )
    print(_("Added {url} to the account “{name}”").format(url=feed.url, name=account.name))
    sys.stdout.flush()
    outcome = engine.syncer.sync([account.name]).accounts[0]
    if outcome.error:
        print(
            _("The server has not taken it yet ({reason}); `sync` tries again").format(
                reason=outcome.error
            )
        )
    else:
        count = outcome.new_articles
        print(ngettext("Stored {n} article", "Stored {n} articles", count).format(n=count))
    return 0


def cmd_add(engine: Engine, args: argparse.Namespace) -> int:
    # A bad section name is bad usage: say so before fetching anything.
    check_section_path(args.section)
    if args.account:
        return _add_to_account(engine, args)
    url, user, password = normalize_feed_url(args.url)
    if args.username:
        user = args.username
    if args.password_stdin:
        if not user:
            raise UsageError(_("--password-stdin needs --username"))
        password = sys.stdin.readline().rstrip("\r\n")
    if user and password is None:
        raise UsageError(_("a user name needs a password: use --password-stdin"))
    request = subscribe.Request(
        url=url,
        section=args.section,
        title=args.title or None,
        auth=(user, password) if user and password is not None else None,
        pick=args.pick,
        allow_private=args.allow_private,
    )
    try:
        done = subscribe.subscribe_url(
            engine.writer,
            engine.credentials,
            engine.fetcher,
            request,
            interval=prefs.DEFAULT_INTERVAL.get(engine.library.setting),
            known=engine.library.feed_by_url(url),
            require_persistent=True,  # a secret kept in memory would die with this process
        )
    except PrivateAddressError as exc:
        # A yes is asked for, as the window asks: the person may well mean their NAS.
        raise exc.with_hint(_("add --allow-private to subscribe anyway")) from None
    page, feed = done.page, done.feed
    if page is not None:
        count = len(page.candidates)
        sys.stderr.write(
            ngettext(
                "{url} is a web page; it links to {n} feed:",
                "{url} is a web page; it links to {n} feeds:",
                count,
            ).format(url=url, n=count)
            + "\n"
        )
        for number, found in enumerate(page.candidates, 1):
            marker = "→" if number == args.pick else " "
            sys.stderr.write(f" {marker} {number}) {found.url}  {found.title or ''}\n")
        if len(page.candidates) > 1:
            sys.stderr.write(
                _("subscribing to the one marked →; choose another with --pick N") + "\n"
            )
    if feed.section_path and request.auth:
        added = _("Added “{title}” ({url}) in {section} with credentials in the keyring")
    elif feed.section_path:
        added = _("Added “{title}” ({url}) in {section}")
    elif request.auth:
        added = _("Added “{title}” ({url}) with credentials in the keyring")
    else:
        added = _("Added “{title}” ({url})")
    print(added.format(title=feed.title, url=feed.url, section=feed.section_path))
    # Its first articles are stored now, not at the next `refresh` (issue 15).
    sys.stdout.flush()
    summary = engine.refresher.refresh(feed_ids=[feed.id])
    if summary.storage_error is not None:
        print(_("Its articles could not be stored: {error}").format(error=summary.storage_error))
    elif summary.failed:
        reason = summary.errors[0][1] if summary.errors else _("the fetch failed")
        print(
            _("Its articles could not be fetched yet ({reason}); `refresh` tries again").format(
                reason=reason
            )
        )
    elif summary.feeds:
        count = summary.new_articles
        print(ngettext("Stored {n} article", "Stored {n} articles", count).format(n=count))
    return 0


def cmd_import(engine: Engine, args: argparse.Namespace) -> int:
    document = opml.read_opml(engine.fetcher, args.source)
    report = engine.writer.call(lambda store: opml.import_opml(store, document))
    for text, reason in report.rejected:
        sys.stderr.write(_("rejected: {text}: {reason}").format(text=text, reason=reason) + "\n")
    print(report.summary())
    if report.imported:
        # Fetching here could take minutes for a long list; the next refresh takes them all.
        print(_("Their articles come with the next `newsreader refresh`"))
    return 0


def cmd_export(engine: Reading, args: argparse.Namespace) -> int:
    feeds, sections = engine.library.feeds(), engine.library.sections()
    if args.file is None:
        sys.stdout.buffer.write(opml.export_opml(feeds, sections))
        sys.stdout.flush()
    else:
        count = opml.export_opml_file(args.file, feeds, sections)
        print(
            ngettext("Exported {n} feed to {file}", "Exported {n} feeds to {file}", count).format(
                n=count, file=args.file
            )
        )
    return 0


def cmd_refresh(engine: Engine, args: argparse.Namespace) -> int:
    # The writer checks the whole file before its first write, but inside a refresh that
    # verdict becomes one "could not store" per feed; checking first says it once, before
    # any feed is fetched. The read-only check goes through SQLite, never open().
    inspect_existing(engine.paths.db_path, LATEST, full_check=True)
    summary = engine.refresher.refresh(all_feeds=args.all)
    if args.json:
        present.print_json(present.summary_json(summary))
    else:
        print(_refresh_line(summary))
        for url, error in summary.errors:
            print(f"  {url}: {localize(error)}")
    if summary.storage_error is not None:
        sys.stdout.flush()
        sys.stderr.write(
            "newsreader: "
            + _("what was fetched could not be stored: {error}").format(error=summary.storage_error)
            + "\n"
        )
        return 1
    if summary.feeds and summary.failed == summary.feeds:
        # Nothing was refreshed: a script or timer running `refresh` must see that (issue
        # 12). Some feeds failing among others that worked is the everyday case: still 0.
        sys.stdout.flush()
        sys.stderr.write(
            "newsreader: "
            + _(
                "every feed failed to refresh ({failed} of {feeds} feeds); the errors are "
                "listed in the output"
            ).format(failed=summary.failed, feeds=summary.feeds)
            + "\n"
        )
        return 1
    return 0


def cmd_feeds(engine: Reading, args: argparse.Namespace) -> int:
    unread = engine.library.unread_counts()
    feeds = engine.library.feeds()
    if args.json:
        names = {a.id: a.name for a in engine.library.accounts()}
        # Issue 16: last_success, next_poll, per_week (the health view's figures).
        health = stats_commands.feeds_health(engine.library, utc_now())
        present.print_json(
            [
                present.feed_json(
                    f,
                    unread.get(f.id, 0),
                    f.auth_ref is not None,
                    names.get(f.account_id) if f.account_id is not None else None,
                )
                | health.get(f.id, {})
                for f in feeds
            ]
        )
        return 0
    if not feeds:
        print(_("No feeds yet. Add one with `newsreader add URL` or `newsreader import FILE`."))
    for f in feeds:
        status = f" [{f.status}: {f.last_error}]" if f.last_error else ""
        where = f"{f.section_path}: " if f.section_path else ""
        count = _("({n} unread)").format(n=unread.get(f.id, 0))
        print(f"{f.id:>5} {where}{f.title} {count} {f.url}{status}")
    return 0


def cmd_articles(engine: Reading, args: argparse.Namespace) -> int:
    feed_id = None
    if args.feed:
        feed = engine.library.feed_by_url(args.feed)
        if feed is None:
            raise NotFoundError(_("not subscribed to {url}").format(url=args.feed))
        feed_id = feed.id
    query = ArticleQuery(
        section_id=_section_id(engine, args.section),
        feed_id=feed_id,
        unread_only=args.unread,
        tag_id=tag_commands.tag_id(engine, args.tag),
    )
    rows = [row for row, _cursor in engine.library.article_page(query, None, args.limit)]
    if args.json:
        present.print_json([present.row_json(r, _account_names(engine)) for r in rows])
    else:
        present.print_rows(rows)
    return 0


def cmd_show(engine: Reading, args: argparse.Namespace) -> int:
    article = engine.library.article(args.id)
    if article is None:
        raise NotFoundError(_("no article with id {id}").format(id=args.id))
    enclosures = engine.library.enclosures(args.id)  # issue 16
    if args.json:
        library = engine.library
        data = present.article_json(
            article, library.article_images(args.id), library.article_versions(args.id)
        )
        folder = enclosure_commands.folder_of(engine.paths, library)
        data["enclosures"] = enclosure_commands.enclosures_json(enclosures, folder)
        present.print_json(data)
    else:
        present.print_article(article)
        enclosure_commands.print_enclosures(enclosures)
    return 0


def cmd_search(engine: Reading, args: argparse.Namespace) -> int:
    if not args.query.strip():
        raise UsageError(_("the search query is empty"))
    query = tag_commands.search_query(engine, args)  # --unread, --section (issue 16)
    rows = [row for row, _cursor in engine.library.article_page(query, None, args.limit)]
    if args.json:
        present.print_json([present.row_json(r, _account_names(engine)) for r in rows])
    else:
        present.print_rows(rows)
    return 0


def cmd_popular(engine: Reading, args: argparse.Namespace) -> int:
    items = engine.library.popular(_section_id(engine, args.section), args.limit, utc_now())
    if args.json:
        names = _account_names(engine)
        present.print_json([present.popular_json(i, names) for i in items])
    else:
        present.print_rows(
            [i.article for i in items],
            {i.article.id: f"score {i.score:.2f}, read {i.reads}×" for i in items},
        )
    return 0


def cmd_related(engine: Reading, args: argparse.Namespace) -> int:
    if engine.library.article(args.id) is None:
        raise NotFoundError(_("no article with id {id}").format(id=args.id))
    rows = engine.library.related(args.id, args.limit)
    if args.json:
        present.print_json([present.row_json(r, _account_names(engine)) for r in rows])
    else:
        present.print_rows(rows)
    return 0


def cmd_read(engine: Engine, args: argparse.Namespace) -> int:
    if engine.library.article(args.id) is None:
        raise NotFoundError(_("no article with id {id}").format(id=args.id))
    now = utc_now()
    engine.writer.call(lambda store: store.record_read(args.id, now, None))
    print(_("Recorded a read of article {id}").format(id=args.id))
    return 0


_COMMANDS: dict[str, Callable[[Engine, argparse.Namespace], int]] = {
    "add": cmd_add,
    "import": cmd_import,
    "refresh": cmd_refresh,
    "read": cmd_read,
    **{name: sync_commands.run for name in sync_commands.COMMANDS},
    **{name: rule_commands.run for name in rule_commands.COMMANDS},
    **{name: tag_commands.run for name in tag_commands.COMMANDS},
    **{name: enclosure_commands.run for name in enclosure_commands.COMMANDS},
}
# Commands that only read: they also work on a profile on a read-only file system.
_READING: dict[str, Callable[[Reading, argparse.Namespace], int]] = {
    "export": cmd_export,
    "feeds": cmd_feeds,
    "articles": cmd_articles,
    "show": cmd_show,
    "search": cmd_search,
    "popular": cmd_popular,
    "related": cmd_related,
    **{name: stats_commands.run for name in stats_commands.COMMANDS},
    **{name: trending_commands.run for name in trending_commands.COMMANDS},
}


def _refresh_line(summary: RefreshSummary) -> str:
    """`refresh` in one line: feeds, articles, then what the caching of images gave."""
    seconds = f"{summary.seconds:.1f}"
    if summary.feeds == 0:
        return _("No feeds were due for a refresh ({seconds} s).").format(seconds=seconds)
    line = ngettext(
        "{n} feed: {updated} updated, {unchanged} unchanged, {failed} failed",
        "{n} feeds: {updated} updated, {unchanged} unchanged, {failed} failed",
        summary.feeds,
    ).format(
        n=summary.feeds,
        updated=summary.updated,
        unchanged=summary.not_modified,
        failed=summary.failed,
    )
    count = summary.new_articles
    line += "; " + ngettext("{n} new article", "{n} new articles", count).format(n=count)
    if summary.images_cached or summary.images_failed:
        count = summary.images_cached
        line += "; " + ngettext("{n} image cached", "{n} images cached", count).format(n=count)
        if summary.images_failed:
            line += ", " + _("{n} could not be fetched").format(n=summary.images_failed)
    return _("{summary} in {seconds} s").format(summary=line, seconds=seconds)
