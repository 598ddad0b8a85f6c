"""The window gives the CLI's result for the same use case (issue 13): OPML files read by one
rule, the first-start defaults imported like any list, and one section name rule in the
tree's menu and the settings dialog."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from newsreader.app.profile import Engine, open_engine, resolve_profile
from newsreader.app.window import import_defaults
from newsreader.core import prefs
from newsreader.gui.main_window import MainWindow
from tests.gui.settings_support import Answers, engine_factory, open_dialog

__all__ = ["engine_factory"]
WAIT = 30000


@pytest.fixture
def beside() -> Iterator[Callable[[Path], Engine]]:
    """A second engine on a window's profile, as a CLI command beside the window has."""
    engines: list[Engine] = []

    def make(root: Path) -> Engine:
        engines.append(open_engine(resolve_profile(root)))
        return engines[-1]

    yield make
    for engine in engines:
        engine.close()


def test_settings_import_of_a_fifo_is_refused_without_blocking(
    qtbot: QtBot, engine_factory: Callable[[Path], Engine], tmp_path: Path
) -> None:
    # The dialog trusted stat() (0 bytes for a FIFO) and its worker blocked reading it.
    fifo = tmp_path / "pipe.opml"
    os.mkfifo(fifo)
    engine = engine_factory(tmp_path / "p")
    dialog = open_dialog(qtbot, engine, Answers())
    label = dialog.ui.feedsMessageLabel
    dialog.feeds.import_file(fifo)
    qtbot.waitUntil(lambda: "Nothing was imported" in label.text(), timeout=WAIT)
    assert "regular file" in label.text()
    assert engine.library.feeds() == []


def test_first_start_defaults_get_the_profiles_default_interval(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    beside: Callable[[Path], Engine],
    tmp_path: Path,
) -> None:
    # The first-start import passed no interval: the profile's default was ignored.
    root = tmp_path / "fresh"
    window = make_window(root)
    engine = beside(root)
    engine.writer.call(lambda store: store.set_setting(prefs.DEFAULT_INTERVAL.key, 1200))
    import_defaults(window, engine)
    qtbot.waitUntil(lambda: "Default subscriptions" in window.statusBar().currentMessage(),
                    timeout=WAIT)  # fmt: skip
    intervals = {f.interval for f in engine.library.feeds()}
    assert intervals == {1200}


def test_the_tree_menu_refuses_a_slash_as_the_settings_page_does(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    beside: Callable[[Path], Engine],
    tmp_path: Path,
) -> None:
    # The tree's menu turned "Asia/Pacific" into "Asia-Pacific" without a word.
    root = tmp_path / "p"
    window = make_window(root)
    engine = beside(root)
    actions = window.section_actions
    names = iter(["Asia/Pacific", "World"])
    actions.ask_name = lambda _parent, _title, _label, _value: next(names)
    actions.new_section(None)
    assert "must not be empty or contain “/”" in window.statusBar().currentMessage()
    actions.new_section(None)
    qtbot.waitUntil(lambda: window.sections.section_by_path("World") is not None, timeout=WAIT)
    assert [s.path for s in engine.library.sections()] == ["World"]
    world = window.sections.section_by_path("World")
    assert world is not None
    actions.ask_name = lambda _parent, _title, _label, _value: "Wor/ld"
    actions.rename(world)
    assert "must not be empty or contain “/”" in window.statusBar().currentMessage()
    assert [s.path for s in engine.library.sections()] == ["World"]
