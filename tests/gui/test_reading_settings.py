"""Reading preferences changed in the settings dialog reach the live window at once (theme,
reader font and size, read delay), and "refresh on start" is honoured when a window opens."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from newsreader.app.profile import resolve_profile
from newsreader.app.settings_wiring import SettingsOpener
from newsreader.app.window import create_window
from newsreader.gui.main_window import MainWindow
from newsreader.gui.reading_settings import ReadingSettings
from newsreader.gui.settings.dialog import SettingsDialog
from newsreader.storage import open_store

WAIT = 20000
IGNORE = pytest.mark.qt_log_ignore("does not support raise", "does not support propagateSizeHints")


@pytest.fixture
def dialog(window: MainWindow) -> Iterator[SettingsDialog]:
    opener = window.findChild(SettingsOpener)
    assert opener is not None
    dialog = opener.open()
    yield dialog
    settings = getattr(window, "reading_settings", None)
    assert isinstance(settings, ReadingSettings)
    settings.apply_theme("system")  # the application palette outlives this test's window
    dialog.close()


def pane_background_lightness(window: MainWindow) -> float:
    pane = window.ui.readerPane
    image = pane.grab().toImage()
    return image.pixelColor(image.width() - 10, image.height() - 10).lightnessF()


@IGNORE
def test_theme_font_and_read_delay_apply_live(
    qtbot: QtBot, window: MainWindow, dialog: SettingsDialog
) -> None:
    window.select_node("all")
    window.ui.articleList.setCurrentIndex(window.articles.index(0, 1))
    pane = window.ui.readerPane
    qtbot.waitUntil(lambda: pane.article is not None)
    assert pane_background_lightness(window) > 0.7
    ui = dialog.ui

    ui.themeCombo.setCurrentIndex(2)  # dark
    qtbot.waitUntil(
        lambda: QApplication.palette().color(QPalette.ColorRole.Base).lightnessF() < 0.3,
        timeout=WAIT,
    )
    qtbot.waitUntil(lambda: pane_background_lightness(window) < 0.3, timeout=WAIT)
    assert "#e2e4e7" in pane.document().defaultStyleSheet()  # the text colour follows
    ui.themeCombo.setCurrentIndex(1)  # light
    qtbot.waitUntil(lambda: pane_background_lightness(window) > 0.7, timeout=WAIT)

    ui.readerFontSizeSpin.setValue(19)
    qtbot.waitUntil(lambda: pane.document().defaultFont().pointSizeF() == 19 + pane.zoom)
    assert "font-size: 19.0pt" in pane.document().defaultStyleSheet()
    ui.readerFontCombo.setCurrentFont(QFont("DejaVu Sans"))
    qtbot.waitUntil(lambda: pane.document().defaultFont().family() == "DejaVu Sans")
    assert 'font-family: "DejaVu Sans", Georgia' in pane.document().defaultStyleSheet()

    ui.readDelaySpin.setValue(2750)
    qtbot.waitUntil(lambda: window.reading.read_delay_ms == 2750, timeout=WAIT)


@pytest.mark.parametrize("on", [True, False])
def test_refresh_on_start(qtbot: QtBot, window: MainWindow, profile: Path, on: bool) -> None:
    window.close()  # it refreshed every feed: none is due for an hour
    store = open_store(resolve_profile(profile).db_path)
    try:
        store.set_setting("refresh_on_start", on)
    finally:
        store.close()
    second = create_window(profile, offer_defaults="no", poll=True, read_delay_ms=0)
    qtbot.addWidget(second)
    started: list[bool] = []
    second.poller.refresh_started.connect(lambda: started.append(True))
    try:
        # The poller first asks when the next feed is due; a start-up refresh runs after that.
        qtbot.waitUntil(lambda: not second.poller.running, timeout=WAIT)
        assert started == ([True] if on else [])
    finally:
        second.close()


def test_malformed_reading_values_fall_back(window: MainWindow) -> None:
    settings = getattr(window, "reading_settings", None)
    assert isinstance(settings, ReadingSettings)
    pane = window.ui.readerPane
    settings.apply("reader_font_size", "huge")
    settings.apply("reader_font", 42)
    settings.apply("images_policy", "sometimes")
    settings.apply("read_delay_ms", -5)
    assert pane.document().defaultFont().family() == "DejaVu Serif"
    assert pane.images_policy == "always"
    assert window.reading.read_delay_ms == 0  # unchanged (the window was built with 0)
