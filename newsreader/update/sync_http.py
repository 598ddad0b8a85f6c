"""A small HTTP session for sync servers' APIs (JSON and forms), bounded like feed fetches.

The sync clients (`sync_miniflux`, `sync_greader`) talk to one server the person named, which
may well be on loopback or their LAN, so no private-address rule applies here. Everything
else follows the fetcher's rules (`core.fetch`): the same `FetchLimits`, one `Deadline` per
request cut by a `Watchdog` (requests' read timeout restarts on every byte), a capped body,
no environment proxies or ~/.netrc, and no cookies kept from one call to the next.
Redirects are followed only to the same host (credentials go with every call); any other
redirect is an error that names the new address.

Every failure becomes a `SyncError` whose message is a sentence for the person, never a URL
with credentials in it.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from http.cookiejar import DefaultCookiePolicy
from typing import Any
from urllib.parse import urlencode, urljoin, urlsplit

import requests
from requests.auth import AuthBase

from newsreader import __version__
from newsreader.core.fetch import FetchLimits, user_agent
from newsreader.core.fetch_guard import Deadline, GuardedAdapter, Watchdog, classify_exception
from newsreader.core.sync import SyncAuthError, SyncError

log = logging.getLogger("newsreader.sync")

_CHUNK = 64 * 1024
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
PRIVATE_REFUSAL = "refusing to access private network"

Params = Mapping[str, str | int] | Sequence[tuple[str, str | int]]


class AnswerTooLargeError(SyncError):
    """The answer was larger than the size cap; a client may ask again for less."""


@dataclass(frozen=True, slots=True)
class ApiResponse:
    status: int
    headers: Mapping[str, str]
    body: bytes

    def text(self) -> str:
        return self.body.decode("utf-8", "replace")

    def json(self) -> Any:
        """The body as JSON; a body that is not JSON is a SyncError, never a crash."""
        try:
            return json.loads(self.body)
        except ValueError as exc:
            raise SyncError(
                "The server's answer could not be read (it is not JSON): "
                "check that the address points at the sync server itself."
            ) from exc

    def error_message(self) -> str:
        """The server's own words: Miniflux's `{"error_message": …}`, else the text body."""
        try:
            data = json.loads(self.body)
        except ValueError:
            data = None
        if isinstance(data, dict) and isinstance(data.get("error_message"), str):
            return str(data["error_message"]).strip()
        text = self.text().strip()
        if text.lstrip().startswith("<"):
            return ""  # an HTML page says nothing useful in one line
        return text[:300]


def server_label(base_url: str) -> str:
    """host[:port] of the server: what messages name (never the path or any credentials)."""
    parts = urlsplit(base_url)
    host = parts.hostname or base_url
    if ":" in host:
        host = f"[{host}]"
    return f"{host}:{parts.port}" if parts.port else host


class ApiSession:
    """Calls to one server: `call(method, path, …)` → `ApiResponse`, or a `SyncError`.

    Thread-safe enough for one client used by one thread at a time (the engine's case);
    each call owns its deadline.
    """

    def __init__(
        self,
        base_url: str,
        limits: FetchLimits,
        *,
        auth: AuthBase | None = None,
        headers: Mapping[str, str] | None = None,
        auth_refused: str = "The server refused the user name or password.",
    ) -> None:
        self.base_url = base_url.rstrip("/") + "/"
        self.limits = limits
        self.label = server_label(self.base_url)
        self._auth = auth
        self._auth_refused = auth_refused
        self._watchdog = Watchdog()
        self._local = threading.local()
        self._session = requests.Session()
        self._session.trust_env = False  # no environment proxies, no ~/.netrc
        self._session.cookies.set_policy(DefaultCookiePolicy(allowed_domains=[]))
        self._session.headers.clear()
        self._session.headers["User-Agent"] = user_agent(__version__)
        self._session.headers["Accept-Encoding"] = "gzip, deflate"
        self._session.headers.update(headers or {})
        adapter = GuardedAdapter(lambda: getattr(self._local, "deadline", None))
        self._session.mount("http://", adapter)
        self._session.mount("https://", adapter)

    def set_header(self, name: str, value: str) -> None:
        self._session.headers[name] = value

    def close(self) -> None:
        self._session.close()

    def url(self, path: str) -> str:
        return urljoin(self.base_url, path.lstrip("/"))

    # -- calls -------------------------------------------------------------------------------

    def call(
        self,
        method: str,
        path: str,
        *,
        params: Params | None = None,
        json_body: Any = None,
        form: Params | None = None,
        headers: Mapping[str, str] | None = None,
        accept: Collection[int] = (),
    ) -> ApiResponse:
        """One API call. 2xx and the statuses in `accept` are returned; anything else raises
        (`check`). Transport failures and the deadline raise SyncError too."""
        response = self._send(method, path, params, json_body, form, headers)
        if 200 <= response.status < 300 or response.status in accept:
            return response
        self.check(response)
        return response  # not reached: check raised

    def check(self, response: ApiResponse) -> None:
        """Raise the SyncError a non-2xx answer means (the server's message in a sentence)."""
        status = response.status
        if 200 <= status < 300:
            return
        message = response.error_message()
        if status in {401, 403}:
            raise SyncAuthError(self._auth_refused)
        if PRIVATE_REFUSAL in message:
            raise SyncError(
                "Your server refuses private addresses (FETCHER_ALLOW_PRIVATE_NETWORKS): "
                "it may not fetch feeds on this machine or your network."
            )
        if status >= 500:
            if message:
                raise SyncError(f"The server at {self.label} failed: {_sentence(message)}")
            raise SyncError(f"The server at {self.label} failed (HTTP {status}).")
        if status == 404:
            raise SyncError(
                f"The server at {self.label} does not know this request (HTTP 404): "
                "check the address of the server."
            )
        if message:
            raise SyncError(f"The server at {self.label} refused the request: {_sentence(message)}")
        raise SyncError(f"The server at {self.label} refused the request (HTTP {status}).")

    def _send(
        self,
        method: str,
        path: str,
        params: Params | None,
        json_body: Any,
        form: Params | None,
        headers: Mapping[str, str] | None,
    ) -> ApiResponse:
        limits = self.limits
        deadline = Deadline(limits.total_deadline, self._watchdog)
        url = self.url(path)
        home = url
        body: bytes | None = None
        content_type: str | None = None
        if json_body is not None:
            body = json.dumps(json_body).encode()
            content_type = "application/json"
        elif form is not None:
            body = _encode_form(form)
            content_type = "application/x-www-form-urlencoded"
        extra = dict(headers or {})
        if content_type is not None:
            extra["Content-Type"] = content_type
        extra.setdefault("Accept", "application/json, text/plain;q=0.9, */*;q=0.5")
        hops = 0
        deadline.start()
        self._local.deadline = deadline
        try:
            while True:
                remaining = deadline.remaining()
                if remaining <= 0:
                    raise self._too_slow()
                self._session.cookies.clear()
                request = requests.Request(
                    method, url, params=params, data=body, headers=extra, auth=self._auth
                )
                response = self._session.send(
                    self._session.prepare_request(request),
                    stream=True,
                    allow_redirects=False,
                    timeout=(
                        min(limits.connect_timeout, remaining),
                        min(limits.read_timeout, remaining),
                    ),
                    verify=True,
                )
                with response:
                    if response.status_code in _REDIRECTS:
                        url, method, body, params = self._redirect(
                            home, url, method, body, params, response, hops
                        )
                        if method == "GET":
                            extra.pop("Content-Type", None)
                        hops += 1
                        continue
                    data = self._read(response, deadline)
                    return ApiResponse(response.status_code, dict(response.headers), data)
        except SyncError:
            raise
        except Exception as exc:
            if deadline.expired or deadline.remaining() < 0.1:
                raise self._too_slow() from exc
            _, reason = classify_exception(exc)
            log.info("sync call to %s failed: %s", self.label, reason)
            if reason.startswith("TLS error"):
                raise SyncError(
                    f"The server at {self.label} could not be reached securely ({reason})."
                ) from exc
            raise SyncError(f"The server at {self.label} does not answer ({reason}).") from exc
        finally:
            deadline.cancel()
            self._local.deadline = None
            self._session.cookies.clear()
            if deadline.expired:  # a socket was cut: never hand it out again
                self._session.close()

    def _redirect(
        self,
        home: str,
        current: str,
        method: str,
        body: bytes | None,
        params: Params | None,
        response: requests.Response,
        hops: int,
    ) -> tuple[str, str, bytes | None, Params | None]:
        location = response.headers.get("Location", "").strip()
        if not location:
            raise SyncError(f"The server at {self.label} redirected without saying where.")
        if hops >= self.limits.max_redirects:
            raise SyncError(f"The server at {self.label} redirected too many times.")
        target = urljoin(current, location)
        if not _same_origin(home, target):
            # Credentials go with every call: they never follow a redirect elsewhere.
            raise SyncError(
                f"The server at {self.label} sends its API to another address "
                f"({server_label(target)}): use that address for the account."
            )
        status = response.status_code
        if status in (307, 308):
            return target, method, body, None
        if method not in ("GET", "HEAD"):
            raise SyncError(
                f"The server at {self.label} redirected a change it was sent: "
                "check the address of the server (https instead of http?)."
            )
        return target, method, None, None

    def _read(self, response: requests.Response, deadline: Deadline) -> bytes:
        cap = self.limits.max_bytes
        too_large = AnswerTooLargeError(
            f"The server at {self.label} sent an answer larger than {cap // (1024 * 1024)} MB."
        )
        declared = response.headers.get("Content-Length", "").strip()
        if declared.isdigit() and int(declared) > cap:
            raise too_large
        body = bytearray()
        for chunk in response.raw.stream(_CHUNK, decode_content=True):
            body += chunk
            if len(body) > cap:
                raise too_large
            if deadline.remaining() <= 0:
                raise self._too_slow()
        if deadline.expired:
            raise self._too_slow()
        return bytes(body)

    def _too_slow(self) -> SyncError:
        return SyncError(
            f"The server took longer than {self.limits.total_deadline:g} seconds to answer."
        )


def _same_origin(home: str, target: str) -> bool:
    """Same host, and the same scheme and port or the http → https upgrade of the same host."""
    a, b = urlsplit(home), urlsplit(target)
    if (a.hostname or "").lower() != (b.hostname or "").lower():
        return False
    a_port = a.port or (443 if a.scheme == "https" else 80)
    b_port = b.port or (443 if b.scheme == "https" else 80)
    if (a.scheme, a_port) == (b.scheme, b_port):
        return True
    return (a.scheme, a_port, b.scheme, b_port) == ("http", 80, "https", 443)


def _encode_form(form: Params) -> bytes:
    items = list(form.items()) if isinstance(form, Mapping) else list(form)
    return urlencode([(k, str(v)) for k, v in items]).encode()


def _sentence(message: str) -> str:
    """The server's message as the end of a sentence (one line, a final full stop)."""
    text = " ".join(message.split())
    return text if text.endswith((".", "!", "?")) else text + "."
