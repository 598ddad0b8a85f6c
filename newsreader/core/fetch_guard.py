"""Keeping one fetch inside its wall-clock budget, and saying in one line why a fetch failed.

requests' read timeout restarts on every byte received, so a server that drips one byte a
second would hold a fetch thread for hours. Each fetch gets a `Deadline`; one `Watchdog` thread
per `Fetcher` shuts the sockets of a chain whose time ran out, which wakes the fetch thread
blocked in recv(). Connections register through `GuardedAdapter`'s connection classes.
"""

from __future__ import annotations

import contextlib
import heapq
import socket
import ssl
import threading
import time
from collections.abc import Callable
from typing import Any

import requests
import socks
from requests.adapters import HTTPAdapter
from urllib3 import PoolManager
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.contrib.socks import (
    SOCKSConnection,
    SOCKSHTTPConnectionPool,
    SOCKSHTTPSConnection,
    SOCKSHTTPSConnectionPool,
)
from urllib3.exceptions import NameResolutionError, ProtocolError, ReadTimeoutError

from newsreader.core.texts import N_
from newsreader.core.types import FetchFailure

# (host name asked for, address actually connected to) -> why that may not be used, or None.
PeerGuard = Callable[[str, str], str | None]


class AddressRefusedError(ConnectionError):
    """A connection reached an address its fetch may not use; the message says why.

    Checked on the connected socket's real peer, so a name that resolves to a public address
    when it is first checked and to a private one when connecting (DNS rebinding) is caught.
    """


