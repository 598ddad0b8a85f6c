"""The image cache: download what articles reference, keep real images, drop tracking pixels.

The reader pane never touches the network, so images must be on disk before the user is
offline. `ImageCacher` downloads one article's images on a fetch thread (bounded per image and
per article, bytes sniffed, never a cookie or a Referer) and writes each file under its
sha256 (`core.imageinfo.image_path`); `record_outcomes` then stores what happened on the
writer thread. A feed may not make us request private or loopback addresses unless the URL is
on the feed's own origin (scheme, host, port) and the address is the one the feed itself was
fetched from: `address_refusal` says no before any connection is made, and every connection's
real address is checked again.
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import os
import socket
import tempfile
import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from newsreader.core.failures import failure_line, retry_later
from newsreader.core.fetch import (
    BodySink,
    Fetcher,
    RedirectGuard,
    normal_address,
    url_origin,
)
from newsreader.core.fetch_guard import PeerGuard
from newsreader.core.imageinfo import image_path, sha256_hex, sniff_image
from newsreader.core.types import CachedImage, FetchFailure, FetchKind, FetchResult
from newsreader.core.urls import is_public_address, redact_url

if TYPE_CHECKING:
    from newsreader.storage.writer import Store

log = logging.getLogger("newsreader.update.images")

IMAGE_ACCEPT = "image/png, image/jpeg, image/gif, image/webp, */*;q=0.1"

__all__ = [
    "HOST_SKIPPED",
    "DownloadMemo",
    "HostMemory",
    "ImageCacher",
    "ImageLimits",
    "ImageOutcome",
    "ImageState",
    "ImagesPolicy",
    "Refusal",
    "address_refusal",
    "fetch_for_feed",
    "image_path",
    "peer_guard",
    "record_outcomes",
    "redirect_guard",
    "write_cached_file",
]


class ImagesPolicy(StrEnum):
    """The per-profile "remote images" choice (`core.prefs.IMAGES_POLICY` holds its values)."""

    ALWAYS = "always"  # cache every image when articles arrive
    ASK = "ask"  # cache nothing by itself; the pane offers "load image"
    NEVER = "never"  # cache nothing; the pane shows placeholders only


class ImageState(StrEnum):
    """article_images.state values."""

    PENDING = "pending"  # not fetched yet (policy), or to retry: the network or the disk failed
    CACHED = "cached"
    TRACKER = "tracker"  # 0×0 / 1×1: never stored, never shown
    FAILED = "failed"  # the server said no, too large, or not an image
    REFUSED = "refused"  # a private address the feed's own origin and address do not justify
    SKIPPED = "skipped"  # the user cleared the cache; "load image" brings it back


@dataclass(frozen=True, slots=True)
class ImageLimits:
    per_image: int = 5 * 1024 * 1024
    per_article: int = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why a URL is not requested for a feed: the one line, and its kind."""

    message: str
    failure: FetchFailure

    @property
    def transient(self) -> bool:
        """DNS failed (offline?) or the address is not known yet: try again later."""
        return retry_later(self.failure)


PRIVATE_REFUSED = "refused: private or local address"


# The feed's own origin names a private address, but this process has not fetched the feed
# from there yet: nothing vouches for the address, so the image or page waits for a later
# refresh (transient; not a refusal).
FEED_ADDRESS_UNKNOWN = "not yet: the feed's own address is not known"


def address_refusal(url: str, feed_url: str) -> Refusal | None:
    """Why `url` must not be requested for a feed at `feed_url`, or None when it may be.

    Private, loopback and link-local hosts are refused unless the URL is on the feed's own
    origin: the same scheme, host AND port (a feed on the intranet may show its intranet
    images, but not make us knock on another port of that machine). On its own origin the
    address is checked when connecting instead (`fetch_for_feed`): only the address the feed
    itself was fetched from may be private. Blocking DNS: worker threads only.
    """
    parts = urlsplit(url)
    origin = url_origin(url)
    if parts.scheme.lower() not in ("http", "https") or origin is None:
        return Refusal("not a web address", FetchFailure.REFUSED_ADDRESS)
    if origin == url_origin(feed_url):
        return None
    host = origin[1]
    if not _is_ip_literal(host):
        try:
            socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
        except (OSError, UnicodeError, ValueError):
            return Refusal("host not found", FetchFailure.DNS)
    if not is_public_address(host):
        return Refusal(PRIVATE_REFUSED, FetchFailure.REFUSED_ADDRESS)
    return None


