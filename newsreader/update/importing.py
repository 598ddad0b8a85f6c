"""OPML import into the store: sections from the outline nesting, a report of every row.

Runs on the writer thread (it writes). Parsing the OPML itself is bounded in size and time by
`core.opml`; here every feed is either imported, skipped as a duplicate, or rejected with the
parser's reason — nothing is dropped silently.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsreader.core.errors import DuplicateError, UsageError
from newsreader.core.opml import OpmlDocument, OpmlFeed
from newsreader.core.schedule import DEFAULT_INTERVAL
from newsreader.core.urls import normalize_feed_url

if TYPE_CHECKING:
    from newsreader.storage.writer import Store


@dataclass
class ImportReport:
    """What an import did, row by row."""

    imported: list[OpmlFeed] = field(default_factory=list)
    duplicates: list[OpmlFeed] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (text or URL, reason)

    def summary(self) -> str:
        return (
            f"imported {len(self.imported)}, skipped {len(self.duplicates)} already subscribed, "
            f"rejected {len(self.rejected)}"
        )


def import_opml(
    store: Store, document: OpmlDocument, *, interval: int = DEFAULT_INTERVAL
) -> ImportReport:
    """Subscribe to every acceptable feed of `document`; one failure never stops the rest."""
    report = ImportReport()
    for bad in document.rejected:
        report.rejected.append((bad.url or bad.text, bad.reason))
    for feed in document.feeds:
        try:
            url, user, _password = normalize_feed_url(feed.url)
        except UsageError as exc:
            report.rejected.append((feed.url, str(exc)))
            continue
        if user is not None:
            # Secrets never come in through OPML; the URL is kept without them.
            report.rejected.append((url, "the URL carries a password; add it with --username"))
            continue
        try:
            store.add_feed(
                url,
                feed.title or url,
                feed.section_path,
                interval,
                user_title=bool(feed.title),
            )
        except DuplicateError:
            report.duplicates.append(feed)
        else:
            report.imported.append(feed)
    return report


def section_paths(paths: Sequence[str]) -> list[str]:
    """Every section path and its ancestors, parents first ("World/Asia" → World, World/Asia)."""
    out: list[str] = []
    for path in paths:
        parts = [p for p in path.split("/") if p]
        for i in range(1, len(parts) + 1):
            prefix = "/".join(parts[:i])
            if prefix not in out:
                out.append(prefix)
    return out
