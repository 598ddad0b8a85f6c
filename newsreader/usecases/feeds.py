"""Changing a subscription: edit (title, section, interval, credentials), move, remove.

Run on a settings worker (they may block on HTTP, the keyring and the writer), or on the CLI's
main thread. A new password is checked against the server before anything is stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsreader.core.credentials import CredentialStore, make_auth_ref
from newsreader.core.fetch import Fetcher
from newsreader.core.types import Feed, FeedStatus
from newsreader.usecases.ports import LibraryStore, Writer
from newsreader.usecases.subscribe import Auth, fetch_with_auth


def check_credentials(fetcher: Fetcher, url: str, auth: Auth) -> None:
    """Raise CredentialError unless the server accepts `auth` for the feed."""
    fetch_with_auth(fetcher, url, auth)


def save_credentials(
    credentials: CredentialStore, feed: Feed, auth: Auth | None, clear: bool
) -> str | None:
    """Store new credentials for `feed` (or forget them); returns the auth_ref to save.

    None means "leave the stored reference alone"; "" means "remove it".
    """
    if clear:
        if feed.auth_ref:
            credentials.delete(feed.auth_ref)
        return ""
    if auth is None:
        return None
    auth_ref = make_auth_ref(feed.url, auth[0])
    credentials.set_password(auth_ref, auth[1])
    if feed.auth_ref and feed.auth_ref != auth_ref:
        credentials.delete(feed.auth_ref)
    return auth_ref


@dataclass(frozen=True, slots=True)
class FeedEdit:
    """What the person changed; a field equal to the feed's current value is left alone."""

    title: str
    section: str
    interval: int
    auth: Auth | None = None  # a new user name and password
    clear_auth: bool = False  # forget the stored credentials


def edit_feed(
    writer: Writer, credentials: CredentialStore, fetcher: Fetcher, feed: Feed, edit: FeedEdit
) -> Feed:
    """Check a new password, store it, then save the feed's fields in one write.

    A fixed password (or credentials removed) lets a feed paused for a refused one be polled
    again.
    """
    if edit.auth is not None:
        check_credentials(fetcher, feed.url, edit.auth)
    auth_ref = save_credentials(credentials, feed, edit.auth, edit.clear_auth)
    reactivate = feed.status is FeedStatus.AUTH and (edit.auth is not None or edit.clear_auth)
    section = edit.section.strip().strip("/")

    def job(store: LibraryStore) -> Feed:
        return store.update_feed(
            feed.id,
            title=edit.title if edit.title != feed.title else None,
            section_path=section if section != feed.section_path else None,
            interval=edit.interval if edit.interval != feed.interval else None,
            auth_ref=auth_ref,
            status=FeedStatus.ACTIVE if reactivate else None,
        )

    return writer.submit(job).result()


def move_feed(store: LibraryStore, feed_id: int, section_id: int | None, position: int) -> None:
    """Writer job: put a feed in a section (None: the top level) at `position`."""
    store.move_feed(feed_id, section_id, position)


def remove_feed(
    writer: Writer,
    credentials: CredentialStore,
    feed: Feed,
    *,
    keep_starred: bool,
    subscriptions: Sequence[Feed],
) -> None:
    """Unsubscribe (or archive, keeping starred articles), then forget the password unless
    another of `subscriptions` uses the same keyring entry."""
    writer.submit(lambda store: store.delete_feed(feed.id, keep_starred=keep_starred)).result()
    shared = any(f.id != feed.id and f.auth_ref == feed.auth_ref for f in subscriptions)
    if feed.auth_ref and not shared:
        credentials.delete(feed.auth_ref)