class _FeedRule:
    """The address rule for one request chain made on behalf of a feed.

    It follows the chain (each redirect hop moves `current`), so the check on each connection
    knows which origin that connection is for: a private address is let through only on the
    feed's own origin, and only if it is an address the feed itself was fetched from.
    """

    def __init__(self, url: str, feed_url: str, feed_addresses: Iterable[str]) -> None:
        self.feed_url = feed_url
        self.feed_origin = url_origin(feed_url)
        self.current = url_origin(url)
        known = {normal_address(a) for a in feed_addresses}
        if self.feed_origin is not None and _is_ip_literal(self.feed_origin[1]):
            known.add(normal_address(self.feed_origin[1]))  # fetched from the address it names
        self.feed_addresses = frozenset(known)
        # Set when a connection was stopped only because no fetch of the feed has vouched
        # for its address yet: that fetch failed as ADDRESS_UNKNOWN (later), not REFUSED.
        self.deferred = False

    def on_feed_origin(self) -> bool:
        return self.current is not None and self.current == self.feed_origin

    def hop(self, target: str) -> str | None:
        refusal = address_refusal(target, self.feed_url)
        if refusal is not None and not refusal.transient:
            return refusal.message
        self.current = url_origin(target)
        return None

    def peer(self, host: str, address: str) -> str | None:
        if is_public_address(address):
            return None
        origin = self.current
        if (
            origin is not None
            and origin == self.feed_origin
            and host.lower().strip("[]") == origin[1]
        ):
            if normal_address(address) in self.feed_addresses:
                return None
            if not self.feed_addresses:
                self.deferred = True
                return FEED_ADDRESS_UNKNOWN
        return PRIVATE_REFUSED

    def before_connecting(self) -> Refusal | None:
        """On the feed's own origin, with no address known for the feed: the name must not
        point at a private address (nothing may be sent there, not even a connection)."""
        if not self.on_feed_origin() or self.feed_addresses or self.current is None:
            return None
        try:
            infos = socket.getaddrinfo(self.current[1], None, proto=socket.IPPROTO_TCP)
        except (OSError, UnicodeError, ValueError):
            return Refusal("host not found", FetchFailure.DNS)
        for info in infos:
            message = self.peer(self.current[1], str(info[4][0]))
            if message is not None:
                return Refusal(message, self._refused())
        return None

    def _refused(self) -> FetchFailure:
        """The kind of the refusal `peer` just made."""
        return FetchFailure.ADDRESS_UNKNOWN if self.deferred else FetchFailure.REFUSED_ADDRESS


def redirect_guard(feed_url: str) -> RedirectGuard:
    """The same rule for every redirect hop of an image or page fetch (see `address_refusal`).

    A target whose name does not resolve is let through: the connection then fails like any
    other network error and is retried later, rather than refused for good.
    """
    return _FeedRule(feed_url, feed_url, ()).hop


def peer_guard(feed_url: str, feed_addresses: Iterable[str] = ()) -> PeerGuard:
    """The same rule on the address each connection of a chain on the feed's own origin
    really reached (DNS may answer differently when connecting than when it was asked):
    public addresses, or the addresses the feed was fetched from (`feed_addresses`)."""
    return _FeedRule(feed_url, feed_url, feed_addresses).peer


def fetch_for_feed(
    fetcher: Fetcher,
    url: str,
    feed_url: str,
    *,
    accept: str,
    max_bytes: int,
    sink: BodySink | None = None,
) -> FetchResult:
    """GET an image, page or icon on behalf of a feed, under its address rules at every hop
    and every connection; call `address_refusal` on `url` first (it resolves the name).
    An enclosure download streams into `sink` (issue 16)."""
    rule = _FeedRule(url, feed_url, fetcher.feed_addresses(feed_url))
    if not fetcher.uses_proxy:  # through a proxy, the proxy resolves and connects
        refusal = rule.before_connecting()
        if refusal is not None:
            return FetchResult(
                FetchKind.ERROR, url, url, error=refusal.message, failure=refusal.failure
            )
    result = fetcher.fetch_bytes(
        url,
        accept=accept,
        max_bytes=max_bytes,
        redirect_guard=rule.hop,
        peer_guard=rule.peer,
        sink=sink,
    )
    if result.failure is FetchFailure.REFUSED_ADDRESS and rule.deferred:
        result = replace(result, failure=FetchFailure.ADDRESS_UNKNOWN)
    return result


def _refused_or_fetched(
    fetcher: Fetcher, url: str, feed_url: str, accept: str, max_bytes: int
) -> FetchResult | Refusal:
    refusal = address_refusal(url, feed_url)
    if refusal is not None:
        return refusal
    return fetch_for_feed(fetcher, url, feed_url, accept=accept, max_bytes=max_bytes)


