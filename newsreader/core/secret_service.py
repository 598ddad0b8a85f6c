"""A keyring backend that talks to the freedesktop Secret Service over jeepney.

It replaces keyring's own SecretService backend (which needs `secretstorage` and with it the
11 MB `cryptography` package, issue 7) and stores items the same way, so a secret written by
one is read and deleted by the other. Every operation opens its own D-Bus connection: calls
come from worker threads and a jeepney connection must not be shared between threads.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from typing import Any

import keyring.errors
from jeepney import DBusAddress, HeaderFields, MatchRule, Message, MessageType, new_method_call
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from keyring.backend import KeyringBackend
from keyring.compat import properties

from newsreader.core import secret_crypto

log = logging.getLogger("newsreader.core.secret_service")

BUS_NAME = "org.freedesktop.secrets"
_SERVICE = DBusAddress("/org/freedesktop/secrets", BUS_NAME, "org.freedesktop.Secret.Service")
_COLLECTION = "org.freedesktop.Secret.Collection"
_ITEM = "org.freedesktop.Secret.Item"
_PROMPT = "org.freedesktop.Secret.Prompt"
_PROPERTIES = "org.freedesktop.DBus.Properties"
_NOT_SUPPORTED = "org.freedesktop.DBus.Error.NotSupported"
_IS_LOCKED = "org.freedesktop.Secret.Error.IsLocked"
PLAIN = "plain"
CALL_TIMEOUT = 5.0
PROMPT_TIMEOUT = 120.0
# keyring's SecretService backend marks its items with this; we write the same attributes.
APPLICATION = "Python keyring library"
_CONTENT_TYPE = "text/plain"


class _DBusError(Exception):
    """An error reply; `name` is the D-Bus error name (safe to show, never holds a secret)."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


@dataclass(frozen=True, slots=True)
class _Session:
    path: str
    algorithm: str
    key: bytes | None = field(repr=False)  # None for "plain"


def _query(service: str, username: str) -> dict[str, str]:
    # The lookup keyring's SecretService does: by service and username only.
    return {"username": username, "service": service}


class _Client:
    """One connection's worth of Secret Service calls; lives for one operation."""

    def __init__(self, conn: DBusConnection) -> None:
        self.conn = conn

    def call(
        self, path: str, interface: str, method: str, signature: str | None = None, *body: Any
    ) -> tuple[Any, ...]:
        msg = new_method_call(
            DBusAddress(path, BUS_NAME, interface), method, signature, tuple(body)
        )
        return self._send(msg)

    def _send(self, msg: Message) -> tuple[Any, ...]:
        reply = self.conn.send_and_get_reply(msg, timeout=CALL_TIMEOUT)
        if reply.header.message_type == MessageType.error:
            raise _DBusError(str(reply.header.fields.get(HeaderFields.error_name, "unknown")))
        return tuple(reply.body)

    def open_session(self) -> _Session:
        keys = secret_crypto.DHKeyPair.generate()
        try:
            output, path = self.call(
                _SERVICE.object_path,
                _SERVICE.interface,
                "OpenSession",
                "sv",
                secret_crypto.ALGORITHM,
                ("ay", keys.public_bytes()),
            )
        except _DBusError as exc:
            if exc.name != _NOT_SUPPORTED:
                raise
            log.info("the Secret Service does not support %s; using plain", secret_crypto.ALGORITHM)
            _, path = self.call(
                _SERVICE.object_path, _SERVICE.interface, "OpenSession", "sv", PLAIN, ("s", "")
            )
            return _Session(path, PLAIN, None)
        signature, peer = output
        if signature != "ay":
            raise _DBusError("unexpected OpenSession reply")
        return _Session(path, secret_crypto.ALGORITHM, keys.session_key(bytes(peer)))

    def default_collection(self) -> str:
        (path,) = self.call(_SERVICE.object_path, _SERVICE.interface, "ReadAlias", "s", "default")
        if path == "/":
            label = ("s", "Default keyring")
            path, prompt = self.call(
                _SERVICE.object_path,
                _SERVICE.interface,
                "CreateCollection",
                "a{sv}s",
                {f"{_COLLECTION}.Label": label},
                "default",
            )
            if path == "/":
                path = self.prompt(prompt, "creating the default keyring")[1]
        (locked,) = self.call(path, _PROPERTIES, "Get", "ss", _COLLECTION, "Locked")
        if locked[1]:
            self.unlock(path)
        return str(path)

    def unlock(self, path: str) -> None:
        unlocked, prompt = self.call(
            _SERVICE.object_path, _SERVICE.interface, "Unlock", "ao", [path]
        )
        if path in unlocked:
            return
        if prompt == "/":
            raise keyring.errors.KeyringLocked("the Secret Service refused to unlock the keyring")
        self.prompt(prompt, "unlocking the keyring")

    def prompt(self, path: str, purpose: str) -> tuple[str, Any]:
        """Show a prompt and wait for its answer; returns its result variant."""
        # No sender condition: signals carry the service's unique name, which jeepney's local
        # filter would compare literally with the well-known one.
        rule = MatchRule(type="signal", interface=_PROMPT, member="Completed", path=path)
        # The filter is installed before the prompt shows, so its answer cannot be missed.
        self._send(message_bus.AddMatch(rule))
        with self.conn.filter(rule) as answers:
            self.call(path, _PROMPT, "Prompt", "s", "")
            try:
                signal = self.conn.recv_until_filtered(answers, timeout=PROMPT_TIMEOUT)
            except TimeoutError:
                raise keyring.errors.KeyringLocked(
                    f"no answer to the keyring prompt for {purpose}"
                ) from None
        dismissed, result = signal.body
        if dismissed:
            raise keyring.errors.KeyringLocked(f"the keyring prompt for {purpose} was dismissed")
        return tuple(result)

    def search(self, collection: str, service: str, username: str) -> list[str]:
        (found,) = self.call(
            collection, _COLLECTION, "SearchItems", "a{ss}", _query(service, username)
        )
        return [str(p) for p in found]

    def get_secret(self, item: str, session: _Session) -> str:
        try:
            (secret,) = self.call(item, _ITEM, "GetSecret", "o", session.path)
        except _DBusError as exc:
            if exc.name != _IS_LOCKED:
                raise
            self.unlock(item)
            (secret,) = self.call(item, _ITEM, "GetSecret", "o", session.path)
        _, iv, value, _ = secret
        raw = bytes(value)
        if session.key is not None:
            raw = secret_crypto.aes128_cbc_decrypt(session.key, bytes(iv), raw)
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            raise secret_crypto.SecretCryptoError("the stored secret is not UTF-8 text") from None

    def create_item(
        self, collection: str, session: _Session, service: str, username: str, password: str
    ) -> None:
        raw = password.encode("utf-8")
        iv = b""
        if session.key is not None:
            iv = secrets.token_bytes(secret_crypto.AES_BLOCK_BYTES)
            raw = secret_crypto.aes128_cbc_encrypt(session.key, iv, raw)
        attributes = {**_query(service, username), "application": APPLICATION}
        props = {
            f"{_ITEM}.Label": ("s", f"Password for '{username}' on '{service}'"),
            f"{_ITEM}.Attributes": ("a{ss}", attributes),
        }
        secret = (session.path, iv, raw, _CONTENT_TYPE)
        item, prompt = self.call(
            collection, _COLLECTION, "CreateItem", "a{sv}(oayays)b", props, secret, True
        )
        if item == "/" and prompt != "/":
            self.prompt(prompt, "storing the password")

    def delete_item(self, item: str) -> None:
        (prompt,) = self.call(item, _ITEM, "Delete")
        if prompt != "/":
            self.prompt(prompt, "deleting the password")


