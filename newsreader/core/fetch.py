"""HTTP for feeds, web pages and images: conditional, bounded in size and time, leak-free.

One `Fetcher` is built by the app and shared by the fetch pool threads. Each thread keeps one
`requests.Session` (keep-alive) that carries nothing else from one fetch to the next: cookies
are refused, auth goes with each request, the environment is never read. The time budget of a
fetch lives in `fetch_guard`. Nothing raises out of `fetch_*`: every failure becomes a
`FetchResult` of kind ERROR with its `FetchFailure` kind and a one-line message that never
contains credentials.
"""

from __future__ import annotations

import contextlib
import hashlib
import ipaddress
import logging
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from http.cookiejar import DefaultCookiePolicy
from typing import Protocol
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

import requests
from requests.auth import HTTPBasicAuth, HTTPDigestAuth
from requests.models import PreparedRequest
from requests.utils import parse_dict_header

from newsreader.core.failures import status_line
from newsreader.core.fetch_guard import (
    Deadline,
    GuardedAdapter,
    PeerGuard,
    Watchdog,
    classify_exception,
)
from newsreader.core.texts import N_
from newsreader.core.types import CacheHints, FetchFailure, FetchKind, FetchResult, Validators
from newsreader.core.urls import redact_url

# Says why a redirect target must not be requested (one line), or None when it may be. A
# fetch it stops fails as REFUSED_ADDRESS.
RedirectGuard = Callable[[str], str | None]

log = logging.getLogger("newsreader.fetch")


class BodySink(Protocol):
    """Where a streamed body goes instead of memory (a download's temp file, issue 16).

    `start` gets the final response's headers before the first chunk; `write` each decoded
    chunk, and answers False to stop the fetch there (cancelled, disk full: the sink knows
    why, the result says only INTERNAL). Both run on the fetching thread.
    """

    def start(self, headers: Mapping[str, str]) -> None: ...

    def write(self, chunk: bytes) -> bool: ...


IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def literal_addresses(host: str, address: str | None = None) -> Iterator[tuple[str, IPAddress]]:
    """The IP literals among a connected `address` and a URL's `host`, as (text, address).

    An IPv4-mapped IPv6 address is given as the IPv4 address it maps; a zone ("%eth0") is
    dropped; names and empty values are skipped. Shared by every address rule (link-local
    here, private ranges when subscribing) so they read addresses the same way.
    """
    for candidate in (address, host.strip("[]")):
        if not candidate:
            continue
        try:
            ip = ipaddress.ip_address(candidate.split("%", 1)[0])
        except ValueError:
            continue
        mapped = getattr(ip, "ipv4_mapped", None)
        yield candidate, mapped if mapped is not None else ip


def link_local_refusal(host: str, address: str | None = None) -> str | None:
    """Why a feed may not be fetched from this host or address: link-local, never (issue 12).

    169.254.0.0/16 and fe80::/10 hold cloud metadata services (169.254.169.254) and
    router/device pages; no feed lives there. Checked on the URL's literal address before any
    connection, on every redirect hop, and on the address each connection really reached.
    Loopback stays allowed: local feed bridges are common.
    """
    for candidate, ip in literal_addresses(host, address):
        if ip.is_link_local:
            return N_(
                "refused: {address} is a link-local address (such as a cloud metadata "
                "service); feeds are never fetched from there"
            ).format(address=candidate)
    return None


def feed_hop_refusal(url: str) -> str | None:
    return link_local_refusal(urlsplit(url).hostname or "")


FEED_ACCEPT = (
    "application/atom+xml, application/rss+xml, application/feed+json, application/rdf+xml, "
    "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5"
)
_CHUNK = 64 * 1024
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_PERMANENT = frozenset({301, 308})
_WEB_SCHEMES = frozenset({"http", "https"})
_DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True, slots=True)
class FetchLimits:
    """Bounds on one request chain (all redirects included)."""

    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_deadline: float = 60.0  # wall clock for the whole chain, body included
    max_bytes: int = 16 * 1024 * 1024  # DECODED size cap
    max_redirects: int = 10


def body_hash(body: bytes) -> str:
    """sha256 hex of a body: equal hashes mean the feed did not change, so parsing is skipped."""
    return hashlib.sha256(body).hexdigest()


