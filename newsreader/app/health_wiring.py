"""Connects the feed health window (issues 16, 19) to the main window and the engine.

`install_health` adds View ▸ Feed Health… (`feedHealthAction`) and builds the window on first
use: its figures come from the engine's library on the window's background reader; Retry
polls through the window's poller, Edit and Unsubscribe go through the settings dialog's Feeds
page (the existing editor, and the removal with its questions). The health window re-reads
itself after refreshes and changes to the tree while it is shown. GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

from newsreader.app.profile import Engine, utc_now
from newsreader.app.settings_wiring import SettingsOpener
from newsreader.gui.health_view import HealthActions, HealthWindow
from newsreader.gui.main_window import MainWindow


def health_actions(window: MainWindow, settings: SettingsOpener) -> HealthActions:
    """Retry, Edit and Unsubscribe on this window's poller and settings dialog."""

    def edit(feed_id: int) -> object:
        dialog = settings.open()
        dialog.ui.settingsTabs.setCurrentWidget(dialog.ui.feedsPage)
        return dialog.feeds.edit() if dialog.feeds.select_feed(feed_id) else None

    return HealthActions(
        retry=window.poller.refresh_feeds, edit=edit, unsubscribe=settings.unsubscribe
    )


class HealthOpener(QObject):
    """Opens (or raises) the one health window of a main window; a child of it."""

    def __init__(
        self,
        window: MainWindow,
        engine: Engine,
        settings: SettingsOpener,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        super().__init__(window)
        self.setObjectName("healthOpener")
        self._window = window
        self._engine = engine
        self.actions = health_actions(window, settings)
        self._clock = clock
        self.health: HealthWindow | None = None
        self.action = QAction(QCoreApplication.translate("FeedHealth", "Feed &Health…"), window)
        self.action.setObjectName("feedHealthAction")
        self.action.setToolTip(
            QCoreApplication.translate(
                "FeedHealth",
                "Every feed's status, how often it posts and how much of it you read",
            )
        )
        self.action.triggered.connect(self.open)
        window.ui.viewMenu.addSeparator()
        window.ui.viewMenu.addAction(self.action)
        window.bridge.refresh_finished.connect(self._on_library_changed)
        window.sections.modelReset.connect(self._on_library_changed)
        window.sections.dataChanged.connect(self._on_library_changed)

    def open(self) -> HealthWindow:
        if self.health is None:
            self.health = HealthWindow(
                source=self._engine.library,
                reads=self._window.reads,
                actions=self.actions,
                clock=self._clock,
                parent=self._window,
            )
        self.health.show()
        self.health.raise_()
        self.health.activateWindow()
        return self.health

    def _on_library_changed(self, *_args: object) -> None:
        if self.health is not None:
            self.health.reload_soon()


def install_health(window: MainWindow, engine: Engine, settings: SettingsOpener) -> HealthOpener:
    return HealthOpener(window, engine, settings)
