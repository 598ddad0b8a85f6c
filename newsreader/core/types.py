"""Value types shared by every layer.

This module imports nothing else from the package: parser, fetcher, storage and the GUI all
speak in these frozen dataclasses, and one object (the update pipeline) wires them together.
Times are timezone-aware UTC datetimes; "now" is always passed in, never read here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class FeedStatus(StrEnum):
    """Why a feed is, or is not, being polled."""

    ACTIVE = "active"  # polled on its schedule
    ERROR = "error"  # last attempt failed; polled again after backoff
    GONE = "gone"  # 410 Gone: never polled again until the user re-enables it
    AUTH = "auth"  # 401/403: paused until the user fixes the credentials
    # Unsubscribed, but its starred articles were kept: never polled or listed as a feed,
    # until subscribing to the same URL again reactivates it.
    ARCHIVED = "archived"


class FetchKind(StrEnum):
    """Outcome of one HTTP fetch of a feed."""

    OK = "ok"  # a body arrived (200)
    NOT_MODIFIED = "not_modified"  # 304, or the body hash did not change
    GONE = "gone"  # 410
    ERROR = "error"  # network failure, HTTP error, too large, too slow, …


class FetchFailure(StrEnum):
    """Why a fetch gave nothing usable (issue 13): data to decide by, never a text to search.

    The fetcher sets it on every ERROR and GONE result, next to its one-line `error`.
    `newsreader.core.failures` says which kinds are worth retrying, which mean "offline", and
    writes the one line a person reads.
    """

    NETWORK = "network"  # the connection broke, was reset, TLS failed, undecodable response
    DNS = "dns"  # the host name did not resolve
    CONNECT = "connect"  # the server's machine was not reached (refused, connect timeout)
    TIMEOUT = "timeout"  # connected, but no complete response in time
    TOO_LARGE = "too_large"  # the body (decoded) was over the limit
    REFUSED_ADDRESS = "refused_address"  # an address this fetch may never use (by rule)
    # A private address on the feed's own origin that no fetch of the feed vouched for yet:
    # not sent anything, and worth trying again once the feed itself was fetched.
    ADDRESS_UNKNOWN = "address_unknown"
    REDIRECT = "redirect"  # a broken redirect: no Location, too many, to a non-web address
    INVALID_URL = "invalid_url"  # a URL requests could not use
    HTTP = "http"  # the server answered with an error status (`FetchResult.status`)
    PROXY = "proxy"  # the configured proxy failed or could not be reached
    INTERNAL = "internal"  # a bug: the log has the traceback


class FeedOutcome(StrEnum):
    """What one feed's refresh came to, as `FeedProgress` reports it."""

    UPDATED = "updated"  # fetched, parsed and stored
    NOT_MODIFIED = "not_modified"  # 304, or the same body as last time
    FAILED = "failed"  # the fetch or the parse failed; the feed is retried after backoff
    GONE = "gone"  # 410: polling stopped
    NOT_STORED = "not_stored"  # fetched, but the library would not take it (disk, damage)


@dataclass(frozen=True, slots=True)
class Validators:
    """Conditional-GET state, stored verbatim (byte-for-byte what the server sent)."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True, slots=True)
class CacheHints:
    """What the server said about when to come back; all optional, all raw header values."""

    cache_control: str | None = None
    expires: str | None = None
    retry_after: str | None = None
    date: str | None = None


@dataclass(frozen=True, slots=True)
class FetchResult:
    """Everything the fetcher learned from one request chain. Produced on a fetch thread."""

    kind: FetchKind
    requested_url: str
    final_url: str
    status: int | None = None
    body: bytes | None = None
    content_type: str | None = None
    validators: Validators = field(default_factory=Validators)
    hints: CacheHints = field(default_factory=CacheHints)
    # The URL every hop of the redirect chain agreed was permanent (301/308 only), if any.
    permanent_url: str | None = None
    error: str | None = None  # one line, never contains credentials
    elapsed: float = 0.0
    # Why an ERROR or GONE result failed; None for OK and NOT_MODIFIED. Left out, it is
    # HTTP when a status came back and INTERNAL otherwise (results built by hand, in tests).
    failure: FetchFailure | None = None

    def __post_init__(self) -> None:
        if self.failure is None and self.kind in (FetchKind.ERROR, FetchKind.GONE):
            failure = FetchFailure.HTTP if self.status is not None else FetchFailure.INTERNAL
            object.__setattr__(self, "failure", failure)


@dataclass(frozen=True, slots=True)
class Enclosure:
    """A file an entry carries (a podcast episode, a video), as the feed describes it (issue 16).

    Everything but `url` is the feed's claim, untrusted: the download enforces its own limits.
    """

    url: str  # absolute http(s)
    type: str = ""  # MIME type, lowercased; "" when the feed does not say
    length: int | None = None  # bytes
    duration: float | None = None  # seconds


@dataclass(frozen=True, slots=True)
class StoredEnclosure:
    """An article's enclosure as stored, with what the user did with it (issue 16)."""

    id: int
    article_id: int
    url: str
    type: str
    length: int | None
    duration: float | None
    position: float = 0.0  # seconds played, remembered between sessions
    download: str | None = None  # its file's name in the downloads folder, once saved


