"""The pure update decider: old state + fetch/parse outcome + now → what to write.

No I/O happens here, so every rule (dedupe, churn limit, tombstones, backoff, 410, 401) is
tested on plain data with an injected clock. The pipeline in `newsreader.update` does the
HTTP and database calls around it.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from urllib.parse import urljoin

from newsreader.core.failures import failure_line, needs_credentials
from newsreader.core.rhythm import learn
from newsreader.core.schedule import next_poll
from newsreader.core.types import (
    EntryWrite,
    Feed,
    FeedState,
    FeedStatus,
    FeedUpdate,
    FetchKind,
    FetchResult,
    ParsedEntry,
    ParsedFeed,
    StoredEntry,
)

# An entry whose content keeps changing (a counter, a timestamp in the body) is rewritten at
# most this many times; after that the stored copy stays as it is.
MAX_CHANGES = 5

# A GONE feed is never polled; its next_update is pushed far out so "due" queries skip it
# even without looking at the status.
_NEVER = timedelta(days=3650)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def entry_key(entry: ParsedEntry) -> str:
    """The per-feed identity of an entry: guid, else link, else hash of title and date."""
    if entry.guid and entry.guid.strip():
        return _sha("g\0" + entry.guid.strip())
    if entry.url:
        return _sha("l\0" + entry.url)
    stamp = entry.published or entry.updated
    when = stamp.isoformat() if stamp else ""
    return _sha("h\0" + entry.title + "\0" + when)


# "scheme:" at the start of a guid: such a guid was never changed by URL resolution.
_HAS_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
# feedparser squeezed "http:///x" to "http://x" before resolving.
_URI_FIXER = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*://)(/*)(.*?)")


def legacy_entry_key(entry: ParsedEntry, fetched_url: str) -> str | None:
    """The key this entry was stored under before guids were kept raw (schema 6 and earlier).

    Until then a guid without a scheme ("1559104147038", "t3_abc") was resolved against the
    URL the document was fetched from. Looking an entry up under that old key as well finds
    the article stored before the upgrade, so it is re-keyed instead of coming back as new.
    None when the raw guid is the key the old code made too.
    """
    guid = (entry.guid or "").strip()
    if not guid or _HAS_SCHEME.match(guid) or not fetched_url:
        return None
    try:
        resolved = urljoin(fetched_url, _URI_FIXER.sub(r"\1\3", guid)).strip()
    except ValueError:
        return None
    return _sha("g\0" + resolved) if resolved and resolved != guid else None


def content_hash(entry: ParsedEntry) -> str:
    """Hash of what a reader sees. `updated` is left out: feeds bump it without changes."""
    published = entry.published.isoformat() if entry.published else ""
    parts = (
        entry.title,
        entry.url or "",
        entry.author or "",
        published,
        entry.summary or "",
        entry.content or "",
        entry.image or "",
    )
    return _sha("\0".join(parts))


def decide_entries(
    entries: Iterable[ParsedEntry],
    stored: Mapping[str, StoredEntry],
    tombstoned: set[str],
    fetched_url: str = "",
) -> tuple[tuple[EntryWrite, ...], tuple[EntryWrite, ...]]:
    """Split parsed entries into inserts and rewrites; skip unchanged, purged and churning ones.

    An entry missing from the feed is never deleted: feeds are windows, not the archive.
    Within one document the first occurrence of a key wins (duplicate guids happen). An entry
    found only under its pre-upgrade key (`legacy_entry_key`) is a rewrite that re-keys it.
    """
    inserts: list[EntryWrite] = []
    rewrites: list[EntryWrite] = []
    seen: set[str] = set()
    for entry in entries:
        key = entry_key(entry)
        legacy = legacy_entry_key(entry, fetched_url)
        if key in seen or key in tombstoned or (legacy is not None and legacy in tombstoned):
            continue
        seen.add(key)
        digest = content_hash(entry)
        old = stored.get(key)
        if old is None and legacy is not None and (old := stored.get(legacy)) is not None:
            rewrites.append(
                EntryWrite(
                    key=key, entry=entry, content_hash=digest, article_id=old.article_id,
                    rekey=True, content_changed=old.content_hash != digest,
                )
            )  # fmt: skip
        elif old is None:
            inserts.append(EntryWrite(key=key, entry=entry, content_hash=digest))
        elif old.content_hash != digest and old.changes < MAX_CHANGES:
            rewrites.append(
                EntryWrite(key=key, entry=entry, content_hash=digest, article_id=old.article_id)
            )
    return tuple(inserts), tuple(rewrites)


def entry_keys(entries: Iterable[ParsedEntry], fetched_url: str = "") -> list[str]:
    """The keys the decider will ask storage about, in document order, pre-upgrade ones too."""
    keys: list[str] = []
    for entry in entries:
        keys.append(entry_key(entry))
        legacy = legacy_entry_key(entry, fetched_url)
        if legacy is not None:
            keys.append(legacy)
    return keys


def decide_feed_state(
    feed: Feed,
    result: FetchResult,
    now: datetime,
    rng: random.Random,
    *,
    parse_error: str | None = None,
    publish_times: Iterable[datetime] = (),
    adaptive: bool = True,
    learn_rhythm: bool = True,
) -> FeedState:
    """The feed's next poll time and health after one attempt.

    Success resets the error count; a failure keeps the old validators and body hash so the
    next attempt fetches and parses the document again instead of trusting a broken copy.
    After a success the wait follows the rhythm learned from `publish_times` (the feed's
    recent posts, issue 19); a feed without enough of them, or any feed when `learn_rhythm`
    is off (the user's setting), keeps its fixed interval.
    """
    if result.kind in (FetchKind.OK, FetchKind.NOT_MODIFIED) and parse_error is None:
        rhythm = learn(publish_times, now) if learn_rhythm else None
        return FeedState(
            next_update=next_poll(
                now, feed.interval, result.hints, rng=rng, rhythm=rhythm, adaptive=adaptive
            ),
            status=FeedStatus.ACTIVE,
            error_count=0,
            last_error=None,
            last_attempt=now,
            last_success=now,
            validators=result.validators,
            body_hash=_body_hash_of(result, feed),
        )
    if result.kind is FetchKind.GONE:
        return FeedState(
            next_update=now + _NEVER,
            status=FeedStatus.GONE,
            error_count=feed.error_count + 1,
            last_error=failure_line(result, FeedStatus.GONE),
            last_attempt=now,
            last_success=feed.last_success,
            validators=feed.validators,
            body_hash=feed.body_hash,
        )
    errors = feed.error_count + 1
    if parse_error is not None:
        message = parse_error
        status = FeedStatus.ERROR
    elif needs_credentials(result.status):
        status = FeedStatus.AUTH
        message = failure_line(result, status)
    else:
        status = FeedStatus.ERROR
        message = failure_line(result, status)
    return FeedState(
        next_update=next_poll(
            now, feed.interval, result.hints, error_count=errors, status=result.status, rng=rng
        ),
        status=status,
        error_count=errors,
        last_error=message,
        last_attempt=now,
        last_success=feed.last_success,
        validators=feed.validators,
        body_hash=feed.body_hash,
    )


def _body_hash_of(result: FetchResult, feed: Feed) -> str | None:
    if result.kind is FetchKind.OK and result.body is not None:
        return hashlib.sha256(result.body).hexdigest()
    return feed.body_hash


def decide_update(
    feed: Feed,
    result: FetchResult,
    parsed: ParsedFeed | None,
    stored: Mapping[str, StoredEntry],
    tombstoned: set[str],
    now: datetime,
    rng: random.Random,
    *,
    parse_error: str | None = None,
    publish_times: Iterable[datetime] = (),
    adaptive: bool = True,
    learn_rhythm: bool = True,
) -> FeedUpdate:
    """Everything one attempt writes for one feed (applied by storage in one transaction).

    `publish_times` are the stored posts' dates; this document's own dates are added to them.
    """
    times = list(publish_times)
    if parsed is not None and parse_error is None:
        times.extend(e.published for e in parsed.entries if e.published is not None)
    state = decide_feed_state(
        feed, result, now, rng, parse_error=parse_error, publish_times=times, adaptive=adaptive,
        learn_rhythm=learn_rhythm,
    )  # fmt: skip
    new_url = result.permanent_url if result.permanent_url not in (None, feed.url) else None
    if parsed is None or parse_error is not None:
        return FeedUpdate(feed_id=feed.id, state=state, new_url=new_url)
    inserts, rewrites = decide_entries(parsed.entries, stored, tombstoned, result.final_url)
    return FeedUpdate(
        feed_id=feed.id,
        state=state,
        inserts=inserts,
        rewrites=rewrites,
        new_url=new_url,
        title=parsed.title or None,
        site_url=parsed.site_url,
    )