def user_agent(version: str) -> str:
    """The User-Agent every request carries, so feed owners can tell us apart."""
    return f"Newsreader/{version} (+desktop feed reader; python-requests/{requests.__version__})"


class _Stop(Exception):  # noqa: N818 - control flow inside one chain, never escapes
    """Ends a chain with a failure kind and a one-line message (too large, too slow, bad
    redirect)."""

    def __init__(self, failure: FetchFailure, message: str) -> None:
        super().__init__(message)
        self.failure = failure


class _DigestFromChallenge(HTTPDigestAuth):
    """Answers a Digest challenge we already hold.

    requests' own Digest flow re-reads the 401 body without any size bound from a response
    hook; priming the challenge lets the retry go through the same bounded path as any hop.
    """

    def __init__(self, username: str, password: str, challenge: str) -> None:
        super().__init__(username, password)
        start = challenge.lower().find("digest ")
        text = challenge[start + len("digest ") :]
        self._challenge = parse_dict_header(text)  # type: ignore[no-untyped-call]

    def __call__(self, r: PreparedRequest) -> PreparedRequest:
        self.init_per_thread_state()
        self._thread_local.chal = self._challenge  # type: ignore[attr-defined]
        header = self.build_digest_header(r.method, r.url)  # type: ignore[no-untyped-call]
        if header:
            r.headers["Authorization"] = header
        return r


Origin = tuple[str, str, int | None]  # (scheme, host, port), the port written out


def url_origin(url: str) -> Origin | None:
    """(scheme, host, port) of a web URL, default ports written out; None when it has no
    host or a port that is not a number."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        port = parts.port
    except ValueError:
        return None
    if not parts.hostname:
        return None
    return (scheme, parts.hostname, port or _DEFAULT_PORTS.get(scheme))


def _origin(url: str) -> Origin:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    return (scheme, parts.hostname or "", parts.port or _DEFAULT_PORTS.get(scheme))


def normal_address(address: str) -> str:
    """One spelling per IP address (IPv4-mapped IPv6 as IPv4), so addresses compare equal."""
    try:
        ip = ipaddress.ip_address(address.strip("[]").split("%", 1)[0])
    except ValueError:
        return address
    mapped = getattr(ip, "ipv4_mapped", None)
    return str(mapped or ip)


_ADDRESSES_PER_ORIGIN = 4
_ORIGINS_REMEMBERED = 4096


class _FeedPeers:
    """Follows one feed fetch's hops and tells the Fetcher each address a connection reached,
    by the origin that hop asked for: the feed's images and pages may use a private address
    only if the feed itself was fetched from it.

    Kept as soon as the connection is made, whatever the answer: a later fetch of the feed
    may reuse that kept-alive connection, and the guard never sees a reused one again.
    """

    __slots__ = ("current", "remember")

    def __init__(self, url: str, remember: Callable[[Origin, str], None]) -> None:
        self.current = url_origin(url)
        self.remember = remember

    def hop(self, target: str) -> str | None:
        refusal = feed_hop_refusal(target)
        if refusal is None:
            self.current = url_origin(target)
        return refusal

    def peer(self, host: str, address: str) -> str | None:
        refusal = link_local_refusal(host, address)
        current = self.current
        if refusal is None and current is not None and host.lower().strip("[]") == current[1]:
            self.remember(current, normal_address(address))
        return refusal


def _may_send_auth(home: str, current: str) -> bool:
    """Credentials go to the feed's own host and port only, or to its http → https upgrade."""
    h_scheme, h_host, h_port = _origin(home)
    c_scheme, c_host, c_port = _origin(current)
    if h_host != c_host:
        return False
    if (h_scheme, h_port) == (c_scheme, c_port):
        return True
    return (h_scheme, h_port, c_scheme, c_port) == ("http", 80, "https", 443)


