"""Failed fetches as data, and the one line a person reads about one (issue 13).

The fetcher says why a fetch failed as a `FetchFailure` on the result, beside one line of
detail written where the failure was seen ("connection refused", "too large (more than
1 MB)"). Code decides by the kind: `retry_later` (images, icons, pages), `unreachable`
(offline), `needs_credentials` (add a feed with a password), REFUSED_ADDRESS (never ask again).
No code searches the text. `failure_line` is the one function that writes the line shown
for a failed fetch: in the refresh summary, as a feed's last error, in the settings dialog and
on the command line, so one event reads the same everywhere.
"""

from __future__ import annotations

import re

from newsreader.core.errors import FetchError
from newsreader.core.texts import N_
from newsreader.core.types import FeedStatus, FetchFailure, FetchResult, RefreshSummary
from newsreader.core.urls import redact_url

# The kinds that say the network (or this fetch's luck) failed, not the server's answer or a
# rule: an image stays pending and an icon is looked for again, instead of given up on.
RETRY_LATER = frozenset(FetchFailure) - {
    FetchFailure.HTTP,
    FetchFailure.TOO_LARGE,
    FetchFailure.REFUSED_ADDRESS,
}
# The kinds that say this machine could not reach the site at all: when every feed of a
# refresh fails with one of them, the network is down ("offline"), not the sites.
UNREACHABLE = frozenset({FetchFailure.DNS, FetchFailure.CONNECT, FetchFailure.PROXY})

_KNOWN_STATUSES = {
    401: N_("authentication required"),
    403: N_("access forbidden"),
    404: N_("not found"),
    410: N_("gone"),
    429: N_("too many requests"),
}
# What a kind reads as when nothing more precise was written where it happened.
_KIND_LINES = {
    FetchFailure.NETWORK: N_("connection failed"),
    FetchFailure.DNS: N_("host not found"),
    FetchFailure.CONNECT: N_("connection failed"),
    FetchFailure.TIMEOUT: N_("no response (timed out)"),
    FetchFailure.TOO_LARGE: N_("too large"),
    FetchFailure.REFUSED_ADDRESS: N_("refused: this address may not be used"),
    FetchFailure.ADDRESS_UNKNOWN: N_("not yet: the feed's own address is not known"),
    FetchFailure.REDIRECT: N_("bad redirect"),
    FetchFailure.INVALID_URL: N_("invalid URL"),
    FetchFailure.PROXY: N_("proxy error: the proxy refused or could not be reached"),
    FetchFailure.INTERNAL: N_("fetch failed"),
}


def retry_later(failure: FetchFailure | None) -> bool:
    """Whether a fetch that failed this way is worth trying again on a later refresh."""
    return failure in RETRY_LATER


def unreachable(failure: FetchFailure | None) -> bool:
    """Whether this failure means the site could not be reached from here at all."""
    return failure in UNREACHABLE


def needs_credentials(status: int | None) -> bool:
    """Whether the server's answer asks for (other) credentials: 401 or 403."""
    return status in (401, 403)


def network_down(summary: RefreshSummary) -> bool:
    """Every feed of the refresh failed, each because its site could not be reached."""
    if summary.feeds == 0 or summary.failed < summary.feeds or not summary.failures:
        return False
    return all(unreachable(f) for f in summary.failures)


def status_line(status: int, reason: str = "") -> str:
    """An error status in words, with its number ("not found (HTTP 404)")."""
    if status in _KNOWN_STATUSES:
        return N_("{reason} (HTTP {status})").format(reason=_KNOWN_STATUSES[status], status=status)
    if status >= 500:
        return N_("server error (HTTP {status})").format(status=status)
    if not 400 <= status < 500:
        return N_("unexpected HTTP status {status}").format(status=status)
    printable = re.sub(r"[^\x20-\x7e]", "", reason or "")[:60].strip()
    return f"HTTP {status} {printable}".strip()


def failure_line(result: FetchResult, feed_status: FeedStatus | None = None) -> str:
    """The one line a person reads about a fetch that failed (never a URL or a secret).

    With `feed_status`, the status the decider gave a polled feed after this fetch, the line
    also says what happens to the polling: a 410 stops it, a refused password pauses it.
    Otherwise it is the detail the fetcher wrote, or the kind and status in words.
    """
    if feed_status is FeedStatus.GONE:
        return N_("410 Gone: the publisher removed this feed; polling stopped")
    if feed_status is FeedStatus.AUTH:
        if result.status == 401:
            return N_("401 Unauthorized: check the user name and password; polling paused")
        return N_("{status} Forbidden: check the user name and password; polling paused").format(
            status=result.status
        )
    if result.error:
        return result.error
    if result.status is not None:
        return status_line(result.status)
    return _KIND_LINES.get(result.failure or FetchFailure.INTERNAL, N_("fetch failed"))


def fetch_error(url: str, result: FetchResult) -> FetchError:
    """The exception for a fetch a caller cannot go on without, its kind and status attached."""
    return FetchError(
        N_("could not fetch {url}: {reason}").format(
            url=redact_url(url), reason=failure_line(result)
        ),
        failure=result.failure,
        status=result.status,
    )
