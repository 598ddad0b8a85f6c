"""Image sniffing: type and size from the header bytes, trackers spotted, lies ignored."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from newsreader.core.imageinfo import ImageInfo, image_path, sha256_hex, sniff_image

# The classic 1×1 transparent GIF that trackers serve.
TRACKER_GIF = (
    b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00"
    b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
)


def make_png(width: int, height: int, seed: int = 0) -> bytes:
    """A real, decodable RGB PNG (rows of one colour picked by `seed`)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    pixel = bytes([(seed * 37) % 256, (seed * 91) % 256, (seed * 13) % 256])
    raw = b"".join(b"\x00" + pixel * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def make_jpeg_header(width: int, height: int) -> bytes:
    """SOI, a JFIF APP0 segment, a DQT segment, then a baseline SOF0 frame header."""
    app0 = b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    dqt = b"\x00" + bytes(range(64))
    sof = struct.pack(">BHHB", 8, height, width, 3) + b"\x01\x22\x00\x02\x11\x01\x03\x11\x01"
    return (
        b"\xff\xd8"
        + b"\xff\xe0" + struct.pack(">H", len(app0) + 2) + app0
        + b"\xff\xdb" + struct.pack(">H", len(dqt) + 2) + dqt
        + b"\xff\xc0" + struct.pack(">H", len(sof) + 2) + sof
        + b"\xff\xda\x00\x02"
    )  # fmt: skip


def make_webp_vp8x(width: int, height: int) -> bytes:
    body = b"VP8X" + struct.pack("<I", 10) + b"\x00\x00\x00\x00"
    body += (width - 1).to_bytes(3, "little") + (height - 1).to_bytes(3, "little")
    return b"RIFF" + struct.pack("<I", len(body) + 4) + b"WEBP" + body


def make_webp_lossless(width: int, height: int) -> bytes:
    bits = (width - 1) | ((height - 1) << 14)
    body = b"VP8L" + struct.pack("<I", 5) + b"\x2f" + bits.to_bytes(4, "little")
    return b"RIFF" + struct.pack("<I", len(body) + 4) + b"WEBP" + body


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (make_png(640, 360), ImageInfo("image/png", 640, 360)),
        (TRACKER_GIF, ImageInfo("image/gif", 1, 1)),
        (make_jpeg_header(1200, 800), ImageInfo("image/jpeg", 1200, 800)),
        (make_webp_vp8x(4000, 3000), ImageInfo("image/webp", 4000, 3000)),
        (make_webp_lossless(300, 200), ImageInfo("image/webp", 300, 200)),
        (b"\xff\xd8\xff\xe0", ImageInfo("image/jpeg", None, None)),  # truncated: type only
    ],
)
def test_sniffs_type_and_size(data: bytes, expected: ImageInfo) -> None:
    assert sniff_image(data) == expected


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"<html><body>not found</body></html>",
        b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        b"RIFF\x00\x00\x00\x00WAVEfmt ",
        b"%PDF-1.7",
    ],
)
def test_non_images_are_refused(data: bytes) -> None:
    assert sniff_image(data) is None


def test_trackers_are_zero_or_one_pixel() -> None:
    assert ImageInfo("image/gif", 1, 1).is_tracker
    assert ImageInfo("image/gif", 0, 0).is_tracker
    assert not ImageInfo("image/png", 1, 2).is_tracker
    assert not ImageInfo("image/jpeg", None, None).is_tracker
    tracker = sniff_image(TRACKER_GIF)
    assert tracker is not None and tracker.is_tracker


def test_image_path_is_flat_and_content_addressed(tmp_path: Path) -> None:
    data = make_png(2, 2)
    sha = sha256_hex(data)
    assert len(sha) == 64
    assert image_path(tmp_path, sha) == tmp_path / sha
