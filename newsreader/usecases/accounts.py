"""Sync accounts (issue 14): test the connection, add, remove; shared by the CLI and the window.

`add_account` asks the server first (its `server_info()`), and stores nothing unless the
server accepted the credentials: the secret goes to the credential store (the keyring; never
the database), then the account row is written through the single writer. `remove_account`
removes the row and forgets the secret; whether its feeds and articles stay is the caller's
question to the person (`keep_articles`).

Both block (HTTP, the keyring, the writer): run them on the CLI's main thread or a settings
worker, never on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, TypeVar
from urllib.parse import urlsplit

from newsreader.core.credentials import CredentialStore, make_auth_ref
from newsreader.core.errors import UsageError
from newsreader.core.fetch import FetchLimits
from newsreader.core.sync import Account, AccountKind, ServerInfo, SyncError, SyncServer

T = TypeVar("T")


class AccountStore(Protocol):
    """The store methods the account use cases call (storage.Store implements them)."""

    def add_account(
        self, *, name: str, kind: AccountKind, url: str, username: str, auth_ref: str,
        now: datetime,
    ) -> Account: ...  # fmt: skip

    def accounts(self) -> list[Account]: ...
    def remove_account(self, account_id: int, *, keep_articles: bool) -> int: ...

    def record_sync_result(
        self, account_id: int, at: datetime, error: str | None, version: str | None = None
    ) -> None: ...


class AccountWriter(Protocol):
    """Runs `job(store)` on the single writer thread."""

    def submit(self, job: Callable[[AccountStore], T]) -> Future[T]: ...


Connect = Callable[[Account, str, FetchLimits], SyncServer]


def _open_client(account: Account, secret: str, limits: FetchLimits) -> SyncServer:
    from newsreader.update.sync_clients import open_client  # noqa: PLC0415 - only when asked

    return open_client(account, secret, limits)


@dataclass(frozen=True, slots=True)
class AddedAccount:
    account: Account
    info: ServerInfo
    kept_in_keyring: bool  # False: the secret is kept only until the program ends


def base_url(text: str) -> str:
    """The server's address as stored: http(s), a host, no trailing slash."""
    url = text.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UsageError(f"not a server address: {text!r} (expected http://… or https://…)")
    return url


def default_name(url: str) -> str:
    return (urlsplit(url).hostname or "server").strip()


def auth_ref_for(name: str, username: str) -> str:
    return make_auth_ref(f"newsreader-account:{name}", username or "api-key")


def probe_account(kind: AccountKind, url: str, username: str, name: str = "") -> Account:
    """An unsaved account to test a connection with."""
    name = name.strip() or default_name(url)
    return Account(
        id=0, name=name, kind=kind, url=url, username=username,
        auth_ref=auth_ref_for(name, username),
    )  # fmt: skip


def test_connection(
    account: Account, secret: str, limits: FetchLimits, connect: Connect = _open_client
) -> ServerInfo:
    """Ask the server who we are; raises SyncError (one sentence) when it refuses."""
    client = connect(account, secret, limits)
    try:
        return client.server_info()
    finally:
        client.close()


def add_account(
    writer: AccountWriter,
    credentials: CredentialStore,
    limits: FetchLimits,
    *,
    kind: AccountKind,
    url: str,
    username: str,
    secret: str,
    name: str,
    now: datetime,
    session_only_ok: bool = False,
    connect: Connect = _open_client,
) -> AddedAccount:
    """Test the connection, then keep the secret and store the account.

    Without a keyring the secret can only be kept in memory: the CLI refuses then (the next
    command would not know it); the window may accept it (`session_only_ok`) and say so.
    """
    if not secret:
        raise UsageError("the password or API key is empty")
    url = base_url(url)
    probe = probe_account(kind, url, username, name)
    taken = {a.name for a in writer.submit(lambda store: store.accounts()).result()}
    if probe.name in taken:
        raise UsageError(f"there is already an account named {probe.name!r}; choose another name")
    info = test_connection(probe, secret, limits, connect)  # nothing is stored unless it worked
    kept = credentials.set_password(probe.auth_ref, secret)
    if not kept and not session_only_ok:
        credentials.delete(probe.auth_ref)
        raise SyncError(
            "No keyring is available to keep the account's secret; Newsreader stores it "
            "nowhere else, so the account was not added"
        )
    ref = probe.auth_ref

    def store_it(store: AccountStore) -> Account:
        return store.add_account(
            name=probe.name, kind=kind, url=url, username=username, auth_ref=ref, now=now
        )

    account = writer.submit(store_it).result()
    writer.submit(
        lambda store: store.record_sync_result(account.id, now, None, version=info.version)
    ).result()
    return AddedAccount(account, info, kept)


def remove_account(
    writer: AccountWriter, credentials: CredentialStore, account: Account, *, keep_articles: bool
) -> int:
    """Remove the account (nothing changes on the server); returns how many feeds it had."""
    count = writer.submit(
        lambda store: store.remove_account(account.id, keep_articles=keep_articles)
    ).result()
    credentials.delete(account.auth_ref)
    return count