class Watchdog:
    """One thread that expires every Deadline of a Fetcher when its time comes.

    A timer thread per fetch cost a thread start per request (a fifth of a warm refresh's
    CPU in the profile); one sleeping thread with a heap of deadlines costs nothing per fetch.
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._heap: list[tuple[float, int, Deadline]] = []
        self._counter = 0
        self._thread: threading.Thread | None = None

    def schedule(self, deadline: Deadline, at: float) -> None:
        with self._cond:
            self._counter += 1
            heapq.heappush(self._heap, (at, self._counter, deadline))
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._run, name="fetch-watchdog", daemon=True
                )
                self._thread.start()
            elif self._heap[0][2] is deadline:
                self._cond.notify()

    def _run(self) -> None:
        while True:
            with self._cond:
                while True:
                    if not self._heap:
                        self._thread = None  # restarted by the next schedule()
                        return
                    at, _, deadline = self._heap[0]
                    if deadline.cancelled:
                        heapq.heappop(self._heap)
                        continue
                    wait = at - time.monotonic()
                    if wait <= 0:
                        heapq.heappop(self._heap)
                        break
                    self._cond.wait(min(wait, 5.0))
            deadline._expire()


class Deadline:
    """The wall-clock budget of one request chain; when it runs out, it cuts every connection.

    requests' read timeout restarts on every byte, so a server dripping its headers or body
    would hold a fetch thread for hours. The Fetcher's watchdog thread shuts the sockets down,
    which wakes the fetch thread blocked in recv(); the chain then reports "too slow".
    """

    def __init__(
        self, seconds: float, watchdog: Watchdog | None = None, peer_guard: PeerGuard | None = None
    ) -> None:
        self.seconds = seconds
        self.peer_guard = peer_guard  # checked on every new connection of the chain
        self._end = time.monotonic() + seconds
        self._lock = threading.Lock()
        self._connections: list[HTTPConnection] = []
        self._sockets: list[socket.socket] = []
        self._expired = False
        self.cancelled = False
        self._watchdog = watchdog or Watchdog()

    @property
    def expired(self) -> bool:
        with self._lock:
            return self._expired

    def start(self) -> None:
        self._end = time.monotonic() + self.seconds
        self._watchdog.schedule(self, self._end)

    def cancel(self) -> None:
        """The chain is over: the watchdog skips this deadline and the sockets are let go."""
        with self._lock:
            self.cancelled = True
            self._connections.clear()
            self._sockets.clear()

    def remaining(self) -> float:
        return self._end - time.monotonic()

    def watch(self, connection: HTTPConnection) -> None:
        """Called by a connection before it connects (on the fetch thread)."""
        with self._lock:
            self._connections.append(connection)
            expired = self._expired
        if expired:
            _shut(connection.sock)

    def watch_socket(self, sock: socket.socket | None) -> None:
        """Called once connected: http.client drops `connection.sock` while a close-delimited
        body is still being read from it, so the socket itself is kept as well."""
        if sock is None:
            return
        with self._lock:
            self._sockets.append(sock)
            expired = self._expired
        if expired:
            _shut(sock)

    def _expire(self) -> None:
        with self._lock:
            if self.cancelled:  # the chain finished first: its sockets may be reused now
                return
            self._expired = True
            sockets = [c.sock for c in self._connections] + self._sockets
        for sock in sockets:
            _shut(sock)


def _shut(sock: socket.socket | None) -> None:
    if sock is None:
        return
    # The plain-socket shutdown also works under TLS and leaves the SSL object alone. A socket
    # that was really closed has no descriptor any more, so this can never hit a reused one.
    with contextlib.suppress(OSError):
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


def _check_peer(connection: HTTPConnection, guard: PeerGuard) -> None:
    """Refuse a connection whose real peer the guard rejects, before any request is sent."""
    sock = connection.sock
    if sock is None:
        return
    address = str(sock.getpeername()[0])
    refusal = guard(connection.host, address)
    if refusal is not None:
        connection.close()
        raise AddressRefusedError(refusal)


def _guarded_pools(
    current: Callable[[], Deadline | None],
) -> tuple[dict[str, type[HTTPConnectionPool]], dict[str, type[HTTPConnectionPool]]]:
    """Connection pool classes whose connections register with the calling thread's deadline.

    Registration happens on connect and again on every request, because a kept-alive
    connection serves many fetches, each under its own deadline.
    """

    def register(connection: HTTPConnection) -> None:
        deadline = current()
        if deadline is not None:
            deadline.watch(connection)
            deadline.watch_socket(connection.sock)

    class _Guarded:
        """Mixed into both connection classes, ahead of urllib3's own."""

        def connect(self) -> None:
            deadline = current()
            if deadline is not None:
                deadline.watch(self)  # type: ignore[arg-type]
            super().connect()  # type: ignore[misc]
            register(self)  # type: ignore[arg-type]
            if deadline is not None and deadline.peer_guard is not None:
                _check_peer(self, deadline.peer_guard)  # type: ignore[arg-type]

        def request(self, *args: Any, **kwargs: Any) -> None:
            register(self)  # type: ignore[arg-type]
            super().request(*args, **kwargs)  # type: ignore[misc]

    def guarded(
        pool: type[HTTPConnectionPool], connection: type[HTTPConnection]
    ) -> type[HTTPConnectionPool]:
        """`pool` whose connections are `connection` with the deadline mixed in."""
        mixed = type(f"Guarded{connection.__name__}", (_Guarded, connection), {})
        return type(f"Guarded{pool.__name__}", (pool,), {"ConnectionCls": mixed})

    direct = {
        "http": guarded(HTTPConnectionPool, HTTPConnection),
        "https": guarded(HTTPSConnectionPool, HTTPSConnection),
    }
    # The same through a SOCKS proxy (PySocks): the tunnel's socket is the one to shut.
    socks_tunnel = {
        "http": guarded(SOCKSHTTPConnectionPool, SOCKSConnection),
        "https": guarded(SOCKSHTTPSConnectionPool, SOCKSHTTPSConnection),
    }
    return direct, socks_tunnel


