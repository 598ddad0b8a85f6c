"""The sync engine: one account's push and pull (issue 14), the one path the CLI's `sync`
and the window's worker share.

Order of a sync, and why:
1. take the account's lease (one sync per account across processes: a toggle sent twice
   undoes itself);
2. push feed changes (subscribe, unsubscribe, rename/move) made here;
3. ask the server what changed since the cursor, read the outbox and the last-seen states,
   and let `core.sync.reconcile` decide;
4. push the intents (only where the server's state differs from the wanted one);
5. fetch the content of entries not known here;
6. write everything in one transaction (storage.sync.apply_pull), then cache images and
   full text as for local feeds.
Killed anywhere, nothing is lost: the outbox is cleared only in step 6, and a push the
server already has is a no-op next time, because the server's state then equals the intent.

`sync()` blocks (network and the writer): call it from a worker thread, never the GUI's.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from newsreader.core.errors import NewsreaderError
from newsreader.core.fetch import FetchLimits
from newsreader.core.sync import (
    Account,
    ChangeSet,
    RemoteEntry,
    RemoteFeed,
    SyncError,
    SyncServer,
    reconcile,
)
from newsreader.core.types import ParsedEntry
from newsreader.storage.sync import FeedAction, Pull, PullResult, parsed_entry

if TYPE_CHECKING:
    from newsreader.storage.writer import Store
    from newsreader.update.offline import OfflineStage
    from newsreader.update.writer import WriterQueue

log = logging.getLogger("newsreader.update.sync")

Clock = Callable[[], datetime]
Connect = Callable[[Account, str, FetchLimits], SyncServer]
SecretLookup = Callable[[Account], str | None]

# How long a sync may hold its account's lease; a live process renews nothing, so this is
# the longest one sync may take before another process may start one too.
LEASE_SECONDS = 30 * 60.0


@dataclass(slots=True)
class AccountOutcome:
    """One account's sync, as `sync --json` and the window report it."""

    name: str
    pushed: int = 0
    pulled: int = 0
    feeds: int = 0
    error: str | None = None
    seconds: float = 0.0  # until everything pulled was stored (readable, images aside)
    new_articles: int = 0
    cache_seconds: float = 0.0  # the images and pages of the new articles, after that


@dataclass(slots=True)
class SyncSummary:
    accounts: list[AccountOutcome] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def pushed(self) -> int:
        return sum(a.pushed for a in self.accounts)

    @property
    def pulled(self) -> int:
        return sum(a.pulled for a in self.accounts)

    @property
    def feeds(self) -> int:
        return sum(a.feeds for a in self.accounts)

    @property
    def errors(self) -> list[tuple[str, str]]:
        return [(a.name, a.error) for a in self.accounts if a.error is not None]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a zombie is dead: its lease is free
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[-1].split()[0] != "Z"
    except OSError:
        return True


def _default_connect(account: Account, secret: str, limits: FetchLimits) -> SyncServer:
    from newsreader.update.sync_clients import open_client  # noqa: PLC0415 - only when syncing

    return open_client(account, secret, limits)


