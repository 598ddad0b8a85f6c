"""`newsreader stats [--json]`: the reading ledger (issue 19), and `feeds --json`'s health fields.

Per feed: articles per week, the share read, the time spent reading (the seconds on screen
stored with the read events), the last read, and the "you have not read this feed in 60
days" suggestions. Only reads, so it also works on a profile on a read-only file system.
The figures come from `core.health`, as the window's health view's do.
"""

from __future__ import annotations

import argparse
from datetime import datetime, tzinfo
from typing import Any, Protocol, TypeVar

from newsreader.app import present
from newsreader.app.i18n import _, ngettext
from newsreader.app.profile import utc_now
from newsreader.core import health
from newsreader.core.health import FeedHealth
from newsreader.core.types import Feed, FeedStatus
from newsreader.storage import Library

COMMANDS = ("stats",)
_Parser = TypeVar("_Parser", bound=argparse.ArgumentParser)


class _Reading(Protocol):
    @property
    def library(self) -> Library: ...


def add_parsers(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser(
        "stats", help="the reading ledger: per feed, how much it posts and how much you read"
    )
    p.add_argument("--json", action="store_true")


def local_zone() -> tzinfo:
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


def run(engine: _Reading, args: argparse.Namespace) -> int:
    now = utc_now()
    rows = health.load_health(engine.library, now, local_zone())
    if args.json:
        present.print_json(stats_json(rows, now))
        return 0
    _print_stats(rows)
    return 0


# -- JSON ---------------------------------------------------------------------------------------


def next_poll(feed: Feed, now: datetime) -> datetime | None:
    """When the feed is polled next: None while paused (a refused login, 410 Gone)."""
    if feed.status in (FeedStatus.AUTH, FeedStatus.GONE, FeedStatus.ARCHIVED):
        return None
    return feed.next_update if feed.next_update is not None and feed.next_update > now else now


def feed_health_fields(row: FeedHealth, now: datetime) -> dict[str, Any]:
    """What `feeds --json` adds per feed (issue 16)."""
    return {
        "last_success": present.iso(row.feed.last_success),
        "next_poll": present.iso(next_poll(row.feed, now)),
        "per_week": round(row.per_week, 2),
        "not_updated_days": row.silent_days,
    }


def feeds_health(library: Library, now: datetime) -> dict[int, dict[str, Any]]:
    """`feed_health_fields` of every feed, by id (no rhythm: `feeds` stays quick)."""
    rows = health.load_health(library, now, local_zone(), with_rhythm=False)
    return {row.feed.id: feed_health_fields(row, now) for row in rows}


def ledger_json(row: FeedHealth) -> dict[str, Any]:
    a = row.activity
    prune = row.prune
    learned = row.rhythm
    return {
        "id": row.feed.id,
        "title": row.feed.title,
        "url": row.feed.url,
        "section": row.feed.section_path,
        "articles": a.articles,
        "per_week": round(row.per_week, 2),
        "read_articles": a.read_articles,
        "read_share": None if row.share_read is None else round(row.share_read, 4),
        "reads": a.reads,
        "seconds_read": round(a.seconds, 1),
        "last_read": present.iso(a.last_read),
        "not_updated_days": row.silent_days,
        "rhythm": None if learned is None else {"kind": learned.kind.value, "text": learned.text},
        "prune": None
        if prune is None
        else {"days_unread": prune.days, "subscribed": present.iso(prune.since)},
    }


def stats_json(rows: list[FeedHealth], now: datetime) -> dict[str, Any]:
    return {
        "generated": present.iso(now),
        "weeks": health.RECENT_DAYS // 7,
        "prune_days": health.PRUNE_DAYS,
        "feeds": [ledger_json(r) for r in rows],
        "prune": [r.feed.id for r in rows if r.prune is not None],
        "seconds_read": round(sum(r.activity.seconds for r in rows), 1),
    }


# -- text -------------------------------------------------------------------------------------


def duration(seconds: float) -> str:
    """ "45 seconds", "12 minutes", "3 h 05 min"."""
    whole = round(seconds)
    if whole < 60:
        return ngettext("{n} second", "{n} seconds", whole).format(n=whole)
    minutes = whole // 60
    if minutes < 60:
        return ngettext("{n} minute", "{n} minutes", minutes).format(n=minutes)
    return _("{hours} h {minutes:02d} min").format(hours=minutes // 60, minutes=minutes % 60)


def prune_line(row: FeedHealth) -> str | None:
    prune = row.prune
    if prune is None:
        return None
    title = row.feed.title or row.feed.url
    if prune.days is None:
        return _("You have never read “{title}”; consider unsubscribing.").format(title=title)
    return ngettext(
        "You have not read “{title}” in {n} day; consider unsubscribing.",
        "You have not read “{title}” in {n} days; consider unsubscribing.",
        prune.days,
    ).format(title=title, n=prune.days)


def _print_stats(rows: list[FeedHealth]) -> None:
    if not rows:
        print(_("No feeds yet. Add one with `newsreader add URL` or `newsreader import FILE`."))
        return
    weeks = health.RECENT_DAYS // 7
    print(
        ngettext(
            "Reading ledger of {n} feed (articles per week over the last {weeks} weeks):",
            "Reading ledger of {n} feeds (articles per week over the last {weeks} weeks):",
            len(rows),
        ).format(n=len(rows), weeks=weeks)
    )
    header = (_("Per week"), _("Read"), _("Time reading"), _("Last read"), _("Feed"))
    print(f"{header[0]:>9}  {header[1]:>5}  {header[2]:>14}  {header[3]:<10}  {header[4]}")
    for row in rows:
        share = "—" if row.share_read is None else f"{round(row.share_read * 100)} %"
        last = row.activity.last_read
        when = last.astimezone().strftime("%Y-%m-%d") if last is not None else "—"
        spent = duration(row.activity.seconds) if row.activity.seconds else "—"
        print(
            f"{row.per_week:>9.1f}  {share:>5}  {spent:>14}  {when:<10}  "
            f"{row.feed.title or row.feed.url}"
        )
    lines = [line for row in rows if (line := prune_line(row))]
    if lines:
        print()
        for line in lines:
            print(line)
    total = sum(r.activity.seconds for r in rows)
    print()
    print(_("Time spent reading in all: {time}").format(time=duration(total)))
