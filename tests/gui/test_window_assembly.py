"""The window is assembled once (issue 13): the app builds the window's services and passes
them in; its features attach through MainWindow's named methods, never as attributes set on a
finished window or through `window.ui`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from newsreader.app.profile import Engine, utc_now
from newsreader.gui.main_window import MainWindow
from newsreader.gui.offline_mode import OfflineMode
from newsreader.gui.reading_settings import ReadingSettings
from tests.gui.settings_support import engine_factory

__all__ = ["engine_factory"]


def _bare_window(qtbot: QtBot, engine: Engine, tmp_path: Path) -> MainWindow:
    window = MainWindow(
        library=engine.library,
        writer=engine.writer,
        refresher=engine.refresher,
        images_dir=engine.paths.images_dir,
        settings_path=tmp_path / "bare.ini",
        clock=utc_now,
        read_delay_ms=0,
        poll=False,
    )
    qtbot.addWidget(window)
    return window


def test_create_window_passes_its_services_in_and_adds_no_attributes(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    engine_factory: Callable[[Path], Engine],
    profile: Path,
    tmp_path: Path,
) -> None:
    window = make_window(profile)
    services = window.services
    assert window.bridge is services.bridge and window.poller is services.poller
    assert window.reads is services.reads
    assert services.bridge.parent() is window and services.poller.parent() is window
    assert isinstance(window.offline_mode, OfflineMode)
    assert window.offline_mode.gate is services.gate
    assert window.findChild(OfflineMode) is window.offline_mode
    assert isinstance(window.reading_settings, ReadingSettings)
    settings = window.ui.settingsAction
    assert settings.isEnabled() and settings in window.actions()
    menu = window.ui.fileMenu.actions()
    check = window.findChild(QAction, "checkLibraryAction")
    assert check is not None and menu[menu.index(settings) - 1] is check

    # Every attribute of the finished window is one its own constructor made.
    bare = _bare_window(qtbot, engine_factory(profile), tmp_path)
    assert set(vars(window)) == set(vars(bare))


def test_a_bare_window_has_no_offline_mode_until_told_and_settings_attach_by_name(
    qtbot: QtBot, engine_factory: Callable[[Path], Engine], profile: Path, tmp_path: Path
) -> None:
    window = _bare_window(qtbot, engine_factory(profile), tmp_path)
    assert window.offline_mode is None and window.findChild(OfflineMode) is None
    assert isinstance(window.reading_settings, ReadingSettings)
    assert not window.ui.settingsAction.isEnabled()
    opened: list[bool] = []
    window.enable_settings(lambda: opened.append(True), None)
    window.ui.settingsAction.trigger()
    assert opened == [True]


def test_a_window_needs_services_or_a_refresher(
    engine_factory: Callable[[Path], Engine], profile: Path, tmp_path: Path
) -> None:
    engine = engine_factory(profile)
    with pytest.raises(TypeError):
        MainWindow(
            library=engine.library,
            writer=engine.writer,
            images_dir=engine.paths.images_dir,
            settings_path=tmp_path / "none.ini",
            clock=utc_now,
            poll=False,
        )
