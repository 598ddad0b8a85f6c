"""A `SyncServer` over Miniflux's REST API (`/v1`), for 2.2.x and 2.3.x.

What the code relies on was measured against real servers (../shared/sync/MINIFLUX.md §4):
- the version decides the code path (`GET /v1/version`), never probing;
- entries are paged by id (`order=id&direction=asc&after_entry_id=…`): ids never shift while
  other entries change, where offsets would;
- `changed_after` (Unix seconds) returns the entries whose status or star changed, new
  entries included (their `changed_at` is their creation time);
- read state is idempotent (`PUT /v1/entries`); stars are idempotent only from 2.3.2, below
  that only toggles exist, which the engine calls only when the server's state differs;
- on 2.2.6 a `PUT /v1/entries` that matched no entry answers 500 "nothing has been updated".

The cursor is the integer `changed_after` of the next pull (`next_cursor` says how it is
chosen: exact when the server has been quiet, else with an overlap of `CURSOR_OVERLAP`
seconds so a change that committed while a page was read is not skipped).
"""

from __future__ import annotations

import email.utils
import math
import re
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from requests.auth import HTTPBasicAuth

from newsreader.core.fetch import FetchLimits
from newsreader.core.sync import (
    ChangeSet,
    RemoteEnclosure,
    RemoteEntry,
    RemoteFeed,
    RemoteState,
    ServerInfo,
    SyncError,
)
from newsreader.update.sync_http import AnswerTooLargeError, ApiSession

# Entries (with content) per page of /v1/entries. Measured on 4,000 entries (loopback, 2
# cores): a first pull took 3.2 / 1.3 / 0.7 / 0.9 s on 2.2.6 and 1.3 / 0.7 / 0.5 / 0.4 s on
# 2.3.3 with pages of 100 / 250 / 500 / 1000 (2.3.x refuses more than 1000). A page larger
# than the size cap (long articles) is asked for again in halves.
PAGE_SIZE = 500
MIN_PAGE = 5
WRITE_BATCH = 500  # ids per PUT /v1/entries
CURSOR_OVERLAP = 2  # seconds pulled again at the next sync

Version = tuple[int, int, int]


def parse_version(text: str) -> Version:
    """ "2.2.6" → (2, 2, 6); unknown parts count as 0 (a development build reads as 0.0.0)."""
    numbers = [int(n) for n in re.findall(r"\d+", text)[:3]]
    while len(numbers) < 3:
        numbers.append(0)
    return numbers[0], numbers[1], numbers[2]


def parse_time(value: object) -> datetime | None:
    """RFC 3339 with any offset and an optional fraction (of any length); None when absent."""
    if not isinstance(value, str) or not value or value.startswith("0001-01-01"):
        return None
    text = value.strip().replace("z", "Z")
    match = re.match(r"^(.*?T\d{2}:\d{2}:\d{2})(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$", text)
    if match is None:
        return None
    base, fraction, offset = match.groups()
    fraction = (fraction or "")[:7]  # "." plus at most 6 digits
    offset = "+00:00" if offset in (None, "Z") else offset
    try:
        parsed = datetime.fromisoformat(base + fraction + offset)
    except ValueError:
        return None
    return parsed.astimezone(UTC)


