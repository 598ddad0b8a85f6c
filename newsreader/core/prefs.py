"""The profile's preferences: every settings key, its default and its validator, in one place.

Settings are stored as JSON values in the profile's database (`Store.set_setting`), written
by the settings dialog and read by every layer: the window (theme, font, read delay), the
engine (proxy, timeout, images, retention) and the use cases shared by the CLI and the
dialog (the default interval of a new feed). Each reader asks the schema here instead of
keeping its own key string and its own idea of a valid value, so the CLI and the window
can never disagree about what a stored value means. Pure Python, any thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from newsreader.core.schedule import DEFAULT_INTERVAL as _DEFAULT_INTERVAL_S

T = TypeVar("T")
# How a layer reads one stored value: `library.setting`, `store.setting` (key, default).
Setting = Callable[[str, Any], Any]

THEMES = ("system", "light", "dark")
IMAGES_POLICIES = ("always", "ask", "never")
PROXY_MODES = ("system", "none", "http", "socks5")
# When the shown article is marked read: after the read delay (the default), as soon as it
# is shown, or only by the user (m, the menus). Popularity counts after the delay either way.
MARK_READ_MODES = ("after-delay", "on-open", "manual")
# Issue 15: the article list beside the pane, above it, or chosen by the window's width.
LIST_LAYOUTS = ("auto", "side", "stacked")
# "system": the desktop's language; otherwise one of the shipped translations (issue 17).
LANGUAGES = ("system", "en", "de")
# The shortest default refresh interval a profile may ask for, in seconds.
MIN_INTERVAL = 60


def as_int(value: Any, default: int, minimum: int = 0) -> int:
    """A stored number, or `default` when it is missing, malformed or below `minimum`."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return default
    return int(value) if value >= minimum else default


def _number(minimum: int, default: int) -> Callable[[Any], int]:
    return lambda value: as_int(value, default, minimum)


def _positive_or_none(kind: type[int] | type[float]) -> Callable[[Any], Any]:
    """A limit the user may switch off: None (or anything malformed) means "no limit"."""

    def read(value: Any) -> Any:
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            return None
        try:
            number = kind(value)
        except ValueError:
            return None
        return number if number > 0 else None

    return read


def _flag(default: bool) -> Callable[[Any], bool]:
    # Only an explicit false switches a default-on flag off (old profiles stored 0/1 too).
    if default:
        return lambda value: value is not False
    return lambda value: value is True


def _choice(options: tuple[str, ...]) -> Callable[[Any], str]:
    return lambda value: value if value in options else options[0]


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _ids(value: Any) -> tuple[int, ...]:
    # A list of row ids (feeds, sections): anything that is not a positive int is dropped.
    if not isinstance(value, list | tuple):
        return ()
    ids = (v for v in value if isinstance(v, int) and not isinstance(v, bool) and v > 0)
    return tuple(sorted(set(ids)))


@dataclass(frozen=True, slots=True)
class Pref(Generic[T]):
    """One setting: its stored key, its default, and how a stored value is read back."""

    key: str
    default: T
    validate: Callable[[Any], T]
    doc: str = ""

    def read(self, stored: Any) -> T:
        """The typed value of what the profile stores (the default when missing or bad)."""
        return self.default if stored is None else self.validate(stored)

    def get(self, setting: Setting) -> T:
        """Read this setting through a layer's `setting(key, default)`."""
        return self.read(setting(self.key, None))


DEFAULT_INTERVAL: Pref[int] = Pref(
    "default_interval", _DEFAULT_INTERVAL_S, _number(MIN_INTERVAL, _DEFAULT_INTERVAL_S),
    "seconds between two polls of a feed added from now on (at least a minute)",
)  # fmt: skip
REFRESH_ON_START: Pref[bool] = Pref("refresh_on_start", True, _flag(True))
RETENTION_DAYS: Pref[float | None] = Pref(
    "retention_days", None, _positive_or_none(float), "days an article is kept; None: forever"
)
RETENTION_PER_FEED: Pref[int | None] = Pref(
    "retention_per_feed", None, _positive_or_none(int), "articles kept per feed; None: all"
)
RETENTION_KEEP_UNREAD: Pref[bool] = Pref("retention_keep_unread", True, _flag(True))
READER_FONT: Pref[str] = Pref("reader_font", "", _text, "font family of the pane; '': default")
READER_FONT_SIZE: Pref[int] = Pref("reader_font_size", 0, _number(6, 0), "points; 0: default")
THEME: Pref[str] = Pref("theme", THEMES[0], _choice(THEMES))
READ_DELAY_MS: Pref[int] = Pref(
    "read_delay_ms", 1500, _number(0, 1500),
    "ms an article must stay shown to count as read for popularity; 0: at once",
)  # fmt: skip
MARK_READ: Pref[str] = Pref(
    "mark_read", MARK_READ_MODES[0], _choice(MARK_READ_MODES),
    "when the shown article is marked read: 'after-delay', 'on-open' or 'manual'",
)  # fmt: skip
MARK_READ_ON_SCROLL: Pref[bool] = Pref(
    "mark_read_on_scroll", False, _flag(False),
    "mark the article list's rows read as they scroll past its top (not a popularity read)",
)  # fmt: skip
IMAGES_POLICY: Pref[str] = Pref("images_policy", IMAGES_POLICIES[0], _choice(IMAGES_POLICIES))
PROXY_MODE: Pref[str] = Pref("proxy_mode", PROXY_MODES[0], _choice(PROXY_MODES))
PROXY_HOST: Pref[str] = Pref("proxy_host", "", _text)
PROXY_PORT: Pref[int] = Pref("proxy_port", 0, _number(1, 0), "0: not set")
NETWORK_TIMEOUT: Pref[float | None] = Pref(
    "network_timeout", None, _positive_or_none(float), "seconds; None: the fetcher's own limits"
)
LIST_LAYOUT: Pref[str] = Pref(
    "list_layout", LIST_LAYOUTS[0], _choice(LIST_LAYOUTS),
    "'auto': list above the article in narrow windows; 'side': beside it; 'stacked': above it",
)  # fmt: skip

