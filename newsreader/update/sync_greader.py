"""A `SyncServer` over the Google Reader API (Miniflux's endpoint, FreshRSS and the rest).

What the code relies on (../shared/sync/MINIFLUX.md §5 and §9):
- ClientLogin is a POST (a GET answers 405, or 200 with an HTML page on Miniflux 2.3.x);
  every call then carries `Authorization: GoogleLogin auth=…` and `output=json`;
- writes carry a token `T`; a 401 with `X-Reader-Google-Bad-Token: true` means: fetch a new
  token once, then retry;
- item ids: `items/ids` gives decimal short ids (FreshRSS's are microsecond timestamps),
  contents give the long hex form; `i=` is always sent in the LONG form
  `tag:google.com,2005:reader/item/%016x` (Miniflux 2.2.6 reads a short id as hex);
- stream continuations are offsets into a result that changes when states change, so the id
  sets (reading list, unread, starred) are taken whole before anything is sent;
- unread is the reading list minus `xt=…/read` (FreshRSS's `s=…/read` returns everything);
- `a=`/`r=` of edit-tag are read from the form body only;
- `user/1/…` (Miniflux) and `user/-/…` (FreshRSS) name the same things.

Remote ids are decimal strings of the numeric item id; feed ids are the number of
`feed/<n>`, or the whole stream id for servers whose feed ids are not numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any

from newsreader.core.fetch import FetchLimits
from newsreader.core.sync import (
    ChangeSet,
    RemoteEnclosure,
    RemoteEntry,
    RemoteFeed,
    RemoteState,
    ServerInfo,
    SyncAuthError,
    SyncError,
)
from newsreader.update.sync_http import AnswerTooLargeError, ApiResponse, ApiSession

API = "reader/api/0/"
LONG_PREFIX = "tag:google.com,2005:reader/item/"
READING_LIST = "user/-/state/com.google/reading-list"
READ = "user/-/state/com.google/read"
STARRED = "user/-/state/com.google/starred"
# Ids per stream/items/contents and edit-tag call. Measured on 4,000 entries (loopback):
# ids plus contents took 1.5 / 1.1 / 1.0 s on 2.2.6 and 0.9 / 0.7 / 0.6 s on 2.3.3 with
# batches of 100 / 250 / 500; 250 keeps each form body and answer moderate.
CONTENTS_BATCH = 250
# Ids asked for per items/ids page (Miniflux 2.3.x gives at most 1,000; see `_ids` for
# why a listing of several pages is read twice).
IDS_PAGE = 10000
MAX_ID_PAGES = 1000  # a server whose continuation never ends is stopped

_USER = re.compile(r"^user/[^/]*/")


def normalise_stream(stream_id: str) -> str:
    """`user/1/label/X` (Miniflux) → `user/-/label/X` (what FreshRSS and Google used)."""
    return _USER.sub("user/-/", stream_id.strip())


def item_number(item_id: str) -> int | None:
    """The numeric id of an item, from any form a server sends: the long form
    (`tag:google.com,2005:reader/item/<16 hex>`), a decimal short id (Miniflux's "129",
    FreshRSS's microsecond "1700000000123456") or a bare 16-digit hex id."""
    text = item_id.strip()
    try:
        if text.startswith(LONG_PREFIX):
            return int(text[len(LONG_PREFIX) :], 16)
        if text.isdigit():
            return int(text)
        if len(text) == 16:
            return int(text, 16)
    except ValueError:
        return None
    return None


def long_id(remote_id: str) -> str:
    """The form every `i=` is sent in: correct on every Miniflux version and on FreshRSS."""
    return f"{LONG_PREFIX}{int(remote_id):016x}"


def _remote(item_id: object) -> str | None:
    number = item_number(item_id) if isinstance(item_id, str) else None
    if number is None and isinstance(item_id, int):
        number = item_id
    return str(number) if number is not None and number >= 0 else None


def _feed_remote_id(stream_id: str) -> str:
    tail = stream_id[len("feed/") :] if stream_id.startswith("feed/") else ""
    return tail if tail.isdigit() else stream_id


def _feed_stream(remote_id: str) -> str:
    return f"feed/{remote_id}" if remote_id.isdigit() else remote_id


def _label(category: str) -> str:
    return f"user/-/label/{category}"


class GReaderClient:
    """One Google Reader API account: `base_url` is what the server documents as the API's
    base (Miniflux: its own address; FreshRSS: `…/api/greader.php`)."""

    def __init__(self, base_url: str, username: str, password: str, limits: FetchLimits) -> None:
        self._username = username
        self._password = password
        self._base_url = base_url
        self._limits = limits
        self._http = ApiSession(
            base_url, limits, auth_refused="The server refused the user name or password."
        )
        self._auth: str | None = None
        self._token: str | None = None

    # -- session -----------------------------------------------------------------------------

    def _login(self) -> None:
        response = self._http.call(
            "POST",
            "accounts/ClientLogin",
            form={"Email": self._username, "Passwd": self._password},
            accept=(400, 401, 403),
        )
        if response.status != 200:
            raise SyncAuthError("The server refused the user name or password.")
        auth = None
        for line in response.text().splitlines():
            key, _, value = line.partition("=")
            if key.strip() == "Auth" and value.strip():
                auth = value.strip()
        if auth is None:
            raise SyncError(
                f"The server at {self._http.label} did not log in like a Google Reader API "
                "server: check the address (FreshRSS wants …/api/greader.php)."
            )
        self._auth = auth
        self._token = None
        self._http.set_header("Authorization", f"GoogleLogin auth={auth}")

    def _fetch_token(self) -> str:
        response = self._call("GET", "token")
        token = response.text().strip()
        if not token:
            raise SyncError(f"The server at {self._http.label} gave no write token.")
        self._token = token
        return token

    def _call(
        self,
        method: str,
        name: str,
        *,
        params: list[tuple[str, str | int]] | None = None,
        form: list[tuple[str, str | int]] | None = None,
        write: bool = False,
        accept: tuple[int, ...] = (),
    ) -> ApiResponse:
        """An API call, logged in; writes carry T, renewed once when the server says so."""
        if self._auth is None:
            self._login()
        query = list(params or [])
        relogged = False
        renewed = False
        while True:
            body = list(form or [])
            if write:
                token = self._token or self._fetch_token()
                body = [("T", token), *body]
            response = self._http.call(
                method,
                API + name,
                params=query or None,
                form=body or None,
                accept=(401, *accept),
            )
            if response.status != 401:
                return response
            bad_token = response.headers.get("X-Reader-Google-Bad-Token", "").lower() == "true"
            if write and bad_token and not renewed:
                renewed = True
                self._token = None
                continue
            if not relogged and not bad_token:
                relogged = True  # an expired login: once, then it is the credentials
                self._login()
                continue
            if bad_token:
                raise SyncAuthError(
                    f"The server at {self._http.label} keeps refusing the write token it "
                    "hands out: try logging in again later."
                )
            raise SyncAuthError("The server refused the user name or password.")

    def _json(self, name: str, params: list[tuple[str, str | int]] | None = None) -> Any:
        return self._call("GET", name, params=[("output", "json"), *(params or [])]).json()

    def close(self) -> None:
        self._http.close()

    # -- reading -----------------------------------------------------------------------------

    def server_info(self) -> ServerInfo:
        data = self._json("user-info")
        user = (
            str(data.get("userName") or data.get("userEmail") or "")
            if isinstance(data, dict)
            else ""
        )
        # The API has no version call; Miniflux and FreshRSS answer to the same paths.
        return ServerInfo("Google Reader API", "", user or self._username)

    def feeds(self) -> list[RemoteFeed]:
        data = self._json("subscription/list")
        items = data.get("subscriptions") if isinstance(data, dict) else None
        if not isinstance(items, list):
            raise self._unreadable()
        return [_feed(s) for s in items if isinstance(s, dict) and isinstance(s.get("id"), str)]

    def _ids(self, stream: str, exclude: str | None = None) -> set[str]:
        """Every item id of a stream, all pages read before anything else is done.

        Miniflux answers at most 1,000 ids a page (2.3.x), and its continuation is an offset
        into a publish-time order in which entries of the same second change places from one
        page to the next: a listing of several pages skips some ids and repeats others
        (10,100 entries, 101 in each minute: 78 skipped, either way). So a listing that took
        more than one page is read again in the other direction, where the ties fall
        differently, and the two are joined (all 10,100 there).
        """
        found, pages = self._ids_once(stream, exclude, oldest_first=True)
        if pages > 1:
            again, _ = self._ids_once(stream, exclude, oldest_first=False)
            found |= again
        return found

    def _ids_once(
        self, stream: str, exclude: str | None, *, oldest_first: bool
    ) -> tuple[set[str], int]:
        found: set[str] = set()
        continuation: str | None = None
        for page in range(1, MAX_ID_PAGES + 1):
            params: list[tuple[str, str | int]] = [("s", stream), ("n", IDS_PAGE)]
            if oldest_first:
                params.append(("r", "o"))
            if exclude is not None:
                params.append(("xt", exclude))
            if continuation:
                params.append(("c", continuation))
            data = self._json("stream/items/ids", params)
            refs = data.get("itemRefs") if isinstance(data, dict) else None
            if refs is None and isinstance(data, dict):
                refs = []  # FreshRSS leaves itemRefs out of an empty stream
            if not isinstance(refs, list):
                raise self._unreadable()
            for ref in refs:
                remote = _remote(ref.get("id")) if isinstance(ref, dict) else None
                if remote is not None:
                    found.add(remote)
            nxt = data.get("continuation")
            if not refs or not nxt or str(nxt) == continuation:
                return found, page
            continuation = str(nxt)
        raise SyncError(f"The server at {self._http.label} never finished listing its items.")

    def _sibling(self) -> GReaderClient:
        """A second connection logged in as this one (for listing id sets side by side)."""
        other = GReaderClient(self._base_url, self._username, self._password, self._limits)
        if self._auth is not None:
            other._auth = self._auth
            other._http.set_header("Authorization", f"GoogleLogin auth={self._auth}")
        return other

    def changes(self, cursor: str | None) -> ChangeSet:
        del cursor  # the id sets are taken whole every time
        if self._auth is None:
            self._login()
        # The three id sets are listed at once, each on its own connection: on a large
        # account each takes many pages, and the server answers them side by side (issue 14:
        # an incremental sync of 50,000 entries took 6.5 s one set after the other).
        siblings = [self._sibling(), self._sibling()]
        try:
            with ThreadPoolExecutor(2, thread_name_prefix="greader-ids") as pool:
                unread_ids = pool.submit(siblings[0]._ids, READING_LIST, READ)
                starred_ids = pool.submit(siblings[1]._ids, STARRED)
                everything = self._ids(READING_LIST)
                unread = unread_ids.result()
                starred = starred_ids.result()
        finally:
            for sibling in siblings:
                sibling.close()
        states = {
            remote_id: RemoteState(read=remote_id not in unread, starred=remote_id in starred)
            for remote_id in everything | starred
        }
        return ChangeSet(states, {}, complete=True, cursor=None)

    def entries(self, remote_ids: Sequence[str]) -> list[RemoteEntry]:
        ids = _numeric(remote_ids)
        found: dict[str, RemoteEntry] = {}
        pending = [ids[i : i + CONTENTS_BATCH] for i in range(0, len(ids), CONTENTS_BATCH)]
        while pending:
            batch = pending.pop()
            try:
                response = self._call(
                    "POST",
                    "stream/items/contents",
                    params=[("output", "json")],
                    form=[("i", long_id(r)) for r in batch],
                    write=True,
                    accept=(400, 404),
                )
            except AnswerTooLargeError:
                if len(batch) == 1:
                    raise
                half = len(batch) // 2  # long articles: ask again for fewer at once
                pending += [batch[:half], batch[half:]]
                continue
            if response.status in (400, 404):
                if "no items" not in response.error_message().lower():
                    self._http.check(response)
                # Miniflux refuses a batch when none of its ids is known: halve it, so
                # the known ones are still fetched and the unknown ones are left out.
                if len(batch) > 1:
                    half = len(batch) // 2
                    pending += [batch[:half], batch[half:]]
                continue
            data = response.json()
            items = data.get("items") if isinstance(data, dict) else None
            if items is None:
                continue  # `[]`: none of them is known
            if not isinstance(items, list):
                raise self._unreadable()
            wanted = set(batch)
            for item in items:
                entry = _entry(item) if isinstance(item, dict) else None
                if entry is not None and entry.remote_id in wanted:
                    found[entry.remote_id] = entry
        return [found[r] for r in ids if r in found]

    # -- writing -----------------------------------------------------------------------------

    def set_read(self, remote_ids: Sequence[str], read: bool) -> set[str]:
        return self._edit_tag(remote_ids, READ, read)

    def set_starred(self, remote_ids: Sequence[str], starred: bool) -> set[str]:
        return self._edit_tag(remote_ids, STARRED, starred)

    def _edit_tag(self, remote_ids: Sequence[str], tag: str, add: bool) -> set[str]:
        """edit-tag with `a=`/`r=` in the form body. The API says OK for unknown ids, so only
        ids that are not item ids at all come back as unknown; entries deleted on the server
        show as missing from the next (complete) `changes`."""
        ids = _numeric(remote_ids)
        unknown = set(remote_ids) - set(ids)
        for start in range(0, len(ids), CONTENTS_BATCH):
            batch = ids[start : start + CONTENTS_BATCH]
            form: list[tuple[str, str | int]] = [("i", long_id(r)) for r in batch]
            form.append(("a" if add else "r", tag))
            self._call("POST", "edit-tag", form=form, write=True)
        return unknown

    def subscribe(self, url: str, category: str) -> RemoteFeed:
        response = self._call(
            "POST",
            "subscription/quickadd",
            params=[("output", "json")],
            form=[("quickadd", url)],
            write=True,
            accept=(400, 500),
        )
        if response.status in (400, 500):
            if "already exists" in response.error_message():
                # Subscribed before (an earlier sync that did not record it): the same feed.
                known = next((f for f in self.feeds() if f.url == url), None)
                if known is not None:
                    if category.strip() and known.category != category.strip():
                        self.edit_feed(known.remote_id, title=None, category=category)
                        return RemoteFeed(
                            known.remote_id,
                            known.url,
                            known.title,
                            known.site_url,
                            category.strip(),
                        )
                    return known
            self._http.check(response)
        data = response.json()
        stream = data.get("streamId") if isinstance(data, dict) else None
        if not isinstance(stream, str) or not stream:
            message = data.get("error") if isinstance(data, dict) else None
            raise SyncError(
                f"The server could not subscribe to {url}"
                + (f": {message}" if isinstance(message, str) and message else ".")
            )
        remote_id = _feed_remote_id(stream)
        if category.strip():
            self.edit_feed(remote_id, title=None, category=category)
        for feed in self.feeds():
            if feed.remote_id == remote_id:
                return feed
        return RemoteFeed(remote_id, url, str(data.get("streamName") or url), None, category)

    def unsubscribe(self, feed_remote_id: str) -> None:
        self._call(
            "POST",
            "subscription/edit",
            form=[("ac", "unsubscribe"), ("s", _feed_stream(feed_remote_id))],
            write=True,
        )

    def edit_feed(self, feed_remote_id: str, *, title: str | None, category: str | None) -> None:
        form: list[tuple[str, str | int]] = [("ac", "edit"), ("s", _feed_stream(feed_remote_id))]
        if title is not None:
            form.append(("t", title))
        if category is not None and category.strip():
            # Moves the feed: Miniflux and FreshRSS keep one folder per feed, made when new.
            form.append(("a", _label(category.strip())))
        if len(form) > 2:
            self._call("POST", "subscription/edit", form=form, write=True)

    def _unreadable(self) -> SyncError:
        return SyncError(
            f"The server at {self._http.label} answered in a way Newsreader does not understand."
        )


def _numeric(remote_ids: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for remote_id in remote_ids:
        if remote_id.isdigit() and int(remote_id) < (1 << 63):
            seen[str(int(remote_id))] = None
    return list(seen)


def _feed(item: dict[str, Any]) -> RemoteFeed:
    category = ""
    for cat in item.get("categories") or []:
        if not isinstance(cat, dict):
            continue
        label = cat.get("label")
        stream = normalise_stream(str(cat.get("id") or ""))
        if cat.get("type", "folder") == "folder" and stream.startswith("user/-/label/"):
            category = str(label) if isinstance(label, str) else stream[len("user/-/label/") :]
            break
    html = item.get("htmlUrl")
    return RemoteFeed(
        remote_id=_feed_remote_id(str(item["id"])),
        url=str(item.get("url") or ""),
        title=str(item.get("title") or ""),
        site_url=str(html) if isinstance(html, str) and html else None,
        category=category,
    )


def _seconds(value: object) -> datetime | None:
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        try:
            return datetime.fromtimestamp(value, UTC)
        except (OverflowError, OSError, ValueError):
            return None
    return None


def _entry(item: dict[str, Any]) -> RemoteEntry | None:
    remote_id = _remote(item.get("id"))
    if remote_id is None:
        return None
    tags = {normalise_stream(str(c)) for c in item.get("categories") or [] if isinstance(c, str)}
    origin = item.get("origin")
    stream = str(origin.get("streamId") or "") if isinstance(origin, dict) else ""
    url = None
    for key in ("alternate", "canonical"):
        links = item.get(key)
        if isinstance(links, list):
            href = next(
                (x.get("href") for x in links if isinstance(x, dict) and x.get("href")), None
            )
            if isinstance(href, str):
                url = href
                break
    content = None
    for key in ("content", "summary"):
        part = item.get(key)
        if isinstance(part, dict) and isinstance(part.get("content"), str):
            content = str(part["content"])
            break
    enclosures = item.get("enclosure")
    return RemoteEntry(
        remote_id=remote_id,
        feed_remote_id=_feed_remote_id(stream),
        title=str(item.get("title") or ""),
        url=url,
        author=str(item["author"])
        if isinstance(item.get("author"), str) and item["author"]
        else None,
        published=_seconds(item.get("published")),
        updated=_seconds(item.get("updated")),
        content=content,
        state=RemoteState(read=READ in tags, starred=STARRED in tags),
        enclosures=tuple(
            RemoteEnclosure(
                url=str(e["href"]),
                mime_type=str(e.get("type") or ""),
                length=int(e["length"]) if str(e.get("length", "")).isdigit() else 0,
            )
            for e in (enclosures if isinstance(enclosures, list) else [])
            if isinstance(e, dict) and isinstance(e.get("href"), str)
        ),
    )