class MinifluxClient:
    """One Miniflux account. `api_key` or `username`+`password`.

    `version_hint` is the version stored at the last sync: it spares the version call, and
    both ways it can be stale are safe (an upgraded server still has the toggle; a downgraded
    one refuses the bulk star with a 400 rather than changing anything wrongly).
    """

    def __init__(
        self,
        base_url: str,
        *,
        api_key: str | None = None,
        username: str | None = None,
        password: str | None = None,
        limits: FetchLimits,
        version_hint: str | None = None,
    ) -> None:
        if api_key:
            auth = None
            headers = {"X-Auth-Token": api_key}
            refused = "The server refused the API key."
        elif username is not None and password is not None:
            auth = HTTPBasicAuth(username, password)
            headers = {}
            refused = "The server refused the user name or password."
        else:
            raise SyncError("A Miniflux account needs an API key, or a user name and password.")
        self._http = ApiSession(base_url, limits, auth=auth, headers=headers, auth_refused=refused)
        self._version: str | None = version_hint
        self._categories: dict[str, int] | None = None

    # -- server ------------------------------------------------------------------------------

    @property
    def version(self) -> str:
        if self._version is None:
            self._version = self._fetch_version()
        return self._version

    def _fetch_version(self) -> str:
        data = self._get("/v1/version")
        version = data.get("version") if isinstance(data, dict) else None
        if not isinstance(version, str):
            raise SyncError(
                f"The server at {self._http.label} did not say its version: is it Miniflux?"
            )
        return version

    def _at_least(self, *wanted: int) -> bool:
        return parse_version(self.version) >= tuple(wanted)

    def server_info(self) -> ServerInfo:
        self._version = self._fetch_version()
        me = self._get("/v1/me")
        user = str(me.get("username", "")) if isinstance(me, dict) else ""
        return ServerInfo("Miniflux", self._version, user)

    def close(self) -> None:
        self._http.close()

    # -- feeds and categories ----------------------------------------------------------------

    def feeds(self) -> list[RemoteFeed]:
        data = self._get("/v1/feeds")
        if not isinstance(data, list):
            raise self._unreadable()
        return [_feed(item) for item in data if isinstance(item, dict)]

    def _category_ids(self, refresh: bool = False) -> dict[str, int]:
        if self._categories is None or refresh:
            data = self._get("/v1/categories")
            if not isinstance(data, list):
                raise self._unreadable()
            self._categories = {
                str(c.get("title", "")): int(c["id"])
                for c in data
                if isinstance(c, dict) and isinstance(c.get("id"), int)
            }
        return self._categories

    def _category_id(self, title: str) -> int:
        """The id of the category named `title`, created when the server has none."""
        title = title.strip()
        for refresh in (False, True):
            known = self._category_ids(refresh)
            if title in known:
                return known[title]
            folded = {k.casefold(): v for k, v in known.items()}
            if title.casefold() in folded:
                return folded[title.casefold()]
        response = self._http.call(
            "POST", "/v1/categories", json_body={"title": title}, accept=(400,)
        )
        if response.status == 400:  # "This category already exists." (made meanwhile)
            known = self._category_ids(refresh=True)
            if title in known:
                return known[title]
            self._http.check(response)
        data = response.json()
        if not isinstance(data, dict) or not isinstance(data.get("id"), int):
            raise self._unreadable()
        self._categories = None
        return int(data["id"])

    def subscribe(self, url: str, category: str) -> RemoteFeed:
        body: dict[str, Any] = {"feed_url": url}
        if category.strip():
            body["category_id"] = self._category_id(category)
        response = self._http.call("POST", "/v1/feeds", json_body=body, accept=(400,))
        if response.status == 400:
            if "already exists" not in response.error_message():
                self._http.check(response)
            # Subscribed before (an earlier sync that did not record it): the same feed,
            # moved where it was asked for.
            for feed in self.feeds():
                if feed.url == url:
                    if category.strip() and feed.category != category.strip():
                        self.edit_feed(feed.remote_id, title=None, category=category)
                        return _feed(self._get(f"/v1/feeds/{feed.remote_id}"))
                    return feed
            self._http.check(response)
        data = response.json()
        feed_id = data.get("feed_id") if isinstance(data, dict) else None
        if not isinstance(feed_id, int):
            raise self._unreadable()
        return _feed(self._get(f"/v1/feeds/{feed_id}"))

    def unsubscribe(self, feed_remote_id: str) -> None:
        if not feed_remote_id.isdigit():
            return
        # Gone already (404) is what was asked for.
        self._http.call("DELETE", f"/v1/feeds/{feed_remote_id}", accept=(404,))

    def edit_feed(self, feed_remote_id: str, *, title: str | None, category: str | None) -> None:
        body: dict[str, Any] = {}
        if title is not None:
            body["title"] = title
        if category is not None:
            if category.strip():
                body["category_id"] = self._category_id(category)
            else:
                body["category_id"] = self._default_category()
        if body and feed_remote_id.isdigit():
            self._http.call("PUT", f"/v1/feeds/{feed_remote_id}", json_body=body)

    def _default_category(self) -> int:
        """The category a feed subscribed without one lands in: the user's first one."""
        known = self._category_ids()
        if not known:
            raise self._unreadable()
        return min(known.values())

    # -- entries -----------------------------------------------------------------------------

    def changes(self, cursor: str | None) -> ChangeSet:
        since = int(cursor) if cursor is not None and cursor.strip().isdigit() else None
        states: dict[str, RemoteState] = {}
        entries: dict[str, RemoteEntry] = {}
        latest: datetime | None = None
        pages = _Pages()
        for item in self._pages(since, pages):
            entry = _entry(item)
            states[entry.remote_id] = entry.state
            entries[entry.remote_id] = entry
            changed = entry.state.changed
            if changed is not None and (latest is None or changed > latest):
                latest = changed
        return ChangeSet(
            states, entries, complete=False, cursor=next_cursor(latest, pages.started, cursor)
        )

    def _pages(self, since: int | None, pages: _Pages) -> Iterator[dict[str, Any]]:
        after = 0
        size = PAGE_SIZE
        while True:
            params: list[tuple[str, str | int]] = [
                ("order", "id"),
                ("direction", "asc"),
                ("limit", size),
                ("after_entry_id", after),
                ("status", "read"),  # both: never the "removed" ones
                ("status", "unread"),
            ]
            if since is not None:
                params.append(("changed_after", since))
            try:
                response = self._http.call("GET", "/v1/entries", params=params)
            except AnswerTooLargeError:
                if size <= MIN_PAGE:
                    raise
                size = max(MIN_PAGE, size // 2)
                continue
            if pages.started is None:
                pages.started = _server_time(response.headers.get("Date"))
            data = response.json()
            items = data.get("entries") if isinstance(data, dict) else None
            if not isinstance(items, list):
                raise self._unreadable()
            page = [i for i in items if isinstance(i, dict) and isinstance(i.get("id"), int)]
            yield from page
            if len(items) < size or not page:
                return
            newest = max(int(i["id"]) for i in page)
            if newest <= after:
                return  # the server ignored after_entry_id: stop rather than loop
            after = newest

    def entries(self, remote_ids: Sequence[str]) -> list[RemoteEntry]:
        found: list[RemoteEntry] = []
        for remote_id in remote_ids:
            if not remote_id.isdigit():
                continue
            response = self._http.call("GET", f"/v1/entries/{remote_id}", accept=(404,))
            if response.status == 404:
                continue
            data = response.json()
            if isinstance(data, dict) and isinstance(data.get("id"), int):
                found.append(_entry(data))
        return found

    def set_read(self, remote_ids: Sequence[str], read: bool) -> set[str]:
        status = "read" if read else "unread"
        return self._bulk(remote_ids, {"status": status})

    def set_starred(self, remote_ids: Sequence[str], starred: bool) -> set[str]:
        if self._at_least(2, 3, 2):
            return self._bulk(remote_ids, {"starred": starred})
        # Only a toggle exists: the engine asks only for entries whose server state differs.
        unknown = {r for r in remote_ids if not r.isdigit()}
        for remote_id in remote_ids:
            if remote_id in unknown:
                continue
            response = self._http.call(
                "PUT", f"/v1/entries/{remote_id}/bookmark", accept=(404, 500)
            )
            if response.status == 404 or (response.status == 500 and self._gone(remote_id)):
                unknown.add(remote_id)
            elif response.status == 500:
                self._http.check(response)
        return unknown

    def _bulk(self, remote_ids: Sequence[str], change: dict[str, Any]) -> set[str]:
        unknown = {r for r in remote_ids if not r.isdigit()}
        ids = sorted({int(r) for r in remote_ids if r.isdigit()})
        for start in range(0, len(ids), WRITE_BATCH):
            batch = ids[start : start + WRITE_BATCH]
            response = self._http.call(
                "PUT", "/v1/entries", json_body={"entry_ids": batch, **change}, accept=(500,)
            )
            if response.status == 500:
                if "nothing has been updated" not in response.error_message():
                    self._http.check(response)
                # 2.2.6: no id of the batch matched. Say which ones are gone.
                unknown |= {str(i) for i in batch if self._gone(str(i))}
        return unknown

    def _gone(self, remote_id: str) -> bool:
        return self._http.call("GET", f"/v1/entries/{remote_id}", accept=(404,)).status == 404

    # -- helpers -----------------------------------------------------------------------------

    def _get(self, path: str, params: list[tuple[str, str | int]] | None = None) -> Any:
        return self._http.call("GET", path, params=params).json()

    def _unreadable(self) -> SyncError:
        return SyncError(
            f"The server at {self._http.label} answered in a way Newsreader does not understand."
        )


class _Pages:
    """What a pull learnt besides entries: the server's clock when it started."""

    started: datetime | None = None


def _server_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def next_cursor(
    latest: datetime | None, started: datetime | None, cursor: str | None
) -> str | None:
    """The `changed_after` of the next pull (Unix seconds, as text).

    A change whose transaction was still open when the pull read its page is missed by that
    pull, and its `changed_at` (the transaction's start) may be older than changes already
    seen. Such a change is at most CURSOR_OVERLAP seconds older than the pull's start, so:
    - when the latest change seen is older than that window, the cursor is that change,
      rounded up: the next pull brings exactly what changed since;
    - otherwise the cursor is the pull's start less the overlap (entries changed within it
      come again: harmless, the engine is idempotent);
    - without the server's Date header, the latest change less the overlap.
    """
    if started is not None:
        window = math.floor(started.timestamp()) - CURSOR_OVERLAP
        if latest is None:
            return str(max(0, window))
        return str(max(0, min(window, math.ceil(latest.timestamp()))))
    if latest is None:
        return cursor
    return str(max(0, math.floor(latest.timestamp()) - CURSOR_OVERLAP))


def _feed(item: Any) -> RemoteFeed:
    if not isinstance(item, dict) or not isinstance(item.get("id"), int):
        raise SyncError("The server described a feed in a way Newsreader does not understand.")
    category = item.get("category")
    title = category.get("title") if isinstance(category, dict) else None
    return RemoteFeed(
        remote_id=str(item["id"]),
        url=str(item.get("feed_url") or ""),
        title=str(item.get("title") or ""),
        site_url=str(item["site_url"]) if item.get("site_url") else None,
        category=str(title) if isinstance(title, str) else "",
    )


def _entry(item: dict[str, Any]) -> RemoteEntry:
    enclosures = item.get("enclosures")
    return RemoteEntry(
        remote_id=str(item["id"]),
        feed_remote_id=str(item.get("feed_id", "")),
        title=str(item.get("title") or ""),
        url=str(item["url"]) if item.get("url") else None,
        author=str(item["author"]) if item.get("author") else None,
        published=parse_time(item.get("published_at")),
        updated=None,  # Miniflux keeps no update time of its own
        content=str(item["content"]) if isinstance(item.get("content"), str) else None,
        state=RemoteState(
            read=item.get("status") == "read",
            starred=bool(item.get("starred")),
            changed=parse_time(item.get("changed_at")),
        ),
        enclosures=tuple(
            RemoteEnclosure(
                url=str(e.get("url") or ""),
                mime_type=str(e.get("mime_type") or ""),
                length=int(e["size"]) if isinstance(e.get("size"), int) else 0,
            )
            for e in (enclosures if isinstance(enclosures, list) else [])
            if isinstance(e, dict) and e.get("url")
        ),
    )
