"""SQL column lists and the functions that turn result rows into core value types.

Shared by the writer (which returns Feeds) and the reader; any thread.
"""

from __future__ import annotations

from typing import Any

from newsreader.core.types import Article, ArticleRow, Feed, FeedStatus, PageCursor, Validators
from newsreader.storage.db import from_ts

FEED_COLUMNS = (
    "f.id, f.url, f.title, f.section_id, f.interval, f.status, f.site_url, f.etag, "
    "f.last_modified, f.body_hash, f.next_update, f.last_success, f.last_attempt, "
    "f.error_count, f.last_error, f.auth_ref, f.position, f.account_id"
)

ROW_COLUMNS = (
    "a.id, a.feed_id, f.title, f.section_id, a.url, a.title, a.sort_time, a.read, a.starred"
)

ARTICLE_COLUMNS = (
    "a.id, a.feed_id, f.title, f.section_id, a.url, a.title, a.author, a.published, "
    "a.updated, a.summary, a.content, a.image, a.read, a.starred, a.guid, a.full_text"
)


def feed_from_row(row: tuple[Any, ...], paths: dict[int, str]) -> Feed:
    (fid, url, title, section_id, interval, status, site_url, etag, last_modified, body_hash,
     next_update, last_success, last_attempt, error_count, last_error, auth_ref,
     position, account_id) = row  # fmt: skip
    return Feed(
        id=fid,
        url=url,
        title=title,
        section_id=section_id,
        section_path=paths.get(section_id, "") if section_id is not None else "",
        interval=interval,
        status=FeedStatus(status),
        site_url=site_url,
        validators=Validators(etag=etag, last_modified=last_modified),
        body_hash=body_hash,
        next_update=from_ts(next_update),
        last_success=from_ts(last_success),
        last_attempt=from_ts(last_attempt),
        error_count=error_count,
        last_error=last_error,
        auth_ref=auth_ref,
        position=position,
        account_id=account_id,
    )


def list_row(row: tuple[Any, ...], paths: dict[int, str]) -> tuple[ArticleRow, PageCursor]:
    aid, feed_id, feed_title, section_id, url, title, sort_time, read, starred = row
    article = ArticleRow(
        id=aid,
        feed_id=feed_id,
        feed_title=feed_title,
        section_path=paths.get(section_id, "") if section_id is not None else "",
        url=url,
        title=title,
        published=from_ts(sort_time),
        read=bool(read),
        starred=bool(starred),
    )
    return article, PageCursor(sort_key=sort_time, article_id=aid)


def article_from_row(row: tuple[Any, ...], paths: dict[int, str]) -> Article:
    (aid, feed_id, feed_title, section_id, url, title, author, published, updated, summary,
     content, image, read, starred, guid, full_text) = row  # fmt: skip
    return Article(
        id=aid,
        feed_id=feed_id,
        feed_title=feed_title,
        section_path=paths.get(section_id, "") if section_id is not None else "",
        url=url,
        title=title,
        author=author,
        published=from_ts(published),
        updated=from_ts(updated),
        summary=summary,
        content=content,
        image=image,
        read=bool(read),
        starred=bool(starred),
        guid=guid,
        full_text=full_text,
    )