def guarded_fetch(
    hosts: HostMemory | None, url: str, fetch: Callable[[], FetchResult | Refusal]
) -> FetchResult | Refusal | str:
    """`fetch()` under the refresh's host memory (a str: skipped, the host is out of reach)."""
    return fetch() if hosts is None else hosts.attempt(url, fetch)


def _is_ip_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]").split("%", 1)[0])
    except ValueError:
        return False
    return True


@dataclass(frozen=True, slots=True)
class ImageOutcome:
    """What became of one image URL of one article."""

    article_id: int
    url: str
    state: ImageState
    image: CachedImage | None = None  # set when state is CACHED
    error: str | None = None


class DownloadMemo:
    """One download per URL for the threads of one refresh; the others wait for its outcome.

    A thread finishes each URL it claimed before it claims or waits for the next one, so no
    two threads can wait for each other.
    """

    def __init__(self, hosts: HostMemory | None = None) -> None:
        self._lock = threading.Lock()
        self._outcomes: dict[str, Future[ImageOutcome]] = {}
        self.hosts = hosts or HostMemory()  # the refresh's memory of hosts out of reach

    def run(self, url: str, download: Callable[[], ImageOutcome]) -> ImageOutcome:
        with self._lock:
            future = self._outcomes.get(url)
            mine = future is None
            if future is None:
                future = self._outcomes[url] = Future()
        if not mine:
            return future.result()
        try:
            outcome = download()
        except BaseException as exc:
            future.set_exception(exc)
            raise
        future.set_result(outcome)
        return outcome


# Failures that say the host itself is out of reach (no name, no connection, no answer): the
# rest of that host's images and pages are not tried again in the same refresh.
HOST_DOWN = frozenset(
    {FetchFailure.DNS, FetchFailure.CONNECT, FetchFailure.TIMEOUT, FetchFailure.NETWORK}
)
HOST_SKIPPED = "not tried: the site did not answer earlier in this refresh"


class HostMemory:
    """Which hosts did not answer during one refresh, so each costs one attempt, not hundreds.

    The first request to a host not yet heard from runs alone; the others for that host wait
    for its outcome (a dead host would otherwise get one attempt per thread). Once the host
    has answered at all (even with a 404), requests to it run side by side. A probe never
    waits on anything of this memory, so no two threads can wait for each other.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._alive: set[str] = set()
        self._dead: dict[str, str] = {}
        self._probing: dict[str, threading.Event] = {}

    def down(self, url: str) -> str | None:
        """Why `url`'s host is known to be out of reach in this refresh, or None."""
        with self._lock:
            return self._dead.get(_host_of(url))

    def attempt(
        self, url: str, fetch: Callable[[], FetchResult | Refusal]
    ) -> FetchResult | Refusal | str:
        """Run `fetch` for `url` unless its host is known dead (then: the reason, a str)."""
        host = _host_of(url)
        while True:
            with self._lock:
                if host in self._dead:
                    return self._dead[host]
                if host in self._alive:
                    probe = None
                    break
                waiting = self._probing.get(host)
                if waiting is None:
                    probe = self._probing[host] = threading.Event()
                    break
            waiting.wait()
        try:
            outcome = fetch()
        except BaseException:
            if probe is not None:
                self._settle(host, probe, None)
            raise
        self._note(host, probe, outcome)
        return outcome

    def _note(
        self, host: str, probe: threading.Event | None, outcome: FetchResult | Refusal
    ) -> None:
        failure = outcome.failure
        if isinstance(outcome, FetchResult) and outcome.kind is not FetchKind.ERROR:
            failure = None
        if failure in HOST_DOWN:
            with self._lock:
                self._dead[host] = HOST_SKIPPED
                self._alive.discard(host)
            log.info("%s is out of reach: its other images are not tried in this refresh", host)
        if probe is not None:
            self._settle(host, probe, "alive" if failure not in HOST_DOWN else None)

    def _settle(self, host: str, probe: threading.Event, state: str | None) -> None:
        with self._lock:
            if state == "alive" and host not in self._dead:
                self._alive.add(host)
            self._probing.pop(host, None)
        probe.set()