LANGUAGE: Pref[str] = Pref(
    "language", LANGUAGES[0], _choice(LANGUAGES),
    "the window's language: 'system' (the desktop's) or a shipped one; applied on restart",
)  # fmt: skip
MARK_UPDATED_UNREAD: Pref[bool] = Pref(
    "mark_updated_unread", False, _flag(False),
    "mark an article unread again when its feed changes its title or text",
)  # fmt: skip
# Issue 16: the tray icon and the desktop notifications of new articles.
CLOSE_TO_TRAY: Pref[bool] = Pref(
    "close_to_tray", False, _flag(False),
    "closing the window hides it in the tray (when the desktop has one); Quit ends the app",
)  # fmt: skip
START_MINIMISED: Pref[bool] = Pref(
    "start_minimised", False, _flag(False),
    "the window starts hidden in the tray (minimised when the desktop has no tray)",
)  # fmt: skip
# Issue 19: reading one article of a story (the same event in several feeds) marks the
# story's other articles read too; the list shows the story once, so it was read once.
STORY_MARK_READ: Pref[bool] = Pref(
    "story_mark_read", True, _flag(True),
    "reading one article of a story marks the story's articles in the other feeds read",
)  # fmt: skip
# Issue 19: each feed's next poll follows the posting rhythm learned from its publish times;
# off, every feed is polled at its own interval (read where the refresh decides the next poll).
LEARN_RHYTHM: Pref[bool] = Pref(
    "learn_rhythm", True, _flag(True),
    "time each feed's polls by the posting rhythm learned from its posts; off: its interval",
)  # fmt: skip
# Issue 16: where enclosures are saved ("": the desktop's download folder, then
# "Newsreader") and the largest file a download may bring, in MB.
DOWNLOADS_DIR: Pref[str] = Pref(
    "downloads_dir", "", _text, "folder enclosures are downloaded into; '': the default"
)
DOWNLOAD_MAX_MB: Pref[int] = Pref(
    "download_max_mb", 2048, _number(1, 2048), "largest enclosure a download may bring, in MB"
)
NOTIFY_MUTED_FEEDS: Pref[tuple[int, ...]] = Pref(
    "notify_muted_feeds", (), _ids, "ids of the feeds whose new articles are never notified"
)
NOTIFY_MUTED_SECTIONS: Pref[tuple[int, ...]] = Pref(
    "notify_muted_sections", (), _ids,
    "ids of the sections (and so their subsections) whose new articles are never notified",
)  # fmt: skip

ALL: tuple[Pref[Any], ...] = (
    DEFAULT_INTERVAL, REFRESH_ON_START, RETENTION_DAYS, RETENTION_PER_FEED,
    RETENTION_KEEP_UNREAD, READER_FONT, READER_FONT_SIZE, THEME, READ_DELAY_MS, MARK_READ,
    MARK_READ_ON_SCROLL, IMAGES_POLICY, PROXY_MODE, PROXY_HOST, PROXY_PORT, NETWORK_TIMEOUT,
    LIST_LAYOUT, LANGUAGE, CLOSE_TO_TRAY, START_MINIMISED, NOTIFY_MUTED_FEEDS,
    NOTIFY_MUTED_SECTIONS, MARK_UPDATED_UNREAD, STORY_MARK_READ, LEARN_RHYTHM,
    DOWNLOADS_DIR, DOWNLOAD_MAX_MB,
)  # fmt: skip
BY_KEY: dict[str, Pref[Any]] = {pref.key: pref for pref in ALL}
NETWORK_KEYS = frozenset(p.key for p in (PROXY_MODE, PROXY_HOST, PROXY_PORT, NETWORK_TIMEOUT))
# Not a stored key: announced when feeds or sections changed, so the window reloads its tree.
SUBSCRIPTIONS = "subscriptions"


@dataclass(frozen=True, slots=True)
class Preferences:
    """Every setting of a profile, typed and validated (see the Pref of each field)."""

    default_interval: int
    refresh_on_start: bool
    retention_days: float | None
    retention_per_feed: int | None
    retention_keep_unread: bool
    reader_font: str
    reader_font_size: int
    theme: str
    read_delay_ms: int
    mark_read: str
    mark_read_on_scroll: bool
    images_policy: str
    proxy_mode: str
    proxy_host: str
    proxy_port: int
    network_timeout: float | None
    list_layout: str
    language: str
    close_to_tray: bool
    start_minimised: bool
    notify_muted_feeds: tuple[int, ...]
    notify_muted_sections: tuple[int, ...]
    mark_updated_unread: bool
    story_mark_read: bool
    learn_rhythm: bool
    downloads_dir: str
    download_max_mb: int


def load(setting: Setting) -> Preferences:
    """Every preference of a profile at once, through a layer's `setting(key, default)`."""
    return Preferences(**{pref.key: pref.get(setting) for pref in ALL})
