"""How the CLI prints things: the JSON shapes of the contract, and plain text for people."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from newsreader.app.i18n import _
from newsreader.core.sanitize import html_to_text
from newsreader.core.sync import Account
from newsreader.core.types import (
    Article,
    ArticleRow,
    ArticleVersion,
    CachedImage,
    Feed,
    PopularRow,
    RefreshSummary,
)


def iso(when: datetime | None) -> str | None:
    return when.isoformat() if when else None


def row_json(row: ArticleRow, accounts: Mapping[int, str] | None = None) -> dict[str, Any]:
    """An article line; `accounts` maps a synced feed's id to its account's name."""
    return {
        "id": row.id,
        "title": row.title,
        "url": row.url,
        "feed": row.feed_title,
        "feed_id": row.feed_id,
        "section": row.section_path,
        "published": iso(row.published),
        "read": row.read,
        "starred": row.starred,
        "account": None if accounts is None else accounts.get(row.feed_id),
    }


def popular_json(item: PopularRow, accounts: Mapping[int, str] | None = None) -> dict[str, Any]:
    data = row_json(item.article, accounts)
    data.update(score=round(item.score, 6), reads=item.reads, last_read=iso(item.last_read))
    return data


def article_json(
    article: Article, images: Sequence[CachedImage], versions: Sequence[ArticleVersion] = ()
) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "url": article.url,
        "feed": article.feed_title,
        "feed_id": article.feed_id,
        "section": article.section_path,
        "published": iso(article.published),
        "updated": iso(article.updated),
        "read": article.read,
        "starred": article.starred,
        "author": article.author,
        "summary": article.summary,
        "content": article.content,
        "full_text": article.full_text,
        "image": article.image,
        "images": [
            {
                "url": image.url,
                "sha256": image.sha256,
                "content_type": image.content_type,
                "width": image.width,
                "height": image.height,
                "size": image.size,
            }
            for image in images
        ],
        # Earlier versions kept when the feed changed the article's text (issue 19).
        "versions": [{"changed_at": iso(v.changed_at), "title": v.title} for v in versions],
    }


def account_json(account: Account) -> dict[str, Any]:
    return {
        "id": account.id,
        "name": account.name,
        "kind": str(account.kind),
        "url": account.url,
        "user": account.username or None,
        "server_version": account.server_version,
        "last_sync": iso(account.last_sync),
        "last_error": account.last_error,
    }


def feed_json(
    feed: Feed, unread: int, has_credentials: bool, account: str | None = None
) -> dict[str, Any]:
    return {
        "id": feed.id,
        "url": feed.url,
        "title": feed.title,
        "section": feed.section_path,
        "unread": unread,
        "error": feed.last_error,
        "status": str(feed.status),
        "interval": feed.interval,
        "site_url": feed.site_url,
        "last_success": iso(feed.last_success),
        "next_update": iso(feed.next_update),
        "error_count": feed.error_count,
        "has_credentials": has_credentials,
        "account": account,
    }


def summary_json(summary: RefreshSummary) -> dict[str, Any]:
    return {
        "feeds": summary.feeds,
        "updated": summary.updated,
        "not_modified": summary.not_modified,
        "failed": summary.failed,
        "new_articles": summary.new_articles,
        "images_cached": summary.images_cached,
        "images_failed": summary.images_failed,
        "seconds": summary.seconds,
        "errors": [
            {"url": url, "error": error, "failure": _failure(summary, i)}
            for i, (url, error) in enumerate(summary.errors)
        ],
        "storage_error": summary.storage_error,
    }


def _failure(summary: RefreshSummary, index: int) -> str | None:
    """The kind of the index-th error's fetch failure (`FetchFailure`), or None."""
    failure = summary.failures[index] if index < len(summary.failures) else None
    return None if failure is None else str(failure)


def print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_rows(rows: Iterable[ArticleRow], extra: Mapping[int, str] | None = None) -> None:
    for row in rows:
        mark = " " if row.read else "●"
        star = "★" if row.starred else " "
        date = row.published.strftime("%Y-%m-%d %H:%M") if row.published else " " * 16
        suffix = f"  [{extra[row.id]}]" if extra and row.id in extra else ""
        print(f"{row.id:>7} {mark}{star} {date}  {row.title}  — {row.feed_title}{suffix}")


def print_article(article: Article) -> None:
    print(article.title)
    line = " · ".join(
        part
        for part in (
            # ISO, as the lists show it: the CLI cannot count on the user's locale being
            # installed for strftime's month names (issue 17).
            article.published.strftime("%Y-%m-%d %H:%M") if article.published else "",
            article.feed_title,
            _("by {author}").format(author=article.author) if article.author else "",
        )
        if part
    )
    print(line)
    if article.section_path:
        print(_("Section: {path}").format(path=article.section_path.replace("/", " › ")))
    if article.url:
        print(article.url)
    print()
    body = article.full_text or article.content or article.summary or ""
    print(html_to_text(body))
