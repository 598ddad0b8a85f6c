"""File names the app makes for downloaded enclosures (issue 16), never the server's as given.

A server names its file in the URL's last path segment and in Content-Disposition; both are
hostile input ("../../.bashrc", "$(id).mp3", "CON.mp3", a NUL, 300 characters). The name on
disk is made here instead: a slug of the article's title (else of the server's name), and an
extension from an allow-list, by MIME type first. The result has no path separator, no
leading dot, no control or shell-special character, is no Windows device name, and fits in
`MAX_NAME` characters (and in `MAX_NAME_BYTES` bytes of UTF-8, for file systems that count
bytes). `reserve` then makes it unique in the folder, atomically. Pure Python, any thread.
"""

from __future__ import annotations

import email.message
import os
import posixpath
import unicodedata
from pathlib import Path
from urllib.parse import unquote, urlsplit

MAX_NAME = 120  # characters, extension included
MAX_NAME_BYTES = 200  # UTF-8 bytes: ext4 allows 255, and "-17" may still be appended
FALLBACK_STEM = "download"
FALLBACK_EXTENSION = ".bin"

# MIME type -> extension. Only these extensions are ever written: nothing the desktop would
# run on a double click (.desktop, .sh, .exe, .lnk…) can come out of a download.
EXTENSIONS: dict[str, str] = {
    "audio/mpeg": ".mp3",
    "audio/mp3": ".mp3",
    "audio/x-mpeg": ".mp3",
    "audio/mp4": ".m4a",
    "audio/x-m4a": ".m4a",
    "audio/m4a": ".m4a",
    "audio/aac": ".aac",
    "audio/x-aac": ".aac",
    "audio/ogg": ".ogg",
    "audio/vorbis": ".ogg",
    "audio/opus": ".opus",
    "audio/flac": ".flac",
    "audio/x-flac": ".flac",
    "audio/wav": ".wav",
    "audio/x-wav": ".wav",
    "audio/webm": ".weba",
    "video/mp4": ".mp4",
    "video/x-m4v": ".m4v",
    "video/webm": ".webm",
    "video/ogg": ".ogv",
    "video/quicktime": ".mov",
    "video/x-matroska": ".mkv",
    "application/pdf": ".pdf",
    "application/epub+zip": ".epub",
    "text/plain": ".txt",
    "text/vtt": ".vtt",
    "application/x-subrip": ".srt",
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/gif": ".gif",
    "image/webp": ".webp",
}
_ALLOWED_SUFFIXES = frozenset(EXTENSIONS.values()) | {".jpeg", ".m4b", ".oga"}
# Types that say nothing about the content: the server's own extension decides, if allowed.
_VAGUE_TYPES = frozenset({"", "application/octet-stream", "binary/octet-stream"})
_WINDOWS_DEVICES = frozenset(
    {"con", "prn", "aux", "nul", "conin$", "conout$"}
    | {f"com{i}" for i in "0123456789¹²³"}
    | {f"lpt{i}" for i in "0123456789¹²³"}
)


def slug(text: str, limit: int = MAX_NAME) -> str:
    """Letters and digits of `text` (any script), other runs turned into one "-"; "" if none.

    NFKC first, so full-width and ligature forms become ordinary letters and "／" is no slash.
    """
    normal = unicodedata.normalize("NFKC", text)
    out: list[str] = []
    for char in normal:
        if char.isalnum() and unicodedata.category(char)[0] in "LN":
            out.append(char)
        elif out and out[-1] != "-":
            out.append("-")
    result = "".join(out).strip("-")
    return _cut(result, limit).strip("-")


def _cut(text: str, limit: int) -> str:
    """At most `limit` characters and `limit`-proportional bytes, never half a character."""
    text = text[:limit]
    while len(text.encode("utf-8")) > MAX_NAME_BYTES - 16:
        text = text[:-1]
    return text


def server_name(url: str, content_disposition: str | None) -> str:
    """The file name the server suggests (Content-Disposition first), unchecked; "" if none.

    Only ever read for its extension and, with no article title, as slug material.
    """
    if content_disposition:
        message = email.message.Message()
        try:
            message["content-disposition"] = content_disposition
            named = message.get_filename()
        except Exception:  # a malformed header is just a header without a name
            named = None
        if isinstance(named, str) and named.strip():
            return named
    try:
        path = urlsplit(url).path
    except ValueError:
        return ""
    # The last segment after decoding: "%2F" inside it is not a directory to us either.
    return posixpath.basename(unquote(path.rstrip("/"))).replace("\\", "/").rsplit("/", 1)[-1]


def extension_for(content_type: str | None, suggested: str) -> str:
    """An allow-listed extension: by the MIME type, else the server's name's if allowed."""
    kind = (content_type or "").split(";", 1)[0].strip().lower()
    if kind in EXTENSIONS:
        return EXTENSIONS[kind]
    suffix = os.path.splitext(suggested.strip().rstrip(". "))[1].lower()
    vague = kind in _VAGUE_TYPES or kind.startswith(("audio/", "video/"))
    if vague and suffix in _ALLOWED_SUFFIXES:
        return ".jpg" if suffix == ".jpeg" else suffix
    return FALLBACK_EXTENSION


def safe_name(
    url: str, content_disposition: str | None, content_type: str | None, title: str | None
) -> str:
    """The name a downloaded enclosure gets (before `reserve` makes it unique)."""
    suggested = server_name(url, content_disposition)
    extension = extension_for(content_type, suggested)
    stem = slug(title or "") or slug(os.path.splitext(suggested)[0]) or FALLBACK_STEM
    stem = _cut(stem, MAX_NAME - len(extension)).strip("-") or FALLBACK_STEM
    if stem.lower() in _WINDOWS_DEVICES:
        stem += "-file"  # "CON.mp3" opens the console on Windows, whatever the extension
    return stem + extension


def with_number(name: str, number: int) -> str:
    """ "Episode.mp3", 2 -> "Episode-2.mp3", still within the length limits."""
    stem, extension = os.path.splitext(name)
    tail = f"-{number}"
    stem = _cut(stem, MAX_NAME - len(extension) - len(tail))
    return stem + tail + extension


def reserve(folder: Path, name: str, attempts: int = 1000) -> Path:
    """Create an empty file named `name` (or "-2", "-3"… after it) in `folder`; return it.

    Made with O_EXCL, so two downloads of files with the same title never get the same
    path, and an existing file (a previous download, or anything else) is never overwritten.
    The caller replaces the placeholder with the finished file (`os.replace`).
    """
    for number in range(1, attempts + 1):
        candidate = folder / (name if number == 1 else with_number(name, number))
        try:
            fd = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            continue
        os.close(fd)
        return candidate
    raise FileExistsError(f"no free file name for {name} in {folder}")


def is_safe_name(name: str) -> bool:
    """Whether `name` is one this module could have made (checked before opening a stored one)."""
    if not name or len(name) > MAX_NAME or len(name.encode("utf-8")) > MAX_NAME_BYTES:
        return False
    if name[0] in ".-" or "/" in name or "\\" in name or "\0" in name:
        return False
    stem, extension = os.path.splitext(name)
    if extension not in _ALLOWED_SUFFIXES | {FALLBACK_EXTENSION}:
        return False
    if stem.lower() in _WINDOWS_DEVICES:
        return False
    return all(c == "-" or (c.isalnum() and unicodedata.category(c)[0] in "LN") for c in stem)