def _service_reachable(address: str | None) -> bool:
    with closing(_open(address)) as conn:
        client = _Client(conn)
        (owned,) = client._send(message_bus.NameHasOwner(BUS_NAME))
        if owned:
            return True
        (activatable,) = client._send(message_bus.ListActivatableNames())
        return BUS_NAME in activatable


def _open(address: str | None) -> DBusConnection:
    return open_dbus_connection(address or "SESSION", auth_timeout=CALL_TIMEOUT)


def _describe(exc: BaseException) -> str:
    """One line naming what failed, never any data that could hold a secret."""
    if isinstance(exc, _DBusError):
        return f"D-Bus error {exc.name}"
    if isinstance(exc, KeyError):  # jeepney's lookup of DBUS_SESSION_BUS_ADDRESS
        return "no D-Bus session bus address"
    if isinstance(exc, TimeoutError):
        return "the Secret Service did not answer in time"
    return type(exc).__name__ + (f": {exc}" if isinstance(exc, OSError) else "")


class SecretServiceKeyring(KeyringBackend):
    """Secret Service keyring over jeepney; items compatible with keyring's SecretService."""

    def __init__(self, bus_address: str | None = None) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._address = bus_address
        self.last_algorithm: str | None = None  # the session algorithm of the last operation

    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805 (a class property, as in keyring)
        try:
            reachable = _service_reachable(None)
        except Exception as exc:
            raise RuntimeError(f"Secret Service unreachable: {_describe(exc)}") from None
        if not reachable:
            raise RuntimeError("no Secret Service (org.freedesktop.secrets) on the session bus")
        # Above keyring's own SecretService (5), which does the same work with more code.
        return 6

    @contextmanager
    def _operation(
        self, failure: type[keyring.errors.KeyringError], what: str
    ) -> Iterator[tuple[_Client, _Session, str]]:
        try:
            with closing(_open(self._address)) as conn:
                client = _Client(conn)
                session = client.open_session()
                self.last_algorithm = session.algorithm
                # The session closes with the connection: the service drops a peer's sessions.
                yield client, session, client.default_collection()
        except keyring.errors.KeyringError:
            raise
        except Exception as exc:
            raise failure(f"Secret Service: {what} failed ({_describe(exc)})") from None

    def get_password(self, service: str, username: str) -> str | None:
        with self._operation(keyring.errors.KeyringError, "reading a password") as (
            client,
            session,
            collection,
        ):
            for item in client.search(collection, service, username):
                return client.get_secret(item, session)
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        with self._operation(keyring.errors.PasswordSetError, "storing a password") as (
            client,
            session,
            collection,
        ):
            client.create_item(collection, session, service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        with self._operation(keyring.errors.PasswordDeleteError, "deleting a password") as (
            client,
            _,
            collection,
        ):
            items = client.search(collection, service, username)
            if not items:
                raise keyring.errors.PasswordDeleteError("no such password in the keyring")
            # Only the first, as keyring's SecretService does.
            client.delete_item(items[0])