def _host_of(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


class ImageCacher:
    """Downloads images into the cache folder. Thread-safe: holds only settings."""

    def __init__(
        self, fetcher: Fetcher, images_dir: Path, limits: ImageLimits = ImageLimits()
    ) -> None:
        self._fetcher = fetcher
        self.images_dir = images_dir
        self._limits = limits

    def download_article(
        self,
        article_id: int,
        feed_url: str,
        urls: Sequence[str],
        memo: DownloadMemo | None = None,
    ) -> list[ImageOutcome]:
        """Fetch one article's images in order, within the per-article budget. Never raises.

        With a memo shared by the threads of one refresh, a URL many articles name (a logo,
        a tracker) is requested once and its outcome reused.
        """
        budget = self._limits.per_article
        out: list[ImageOutcome] = []
        for url in urls:
            cap = min(budget, self._limits.per_image)
            if memo is None:
                outcome = self.download(article_id, url, feed_url, cap)
            else:
                download = partial(self.download, article_id, url, feed_url, cap, memo.hosts)
                outcome = memo.run(url, download)
                outcome = replace(outcome, article_id=article_id)
            if outcome.image is not None:
                budget -= outcome.image.size
            out.append(outcome)
        return out

    def download(
        self,
        article_id: int,
        url: str,
        feed_url: str,
        max_bytes: int,
        hosts: HostMemory | None = None,
    ) -> ImageOutcome:
        try:
            return self._download(article_id, url, feed_url, max_bytes, hosts)
        except Exception as exc:  # one broken image must not stop the others
            log.exception("caching image %s failed", redact_url(url))
            return ImageOutcome(
                article_id, url, ImageState.FAILED, error=f"internal error ({type(exc).__name__})"
            )

    def _download(
        self, article_id: int, url: str, feed_url: str, max_bytes: int, hosts: HostMemory | None
    ) -> ImageOutcome:
        if max_bytes <= 0:
            return ImageOutcome(article_id, url, ImageState.FAILED, error="article image budget")
        outcome = guarded_fetch(
            hosts,
            url,
            lambda: _refused_or_fetched(self._fetcher, url, feed_url, IMAGE_ACCEPT, max_bytes),
        )
        if isinstance(outcome, str):  # the host did not answer earlier: try next refresh
            return ImageOutcome(article_id, url, ImageState.PENDING, error=outcome)
        if isinstance(outcome, Refusal):
            state = ImageState.PENDING if outcome.transient else ImageState.REFUSED
            return ImageOutcome(article_id, url, state, error=outcome.message)
        result = outcome
        if result.kind is not FetchKind.OK or result.body is None:
            error = failure_line(result)
            if result.failure is FetchFailure.REFUSED_ADDRESS:
                return ImageOutcome(article_id, url, ImageState.REFUSED, error=error)
            # The network failed, not the server or a size cap: try again next refresh.
            state = ImageState.PENDING if retry_later(result.failure) else ImageState.FAILED
            return ImageOutcome(article_id, url, state, error=error)
        data = result.body
        info = sniff_image(data)
        if info is None:
            return ImageOutcome(article_id, url, ImageState.FAILED, error="not an image")
        if info.is_tracker:
            return ImageOutcome(article_id, url, ImageState.TRACKER)
        sha = sha256_hex(data)
        try:
            self._write(sha, data)
        except OSError as exc:
            # A full disk or an unwritable cache folder says nothing about the image: it stays
            # pending and is fetched again on a later refresh, never failed for good (issue 12,
            # point 20). Only the server's answer (404, not an image, too large) fails it.
            reason = exc.strerror or type(exc).__name__
            log.warning("could not save image %s: %s", redact_url(url), reason)
            return ImageOutcome(
                article_id, url, ImageState.PENDING, error=f"could not save ({reason})"
            )
        image = CachedImage(
            url=url,
            sha256=sha,
            content_type=info.content_type,
            width=info.width,
            height=info.height,
            size=len(data),
        )
        return ImageOutcome(article_id, url, ImageState.CACHED, image=image)

    def _write(self, sha: str, data: bytes) -> None:
        write_cached_file(self.images_dir, sha, data)


def write_cached_file(images_dir: Path, sha: str, data: bytes) -> None:
    """Put `data` in the image cache under its sha256, atomically: a reader (the window's
    background reader) never sees half a file, and two threads writing it never clash."""
    target = image_path(images_dir, sha)
    if target.exists() and target.stat().st_size == len(data):
        return
    images_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=images_dir, prefix=".part-")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def record_outcomes(store: Store, outcomes: Sequence[ImageOutcome], now: datetime) -> int:
    """Writer thread: store what the downloads gave, in one transaction; returns how many
    images were cached. PENDING outcomes (network down) leave their rows to be retried."""
    cached = [o.image for o in outcomes if o.image is not None]
    states = [
        (o.url, str(o.state))
        for o in outcomes
        if o.image is None and o.state is not ImageState.PENDING
    ]
    if cached or states:
        store.record_images(cached, states, now)
    return len(cached)