def _split_userinfo(url: str) -> tuple[str, tuple[str, str] | None]:
    """Take user:password@ out of a URL, so it is sent as auth to its own host only."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url, None
    netloc = parts.netloc.rpartition("@")[2]
    clean = urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
    if parts.username is None:
        return clean, None
    return clean, (unquote(parts.username), unquote(parts.password or ""))


def _hints(headers: Mapping[str, str]) -> CacheHints:
    return CacheHints(
        cache_control=headers.get("Cache-Control"),
        expires=headers.get("Expires"),
        retry_after=headers.get("Retry-After"),
        date=headers.get("Date"),
    )


def _megabytes(limit: int) -> str:
    return f"{limit / (1024 * 1024):g}"


class Fetcher:
    """Fetches feeds (conditional, with auth) and other resources (pages, images) politely.

    Thread-safe: each thread keeps its own session (keep-alive); each call owns its deadline.
    """

    def __init__(
        self,
        user_agent: str,
        limits: FetchLimits = FetchLimits(),  # frozen, so sharing it is safe
        proxies: Mapping[str, str] | None = None,
    ) -> None:
        self._user_agent = user_agent
        self._limits = limits
        self._proxies = dict(proxies or {})
        self._watchdog = Watchdog()
        self._local = threading.local()
        self._generation = 0  # sessions of an older generation are dropped at their next use
        self._peers_lock = threading.Lock()
        # Origin of a feed URL -> the addresses its feed was really fetched from, newest last.
        self._feed_peers: dict[Origin, tuple[str, ...]] = {}

    def configure(
        self, limits: FetchLimits | None = None, proxies: Mapping[str, str] | None = None
    ) -> None:
        """Apply new network settings to the next requests (any thread).

        Both are replaced whole, never mutated, so a fetch in flight keeps a consistent view.
        """
        if limits is not None:
            self._limits = limits
        if proxies is not None:
            self._proxies = dict(proxies)

    @property
    def limits(self) -> FetchLimits:
        return self._limits

    def forget_connections(self) -> None:
        """Start each thread's next fetch on fresh connections (any thread).

        The engine's network threads outlive a refresh (`update.workers`); a refresh calls
        this first, so no connection idles from one refresh to the next (a server long gone
        would answer a kept-alive socket with a read timeout instead of a quick refusal).
        """
        self._generation += 1

    @property
    def uses_proxy(self) -> bool:
        """With a proxy the proxy connects (the user chose it): no peer address is seen."""
        return bool(self._proxies)

    def feed_addresses(self, feed_url: str) -> frozenset[str]:
        """The addresses a feed at `feed_url` was fetched from by this Fetcher (any thread).

        What a feed's images and pages on its own origin may reach when the name points at a
        private address: the publisher of a public feed must not aim its name at the user's
        machine or network (issue 12, point 9). Empty until a feed fetch connected there.
        """
        origin = url_origin(feed_url)
        if origin is None:
            return frozenset()
        with self._peers_lock:
            return frozenset(self._feed_peers.get(origin, ()))

    def _remember_peer(self, origin: Origin, address: str) -> None:
        with self._peers_lock:
            known = tuple(a for a in self._feed_peers.pop(origin, ()) if a != address)
            self._feed_peers[origin] = (*known, address)[-_ADDRESSES_PER_ORIGIN:]
            while len(self._feed_peers) > _ORIGINS_REMEMBERED:
                del self._feed_peers[next(iter(self._feed_peers))]

    def fetch_feed(
        self,
        url: str,
        validators: Validators,
        previous_body_hash: str | None,
        auth: tuple[str, str] | None = None,
    ) -> FetchResult:
        """GET a feed with the stored validators; unchanged bodies come back as NOT_MODIFIED."""
        conditional: dict[str, str] = {}
        if validators.etag is not None:
            conditional["If-None-Match"] = validators.etag
        if validators.last_modified is not None:
            conditional["If-Modified-Since"] = validators.last_modified
        try:
            refusal = feed_hop_refusal(url)
        except ValueError:  # "http://[::1/feed": urlsplit itself says no
            return FetchResult(
                FetchKind.ERROR, url, url, error="invalid URL", failure=FetchFailure.INVALID_URL
            )
        if refusal is not None:  # before any connection: nothing is sent there at all
            return FetchResult(
                FetchKind.ERROR, url, url, error=refusal, failure=FetchFailure.REFUSED_ADDRESS
            )
        peers = _FeedPeers(url, self._remember_peer)
        return self._fetch(
            url,
            accept=FEED_ACCEPT,
            extra_headers=conditional,
            auth=auth,
            max_bytes=self._limits.max_bytes,
            old_validators=validators,
            previous_hash=previous_body_hash,
            redirect_guard=peers.hop,
            peer_guard=peers.peer,
        )

    def fetch_bytes(
        self,
        url: str,
        *,
        accept: str,
        max_bytes: int | None = None,
        referer: None = None,
        redirect_guard: RedirectGuard | None = None,
        peer_guard: PeerGuard | None = None,
        sink: BodySink | None = None,
    ) -> FetchResult:
        """GET a web page or an image: same limits, no auth, no cookies, never a Referer.

        `referer` exists only to make the rule explicit: the sites we read must not learn
        which feed or article led to them. `redirect_guard` sees every redirect target before
        it is requested: a public image may not bounce us to an address on the user's network.
        `peer_guard` sees the address each connection really reached, before a request goes
        out (a name may resolve differently when connecting than when it was checked). With
        a proxy configured the proxy connects, so only the redirect guard applies. With a
        `sink` the body streams there (under the same size and time limits) and the result's
        body is empty: an enclosure download never holds the file in memory.
        """
        del referer
        return self._fetch(
            url,
            accept=accept,
            extra_headers={},
            auth=None,
            max_bytes=self._limits.max_bytes if max_bytes is None else max_bytes,
            old_validators=Validators(),
            previous_hash=None,
            redirect_guard=redirect_guard,
            peer_guard=peer_guard,
            sink=sink,
        )

    def _session(self) -> requests.Session:
        """This thread's session: connections are kept alive between fetches of one thread.

        Sessions never carry state between feeds: cookies are refused, auth goes with each
        request, and the environment (proxies, ~/.netrc) is never read.
        """
        session: requests.Session | None = getattr(self._local, "session", None)
        if session is not None and getattr(self._local, "generation", 0) != self._generation:
            self._drop_session()
            session = None
        if session is None:
            self._local.generation = self._generation
            session = requests.Session()
            # Environment proxies and ~/.netrc must never leak in: only the constructor decides.
            session.trust_env = False
            session.cookies.set_policy(DefaultCookiePolicy(allowed_domains=[]))
            session.headers.clear()
            session.headers["User-Agent"] = self._user_agent
            session.headers["Accept-Encoding"] = "gzip, deflate"
            adapter = GuardedAdapter(lambda: getattr(self._local, "deadline", None))
            session.mount("http://", adapter)
            session.mount("https://", adapter)
            self._local.session = session
        return session

    def _drop_session(self) -> None:
        session: requests.Session | None = getattr(self._local, "session", None)
        self._local.session = None
        if session is not None:
            session.close()

    def _fetch(
        self,
        url: str,
        *,
        accept: str,
        extra_headers: Mapping[str, str],
        auth: tuple[str, str] | None,
        max_bytes: int,
        old_validators: Validators,
        previous_hash: str | None,
        redirect_guard: RedirectGuard | None = None,
        peer_guard: PeerGuard | None = None,
        sink: BodySink | None = None,
    ) -> FetchResult:
        started = time.monotonic()
        if self._proxies:
            peer_guard = None  # the peer is the proxy, which the user chose
        deadline = Deadline(self._limits.total_deadline, self._watchdog, peer_guard)
        chain = _Chain(url, redirect_guard)
        try:
            target, url_auth = _split_userinfo(url)
            chain.current = target
            deadline.start()
            self._local.deadline = deadline
            result = self._run(
                self._session(), deadline, chain, accept, extra_headers, auth or url_auth,
                max_bytes, old_validators, previous_hash, sink,
            )  # fmt: skip
        except _Stop as stop:
            result = chain.error(stop.failure, str(stop))
        except Exception as exc:  # a fetch thread must never die
            # A read timeout clipped to the remaining budget may fire just before the timer.
            if deadline.expired or deadline.remaining() < 0.1:
                failure, message = FetchFailure.TIMEOUT, self._too_slow()
            else:
                failure, message = classify_exception(exc)
                if failure is FetchFailure.INTERNAL:
                    log.warning("unexpected failure fetching %s", redact_url(url), exc_info=True)
            result = chain.error(failure, message)
        finally:
            deadline.cancel()
            self._local.deadline = None
            if deadline.expired:
                # The watchdog may have cut a socket this thread's pool would hand out again.
                self._drop_session()
        elapsed = time.monotonic() - started
        if result.kind is FetchKind.ERROR:
            log.info("%s: %s", redact_url(url), result.error)
        return replace(result, elapsed=elapsed)

    def _too_slow(self) -> str:
        seconds = f"{self._limits.total_deadline:g}"
        return N_("too slow: no complete response within {seconds} s").format(seconds=seconds)

    def _run(
        self,
        session: requests.Session,
        deadline: Deadline,
        chain: _Chain,
        accept: str,
        extra_headers: Mapping[str, str],
        auth: tuple[str, str] | None,
        max_bytes: int,
        old_validators: Validators,
        previous_hash: str | None,
        sink: BodySink | None = None,
    ) -> FetchResult:
        limits = self._limits
        home = chain.current
        digest: _DigestFromChallenge | None = None
        while True:
            remaining = deadline.remaining()
            if remaining <= 0:
                raise _Stop(FetchFailure.TIMEOUT, self._too_slow())
            hop_auth: requests.auth.AuthBase | None = None
            if auth is not None and _may_send_auth(home, chain.current):
                hop_auth = digest or HTTPBasicAuth(*auth)
            headers = {"Accept": accept, **extra_headers}
            request = requests.Request("GET", chain.current, headers=headers, auth=hop_auth)
            response = session.send(
                session.prepare_request(request),
                stream=True,
                allow_redirects=False,
                timeout=(
                    min(limits.connect_timeout, remaining),
                    min(limits.read_timeout, remaining)
                ),
                proxies=self._proxies,
                verify=True,
            )  # fmt: skip
            with response:
                status = response.status_code
                if status in _REDIRECTS:
                    self._follow(chain, response)
                    _discard(response)
                    continue
                challenge = response.headers.get("WWW-Authenticate", "")
                if (
                    status == 401
                    and auth is not None
                    and digest is None
                    and hop_auth is not None
                    and "digest " in challenge.lower()
                ):
                    digest = _DigestFromChallenge(auth[0], auth[1], challenge)
                    _discard(response)
                    continue
                result = self._finish(
                    chain, response, deadline, max_bytes, old_validators, previous_hash, sink
                )
                if result.body is None:
                    _discard(response)
                return result

    def _follow(self, chain: _Chain, response: requests.Response) -> None:
        location = response.headers.get("Location")
        if not location:
            raise _Stop(
                FetchFailure.REDIRECT,
                N_("redirect (HTTP {status}) without a Location").format(
                    status=response.status_code
                ),
            )
        if chain.hops >= self._limits.max_redirects:
            raise _Stop(
                FetchFailure.REDIRECT,
                N_("too many redirects (more than {limit})").format(
                    limit=self._limits.max_redirects
                ),
            )
        target = urljoin(chain.current, location.strip())
        parts = urlsplit(target)
        if parts.scheme.lower() not in _WEB_SCHEMES or not parts.hostname:
            raise _Stop(
                FetchFailure.REDIRECT,
                N_("redirect to a non-web address ({scheme}:)").format(
                    scheme=parts.scheme or "relative"
                ),
            )
        refusal = chain.guard(target) if chain.guard is not None else None
        if refusal is not None:
            refused = N_("redirect refused ({reason})").format(reason=refusal)
            raise _Stop(FetchFailure.REFUSED_ADDRESS, refused)
        chain.permanent = chain.permanent and response.status_code in _PERMANENT
        chain.hops += 1
        chain.current = target

    def _finish(
        self,
        chain: _Chain,
        response: requests.Response,
        deadline: Deadline,
        max_bytes: int,
        old_validators: Validators,
        previous_hash: str | None,
        sink: BodySink | None = None,
    ) -> FetchResult:
        status = response.status_code
        hints = _hints(response.headers)
        if status == 304:
            return chain.result(FetchKind.NOT_MODIFIED, status, hints, old_validators)
        if status == 410:
            return chain.result(FetchKind.GONE, status, hints, error=status_line(410))
        if not 200 <= status < 300:
            error = status_line(status, response.reason)
            return chain.result(FetchKind.ERROR, status, hints, error=error)
        body = self._read_body(response, deadline, max_bytes, sink)
        validators = Validators(response.headers.get("ETag"), response.headers.get("Last-Modified"))
        content_type = response.headers.get("Content-Type")
        if previous_hash is not None and body_hash(body) == previous_hash:
            return chain.result(
                FetchKind.NOT_MODIFIED, status, hints, validators, content_type=content_type
            )
        return chain.result(
            FetchKind.OK, status, hints, validators, body=body, content_type=content_type
        )

    def _read_body(
        self,
        response: requests.Response,
        deadline: Deadline,
        max_bytes: int,
        sink: BodySink | None = None,
    ) -> bytes:
        too_large = N_("too large (more than {size} MB)").format(size=_megabytes(max_bytes))
        declared = response.headers.get("Content-Length", "").strip()
        if declared.isdigit() and int(declared) > max_bytes:
            raise _Stop(FetchFailure.TOO_LARGE, too_large)
        body = bytearray()
        streamed = 0
        if sink is not None:
            sink.start(response.headers)
        # urllib3 bounds each decompression step by the chunk size, so a gzip bomb is stopped
        # after max_bytes + one chunk of output, never inflated whole.
        for chunk in response.raw.stream(_CHUNK, decode_content=True):
            if sink is None:
                body += chunk
            else:
                streamed += len(chunk)
            if len(body) + streamed > max_bytes:
                raise _Stop(FetchFailure.TOO_LARGE, too_large)
            if sink is not None and not sink.write(chunk):
                raise _Stop(FetchFailure.INTERNAL, "stopped by the receiver")
            if deadline.remaining() <= 0:
                raise _Stop(FetchFailure.TIMEOUT, self._too_slow())
        if deadline.expired:  # the watchdog cut the socket: what we hold is truncated
            raise _Stop(FetchFailure.TIMEOUT, self._too_slow())
        return bytes(body)


def _discard(response: requests.Response) -> None:
    """Read a small announced body we do not need, so the connection ends cleanly (no RST)
    and can carry the next request; anything larger or unannounced is simply cut."""
    raw = response.raw
    if response.status_code in (204, 304):
        raw.release_conn()  # no body by definition: the connection is ready for reuse
        return
    declared = response.headers.get("Content-Length", "").strip()
    if declared.isdigit() and int(declared) <= _CHUNK and not raw.closed:
        with contextlib.suppress(Exception):  # best effort: closing follows either way
            raw.read(int(declared), decode_content=False)
            if raw.closed:  # all of it was read: hand the connection back to the pool
                raw.release_conn()


class _Chain:
    """Mutable bookkeeping of one request chain (which URL we are at, was every hop permanent)."""

    __slots__ = ("current", "guard", "hops", "permanent", "requested")

    def __init__(self, requested: str, guard: RedirectGuard | None = None) -> None:
        self.requested = requested
        self.guard = guard
        self.current = requested
        self.hops = 0
        self.permanent = True

    def result(
        self,
        kind: FetchKind,
        status: int,
        hints: CacheHints,
        validators: Validators | None = None,
        *,
        body: bytes | None = None,
        content_type: str | None = None,
        error: str | None = None,
    ) -> FetchResult:
        # The caller moves the stored URL only when every hop was permanent AND the new
        # address actually answered with the feed (or "not modified").
        moved = (
            self.current
            if self.hops and self.permanent and kind in (FetchKind.OK, FetchKind.NOT_MODIFIED)
            else None
        )
        return FetchResult(
            kind=kind,
            requested_url=self.requested,
            final_url=self.current,
            status=status,
            body=body,
            content_type=content_type,
            validators=validators or Validators(),
            hints=hints,
            permanent_url=moved,
            error=error,
            failure=None if error is None else FetchFailure.HTTP,
        )

    def error(self, failure: FetchFailure, message: str) -> FetchResult:
        return FetchResult(
            kind=FetchKind.ERROR,
            requested_url=self.requested,
            final_url=self.current,
            error=message,
            failure=failure,
        )
