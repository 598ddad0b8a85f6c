"""Reading preferences applied to a live window: theme, reader font and size, read delay, images.

The settings dialog stores a key and emits `settings_changed(key)`; the app's wiring reads the
stored value and calls `ReadingSettings.apply(key, value)`, so a change shows at once
(prefs.MARK_READ needs nothing here: the reading controller reads it for every article). The
theme is the application palette: "light" and "dark" set one, "system" puts back the palette
the application had before the first change. GUI thread only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from newsreader.core import prefs
from newsreader.gui.reader_pane import ReaderPane
from newsreader.gui.reading import ReadingController

log = logging.getLogger("newsreader.gui.reading_settings")
READING_KEYS = frozenset(
    p.key
    for p in (
        prefs.THEME, prefs.READER_FONT, prefs.READER_FONT_SIZE, prefs.READ_DELAY_MS,
        prefs.IMAGES_POLICY, prefs.MARK_READ_ON_SCROLL,
    )
)  # fmt: skip

_DARK = {
    QPalette.ColorRole.Window: "#202124",
    QPalette.ColorRole.WindowText: "#e8eaed",
    QPalette.ColorRole.Base: "#17181a",
    QPalette.ColorRole.AlternateBase: "#26272a",
    QPalette.ColorRole.ToolTipBase: "#2b2c2f",
    QPalette.ColorRole.ToolTipText: "#e8eaed",
    QPalette.ColorRole.PlaceholderText: "#8a8d91",
    QPalette.ColorRole.Text: "#e2e4e7",
    QPalette.ColorRole.Button: "#2b2c2f",
    QPalette.ColorRole.ButtonText: "#e8eaed",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Highlight: "#3d6cb5",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#7fb2ff",
    QPalette.ColorRole.LinkVisited: "#b59cff",
    QPalette.ColorRole.Mid: "#3a3b3e",
    QPalette.ColorRole.Dark: "#111214",
    QPalette.ColorRole.Light: "#3c3d40",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, color in _DARK.items():
        palette.setColor(role, QColor(color))
    disabled = QColor("#6f7276")
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, disabled)
    return palette


class ReadingSettings:
    """Applies the reading keys to one window's pane and reading controller."""

    def __init__(self, pane: ReaderPane, reading: ReadingController) -> None:
        self._pane = pane
        self._reading = reading
        self._system: QPalette | None = None  # the palette before our first theme change
        self.theme = "system"
        self._font: str | None = None
        self._size: int | None = None

    def apply_all(self, get: Callable[[str], object]) -> None:
        """Apply the reading keys from `get(key)` (Library.setting) at window start; the read
        delay is not among them (create_window passes it, tests override it)."""
        for pref in (
            prefs.THEME, prefs.READER_FONT, prefs.IMAGES_POLICY, prefs.READER_FONT_SIZE,
            prefs.MARK_READ_ON_SCROLL,
        ):  # fmt: skip
            self.apply(pref.key, get(pref.key))

    def apply(self, key: str, value: object) -> None:
        """Apply one stored value; malformed values fall back to the default."""
        if key == prefs.THEME.key:
            self.apply_theme(prefs.THEME.read(value))
        elif key == prefs.READER_FONT.key:
            font = prefs.READER_FONT.read(value)
            self._font = font if font.strip() else None
            self._pane.set_reader_font(self._font, self._size)
        elif key == prefs.READER_FONT_SIZE.key:
            self._size = min(prefs.READER_FONT_SIZE.read(value), 48) or None
            self._pane.set_reader_font(self._font, self._size)
        elif key == prefs.READ_DELAY_MS.key:
            # A missing or malformed delay keeps the current one (create_window chose it).
            if value is not None:
                self._reading.set_read_delay(prefs.as_int(value, self._reading.read_delay_ms))
        elif key == prefs.IMAGES_POLICY.key:
            self._pane.set_images_policy(prefs.IMAGES_POLICY.read(value))
        elif key == prefs.MARK_READ_ON_SCROLL.key:
            self._reading.set_mark_on_scroll(prefs.MARK_READ_ON_SCROLL.read(value))

    def apply_theme(self, theme: str) -> None:
        app = QApplication.instance()
        if not isinstance(app, QApplication) or theme == self.theme:
            return
        if self._system is None:
            self._system = QPalette(app.palette())
        if theme == "dark":
            app.setPalette(dark_palette())
        elif theme == "light":
            app.setPalette(app.style().standardPalette())
        else:
            app.setPalette(self._system)
        self.theme = theme
        log.debug("theme %s", theme)
