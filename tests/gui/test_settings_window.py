"""The settings dialog inside the real main window: Ctrl+, opens it, and a feed moved in the
dialog shows up in the window's section tree."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from newsreader.core import prefs
from newsreader.gui.main_window import MainWindow
from newsreader.gui.settings.dialog import SettingsDialog
from newsreader.gui.settings.feed_tree import NodeKind

WAIT = 20000


def paths(
    model: QAbstractItemModel, parent: QModelIndex | None = None, prefix: str = ""
) -> set[str]:
    """Every row of a tree model as "Parent/Child" display paths."""
    found: set[str] = set()
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        name = str(index.data(Qt.ItemDataRole.DisplayRole))
        found.add(prefix + name)
        found |= paths(model, index, prefix + name + "/")
    return found


# The offscreen platform can neither raise windows (a second Ctrl+, raises the dialog) nor
# propagate size hints; neither message is about our code.
@pytest.mark.qt_log_ignore("does not support raise", "does not support propagateSizeHints")
def test_ctrl_comma_opens_the_dialog_and_moves_reach_the_window(
    qtbot: QtBot, make_window: Callable[..., MainWindow], profile: Path
) -> None:
    window = make_window(profile)
    action = window.ui.settingsAction
    assert action.isEnabled() and action.shortcut().toString() == "Ctrl+,"
    window.windowHandle().requestActivate()  # shortcuts fire only in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.ui.articleList.setFocus()
    qtbot.keyClick(window.ui.articleList, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(SettingsDialog, "settingsDialog")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    action.trigger()  # a second press raises the same dialog
    assert window.findChildren(SettingsDialog) == [dialog]

    europe = next(f for f in window.library.feeds() if f.title == "Europe Today")
    tech = next(s for s in window.library.sections() if s.path == "Technology")
    model = dialog.feeds.model
    data = model.mimeData([model.index_of(NodeKind.FEED, europe.id)])
    with qtbot.waitSignal(
        dialog.settings_changed, timeout=WAIT, check_params_cb=lambda k: k == prefs.SUBSCRIPTIONS
    ):
        model.dropMimeData(
            data, Qt.DropAction.MoveAction, -1, 0, model.index_of(NodeKind.SECTION, tech.id)
        )
    qtbot.waitUntil(
        lambda: any(p.startswith("Technology/Europe Today") for p in paths(window.sections)),
        timeout=WAIT,
    )
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
