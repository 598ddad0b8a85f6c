"""Settings › General: "Learn each feed's posting rhythm" (issue 19), on by default, stored at
once, and read back when the dialog opens again. Real profile, real dialog, offscreen."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from newsreader.app.profile import Engine
from newsreader.core import prefs
from newsreader.gui.reading_settings import dark_palette
from tests.gui.settings_support import Answers, engine_factory, open_dialog

__all__ = ["engine_factory"]
WAIT = 20000
SHOTS = os.environ.get("NEWSREADER_SHOTS")  # a folder: save light and dark screenshots there


def test_the_rhythm_switch_is_on_by_default_and_stored_when_unticked(
    qtbot: QtBot, engine_factory: Callable[[Path], Engine], tmp_path: Path
) -> None:
    engine = engine_factory(tmp_path / "p")
    dialog = open_dialog(qtbot, engine, Answers())
    ui = dialog.ui
    check = dialog.findChild(type(ui.refreshOnStartCheck), "learnRhythmCheck")
    assert check is ui.learnRhythmCheck
    assert check.isChecked()
    row, _role = ui.generalForm.getWidgetPosition(check)
    assert row == ui.generalForm.getWidgetPosition(ui.refreshOnStartCheck)[0] + 1
    assert check.toolTip()
    ui.settingsTabs.setCurrentWidget(ui.generalPage)
    if SHOTS:
        _shots(dialog, Path(SHOTS))
    check.setChecked(False)
    qtbot.waitUntil(lambda: engine.library.setting(prefs.LEARN_RHYTHM.key) is False, timeout=WAIT)
    dialog.close()
    again = open_dialog(qtbot, engine, Answers())
    assert not again.ui.learnRhythmCheck.isChecked()
    again.ui.learnRhythmCheck.setChecked(True)
    qtbot.waitUntil(lambda: engine.library.setting(prefs.LEARN_RHYTHM.key) is True, timeout=WAIT)


def _shots(dialog: QWidget, folder: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    folder.mkdir(parents=True, exist_ok=True)
    light = app.palette()
    dialog.resize(1024, 700)
    try:
        for name, palette in (("light", app.style().standardPalette()), ("dark", dark_palette())):
            app.setPalette(palette)
            QApplication.processEvents()
            dialog.grab().save(str(folder / f"settings-general-{name}.png"))
    finally:
        app.setPalette(light)
