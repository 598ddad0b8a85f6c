"""Feed passwords in the OS keyring (service "newsreader"), and nowhere else.

The database keeps only an opaque reference (`auth_ref`: the feed URL and user name); the
secret goes to keyring. With no usable backend (no Secret Service, only the "fail" or a
plaintext backend) secrets are kept in memory for this session only — never written to a file.
Calls may block on D-Bus: run them off the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from urllib.parse import parse_qs, quote, urlsplit

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

# Imported for its side effect: keyring registers every backend class when it is defined, so
# ours (jeepney, no `cryptography`; issue 7) is a candidate before keyring.get_keyring() runs.
from newsreader.core import secret_service as _secret_service  # noqa: F401
from newsreader.core.errors import CredentialError

SERVICE = "newsreader"
log = logging.getLogger("newsreader.core.credentials")

# Backends that would lose the secret (fail, null) or write it in clear text to a file.
_UNUSABLE_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt.file")


def make_auth_ref(feed_url: str, username: str) -> str:
    """The opaque reference stored with a feed: names the keyring entry, holds no secret."""
    return f"{feed_url}#user={quote(username, safe='')}"


def username_of(auth_ref: str) -> str:
    """The user name encoded in an auth reference."""
    values = parse_qs(urlsplit(auth_ref).fragment).get("user")
    if not values:
        raise CredentialError("malformed credential reference")
    return values[0]


def _usable(backend: KeyringBackend) -> bool:
    backends = getattr(backend, "backends", None)  # the chainer: usable if any link is
    if backends is not None:
        return any(_usable(b) for b in backends)
    if type(backend).__module__.startswith(_UNUSABLE_MODULES):
        return False
    try:
        return float(backend.priority) > 0
    except Exception:
        return False


class CredentialStore:
    """Reads and writes feed secrets; thread-safe."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._chosen = backend
        self._memory: dict[str, str] = {}
        self._lock = threading.Lock()

    @property
    def _backend(self) -> KeyringBackend:
        # Resolved on first use: choosing a backend imports every one keyring knows (tens of
        # milliseconds), and most commands never touch a password.
        if self._chosen is None:
            self._chosen = keyring.get_keyring()
        return self._chosen

    @property
    def persistent(self) -> bool:
        """True when secrets survive a restart (a real keyring backend is available)."""
        return _usable(self._backend)

    @property
    def backend_name(self) -> str:
        return type(self._backend).__name__

    def set_password(self, auth_ref: str, password: str) -> bool:
        """Store the secret; returns False when it is only kept in memory for this session."""
        if self.persistent:
            try:
                self._backend.set_password(SERVICE, auth_ref, password)
            except keyring.errors.KeyringError as exc:
                raise CredentialError(f"the keyring refused to store the password: {exc}") from None
            return True
        with self._lock:
            self._memory[auth_ref] = password
        return False

    def get(self, auth_ref: str) -> tuple[str, str] | None:
        """(user name, password) for a reference, or None when no secret is known."""
        password: str | None
        with self._lock:
            password = self._memory.get(auth_ref)
        if password is None and self.persistent:
            try:
                password = self._backend.get_password(SERVICE, auth_ref)
            except keyring.errors.KeyringError as exc:
                log.warning("keyring read failed: %s", type(exc).__name__)
                return None
        if password is None:
            return None
        return username_of(auth_ref), password

    def delete(self, auth_ref: str) -> None:
        """Forget a secret (when the feed is removed or its credentials cleared)."""
        with self._lock:
            self._memory.pop(auth_ref, None)
        if self.persistent:
            try:
                self._backend.delete_password(SERVICE, auth_ref)
            except keyring.errors.PasswordDeleteError:
                pass
            except keyring.errors.KeyringError as exc:
                log.warning("keyring delete failed: %s", type(exc).__name__)
