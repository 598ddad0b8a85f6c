"""Feed icons for the section tree: decoded off the GUI thread, turned into QIcons once.

Icon files live in the image cache (see `update.icons`). Reading and decoding them is file
I/O plus image decoding, so `decode_icons` runs where the tree's data is read (the window's
background reader; QImage is safe off the GUI thread) and scales each to the sizes the tree
draws, so painting never rescales. `FeedIconCache` lives on the GUI thread and makes one QIcon
per file the first time the tree asks.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, Qt
from PySide6.QtGui import QIcon, QImage, QImageReader, QPainter, QPixmap

log = logging.getLogger("newsreader.gui.feed_icons")

ICON_SIZES = (16, 32)  # the tree's 16 px, and the same for a 2× screen
_MAX_FILE = 256 * 1024
_MAX_FRAMES = 12

# (one image per ICON_SIZES entry), empty when the file could not be decoded
IconImages = tuple[QImage, ...]


def decode_icons(
    paths: Iterable[Path], known: Mapping[Path, IconImages] | None = None
) -> dict[Path, IconImages]:
    """Every path's images, reusing those already decoded. Any thread but the GUI's."""
    out: dict[Path, IconImages] = {}
    for path in paths:
        if path in out:
            continue
        if known is not None and path in known:
            out[path] = known[path]
            continue
        out[path] = decode_icon(path)
    return out


def decode_icon(path: Path) -> IconImages:
    """The icon at each of ICON_SIZES, from the frame of the file that suits it best.

    A .ico holds several sizes: each target takes the smallest frame at least that big
    (else the biggest), scaled smoothly onto a transparent square so wide logos keep shape.
    """
    try:
        if path.stat().st_size > _MAX_FILE:
            return ()
        data = path.read_bytes()
    except OSError as exc:
        log.info("icon file %s unreadable: %s", path.name, exc)
        return ()
    frames = _frames(data)
    if not frames:
        log.info("icon file %s could not be decoded", path.name)
        return ()
    return tuple(_fit(_pick(frames, size), size) for size in ICON_SIZES)


def _frames(data: bytes) -> list[QImage]:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    frames: list[QImage] = []
    count = max(1, reader.imageCount())
    for number in range(min(count, _MAX_FRAMES)):
        if number and not reader.jumpToImage(number):
            break
        image = reader.read()
        if image.isNull():
            break
        frames.append(image)
    buffer.close()
    return frames


def _pick(frames: list[QImage], size: int) -> QImage:
    def side(image: QImage) -> int:
        return max(image.width(), image.height())

    big_enough = [f for f in frames if side(f) >= size]
    if big_enough:
        return min(big_enough, key=side)
    return max(frames, key=side)


def _fit(image: QImage, size: int) -> QImage:
    if image.width() == size and image.height() == size:
        return image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    scaled = image.scaled(
        size,
        size,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    canvas = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    canvas.fill(Qt.GlobalColor.transparent)
    painter = QPainter(canvas)
    x = (size - scaled.width()) // 2
    y = (size - scaled.height()) // 2
    painter.drawImage(QRect(x, y, scaled.width(), scaled.height()), scaled)
    painter.end()
    return canvas


class FeedIconCache:
    """QIcons made from decoded images, one per file; GUI thread only."""

    def __init__(self) -> None:
        self._icons: dict[Path, QIcon] = {}

    def icon(self, path: Path, images: IconImages) -> QIcon | None:
        found = self._icons.get(path)
        if found is None:
            if not images:
                return None
            found = QIcon()
            for image in images:
                found.addPixmap(QPixmap.fromImage(image))
            self._icons[path] = found
        return found

    def forget_except(self, keep: Iterable[Path]) -> None:
        """Drop icons no feed uses any more (an icon changed, a feed went)."""
        wanted = set(keep)
        for path in [p for p in self._icons if p not in wanted]:
            del self._icons[path]
