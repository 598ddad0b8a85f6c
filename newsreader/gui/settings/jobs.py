"""The blocking steps behind the dialog's buttons, as plain functions for the worker pool.

Each runs on a settings worker thread (never the GUI's) and raises a NewsreaderError with a
one-line, credential-free message; the caller turns that into the dialog's message line.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from newsreader.core.credentials import CredentialStore, make_auth_ref
from newsreader.core.discovery import DiscoveredFeed
from newsreader.core.errors import (
    CredentialError,
    FetchError,
    NewsreaderError,
    NotFoundError,
    ParseError,
)
from newsreader.core.fetch import Fetcher
from newsreader.core.opml import MAX_OPML_BYTES, OpmlDocument, OpmlFeed, parse_opml, write_opml
from newsreader.core.parse import parse_feed
from newsreader.core.types import Feed, FetchKind, ParsedFeed, Section, Validators
from newsreader.core.urls import redact_url
from newsreader.services.writes import WriteQueue
from newsreader.update.subscribe import PrivateAddressError, check_address, probe_url

log = logging.getLogger("newsreader.gui.settings")
PREVIEW_ITEMS = 5


@dataclass(frozen=True, slots=True)
class Found:
    """What an address turned out to be: a feed ready to preview, or a page listing feeds."""

    url: str
    feed: ParsedFeed | None
    candidates: tuple[DiscoveredFeed, ...] = ()
    # Set instead of a feed when the address is on a private network: ask, then look again.
    private_address: str | None = None

    @property
    def latest(self) -> tuple[str, ...]:
        return tuple(e.title for e in self.feed.entries[:PREVIEW_ITEMS]) if self.feed else ()


def _auth_failure(status: int | None) -> bool:
    return status in (401, 403)


def find_feed(
    fetcher: Fetcher, url: str, auth: tuple[str, str] | None, allow_private: bool = False
) -> Found:
    """Fetch `url`: the feed itself (with `auth` if given), or the feeds a web page lists.

    An address on a private network comes back as `private_address` until `allow_private`.
    """
    try:
        if auth is not None:
            check_address(url, allow_private)
            return _fetch_with_auth(fetcher, url, auth)
        probe = probe_url(fetcher, url, allow_private)
    except PrivateAddressError as exc:
        return Found(url=url, feed=None, private_address=exc.address)
    except FetchError as exc:
        if "HTTP 401" in str(exc) or "HTTP 403" in str(exc):
            raise CredentialError(
                f"{exc} — this feed needs a user name and password: enter them below"
            ) from None
        raise
    return Found(url=probe.url, feed=probe.feed, candidates=probe.candidates)


def _fetch_with_auth(fetcher: Fetcher, url: str, auth: tuple[str, str]) -> Found:
    result = fetcher.fetch_feed(url, Validators(), None, auth)
    if _auth_failure(result.status):
        raise CredentialError(
            f"the server refused the user name or password (HTTP {result.status}); "
            "nothing was changed"
        )
    if result.kind is not FetchKind.OK or result.body is None:
        reason = result.error or (f"HTTP {result.status}" if result.status else "no response")
        raise FetchError(f"could not fetch {redact_url(url)}: {reason}")
    parsed = parse_feed(result.body, result.final_url, result.content_type)
    return Found(url=result.permanent_url or url, feed=parsed)


def preview_candidate(
    fetcher: Fetcher, candidate: DiscoveredFeed, allow_private: bool = False
) -> Found:
    """Fetch one feed a page linked to, to show its title and latest items."""
    found = find_feed(fetcher, candidate.url, None, allow_private)
    if found.feed is None and found.private_address is None:
        raise NotFoundError(f"{redact_url(candidate.url)} is linked as a feed but is not one")
    return found


def subscribe(
    writer: WriteQueue,
    credentials: CredentialStore,
    *,
    url: str,
    title: str,
    user_title: bool,
    section: str,
    interval: int,
    auth: tuple[str, str] | None,
) -> Feed:
    """Add the feed; a password goes to the keyring only, and a failed keyring undoes the add."""
    auth_ref = make_auth_ref(url, auth[0]) if auth else None
    feed: Feed = writer.submit(
        lambda store: store.add_feed(
            url, title, section, interval, auth_ref=auth_ref, user_title=user_title
        )
    ).result()
    if auth is not None and auth_ref is not None:
        try:
            credentials.set_password(auth_ref, auth[1])
        except CredentialError:
            # keep_starred: if the add revived an archived feed, its starred articles survive.
            writer.submit(lambda store: store.delete_feed(feed.id, keep_starred=True)).result()
            raise
    return feed


def check_credentials(fetcher: Fetcher, url: str, auth: tuple[str, str]) -> None:
    """Raise CredentialError unless the server accepts `auth` for the feed."""
    _fetch_with_auth(fetcher, url, auth)


def save_credentials(
    credentials: CredentialStore, feed: Feed, auth: tuple[str, str] | None, clear: bool
) -> str | None:
    """Store new credentials for `feed` (or forget them); returns the auth_ref to save.

    None means "leave the stored reference alone"; "" means "remove it".
    """
    if clear:
        if feed.auth_ref:
            credentials.delete(feed.auth_ref)
        return ""
    if auth is None:
        return None
    auth_ref = make_auth_ref(feed.url, auth[0])
    credentials.set_password(auth_ref, auth[1])
    if feed.auth_ref and feed.auth_ref != auth_ref:
        credentials.delete(feed.auth_ref)
    return auth_ref


def read_opml_file(path: Path) -> OpmlDocument:
    """Read and parse an OPML file, refusing huge ones before reading them."""
    try:
        size = path.stat().st_size
        if size > MAX_OPML_BYTES:
            raise ParseError(
                f"{path.name} is {size // 2**20} MB; an OPML list may be at most "
                f"{MAX_OPML_BYTES // 2**20} MB"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise NotFoundError(f"cannot read {path.name}: {exc.strerror or exc}") from None
    try:
        return parse_opml(data)
    except NewsreaderError as exc:
        raise ParseError(f"{path.name}: {exc}") from None


def export_opml_file(path: Path, feeds: Sequence[Feed], sections: Sequence[Section]) -> int:
    """Write every subscription as OPML (URLs only: never user names or passwords)."""
    rows = [OpmlFeed(url=f.url, title=f.title, section_path=f.section_path) for f in feeds]
    data = write_opml("Newsreader subscriptions", rows, [s.path for s in sections])
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise NotFoundError(f"cannot write {path.name}: {exc.strerror or exc}") from None
    return len(rows)
