"""Feed URL hygiene: normalise what the user typed, redact secrets for logs, spot private hosts.

Pure functions, safe on any thread. `host_is_private` resolves names (blocking DNS), so call it
from a worker thread, never the GUI thread.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

from newsreader.core.errors import UsageError

_ALLOWED_SCHEMES = frozenset({"http", "https"})
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
# "example.com", "user@example.com:8080/feed", "localhost/x", "[::1]:80": a host without a
# scheme. "javascript:alert(1)" is not one, because what follows its colon is not a port, and
# neither is "mailto:a@example.com" (a bare user:password@ is indistinguishable from it).
_BARE_HOST = re.compile(
    r"^(?:[^@/?#:\s]+@)?(?P<host>\[[0-9A-Fa-f:.]+\]|[^\s/?#@:\[\]]+)(?::\d+)?(?:[/?#].*)?$"
)
# Query parameter names whose values are credentials (matched as substrings, lower-cased).
_SECRET_PARAMS = (
    "token",
    "key",
    "pass",
    "pwd",
    "secret",
    "auth",
    "sig",
    "session",
    "sid",
    "credential",
    "code",
)
REDACTED = "REDACTED"


def normalize_feed_url(text: str) -> tuple[str, str | None, str | None]:
    """Turn what the user typed into (clean http(s) URL, username, password).

    Credentials are split out so they can go to the keyring and never reach the database.
    The fragment is dropped (it is never sent to a server). Raises UsageError with one line.
    """
    url = text.strip()
    if not url:
        raise UsageError("empty URL")
    if any(ch.isspace() for ch in url) or any(ord(ch) < 32 or ord(ch) == 127 for ch in url):
        raise UsageError(f"URL contains spaces or control characters: {redact_url(url)!r}")
    if "://" not in url:
        bare = _BARE_HOST.match(url)
        if bare and _looks_like_host(bare.group("host")):
            url = "https://" + url
        else:
            prefix = _SCHEME.match(url)
            if prefix:
                raise UsageError(f"unsupported URL scheme {prefix.group(1).lower()!r}: use http(s)")
            raise UsageError(f"not a web address: {redact_url(url)!r}")
    try:
        parts = urlsplit(url)
        port = parts.port  # raises ValueError on a bad port
    except ValueError as exc:
        raise UsageError(f"malformed URL: {redact_url(url)!r} ({exc})") from None
    scheme = parts.scheme.lower()
    if scheme not in _ALLOWED_SCHEMES:
        raise UsageError(f"unsupported URL scheme {scheme!r}: use http(s)")
    host = parts.hostname
    if not host:
        raise UsageError(f"URL has no host: {redact_url(url)!r}")
    username = unquote(parts.username) if parts.username else None
    password = unquote(parts.password) if parts.password is not None else None
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc += f":{port}"
    clean = urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))
    return clean, username, password


def _looks_like_host(host: str) -> bool:
    if host.startswith("["):
        return True
    lowered = host.lower()
    if lowered == "localhost":
        return True
    return "." in lowered and not lowered.startswith(".") and not lowered.endswith("..")


def redact_url(url: str) -> str:
    """The URL without user:password@ and with secret-looking query values replaced.

    For logs and error messages; never raises, whatever the input.
    """
    try:
        parts = urlsplit(url)
        netloc = parts.netloc.rpartition("@")[2]
        query = parts.query
        if query:
            pairs = parse_qsl(query, keep_blank_values=True)
            query = urlencode(
                [(name, REDACTED if _is_secret(name) else value) for name, value in pairs],
                quote_via=quote,
                safe="",
            )
        return urlunsplit((parts.scheme, netloc, parts.path, query, ""))
    except ValueError:
        # Unparseable: keep only what cannot hold a secret.
        head = re.sub(r"//[^/?#]*@", "//", url.split("?", 1)[0].split("#", 1)[0])
        return head


def _is_secret(name: str) -> bool:
    lowered = name.lower()
    return any(word in lowered for word in _SECRET_PARAMS)


def is_public_address(host: str) -> bool:
    """True when `host` resolves and every address it resolves to is globally routable.

    Loopback, private, link-local, shared (CGNAT), reserved, multicast and unspecified
    addresses are not public. A name that does not resolve is not public either.
    """
    name = host.strip().strip("[]").split("%", 1)[0]
    if not name:
        return False
    try:
        infos = socket.getaddrinfo(name, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError, ValueError):
        return False
    if not infos:
        return False
    return all(_address_is_public(str(info[4][0])) for info in infos)


def host_is_private(host: str) -> bool:
    """The negation of `is_public_address`: unresolvable hosts count as private (refused)."""
    return not is_public_address(host)


def _address_is_public(text: str) -> bool:
    try:
        address = ipaddress.ip_address(text.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return not (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_reserved
        or address.is_multicast
        or address.is_unspecified
        or not address.is_global
    )
