"""The network settings of a profile (proxy, timeout) turned into the fetcher's configuration.

Read when the engine opens and again whenever the settings dialog changes a network key, so
a new proxy or timeout applies to the next request without a restart.
"""

from __future__ import annotations

import urllib.request
from collections.abc import Callable
from dataclasses import replace

from newsreader.core import prefs
from newsreader.core.fetch import FetchLimits
from newsreader.core.prefs import NETWORK_KEYS, Setting

# The keys, from the one preferences schema (core.prefs), under their older names here.
PROXY_MODE = prefs.PROXY_MODE.key  # system | none | http | socks5
PROXY_HOST = prefs.PROXY_HOST.key
PROXY_PORT = prefs.PROXY_PORT.key
NETWORK_TIMEOUT = prefs.NETWORK_TIMEOUT.key  # seconds
__all__ = ["NETWORK_KEYS", "NETWORK_TIMEOUT", "PROXY_HOST", "PROXY_MODE", "PROXY_PORT", "Setting"]


def fetch_limits(setting: Setting, base: FetchLimits | None = None) -> FetchLimits:
    """Timeouts from the profile: connect, read and the whole request chain (the per-feed
    deadline) all follow the user's timeout, so "20 s" never holds a refresh for 60 s."""
    limits = base or FetchLimits()
    timeout = prefs.NETWORK_TIMEOUT.get(setting)
    if timeout is None:
        if base is not None:
            return base  # the caller's own limits (tests, benchmarks)
        # Unset, Settings shows the read timeout (20 s): the per-feed deadline is that too.
        return replace(limits, total_deadline=limits.read_timeout)
    seconds = float(min(timeout, 300))
    return FetchLimits(
        connect_timeout=seconds,
        read_timeout=seconds,
        total_deadline=seconds,
        max_bytes=limits.max_bytes,
        max_redirects=limits.max_redirects,
    )


def proxies(setting: Setting, system: Callable[[], dict[str, str]] | None = None) -> dict[str, str]:
    """The proxies requests should use: the desktop's (environment), none, or a manual one."""
    mode = prefs.PROXY_MODE.get(setting)
    if mode == "none":
        return {}
    if mode in ("http", "socks5"):
        host = prefs.PROXY_HOST.get(setting)
        port = prefs.PROXY_PORT.get(setting)
        if not host or port <= 0:
            return {}
        scheme = "http" if mode == "http" else "socks5h"
        url = f"{scheme}://{host}:{port}"
        return {"http": url, "https": url}
    found = (system or urllib.request.getproxies)()
    return {k: v for k, v in found.items() if k in ("http", "https")}
