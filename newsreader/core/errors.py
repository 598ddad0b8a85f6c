"""The one exception hierarchy. Every message is one line a person can act on."""

from __future__ import annotations


class NewsreaderError(Exception):
    """Base of every error the application raises on purpose."""


class UsageError(NewsreaderError):
    """The user asked for something malformed (bad URL, unknown section, bad flag)."""


class FetchError(NewsreaderError):
    """A network fetch failed (timeout, too large, HTTP error, refused address)."""


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
