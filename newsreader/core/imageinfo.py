"""Image sniffing (type and size from the first bytes) and where a cached image file lives.

Servers lie about Content-Type and trackers hide in 1×1 GIFs, so the worker trusts only the
bytes: PNG, GIF, JPEG, WebP and ICO headers are read here without decoding any pixels. Pure
functions, any thread; the GUI imports `image_path` (and `cache_size`) from here so the pane
and the worker agree on the cache layout without the GUI importing storage.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import struct
from dataclasses import dataclass
from pathlib import Path

# JPEG markers that start a frame (SOF0..SOF15 minus DHT, JPG and DAC): they carry the size.
_SOF = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


@dataclass(frozen=True, slots=True)
class ImageInfo:
    """What the bytes say an image is; width/height are None when the header hides them."""

    content_type: str
    width: int | None
    height: int | None

    @property
    def is_tracker(self) -> bool:
        """0×0 and 1×1 images are tracking pixels: never stored, never shown."""
        return (
            self.width is not None
            and self.height is not None
            and self.width <= 1
            and self.height <= 1
        )


def image_path(images_dir: Path, sha256: str) -> Path:
    """The cache file of an image: flat, named by the sha256 of its bytes.

    Flat because the reader pane already resolves `images_dir / sha256`; a content address
    means one file per distinct image however many articles use it.
    """
    return images_dir / sha256


def cache_size(images_dir: Path) -> int:
    """Bytes the image cache takes on disk, for the settings dialog. Any thread (one scandir)."""
    total = 0
    if not images_dir.is_dir():
        return 0
    with os.scandir(images_dir) as entries:
        for entry in entries:
            with contextlib.suppress(FileNotFoundError):
                if entry.is_file(follow_symlinks=False):
                    total += entry.stat(follow_symlinks=False).st_size
    return total


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sniff_image(data: bytes) -> ImageInfo | None:
    """The image's type and size from its header, or None when it is not PNG/GIF/JPEG/WebP/ICO."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return _png(data)
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return _gif(data)
    if data.startswith(b"\xff\xd8\xff"):
        return _jpeg(data)
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return _webp(data)
    if data[:4] == b"\x00\x00\x01\x00":
        return _ico(data)
    return None


def _png(data: bytes) -> ImageInfo:
    if len(data) >= 24 and data[12:16] == b"IHDR":
        width, height = struct.unpack(">II", data[16:24])
        return ImageInfo("image/png", width, height)
    return ImageInfo("image/png", None, None)


def _gif(data: bytes) -> ImageInfo:
    if len(data) >= 10:
        width, height = struct.unpack("<HH", data[6:10])
        return ImageInfo("image/gif", width, height)
    return ImageInfo("image/gif", None, None)


def _jpeg(data: bytes) -> ImageInfo:
    """Walk the marker segments up to the first start-of-frame."""
    pos = 2
    end = len(data)
    while pos + 4 <= end:
        if data[pos] != 0xFF:
            break
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte before a marker
            pos += 1
            continue
        if marker in (0x01, 0xD8) or 0xD0 <= marker <= 0xD7:  # markers without a length
            pos += 2
            continue
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        if length < 2:
            break
        if marker in _SOF and pos + 9 <= end:
            height, width = struct.unpack(">HH", data[pos + 5 : pos + 9])
            return ImageInfo("image/jpeg", width, height)
        if marker == 0xDA:  # start of scan before any frame header: give up on the size
            break
        pos += 2 + length
    return ImageInfo("image/jpeg", None, None)


def _webp(data: bytes) -> ImageInfo:
    chunk = data[12:16]
    if chunk == b"VP8X" and len(data) >= 30:
        width = 1 + int.from_bytes(data[24:27], "little")
        height = 1 + int.from_bytes(data[27:30], "little")
        return ImageInfo("image/webp", width, height)
    if chunk == b"VP8 " and len(data) >= 30 and data[23:26] == b"\x9d\x01\x2a":
        width, height = struct.unpack("<HH", data[26:30])
        return ImageInfo("image/webp", width & 0x3FFF, height & 0x3FFF)
    if chunk == b"VP8L" and len(data) >= 25 and data[20] == 0x2F:
        bits = int.from_bytes(data[21:25], "little")
        return ImageInfo("image/webp", (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
    return ImageInfo("image/webp", None, None)


def _ico(data: bytes) -> ImageInfo | None:
    """A Windows icon (favicon.ico): the size of its largest entry. Four bytes are too common a
    prefix to trust alone, so the directory must be complete and its entries must fit."""
    (count,) = struct.unpack("<H", data[4:6]) if len(data) >= 6 else (0,)
    if count == 0 or len(data) < 6 + 16 * count:
        return None
    best: tuple[int, int] | None = None
    for i in range(count):
        entry = data[6 + 16 * i : 22 + 16 * i]
        width, height = entry[0] or 256, entry[1] or 256  # 0 means 256
        size, offset = struct.unpack("<II", entry[8:16])
        if size == 0 or offset + size > len(data):
            return None
        if best is None or width * height > best[0] * best[1]:
            best = (width, height)
    assert best is not None
    return ImageInfo("image/x-icon", best[0], best[1])