@dataclass(frozen=True, slots=True)
class ParsedEntry:
    """One entry as the parser understood it; HTML fields are already sanitized."""

    guid: str | None
    url: str | None
    title: str  # plain text, markup shown literally
    author: str | None = None
    published: datetime | None = None
    updated: datetime | None = None
    summary: str | None = None  # sanitized HTML
    content: str | None = None  # sanitized HTML
    image: str | None = None  # absolute URL of the lead image, if the feed names one
    categories: tuple[str, ...] = ()
    enclosures: tuple[Enclosure, ...] = ()  # audio, video, documents; never the lead image


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """A parsed feed document."""

    title: str | None
    site_url: str | None
    entries: tuple[ParsedEntry, ...]
    version: str = ""  # e.g. "rss20", "atom10", "json11"
    # Set when the parser recovered from ill-formed input (feedparser's "bozo").
    warning: str | None = None


@dataclass(frozen=True, slots=True)
class Section:
    """A node of the section tree (World › Asia)."""

    id: int
    name: str
    parent_id: int | None
    position: int
    path: str  # "World/Asia"


@dataclass(frozen=True, slots=True)
class Feed:
    """A subscription as stored."""

    id: int
    url: str
    title: str
    section_id: int | None
    section_path: str  # "" for the root
    interval: int  # seconds between polls when the server says nothing
    status: FeedStatus = FeedStatus.ACTIVE
    site_url: str | None = None
    validators: Validators = field(default_factory=Validators)
    body_hash: str | None = None
    next_update: datetime | None = None  # None: due now
    last_success: datetime | None = None
    last_attempt: datetime | None = None
    error_count: int = 0
    last_error: str | None = None
    auth_ref: str | None = None  # keyring user name; the secret lives only in keyring
    position: int = 0
    account_id: int | None = None  # a sync account's feed: its server fetches it (issue 14)


@dataclass(frozen=True, slots=True)
class Article:
    """An article as stored (everything the reader pane needs)."""

    id: int
    feed_id: int
    feed_title: str
    section_path: str
    url: str | None
    title: str
    author: str | None
    published: datetime | None
    updated: datetime | None
    summary: str | None
    content: str | None
    image: str | None
    read: bool
    starred: bool
    guid: str | None = None
    full_text: str | None = None  # extracted from the web page when the feed is summary-only


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """One line of the article list: no body text, so a page of them is cheap."""

    id: int
    feed_id: int
    feed_title: str
    section_path: str
    url: str | None
    title: str
    published: datetime | None  # published, else updated, else first seen
    read: bool
    starred: bool
    # Feeds carrying this article's story (issue 19): 1 when it stands alone; the list
    # shows "+2 sources" for 3. Filled for list pages (storage.story_list), 1 elsewhere.
    sources: int = 1


@dataclass(frozen=True, slots=True)
class PopularRow:
    """An article in a "Most popular" ranking, with what explains its place."""

    article: ArticleRow
    score: float
    reads: int
    last_read: datetime | None


@dataclass(frozen=True, slots=True)
class RefreshSummary:
    """The outcome of one refresh run, as printed by `refresh --json`."""

    feeds: int = 0
    updated: int = 0
    not_modified: int = 0
    failed: int = 0
    new_articles: int = 0
    seconds: float = 0.0
    errors: tuple[tuple[str, str], ...] = ()  # (url, error)
    # Set when the library would not take what was fetched (full disk, damage, read-only):
    # a failure of this machine, not of the feeds, so a refresh with it never "succeeded".
    storage_error: str | None = None
    # One per `errors` entry, in the same order: why that feed's fetch failed, or None when
    # the fetch worked and parsing or storing did not.
    failures: tuple[FetchFailure | None, ...] = ()
    # The caching phase (images and pages of the new articles): what it cached, and what could
    # not be fetched (failed, or left for a later refresh because the site did not answer).
    images_cached: int = 0
    images_failed: int = 0
    pages_cached: int = 0
    pages_failed: int = 0
    # True when the feeds phase ended and the caching phase goes on in the background (the
    # window's refresh): its counts come later, as a `CachingProgress` with `finished` set.
    caching: bool = False


