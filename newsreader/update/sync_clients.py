"""The client for an account: `open_client(account, secret, limits)` → a `SyncServer`.

The secret comes from the keyring (the caller reads it); it is the API key of a Miniflux
account without a user name, else the password.
"""

from __future__ import annotations

from newsreader.core.fetch import FetchLimits
from newsreader.core.sync import Account, AccountKind, SyncError, SyncServer
from newsreader.update.sync_greader import GReaderClient
from newsreader.update.sync_miniflux import MinifluxClient


def open_client(account: Account, secret: str, limits: FetchLimits) -> SyncServer:
    """A client for `account`'s server (no network until its first call)."""
    if account.kind == AccountKind.MINIFLUX:
        if account.username:
            return MinifluxClient(
                account.url,
                username=account.username,
                password=secret,
                limits=limits,
                version_hint=account.server_version,
            )
        return MinifluxClient(
            account.url, api_key=secret, limits=limits, version_hint=account.server_version
        )
    if account.kind == AccountKind.GREADER:
        return GReaderClient(account.url, account.username, secret, limits)
    raise SyncError(f"Newsreader cannot sync with a server of the kind “{account.kind}”.")
