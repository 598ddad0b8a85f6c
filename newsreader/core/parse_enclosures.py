"""An entry's enclosures (issue 16) from what the XML and JSON parsers leave behind.

Both XML paths (feedparser and the lxml fast path) hand over the same feedparser-shaped dict:
`enclosures` (RSS <enclosure>, Atom rel="enclosure" links), `media_content` (Media RSS) and
`itunes_duration`; JSON Feed has `attachments`. Images are left out: they are the entry's lead
image, not something to play or save. Pure functions; they run in the parse worker process.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from newsreader.core.parse_common import http_url
from newsreader.core.types import Enclosure

MAX_ENCLOSURES = 16  # per entry: a feed listing hundreds of files gets the first few
_MAX_URL = 2048
_MAX_TYPE = 100
_MAX_DURATION = 7 * 24 * 3600.0  # a week: anything longer is a typo or a lie
_MIME = re.compile(r"^[a-z0-9][a-z0-9!#$&^_.+\-]*/[a-z0-9][a-z0-9!#$&^_.+\-]*$")
_CLOCK = re.compile(r"^(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2})(?:\.\d+)?$")
_SECONDS = re.compile(r"^\d{1,7}(?:\.\d+)?$")
_IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg")
_PLAYABLE_MEDIUMS = frozenset({"audio", "video"})


def parse_duration(value: object) -> float | None:
    """Seconds from an itunes:duration ("1:02:03", "62:03", "3723") or a media duration."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = float(value)
    elif isinstance(value, str):
        text = value.strip()
        clock = _CLOCK.fullmatch(text)
        if clock:
            hours, minutes, secs = clock.groups()
            seconds = float(int(hours or 0) * 3600 + int(minutes) * 60 + int(secs))
        elif _SECONDS.fullmatch(text):
            seconds = float(text)
        else:
            return None
    else:
        return None
    return seconds if 0 < seconds <= _MAX_DURATION else None


def parse_length(value: object) -> int | None:
    """Bytes from a length attribute; None when absent, zero (a common placeholder) or junk."""
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and value.strip().isdigit() and len(value.strip()) <= 15:
        number = int(value.strip())
    else:
        return None
    return number if number > 0 else None


def mime_type(value: object) -> str:
    """A MIME type without parameters, lowercased; "" when it is not one."""
    if not isinstance(value, str):
        return ""
    kind = value.split(";", 1)[0].strip().lower()
    return kind if len(kind) <= _MAX_TYPE and _MIME.fullmatch(kind) else ""


def _is_image(kind: str, url: str) -> bool:
    if kind.startswith("image/"):
        return True
    return not kind and url.split("?", 1)[0].lower().endswith(_IMAGE_SUFFIXES)


def _field(item: Mapping[str, Any], name: str) -> object:
    """An attribute by name in any case: the fast path keeps "fileSize", feedparser lowercases."""
    if name in item:
        return item[name]
    for key, value in item.items():
        if isinstance(key, str) and key.lower() == name:
            return value
    return None


class _Collector:
    def __init__(self, base: str | None) -> None:
        self.base = base
        self.found: dict[str, Enclosure] = {}

    def add(self, href: object, kind: object, length: object, duration: object) -> None:
        if len(self.found) >= MAX_ENCLOSURES:
            return
        url = http_url(href.strip() if isinstance(href, str) else href, self.base)
        if url is None or len(url) > _MAX_URL:
            return
        clean_type = mime_type(kind)
        if _is_image(clean_type, url):
            return
        known = self.found.get(url)
        enclosure = Enclosure(
            url=url,
            type=clean_type,
            length=parse_length(length),
            duration=parse_duration(duration),
        )
        if known is None:
            self.found[url] = enclosure
        else:  # the same file named twice (<enclosure> and <media:content>): merge what is said
            self.found[url] = Enclosure(
                url=url,
                type=known.type or enclosure.type,
                length=known.length or enclosure.length,
                duration=known.duration or enclosure.duration,
            )


def _dicts(value: object) -> Iterable[Mapping[str, Any]]:
    if isinstance(value, list):
        return [v for v in value if isinstance(v, Mapping)]
    return []


def xml_enclosures(raw: Mapping[str, Any], base: str) -> tuple[Enclosure, ...]:
    """The enclosures of a feedparser-shaped entry dict; relative URLs resolve against `base`.

    `itunes_duration` belongs to the episode's file: it goes to the first playable enclosure
    that does not state a duration of its own.
    """
    collector = _Collector(base)
    for item in _dicts(raw.get("enclosures")):
        collector.add(item.get("href"), item.get("type"), item.get("length"), None)
    for item in _dicts(raw.get("media_content")):
        medium = str(_field(item, "medium") or "").lower()
        kind = mime_type(_field(item, "type"))
        if medium in _PLAYABLE_MEDIUMS or kind.startswith(("audio/", "video/")):
            collector.add(
                _field(item, "url"), kind, _field(item, "filesize"), _field(item, "duration")
            )
    found = list(collector.found.values())
    duration = parse_duration(dict.get(raw, "itunes_duration") if isinstance(raw, dict) else None)
    if duration is not None:
        for index, enclosure in enumerate(found):
            if enclosure.duration is None and not enclosure.type.startswith(
                ("application/", "text/")
            ):
                found[index] = Enclosure(enclosure.url, enclosure.type, enclosure.length, duration)
                break
    return tuple(found)


def enclosures_from_claims(
    claims: Iterable[tuple[object, object, object, object]], base: str | None = None
) -> tuple[Enclosure, ...]:
    """Enclosures from (url, type, length, duration) claims, say a sync server's, checked
    like a feed's (absolute http(s) only, no images, at most MAX_ENCLOSURES)."""
    collector = _Collector(base)
    for href, kind, length, duration in claims:
        collector.add(href, kind, length, duration)
    return tuple(collector.found.values())


def json_enclosures(item: Mapping[str, Any], base: str) -> tuple[Enclosure, ...]:
    """The enclosures of a JSON Feed item (its `attachments`)."""
    collector = _Collector(base)
    for attachment in _dicts(item.get("attachments")):
        collector.add(
            attachment.get("url"),
            attachment.get("mime_type"),
            attachment.get("size_in_bytes"),
            attachment.get("duration_in_seconds"),
        )
    return tuple(collector.found.values())
