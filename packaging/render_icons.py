"""Render the app icon (resources/icons/newsreader.svg) to the PNG/ICO/ICNS files desktops use.

The SVG is the one source of truth; the rendered files are committed so a build needs no
rendering step. Rerun after editing the SVG:

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py

Runs on the main thread of a throwaway QGuiApplication (QImage painting needs one for fonts).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "io.github.newsreader.Newsreader"
SOURCE = ROOT / "resources" / "icons" / "newsreader.svg"
# The hicolor sizes desktop environments look up (menus 16-48, docks 64-128, HiDPI 256-512).
LINUX_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
WINDOWS_SIZE = 256  # Qt's ICO writer stores one image; Windows scales it for smaller uses
MACOS_SIZE = 512  # Qt's ICNS writer derives the smaller representations


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def save(image: QImage, path: Path, fmt: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path), fmt):
        raise SystemExit(f"render_icons: could not write {path}")
    print(f"wrote {path.relative_to(ROOT)}")


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {SOURCE} is not a valid SVG")
    hicolor = ROOT / "packaging" / "linux" / "icons" / "hicolor"
    for size in LINUX_SIZES:
        save(render(renderer, size), hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png", "PNG")
    save(render(renderer, WINDOWS_SIZE), ROOT / "packaging" / "windows" / "newsreader.ico", "ICO")
    save(render(renderer, MACOS_SIZE), ROOT / "packaging" / "macos" / "newsreader.icns", "ICNS")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
