"""OPML in and out, for the CLI's `import`/`export`, the settings dialog and the first start.

One size limit (core.opml.MAX_OPML_BYTES), one way to read a file (regular files only, the
read itself capped: a device or a FIFO never blocks or grows without end), one import rule
(the feeds, then every folder of the outline, empty ones included, so the whole tree comes
across) with the profile's default interval, and one export.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsreader.core import prefs
from newsreader.core.errors import (
    DuplicateError,
    NewsreaderError,
    NotFoundError,
    ParseError,
    UsageError,
)
from newsreader.core.failures import fetch_error
from newsreader.core.fetch import Fetcher
from newsreader.core.opml import MAX_OPML_BYTES, OpmlDocument, OpmlFeed, parse_opml, write_opml
from newsreader.core.types import Feed, FetchKind, Section
from newsreader.core.urls import normalize_feed_url, redact_url
from newsreader.usecases.ports import LibraryStore

EXPORT_TITLE = "Newsreader subscriptions"
_ACCEPT = "text/x-opml, application/xml, text/xml, */*"
_LIMIT_MB = MAX_OPML_BYTES // 2**20


@dataclass
class ImportReport:
    """What an import did, row by row."""

    imported: list[OpmlFeed] = field(default_factory=list)
    duplicates: list[OpmlFeed] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (text or URL, reason)

    def summary(self) -> str:
        """What happened, in sentences: "Imported 3 feeds. 1 entry could not be imported."

        Only what happened is said (never "skipped 0"); the CLI prints it as it is.
        """
        imported, duplicates, rejected = (
            len(self.imported),
            len(self.duplicates),
            len(self.rejected),
        )
        bad = _count(rejected, "entry", "entries")
        if imported:
            sentences = [f"Imported {_count(imported, 'feed', 'feeds')}."]
            if duplicates:
                were = "was" if duplicates == 1 else "were"
                sentences.append(
                    f"{_count(duplicates, 'other', 'others')} {were} already subscribed."
                )
            if rejected:
                sentences.append(f"{bad} could not be imported.")
            return " ".join(sentences)
        if duplicates and rejected:
            were = "was" if duplicates == 1 else "were"
            return (
                f"No new feeds: {_count(duplicates, 'feed', 'feeds')} {were} already subscribed "
                f"and {bad} could not be imported."
            )
        if duplicates:
            if duplicates == 1:
                return "You were already subscribed to the list's feed."
            return f"You were already subscribed to all {duplicates} feeds of the list."
        if rejected:
            if rejected == 1:
                return "No feeds were imported: the list's only entry could not be used."
            return f"No feeds were imported: none of the list's {bad} could be used."
        return "The list holds no feeds."


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _too_large(label: str, size: int | None) -> ParseError:
    what = f"{size // 2**20} MB" if size is not None else f"larger than {_LIMIT_MB} MB"
    return ParseError(f"{label} is {what}; an OPML list may be at most {_LIMIT_MB} MB")


def read_opml_file(path: Path) -> OpmlDocument:
    """Read and parse a local OPML file: a regular file only, never more than the limit."""
    label = str(path)
    try:
        status = os.stat(path)
        if not stat.S_ISREG(status.st_mode):
            # stat() says 0 bytes for devices and FIFOs: /dev/zero would grow without end
            # and a FIFO block forever, so the type is checked before the size.
            raise ParseError(f"{label} is not a regular file; not an OPML list")
        if status.st_size > MAX_OPML_BYTES:
            raise _too_large(label, status.st_size)
        with path.open("rb") as handle:
            data = handle.read(MAX_OPML_BYTES + 1)
    except OSError as exc:
        raise NotFoundError(f"cannot read {label}: {exc.strerror or exc}") from None
    if len(data) > MAX_OPML_BYTES:
        raise _too_large(label, None)
    return _parse(label, data)


def read_opml(fetcher: Fetcher, source: str) -> OpmlDocument:
    """An OPML list from a local file or an http(s) URL (the CLI's `import FILE|URL`)."""
    if not source.startswith(("http://", "https://")):
        return read_opml_file(Path(source))
    result = fetcher.fetch_bytes(source, accept=_ACCEPT, max_bytes=MAX_OPML_BYTES)
    if result.kind is not FetchKind.OK or result.body is None:
        raise fetch_error(source, result)
    return _parse(redact_url(source), result.body)


def _parse(label: str, data: bytes) -> OpmlDocument:
    try:
        return parse_opml(data)
    except NewsreaderError as exc:
        raise ParseError(f"{label}: {exc}") from None


def import_opml(store: LibraryStore, document: OpmlDocument) -> ImportReport:
    """Writer job: subscribe to every acceptable feed, then create every folder of the list.

    New feeds get the profile's default interval. One failure never stops the rest: each
    row is imported, skipped as a duplicate, or rejected with its reason.
    """
    interval = prefs.DEFAULT_INTERVAL.get(store.setting)
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
                url, feed.title or url, feed.section_path, interval, user_title=bool(feed.title)
            )
        except DuplicateError:
            report.duplicates.append(feed)
        else:
            report.imported.append(feed)
    # Folders: those holding a subscribed feed exist already; an empty folder of the list is
    # made too, but not one whose every row was rejected (it would stay empty, issue 15).
    subscribed = _with_ancestors(f.section_path for f in (*report.imported, *report.duplicates))
    occupied = _with_ancestors(
        [f.section_path for f in document.feeds] + [r.section_path for r in document.rejected]
    )
    for path in document.sections:
        if path in occupied and path not in subscribed:
            continue
        try:
            store.ensure_section(path)
        except NewsreaderError as exc:
            report.rejected.append((path, f"folder not created: {exc}"))
    return report


def _with_ancestors(paths: Iterable[str]) -> set[str]:
    """Every folder path given and each of its parents ("World/Asia" → "World" too)."""
    found: set[str] = set()
    for path in paths:
        parts = path.split("/") if path else []
        found.update("/".join(parts[:depth]) for depth in range(1, len(parts) + 1))
    return found


def export_opml(feeds: Sequence[Feed], sections: Sequence[Section]) -> bytes:
    """Every subscription and section as OPML (URLs only: never user names or passwords)."""
    rows = [OpmlFeed(url=f.url, title=f.title, section_path=f.section_path) for f in feeds]
    return write_opml(EXPORT_TITLE, rows, [s.path for s in sections])


def export_opml_file(path: Path, feeds: Sequence[Feed], sections: Sequence[Section]) -> int:
    """Write the OPML export to `path`; returns the number of feeds written."""
    try:
        path.write_bytes(export_opml(feeds, sections))
    except OSError as exc:
        raise NotFoundError(f"cannot write {path}: {exc.strerror or exc}") from None
    return len(feeds)
