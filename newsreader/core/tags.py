"""Tags, notes and saved searches (issue 16): the values, and what a valid name or note is.

A tag is a name the person gives articles ("to read later", "trip"); a note is a short
private text on one article; a saved search is a search (with optional unread-only and
section scope) kept as a node of the tree. All three are user text: they are shown as plain
text everywhere. Pure Python; any thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from newsreader.core.errors import UsageError
from newsreader.core.types import ArticleQuery

MAX_NAME = 80  # characters of a tag's or saved search's name: a tree row, not a paragraph
MAX_NOTE = 2000  # characters of a note: "short and private", still room for a paragraph
MAX_QUERY = 500  # characters of a saved search's text


@dataclass(frozen=True, slots=True)
class Tag:
    """A tag and how many articles carry it (`unread` of them not read yet)."""

    id: int
    name: str
    total: int = 0
    unread: int = 0


@dataclass(frozen=True, slots=True)
class Note:
    """The person's note on one article, and when it was last changed."""

    article_id: int
    text: str
    updated: datetime


@dataclass(frozen=True, slots=True)
class SavedSearch:
    """A search kept as a tree node: its list is `article_query()`, counted like any node."""

    id: int
    name: str
    query: str
    unread_only: bool = False
    section_id: int | None = None
    section_path: str | None = None  # the scope's path ("World/Asia"), None: everywhere
    position: int = 0

    def article_query(self) -> ArticleQuery:
        return ArticleQuery(
            search=self.query, unread_only=self.unread_only, section_id=self.section_id
        )


class InvalidNameError(UsageError):
    """A tag or saved search name that cannot be used; `reason` says which rule it broke."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason  # "empty" | "too-long"


def clean_name(text: str) -> str:
    """A tag's or saved search's name as stored: one line, inner spaces collapsed.

    Raises InvalidNameError for a name that is empty or longer than MAX_NAME characters; the
    callers (CLI, window) say so in the person's language from `reason`.
    """
    name = " ".join(text.split())
    if not name:
        raise InvalidNameError("the name is empty", "empty")
    if len(name) > MAX_NAME:
        raise InvalidNameError(f"the name is longer than {MAX_NAME} characters", "too-long")
    return name


def clean_note(text: str) -> str:
    """A note as stored: trailing space trimmed, at most MAX_NOTE characters ("" removes it)."""
    return text.strip()[:MAX_NOTE]


def clean_query(text: str) -> str:
    """A saved search's text; UsageError when it has nothing to search for."""
    query = " ".join(text.split())
    if not query:
        raise UsageError("the search is empty")
    return query[:MAX_QUERY]
