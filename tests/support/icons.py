"""Real icon files for tests: Windows .ico bytes that Qt's qico plugin decodes."""

from __future__ import annotations

import struct
from collections.abc import Sequence


def make_ico(sizes: Sequence[int], colour: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    """A real Windows icon: one opaque 32-bit BMP entry per size, all one colour."""
    red, green, blue = colour
    blobs: list[bytes] = []
    for size in sizes:
        header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
        pixels = bytes([blue, green, red, 255]) * (size * size)
        mask = b"\x00" * (((size + 31) // 32) * 4 * size)  # the AND mask: all visible
        blobs.append(header + pixels + mask)
    offset = 6 + 16 * len(blobs)
    directory = b""
    for size, blob in zip(sizes, blobs, strict=True):
        directory += struct.pack(
            "<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(blob), offset
        )
        offset += len(blob)
    return struct.pack("<HHH", 0, 1, len(blobs)) + directory + b"".join(blobs)