class Syncer:
    """Syncs a profile's accounts through the engine's single writer."""

    def __init__(
        self,
        *,
        writer: WriterQueue,
        secrets: SecretLookup,
        limits: Callable[[], FetchLimits],
        clock: Clock,
        offline: OfflineStage | None = None,
        connect: Connect = _default_connect,
    ) -> None:
        self._writer = writer
        self._secrets = secrets
        self._limits = limits
        self._clock = clock
        self._offline = offline
        self._connect = connect
        self._pid = os.getpid()
        self._background_caching = False

    def set_background_caching(self, on: bool) -> None:
        """With True (the window), a sync returns once its pull is stored: the new articles'
        images and pages are left to the network pool, nobody waits for them (the CLI's
        sync, by default, returns when they are cached: "synced" means "readable offline")."""
        self._background_caching = on

    def has_accounts(self) -> bool:
        return bool(self._writer.call(lambda store: store.accounts()))

    def sync(
        self,
        names: Sequence[str] | None = None,
        cancel: threading.Event | None = None,
        on_account: Callable[[AccountOutcome], None] | None = None,
    ) -> SyncSummary:
        """Sync the named accounts (all when None), one after the other."""
        started = time.monotonic()
        summary = SyncSummary()
        accounts = self._writer.call(lambda store: store.accounts())
        if names:
            wanted = set(names)
            missing = wanted - {a.name for a in accounts}
            if missing:
                raise NewsreaderError(f"no sync account named {sorted(missing)[0]!r}")
            accounts = [a for a in accounts if a.name in wanted]
        for account in accounts:
            if cancel is not None and cancel.is_set():
                break
            outcome = self.sync_account(account, cancel)
            summary.accounts.append(outcome)
            if on_account is not None:
                on_account(outcome)
        summary.seconds = time.monotonic() - started
        return summary

    def sync_account(
        self, account: Account, cancel: threading.Event | None = None
    ) -> AccountOutcome:
        started = time.monotonic()
        outcome = AccountOutcome(account.name)
        now = self._clock()
        if not self._writer.call(
            lambda s: s.claim_sync(account.id, self._pid, now, LEASE_SECONDS, _alive)
        ):
            outcome.error = "Another Newsreader window or command is syncing this account now."
            return outcome
        try:
            self._run(account, outcome, cancel)
        except SyncError as exc:
            outcome.error = str(exc)
        except Exception as exc:  # a bug must not stop the other accounts
            log.exception("sync of account %s failed", account.name)
            outcome.error = f"The sync failed unexpectedly ({type(exc).__name__}: {exc})."
        finally:
            error = outcome.error
            try:
                if error is not None:
                    at = self._clock()
                    self._writer.call(lambda s: s.record_sync_result(account.id, at, error))
                self._writer.call(lambda s: s.release_sync(account.id, self._pid))
            except Exception:
                log.exception("recording the sync of account %s failed", account.name)
            if not outcome.seconds:
                outcome.seconds = time.monotonic() - started
        if outcome.error:
            log.warning("sync of %s: %s", account.name, outcome.error)
        else:
            log.info(
                "sync of %s: pushed %d, pulled %d, %d feeds in %.1f s",
                account.name, outcome.pushed, outcome.pulled, outcome.feeds, outcome.seconds,
            )  # fmt: skip
        return outcome

    # -- one account ------------------------------------------------------------------------

    def _run(
        self, account: Account, outcome: AccountOutcome, cancel: threading.Event | None
    ) -> None:
        started = time.monotonic()
        secret = self._secrets(account)
        if secret is None:
            raise SyncError(
                f"The password or API key of the account “{account.name}” is not in the "
                "keyring; add the account again."
            )
        client = self._connect(account, secret, self._limits())
        try:
            info = client.server_info()
            outcome.pushed += self._push_feeds(client, account)
            remote_feeds = client.feeds()
            outcome.feeds = len(remote_feeds)
            changes = client.changes(account.cursor)
            stored = self._writer.call(lambda s: s.sync_intents(account.id))
            ids = set(changes.states) | {si.intent.remote_id for si in stored}
            seen, local = self._writer.call(lambda s: s.sync_states(account.id, ids))
            plan = reconcile([si.intent for si in stored], seen, changes.states, local)
            gone: set[str] = set()
            for push in plan.pushes:
                if cancel is not None and cancel.is_set():
                    raise SyncError("The sync was stopped.")
                setter = client.set_read if push.field == "read" else client.set_starred
                gone |= setter(push.remote_ids, push.value)
                outcome.pushed += len(push.remote_ids)
            for intent in plan.unknown:
                log.info(
                    "sync %s: entry %s is gone from the server", account.name, intent.remote_id
                )
            for remote_id in sorted(gone):
                log.info("sync %s: entry %s is gone from the server", account.name, remote_id)
            entries = self._entries(client, account, changes, cancel)
            outcome.pulled = len(entries) + sum(1 for rid in plan.local if rid in seen)
            done = set(plan.settled) | set(plan.unknown) | set(plan.overruled)
            settled = [si for si in stored if si.intent in done or si.intent.remote_id in gone]
            # Cleaned here, not in the writer's transaction: the write lock is not held for it.
            parsed = {e.remote_id: parsed_entry(e) for e in entries}
            pull = Pull(
                account_id=account.id, feeds=remote_feeds, entries=entries,
                local=plan.local, seen=plan.seen, settled=settled, cursor=changes.cursor,
                version=info.version, parsed=parsed,
            )  # fmt: skip
            now = self._clock()
            result = self._writer.call(lambda s: s.apply_sync_pull(pull, now))
            outcome.new_articles = sum(len(v) for v in result.new_ids.values())
            outcome.seconds = time.monotonic() - started
            self._cache(result, list(parsed.values()), cancel)
            outcome.cache_seconds = time.monotonic() - started - outcome.seconds
        finally:
            client.close()

    def _push_feeds(self, client: SyncServer, account: Account) -> int:
        """Send the subscriptions, unsubscriptions, renames and moves made here."""
        actions = self._writer.call(lambda s: s.sync_feed_actions(account.id))
        pushed = 0
        for action in actions:
            remote: RemoteFeed | None = None
            if action.action == "subscribe":
                if action.url is None:  # the feed was deleted meanwhile
                    self._settle(action, None)
                    continue
                remote = client.subscribe(action.url, action.category)
            elif action.action == "unsubscribe" and action.remote_id:
                client.unsubscribe(action.remote_id)
            elif action.action == "edit" and action.remote_id:
                client.edit_feed(action.remote_id, title=action.title, category=action.category)
            self._settle(action, remote)
            pushed += 1
        return pushed

    def _settle(self, action: FeedAction, remote: RemoteFeed | None) -> None:
        self._writer.call(lambda s: s.settle_feed_action(action, remote))

    def _entries(
        self,
        client: SyncServer,
        account: Account,
        changes: ChangeSet,
        cancel: threading.Event | None,
    ) -> list[RemoteEntry]:
        """The entries to store: what the changes carried, and the content of unknown ids."""
        known = self._writer.call(lambda s: s.known_remote_ids(account.id))
        entries = [e for rid, e in changes.entries.items() if rid not in known]
        missing = [rid for rid in changes.states if rid not in known and rid not in changes.entries]
        if missing:
            if cancel is not None and cancel.is_set():
                raise SyncError("The sync was stopped.")
            entries.extend(client.entries(missing))
        return entries

    def _cache(
        self, result: PullResult, parsed: Sequence[ParsedEntry], cancel: threading.Event | None
    ) -> None:
        """Images and full text of the new articles, exactly as for a local feed's."""
        if self._offline is None or not any(result.new_ids.values()):
            return
        run = self._offline.start_run(cancel)

        def plan(store: Store) -> None:
            for feed_id, new_ids in result.new_ids.items():
                if new_ids:
                    feed = store.feed_by_id(feed_id)
                    run.plan(store, feed_id, feed.url, parsed, new_ids)

        self._writer.call(plan)
        if self._background_caching:
            return  # the planned jobs are on the network pool already; `cancel` stops them
        run.finish()
