"""URL hygiene: normalise what the user typed, clean article links, redact secrets, spot
private hosts.

Pure functions, safe on any thread. `host_is_private` resolves names (blocking DNS), so call it
from a worker thread, never the GUI thread.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import string
import unicodedata
from urllib.parse import parse_qsl, quote, unquote, urlencode, urljoin, urlsplit, urlunsplit

from newsreader.core.errors import UsageError
from newsreader.core.texts import N_

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
        raise UsageError(N_("empty URL"))
    if any(ch.isspace() for ch in url) or any(ord(ch) < 32 or ord(ch) == 127 for ch in url):
        raise UsageError(
            N_("URL contains spaces or control characters: {url!r}").format(url=redact_url(url))
        )
    if "://" not in url:
        bare = _BARE_HOST.match(url)
        if bare and _looks_like_host(bare.group("host")):
            url = "https://" + url
        else:
            prefix = _SCHEME.match(url)
            if prefix:
                scheme = prefix.group(1).lower()
                unsupported = N_("unsupported URL scheme {scheme!r}: use http(s)")
                raise UsageError(unsupported.format(scheme=scheme))
            raise UsageError(N_("not a web address: {url!r}").format(url=redact_url(url)))
    try:
        parts = urlsplit(url)
        port = parts.port  # raises ValueError on a bad port
    except ValueError as exc:
        malformed = N_("malformed URL: {url!r} ({reason})")
        raise UsageError(malformed.format(url=redact_url(url), reason=exc)) from None
    scheme = parts.scheme.lower()
    if scheme not in _ALLOWED_SCHEMES:
        raise UsageError(N_("unsupported URL scheme {scheme!r}: use http(s)").format(scheme=scheme))
    host = parts.hostname
    if not host:
        raise UsageError(N_("URL has no host: {url!r}").format(url=redact_url(url)))
    username = unquote(parts.username) if parts.username else None
    password = unquote(parts.password) if parts.password is not None else None
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc += f":{port}"
    clean = urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))
    return clean, username, password


# An absolute URL with an authority: scheme, "//", authority, then path, query and fragment.
_WITH_AUTHORITY = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*:)//([^/?#]*)(.*)", re.S)
_HOST_PORT = re.compile(r"(?P<host>\[[^\]]*\]|[^\[\]:]*)(?P<port>:[0-9]*)?")
_HOST_NAME = re.compile(r"[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*\.?")
# ASCII that may stand in a path, query or fragment as it is: RFC 3986's unreserved
# characters, the sub-delimiters, ":", "@", "/", "?" and the "%" of an escape.
_URL_SAFE = frozenset(string.ascii_letters + string.digits + "-._~!$&'()*+,;=:@/?%")
_USERINFO_SAFE = _URL_SAFE - {"@", "/", "?"}
_STRAY_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_TAB_OR_NEWLINE = re.compile(r"[\t\n\r]")
_C0_OR_SPACE = "".join(chr(code) for code in range(0x21))


def article_url(value: object, base_url: str | None) -> str | None:
    """An article's link as an absolute http(s) URL a browser reads the same way, or None.

    The result never holds a space, control, quote, backtick or angle bracket; it may keep
    non-ASCII letters as an IRI does (see _percent_encode).

    Feeds put spaces, quotes, backticks and angle brackets in links, or a stray HTML payload
    that then resolves against the feed's address; stored raw, such a link is not a URL and
    anything that quotes it into markup or a message can be confused by it. The rules are the
    ones browsers apply (WHATWG URL): surrounding spaces and controls go, as do tabs and line
    breaks inside (a link wrapped over two lines is still one link), "\" counts as "/", a
    non-ASCII host becomes punycode, and every ASCII character not allowed in a URL is
    percent-encoded (see _percent_encode for the others). A link that is already valid comes
    back unchanged, so an entry keyed by its link keeps its identity. Anything but http(s)
    with a host (javascript:, mailto:, a host with a space in it, a bad port) gives None: the
    article is kept, without a link.
    """
    if not isinstance(value, str):
        return None
    text = _TAB_OR_NEWLINE.sub("", value.strip().strip(_C0_OR_SPACE)).replace("\\", "/")
    if not text:
        return None
    try:
        resolved = urljoin(base_url, text) if base_url else text
        parts = urlsplit(resolved)
        parts.port  # noqa: B018 - raises ValueError on a port that is not a number in range
    except ValueError:
        return None
    if parts.scheme.lower() not in _ALLOWED_SCHEMES:
        return None
    match = _WITH_AUTHORITY.fullmatch(resolved)
    if match is None:
        return None
    scheme, authority, rest = match.groups()
    userinfo, at, host_port = authority.rpartition("@")
    host = _article_host(host_port)
    if host is None:
        return None
    if at:
        host = _percent_encode(userinfo, _USERINFO_SAFE) + "@" + host
    before, hash_sign, fragment = rest.partition("#")
    # A "#" inside the fragment is encoded too: only the first one starts it.
    tail = _percent_encode(before, _URL_SAFE)
    if hash_sign:
        tail += "#" + _percent_encode(fragment, _URL_SAFE)
    return f"{scheme}//{host}{tail}"


def _article_host(host_port: str) -> str | None:
    """host[:port] checked, with a non-ASCII name as punycode; None if it is not a host."""
    match = _HOST_PORT.fullmatch(host_port)
    if match is None:
        return None
    host, port = match.group("host"), match.group("port") or ""
    if host.startswith("["):
        try:
            ipaddress.IPv6Address(host[1:-1])
        except ValueError:
            return None
        return host + port
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            return None
    return host + port if _HOST_NAME.fullmatch(host) else None


def _percent_encode(text: str, safe: frozenset[str]) -> str:
    """text with every character a URL may not carry as UTF-8 %XX escapes.

    Non-ASCII letters, digits, marks, punctuation and symbols stay (an IRI, as feeds in
    Japanese or Russian write their links): browsers send them encoded anyway, and rewriting
    them would change the identity of the entries that have no guid and are keyed by link.
    Non-ASCII spaces, controls, format characters (bidi overrides) and unassigned code points
    are encoded, since they hide or reorder what the link shows. An existing %XX stays as it
    is, and a "%" that starts no escape becomes %25.
    """
    out = []
    for char in text:
        if char in safe or (not char.isascii() and unicodedata.category(char)[0] in "LMNPS"):
            out.append(char)
        else:
            # A lone surrogate (JSON can carry one) has no UTF-8 form: it stands for U+FFFD.
            lone = unicodedata.category(char) == "Cs"
            out.append(quote("\ufffd" if lone else char, safe=""))
    return _STRAY_PERCENT.sub("%25", "".join(out))


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
