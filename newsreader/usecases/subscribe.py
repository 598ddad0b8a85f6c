"""Subscribing, for the CLI's `add` and the settings dialog's Add feed: one order, one undo.

The order, with or without a password: check the keyring (before anything is fetched),
fetch the feed (with the user name and password when there are some), store the feed, store
the secret; when the keyring refuses the secret, the feed is taken back out (an archived feed
that the add revived goes back to the archive with its starred articles). The secret never
goes to the keyring for a feed that could not be stored, so nothing is left orphaned there.

Runs on the caller's thread: the CLI's main thread or a settings worker, never the GUI's.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from newsreader.core.credentials import CredentialStore, make_auth_ref
from newsreader.core.discovery import DiscoveredFeed
from newsreader.core.errors import CredentialError, DuplicateError, FetchError, NotFoundError
from newsreader.core.failures import fetch_error, needs_credentials
from newsreader.core.fetch import Fetcher
from newsreader.core.parse import parse_feed
from newsreader.core.texts import N_
from newsreader.core.types import Feed, FetchKind, ParsedFeed, Validators
from newsreader.core.urls import redact_url
from newsreader.update.subscribe import PrivateAddressError, check_address, probe_url
from newsreader.usecases.ports import Writer

PREVIEW_ITEMS = 5
GUI_LOGIN = N_("enter them below")
CLI_LOGIN = N_("give them with --username and --password-stdin")
Auth = tuple[str, str]


@dataclass(frozen=True, slots=True)
class Found:
    """What an address turned out to be: a feed ready to preview, or a page listing feeds."""

    url: str
    feed: ParsedFeed | None
    candidates: tuple[DiscoveredFeed, ...] = ()
    # Set instead of a feed when the address is on a private network: ask, then look again.
    private_address: str | None = None

    @property
    def latest(self) -> tuple[str, ...]:
        return tuple(e.title for e in self.feed.entries[:PREVIEW_ITEMS]) if self.feed else ()

    def title(self) -> str:
        """The feed's own title, else the host name, else the URL."""
        own = self.feed.title if self.feed is not None else None
        return own or urlsplit(self.url).hostname or self.url


def check_keyring(credentials: CredentialStore, *, require_persistent: bool) -> None:
    """Refuse a password that could not outlive this process, before anything is fetched.

    The CLI requires a real keyring (the process ends at once, a secret in memory would be
    lost silently); the window keeps it in memory for the session and says so.
    """
    if require_persistent and not credentials.persistent:
        raise CredentialError(
            N_(
                "no usable keyring ({backend}): the password cannot be stored safely; "
                "nothing was changed"
            ).format(backend=credentials.backend_name)
        )


def look_up(
    fetcher: Fetcher,
    url: str,
    auth: Auth | None,
    allow_private: bool = False,
    *,
    how_to_log_in: str = GUI_LOGIN,
) -> Found:
    """Fetch `url`: the feed itself (with `auth` if given), or the feeds a web page lists.

    Raises PrivateAddressError for an unconfirmed address on a private network, and
    CredentialError when the server wants (other) credentials, ending in `how_to_log_in`
    (what the caller's interface offers to give them).
    """
    try:
        if auth is not None:
            check_address(url, allow_private)
            return fetch_with_auth(fetcher, url, auth)
        probe = probe_url(fetcher, url, allow_private)
    except PrivateAddressError:
        raise
    except FetchError as exc:
        if needs_credentials(exc.status):
            raise CredentialError(
                N_("{error} — this feed needs a user name and password: {how}").format(
                    error=exc, how=how_to_log_in
                )
            ) from None
        raise
    return Found(url=probe.url, feed=probe.feed, candidates=probe.candidates)


def find_feed(fetcher: Fetcher, url: str, auth: Auth | None, allow_private: bool = False) -> Found:
    """`look_up`, with a private address coming back as `private_address` (to ask about)."""
    try:
        return look_up(fetcher, url, auth, allow_private)
    except PrivateAddressError as exc:
        return Found(url=url, feed=None, private_address=exc.address)