class GuardedAdapter(HTTPAdapter):
    """A transport adapter with no retries, every connection under the current deadline."""

    def __init__(self, current: Callable[[], Deadline | None]) -> None:
        # Before super(): it builds the pool manager.
        self._pools, self._socks_pools = _guarded_pools(current)
        super().__init__(pool_connections=8, pool_maxsize=2, max_retries=0)

    def init_poolmanager(
        self, connections: int, maxsize: int, block: bool = False, **pool_kwargs: Any
    ) -> None:
        super().init_poolmanager(connections, maxsize, block, **pool_kwargs)
        self.poolmanager.pool_classes_by_scheme = self._pools

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> PoolManager:
        manager: PoolManager = super().proxy_manager_for(proxy, **proxy_kwargs)
        # SOCKS managers build their connections with the proxy options: their own pools.
        socks = proxy.lower().startswith("socks")
        manager.pool_classes_by_scheme = self._socks_pools if socks else self._pools
        return manager


PROXY_UNREACHABLE = N_("proxy error: the proxy refused or could not be reached")


def classify_exception(exc: BaseException) -> tuple[FetchFailure, str]:
    """Why a request raised: the kind to decide by, and one line a person understands
    (never the URL, never secrets)."""
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return FetchFailure.CONNECT, N_("connection timed out")
    if isinstance(exc, requests.exceptions.ReadTimeout):
        return FetchFailure.TIMEOUT, N_("no response (timed out)")
    causes = _causes(exc)
    if isinstance(exc, requests.exceptions.SSLError):
        if any(isinstance(c, ssl.SSLCertVerificationError) for c in causes):
            return FetchFailure.NETWORK, N_("TLS error: certificate not trusted")
        return FetchFailure.NETWORK, N_("TLS error: secure connection failed")
    if isinstance(exc, requests.exceptions.ProxyError):
        return FetchFailure.PROXY, PROXY_UNREACHABLE
    refused = next((c for c in causes if isinstance(c, AddressRefusedError)), None)
    if refused is not None:
        return FetchFailure.REFUSED_ADDRESS, str(refused)
    # SOCKS failures arrive as plain connection errors; say it was the proxy, not the site.
    if any(isinstance(c, socks.ProxyConnectionError) for c in causes):
        return FetchFailure.PROXY, PROXY_UNREACHABLE
    if any(isinstance(c, socks.SOCKS5AuthError) for c in causes):
        return FetchFailure.PROXY, N_("proxy error: the SOCKS proxy wants a user name and password")
    if any(isinstance(c, socks.ProxyError) for c in causes):
        return FetchFailure.PROXY, N_("proxy error: the proxy could not reach the site")
    if any(isinstance(c, socket.gaierror | NameResolutionError) for c in causes):
        return FetchFailure.DNS, N_("host not found")
    if any(isinstance(c, ConnectionRefusedError) for c in causes):
        return FetchFailure.CONNECT, N_("connection refused")
    if any(isinstance(c, ConnectionResetError) for c in causes):
        return FetchFailure.NETWORK, N_("connection reset by the server")
    if any(isinstance(c, TimeoutError | ReadTimeoutError) for c in causes):
        return FetchFailure.TIMEOUT, "no response (timed out)"
    if isinstance(exc, requests.exceptions.ContentDecodingError):
        return FetchFailure.NETWORK, N_("could not decode the compressed response")
    if isinstance(exc, requests.exceptions.ChunkedEncodingError | ProtocolError):
        return FetchFailure.NETWORK, N_("connection broken while reading the response")
    if isinstance(exc, requests.exceptions.InvalidURL | requests.exceptions.InvalidSchema):
        return FetchFailure.INVALID_URL, N_("invalid URL")
    if isinstance(exc, requests.exceptions.ConnectionError):
        return FetchFailure.CONNECT, N_("connection failed")
    return FetchFailure.INTERNAL, N_("fetch failed ({kind})").format(kind=type(exc).__name__)


def _causes(exc: BaseException) -> list[BaseException]:
    """The exception, its causes, and what urllib3 wraps inside args / .reason."""
    seen: list[BaseException] = []
    pending: list[BaseException] = [exc]
    while pending and len(seen) < 20:
        current = pending.pop()
        if any(current is s for s in seen):
            continue
        seen.append(current)
        linked = [current.__cause__, current.__context__, getattr(current, "reason", None)]
        linked += [a for a in current.args if isinstance(a, BaseException)]
        pending += [e for e in linked if isinstance(e, BaseException)]
    return seen
