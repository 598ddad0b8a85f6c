"""A real SOCKS5 proxy on 127.0.0.1 for tests (RFC 1928: no authentication, CONNECT only).

It logs every CONNECT target as the client sent it (a name when the client let the proxy
resolve it, as socks5h:// does; an address otherwise), then relays bytes both ways.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Connect:
    address_type: str  # "ipv4" | "name" | "ipv6"
    host: str
    port: int


def _read_exact(conn: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = conn.recv(size - len(data))
        if not chunk:
            raise ConnectionError("client went away")
        data += chunk
    return data


def _relay(source: socket.socket, target: socket.socket) -> None:
    with contextlib.suppress(OSError):
        while chunk := source.recv(65536):
            target.sendall(chunk)
    with contextlib.suppress(OSError):
        target.shutdown(socket.SHUT_WR)


class Socks5Proxy:
    """`with Socks5Proxy() as proxy:` → proxy.url ("socks5h://127.0.0.1:PORT"), proxy.log."""

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        self.log: list[Connect] = []
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._accept, daemon=True)

    @property
    def url(self) -> str:
        return f"socks5h://127.0.0.1:{self.port}"

    def __enter__(self) -> Socks5Proxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._listener.close()
        with self._lock:
            for sock in self._sockets:
                with contextlib.suppress(OSError):
                    sock.close()

    def _keep(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)

    def _accept(self) -> None:
        while True:
            try:
                conn, _addr = self._listener.accept()
            except OSError:
                return
            self._keep(conn)
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        try:
            version, methods = _read_exact(conn, 2)
            offered = _read_exact(conn, methods)
            if version != 5 or 0 not in offered:
                conn.sendall(b"\x05\xff")  # no acceptable method
                return
            conn.sendall(b"\x05\x00")
            _version, command, _reserved, kind = _read_exact(conn, 4)
            if kind == 1:
                target = Connect("ipv4", socket.inet_ntoa(_read_exact(conn, 4)), 0)
            elif kind == 3:
                name = _read_exact(conn, _read_exact(conn, 1)[0]).decode("idna")
                target = Connect("name", name, 0)
            else:
                target = Connect(
                    "ipv6", socket.inet_ntop(socket.AF_INET6, _read_exact(conn, 16)), 0
                )
            (port,) = struct.unpack("!H", _read_exact(conn, 2))
            target = Connect(target.address_type, target.host, port)
            self.log.append(target)
            if command != 1:
                conn.sendall(b"\x05\x07\x00\x01" + bytes(6))  # command not supported
                return
            try:
                upstream = socket.create_connection((target.host, target.port), timeout=5)
            except OSError:
                conn.sendall(b"\x05\x05\x00\x01" + bytes(6))  # connection refused
                return
            upstream.settimeout(None)
            self._keep(upstream)
            bound_host, bound_port = upstream.getsockname()[:2]
            conn.sendall(
                b"\x05\x00\x00\x01" + socket.inet_aton(bound_host) + struct.pack("!H", bound_port)
            )
            back = threading.Thread(target=_relay, args=(upstream, conn), daemon=True)
            back.start()
            _relay(conn, upstream)
            back.join()
        except (OSError, ConnectionError, ValueError):
            return
        finally:
            with contextlib.suppress(OSError):
                conn.close()