@dataclass(frozen=True, slots=True)
class CachingProgress:
    """The caching phase after a refresh's feeds: articles whose images and page are done."""

    done: int
    total: int
    images_cached: int = 0
    images_failed: int = 0
    pages_cached: int = 0
    pages_failed: int = 0
    finished: bool = False  # the phase is over (every job done, or cancelled)
    cancelled: bool = False


@dataclass(frozen=True, slots=True)
class FeedProgress:
    """One feed of a refresh finished (stored or failed); sent from the writer thread."""

    done: int
    total: int
    feed_id: int
    url: str
    outcome: FeedOutcome
    new_article_ids: tuple[int, ...]
    error: str | None  # the line stored as the feed's last error (`failures.failure_line`)
    failure: FetchFailure | None = None  # why the fetch failed, when it did
    # The new articles a "silent" rule matched: left out of notifications (issue 16).
    silent_article_ids: tuple[int, ...] = ()


# The reports of a refresh's offline and icon stages are filled in as the stage runs (so not
# frozen). The window gets an OfflineReport back from "load image" (`cache_article_images`).
@dataclass
class OfflineReport:
    """What one refresh cached; failures are kept per article (article id, URL, error)."""

    images_cached: int = 0
    trackers: int = 0
    images_failed: int = 0
    images_deferred: int = 0  # network down: retried on a later refresh
    full_texts: int = 0
    full_text_failed: int = 0
    errors: list[tuple[int, str, str]] = field(default_factory=list)


@dataclass
class IconReport:
    """What one refresh's icon looks gave."""

    found: int = 0
    failed: int = 0
    deferred: int = 0  # the site did not answer: looked at again after NETWORK_RETRY
    errors: list[tuple[int, str]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class StoredEntry:
    """What the decider needs to know about an entry already stored for a feed."""

    article_id: int
    content_hash: str
    changes: int  # how many times its content has been rewritten


@dataclass(frozen=True, slots=True)
class EntryWrite:
    """An entry to insert (article_id None) or to rewrite (article_id set), with its key."""

    key: str  # dedupe key hash: guid → link → hash(title + date), per feed
    entry: ParsedEntry
    content_hash: str
    article_id: int | None = None
    rekey: bool = False  # the stored row has a pre-upgrade key: store `key` in its place
    content_changed: bool = True  # False for a re-key whose text is what is stored


@dataclass(frozen=True, slots=True)
class FeedState:
    """The new scheduling and health state of a feed after one attempt."""

    next_update: datetime
    status: FeedStatus
    error_count: int
    last_error: str | None
    last_attempt: datetime
    last_success: datetime | None
    validators: Validators
    body_hash: str | None


@dataclass(frozen=True, slots=True)
class FeedUpdate:
    """Everything one feed's refresh writes, applied by storage in one transaction."""

    feed_id: int
    state: FeedState
    inserts: tuple[EntryWrite, ...] = ()
    rewrites: tuple[EntryWrite, ...] = ()
    new_url: str | None = None  # 301/308 moved the feed
    title: str | None = None  # the feed's own title, when the user did not name it
    site_url: str | None = None


@dataclass(frozen=True, slots=True)
class ArticleQuery:
    """Which articles a list shows; storage turns it into one bounded SQL query."""

    section_id: int | None = None  # the section and all its subsections
    feed_id: int | None = None
    unread_only: bool = False
    starred_only: bool = False
    newest_first: bool = True
    search: str | None = None  # FTS query; results in relevance order, then date
    tag_id: int | None = None  # only articles carrying this tag
    show_hidden: bool = False  # include articles a rule hid (they are never deleted)


@dataclass(frozen=True, slots=True)
class PageCursor:
    """Keyset position: the sort key and id of the last row of the previous page."""

    sort_key: float
    article_id: int


@dataclass(frozen=True, slots=True)
class ArticleVersion:
    """An earlier text of an article, as stored until its feed changed it at `changed_at`."""

    changed_at: datetime
    title: str | None
    summary: str | None
    content: str | None


@dataclass(frozen=True, slots=True)
class CachedImage:
    """An image stored in the local cache, addressed by the hash of its bytes."""

    url: str
    sha256: str
    content_type: str
    width: int | None = None
    height: int | None = None
    size: int = 0
