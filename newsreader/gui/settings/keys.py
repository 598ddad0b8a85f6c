"""Profile setting keys written by the dialog (Store.set_setting) and their defaults.

The retention and images keys are the ones the update pipeline reads; the others are read by
the window and the engine when they start or when `settings_changed` tells them.
"""

from __future__ import annotations

from typing import Any

from newsreader.core.schedule import DEFAULT_INTERVAL

DEFAULT_INTERVAL_KEY = "default_interval"  # seconds
REFRESH_ON_START = "refresh_on_start"
RETENTION_DAYS = "retention_days"  # None: keep forever
RETENTION_PER_FEED = "retention_per_feed"  # None: no limit
RETENTION_KEEP_UNREAD = "retention_keep_unread"
READER_FONT = "reader_font"
READER_FONT_SIZE = "reader_font_size"
THEME = "theme"  # system | light | dark
READ_DELAY_MS = "read_delay_ms"
IMAGES_POLICY = "images_policy"  # always | ask | never
PROXY_MODE = "proxy_mode"  # system | none | http | socks5
PROXY_HOST = "proxy_host"
PROXY_PORT = "proxy_port"
NETWORK_TIMEOUT = "network_timeout"  # seconds
# Not a stored key: emitted when feeds or sections changed, so the window reloads its tree.
SUBSCRIPTIONS = "subscriptions"

THEMES = ("system", "light", "dark")
IMAGES_POLICIES = ("always", "ask", "never")
PROXY_MODES = ("system", "none", "http", "socks5")


def as_int(value: Any, default: int, minimum: int = 0) -> int:
    """A stored number, or `default` when it is missing or malformed."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return default
    return int(value) if value >= minimum else default


def default_interval(value: Any) -> int:
    """The interval new feeds get, in seconds (at least a minute)."""
    return as_int(value, DEFAULT_INTERVAL, 60)