def fetch_with_auth(fetcher: Fetcher, url: str, auth: Auth) -> Found:
    """Fetch and parse the feed with a user name and password; CredentialError if refused."""
    result = fetcher.fetch_feed(url, Validators(), None, auth)
    if needs_credentials(result.status):
        raise CredentialError(
            N_(
                "the server refused the user name or password (HTTP {status}); nothing was changed"
            ).format(status=result.status)
        )
    if result.kind is not FetchKind.OK or result.body is None:
        raise fetch_error(url, result)
    parsed = parse_feed(result.body, result.final_url, result.content_type)
    return Found(url=result.permanent_url or url, feed=parsed)


def preview_candidate(
    fetcher: Fetcher, candidate: DiscoveredFeed, allow_private: bool = False
) -> Found:
    """Fetch one feed a page linked to, to show its title and latest items."""
    found = find_feed(fetcher, candidate.url, None, allow_private)
    if found.feed is None and found.private_address is None:
        not_one = N_("{url} is linked as a feed but is not one")
        raise NotFoundError(not_one.format(url=redact_url(candidate.url)))
    return found


def pick_candidate(fetcher: Fetcher, page: Found, pick: int, allow_private: bool = False) -> Found:
    """Feed number `pick` (from 1) of a page's list, fetched and checked to be a feed."""
    if not 1 <= pick <= len(page.candidates):
        raise NotFoundError(
            N_("there is no feed number {pick}: the page lists {count}").format(
                pick=pick, count=len(page.candidates)
            )
        )
    found = look_up(fetcher, page.candidates[pick - 1].url, None, allow_private)
    if found.feed is None:
        raise NotFoundError(
            N_("{url} is linked as a feed but is not one").format(
                url=redact_url(page.candidates[pick - 1].url)
            )
        )
    return found


def subscribe(
    writer: Writer,
    credentials: CredentialStore,
    *,
    url: str,
    title: str,
    user_title: bool,
    section: str,
    interval: int,
    auth: Auth | None,
) -> Feed:
    """Store the feed, then its secret; a keyring that refuses the secret undoes the feed."""
    auth_ref = make_auth_ref(url, auth[0]) if auth else None
    feed = writer.submit(
        lambda store: store.add_feed(
            url, title, section, interval, auth_ref=auth_ref, user_title=user_title
        )
    ).result()
    if auth is not None and auth_ref is not None:
        try:
            credentials.set_password(auth_ref, auth[1])
        except CredentialError:
            # keep_starred: if the add revived an archived feed, its starred articles survive.
            writer.submit(lambda store: store.delete_feed(feed.id, keep_starred=True)).result()
            raise
    return feed


@dataclass(frozen=True, slots=True)
class Request:
    """What a person asked to subscribe to, as the CLI's `add` takes it."""

    url: str
    section: str = ""
    title: str | None = None  # None: the feed's own
    auth: Auth | None = None
    pick: int = 1  # which of a web page's feeds
    allow_private: bool = False


@dataclass(frozen=True, slots=True)
class Subscribed:
    feed: Feed
    page: Found | None  # the web page the feed was found on, when the URL was one


def subscribe_url(
    writer: Writer,
    credentials: CredentialStore,
    fetcher: Fetcher,
    request: Request,
    *,
    interval: int,
    known: Feed | None,
    require_persistent: bool,
) -> Subscribed:
    """The whole subscription in one go (the CLI's `add`): check, fetch, store, secret.

    `known` is the feed already subscribed at that URL, if any: refused before any fetch.
    """
    if known is not None:
        raise DuplicateError(N_("already subscribed to {url}").format(url=redact_url(request.url)))
    if request.auth is not None:
        check_keyring(credentials, require_persistent=require_persistent)
    found = look_up(
        fetcher, request.url, request.auth, request.allow_private, how_to_log_in=CLI_LOGIN
    )
    page = None
    if found.feed is None:
        page = found
        found = pick_candidate(fetcher, page, request.pick, request.allow_private)
    feed = subscribe(
        writer,
        credentials,
        url=found.url,
        title=request.title or found.title(),
        user_title=bool(request.title),
        section=request.section.strip("/"),
        interval=interval,
        auth=request.auth,
    )
    return Subscribed(feed=feed, page=page)
