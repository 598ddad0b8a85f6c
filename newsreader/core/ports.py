"""Seams between layers, as Protocols.

`LibraryReader` is the read-only query interface the GUI and the CLI use; storage implements
it. Every method is bounded (one page, one article, the counts of the visible tree) so the GUI
thread may call it directly.

`FeedFetcher` and `FeedParser` are what the refresh pipeline needs from the network and the
parser (`core.fetch.Fetcher` and `update.parsing.ParsePool` implement them); tests hand the
pipeline in-process fakes instead (`tests/support/fakes.py`, issue 13).
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import Future
from datetime import datetime
from pathlib import Path
from typing import Protocol

from newsreader.core.tags import Note, SavedSearch, Tag
from newsreader.core.trending import TrendingRow
from newsreader.core.types import (
    Article,
    ArticleQuery,
    ArticleRow,
    ArticleVersion,
    CachedImage,
    Feed,
    FetchResult,
    PageCursor,
    ParsedFeed,
    PopularRow,
    Section,
    Validators,
)


class FeedFetcher(Protocol):
    """Fetches one feed document; called from the refresh pipeline's fetch threads at once."""

    def fetch_feed(
        self,
        url: str,
        validators: Validators,
        previous_body_hash: str | None,
        auth: tuple[str, str] | None = None,
    ) -> FetchResult:
        """A conditional GET with the stored validators; never raises for network trouble
        (the failure is in the result), an unchanged body comes back as NOT_MODIFIED."""
        ...


class FeedParser(Protocol):
    """Parses feed documents off the caller's thread; `submit` is called from fetch threads."""

    def submit(self, body: bytes, url: str, content_type: str | None) -> Future[ParsedFeed]:
        """Queue one document; the future raises ParseError for documents that are not feeds."""
        ...


class LibraryReader(Protocol):
    """Bounded read queries over the article store."""

    def sections(self) -> Sequence[Section]:
        """Every section, parents before children, in tree order."""
        ...

    def feeds(self) -> Sequence[Feed]:
        """Every feed, ordered by section then position then title."""
        ...

    def unread_counts(self) -> dict[int, int]:
        """Unread articles per feed id (feeds with none may be missing)."""
        ...

    def special_counts(self) -> tuple[int, int, int]:
        """(all, unread, starred) article counts."""
        ...

    def article_page(
        self, query: ArticleQuery, after: PageCursor | None, limit: int
    ) -> Sequence[tuple[ArticleRow, PageCursor]]:
        """One page of list rows after `after`, each with the cursor that follows it."""
        ...

    def article(self, article_id: int) -> Article | None:
        """One article with its body, or None when it does not exist (or was purged)."""
        ...

    def article_images(self, article_id: int) -> Sequence[CachedImage]:
        """Images of an article that are in the local cache."""
        ...

    def article_versions(self, article_id: int) -> Sequence[ArticleVersion]:
        """The kept earlier versions of an article (its feed changed it), newest first."""
        ...

    def feed_icons(self, images_dir: Path) -> dict[int, Path]:
        """{feed id: its cached icon file} for the feeds that have one."""
        ...

    def search(self, text: str, limit: int) -> Sequence[ArticleRow]:
        """Full-text search, title weighted above body, best first."""
        ...

    def popular(self, section_id: int | None, limit: int, now: datetime) -> Sequence[PopularRow]:
        """Most popular by read score, for the library or a section (subsections included)."""
        ...

    def related(self, article_id: int, limit: int) -> Sequence[ArticleRow]:
        """The same story: by relevance (section, date only for near-ties); never its copies."""
        ...

    def story_sources(self, article_id: int, limit: int) -> Sequence[ArticleRow]:
        """The other feeds' articles of this article's story, earliest first (issue 19)."""
        ...

    def trending(self, limit: int, now: datetime) -> Sequence[TrendingRow]:
        """Trending stories, best first, each with its reason (not bounded by an index:
        called off the GUI thread)."""
        ...

    # Issue 16: tags, notes and saved searches (storage.tags, storage.saved_searches).

    def tags(self) -> Sequence[Tag]:
        """Every tag some article carries, by name, with its article and unread counts."""
        ...

    def tag_names(self) -> Sequence[str]:
        """Every tag's name (completion when adding one)."""
        ...

    def article_tags(self, article_id: int) -> Sequence[Tag]:
        """One article's tags, by name."""
        ...

    def article_note(self, article_id: int) -> Note | None:
        """One article's private note, or None."""
        ...

    def saved_searches(self) -> Sequence[SavedSearch]:
        """Every saved search, in tree order."""
        ...

    def saved_search_counts(self, saved: Sequence[SavedSearch]) -> dict[int, int]:
        """{id: unread hits} of these saved searches (one bounded FTS query each)."""
        ...


class LibraryWriter(Protocol):
    """The reader's own actions on articles: read, star, mark all read, read events.

    Only the single writer thread calls these (the update pipeline's batches and the user's
    actions both go through it), so SQLite never sees two writers. Part of the window's
    writer seam, `usecases.ports.GuiStore`.
    """

    def mark_read(self, article_ids: Sequence[int], read: bool) -> None:
        """Set the read flag of articles (does not record a read event)."""
        ...

    def set_starred(self, article_id: int, starred: bool) -> None:
        """Star or unstar one article."""
        ...

    def mark_all_read(self, query: ArticleQuery, changed: list[int] | None = None) -> int:
        """Mark every article the query selects as read; returns how many changed, and
        appends their ids to `changed` when one is given (undo restores exactly those)."""
        ...

    def record_read(self, article_id: int, at: datetime, seconds: float | None) -> None:
        """Store one read event (opening counts again), mark the article read, update its score."""
        ...
