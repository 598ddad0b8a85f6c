"""The settings keys under the names the GUI has used; all of them come from `core.prefs`.

`newsreader.core.prefs` is the one schema (key, default, validator) every layer reads; this
module only keeps the older names working. New code reads `prefs.<NAME>.get(setting)`.
"""

from __future__ import annotations

from typing import Any

from newsreader.core import prefs
from newsreader.core.prefs import IMAGES_POLICIES, PROXY_MODES, SUBSCRIPTIONS, THEMES, as_int

DEFAULT_INTERVAL_KEY = prefs.DEFAULT_INTERVAL.key  # seconds
REFRESH_ON_START = prefs.REFRESH_ON_START.key
RETENTION_DAYS = prefs.RETENTION_DAYS.key  # None: keep forever
RETENTION_PER_FEED = prefs.RETENTION_PER_FEED.key  # None: no limit
RETENTION_KEEP_UNREAD = prefs.RETENTION_KEEP_UNREAD.key
READER_FONT = prefs.READER_FONT.key
READER_FONT_SIZE = prefs.READER_FONT_SIZE.key
THEME = prefs.THEME.key  # system | light | dark
READ_DELAY_MS = prefs.READ_DELAY_MS.key
IMAGES_POLICY = prefs.IMAGES_POLICY.key  # always | ask | never
PROXY_MODE = prefs.PROXY_MODE.key  # system | none | http | socks5
PROXY_HOST = prefs.PROXY_HOST.key
PROXY_PORT = prefs.PROXY_PORT.key
NETWORK_TIMEOUT = prefs.NETWORK_TIMEOUT.key  # seconds

__all__ = [
    "DEFAULT_INTERVAL_KEY", "IMAGES_POLICIES", "IMAGES_POLICY", "NETWORK_TIMEOUT", "PROXY_HOST",
    "PROXY_MODE", "PROXY_MODES", "PROXY_PORT", "READER_FONT", "READER_FONT_SIZE",
    "READ_DELAY_MS", "REFRESH_ON_START", "RETENTION_DAYS", "RETENTION_KEEP_UNREAD",
    "RETENTION_PER_FEED", "SUBSCRIPTIONS", "THEME", "THEMES", "as_int", "default_interval",
]  # fmt: skip


def default_interval(value: Any) -> int:
    """The interval new feeds get, in seconds (see prefs.DEFAULT_INTERVAL)."""
    return prefs.DEFAULT_INTERVAL.read(value)
