"""`newsreader trending [--limit N] [--json]`: stories by independent sources (issue 19).

Each entry is a story led by its earliest article, with its `score` (core.trending) and `why`,
the sentence that explains the rank ("5 sources in 3 hours; you read 2"), plus the numbers
behind it. Only reads, so it also works on a profile on a read-only file system.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from newsreader.app import present
from newsreader.app.i18n import _, ngettext
from newsreader.app.profile import utc_now
from newsreader.core.trending import TrendingRow, TrendReason, span_unit
from newsreader.storage import Library

COMMANDS = ("trending",)
DEFAULT_LIMIT = 20
_Parser = TypeVar("_Parser", bound=argparse.ArgumentParser)


class _Reading(Protocol):
    @property
    def library(self) -> Library: ...


def add_parsers(sub: argparse._SubParsersAction[_Parser], positive: Callable[[str], int]) -> None:
    p = sub.add_parser(
        "trending", help="stories carried by several feeds, ranked by sources and how fast"
    )
    p.add_argument("--limit", type=positive, default=DEFAULT_LIMIT, metavar="N")
    p.add_argument("--json", action="store_true")


def run(engine: _Reading, args: argparse.Namespace) -> int:
    rows = engine.library.trending(args.limit, utc_now())
    if args.json:
        present.print_json([trending_json(row) for row in rows])
        return 0
    present.print_rows(
        [row.article for row in rows],
        {row.article.id: f"{row.score:.2f}: {why(row.reason)}" for row in rows},
    )
    return 0


def trending_json(row: TrendingRow) -> dict[str, Any]:
    data = present.row_json(row.article)
    reason = row.reason
    data.update(
        story=row.story_id,
        sources=reason.sources,
        score=round(row.score, 6),
        why=why(reason),
        reason={
            "sources": reason.sources,
            "span_seconds": round(reason.span_seconds, 3),
            "newest_seconds": round(reason.newest_seconds, 3),
            "reads": reason.reads,
        },
    )
    return data


def _span(seconds: float) -> str:
    span = span_unit(seconds)
    if span.unit == "days":
        text = ngettext("{n} day", "{n} days", span.count)
    elif span.unit == "hours":
        text = ngettext("{n} hour", "{n} hours", span.count)
    else:
        text = ngettext("{n} minute", "{n} minutes", span.count)
    return text.format(n=span.count)


def why(reason: TrendReason) -> str:
    """The reason as one sentence: "5 sources in 3 hours; you read 2".

    Three numbers with their own plurals cannot be one message: the sources and the time
    are whole phrases with their plural forms, placed by a translatable sentence whose own
    plural follows the reads.
    """
    sources = ngettext("{n} source", "{n} sources", reason.sources).format(n=reason.sources)
    span = _span(reason.span_seconds)
    if reason.reads:
        sentence = ngettext(
            "{sources} in {span}; you read {n}",
            "{sources} in {span}; you read {n}",
            reason.reads,
        )
        return sentence.format(sources=sources, span=span, n=reason.reads)
    return _("{sources} in {span}").format(sources=sources, span=span)
