"""The one exception hierarchy. Every message is one line a person can act on."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsreader.core.types import FetchFailure


class NewsreaderError(Exception):
    """Base of every error the application raises on purpose."""


class UsageError(NewsreaderError):
    """The user asked for something malformed (bad URL, unknown section, bad flag)."""


class FetchError(NewsreaderError):
    """A network fetch failed (timeout, too large, HTTP error, refused address).

    `failure` and `status` say why as data (issue 13): decide by them, never by the text.
    """

    def __init__(
        self, message: str, *, failure: FetchFailure | None = None, status: int | None = None
    ) -> None:
        super().__init__(message)
        self.failure = failure
        self.status = status


class ParseError(NewsreaderError):
    """A document could not be understood as a feed (or OPML, or HTML page)."""


class StorageError(NewsreaderError):
    """The database cannot be used; the file is never overwritten when this is raised."""


class NotFoundError(NewsreaderError):
    """An id, URL or section that does not exist."""


class DuplicateError(NewsreaderError):
    """A subscription that already exists."""


class CredentialError(NewsreaderError):
    """No usable keyring, or a secret could not be stored or read."""
