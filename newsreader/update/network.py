"""The network settings of a profile (proxy, timeout) turned into the fetcher's configuration.

Read when the engine opens and again whenever the settings dialog changes a network key, so
a new proxy or timeout applies to the next request without a restart.
"""

from __future__ import annotations

import urllib.request
from collections.abc import Callable
from typing import Any

from newsreader.core.fetch import FetchLimits

PROXY_MODE = "proxy_mode"  # system | none | http | socks5
PROXY_HOST = "proxy_host"
PROXY_PORT = "proxy_port"
NETWORK_TIMEOUT = "network_timeout"  # seconds
NETWORK_KEYS = frozenset({PROXY_MODE, PROXY_HOST, PROXY_PORT, NETWORK_TIMEOUT})

Setting = Callable[[str, Any], Any]


def fetch_limits(setting: Setting, base: FetchLimits | None = None) -> FetchLimits:
    """Timeouts from the profile: connect and read use the user's timeout; the total
    deadline stays at least three times that, so a slow but steady server can finish."""
    limits = base or FetchLimits()
    timeout = setting(NETWORK_TIMEOUT, None)
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
        return limits
    seconds = float(min(timeout, 300))
    return FetchLimits(
        connect_timeout=seconds,
        read_timeout=seconds,
        total_deadline=max(limits.total_deadline, 3 * seconds),
        max_bytes=limits.max_bytes,
        max_redirects=limits.max_redirects,
    )


def proxies(setting: Setting, system: Callable[[], dict[str, str]] | None = None) -> dict[str, str]:
    """The proxies requests should use: the desktop's (environment), none, or a manual one."""
    mode = setting(PROXY_MODE, "system")
    if mode == "none":
        return {}
    if mode in ("http", "socks5"):
        host = setting(PROXY_HOST, "")
        port = setting(PROXY_PORT, 0)
        if not isinstance(host, str) or not host or not isinstance(port, int) or port <= 0:
            return {}
        scheme = "http" if mode == "http" else "socks5h"
        url = f"{scheme}://{host}:{port}"
        return {"http": url, "https": url}
    found = (system or urllib.request.getproxies)()
    return {k: v for k, v in found.items() if k in ("http", "https")}
