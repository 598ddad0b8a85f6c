"""General, Reading and Network pages: each control is bound to one profile setting.

A change is written at once through the writer (Store.set_setting) and announced with
`changed(key)` after the commit, so the window and the engine can apply it. GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont

from newsreader.gui.settings import keys
from newsreader.gui.settings.context import SettingsContext
from newsreader.gui.settings.tasks import TaskRunner


class PreferencePages(QObject):
    """Loads the stored values into the controls and stores every edit."""

    changed = Signal(str)  # the settings key, after its value is committed
    failed = Signal(str)

    def __init__(self, ui: Any, context: SettingsContext, tasks: TaskRunner, parent: QObject):
        super().__init__(parent)
        self.ui = ui
        self._context = context
        self._tasks = tasks
        self._loading = False
        self.load()
        self._connect()

    def value(self, key: str, default: Any = None) -> Any:
        return self._context.library.setting(key, default)

    def load(self) -> None:
        """Show what the profile stores (defaults where nothing is stored)."""
        ui, get = self.ui, self.value
        self._loading = True
        try:
            interval = keys.default_interval(get(keys.DEFAULT_INTERVAL_KEY))
            ui.defaultIntervalSpin.setValue(interval // 60)
            ui.refreshOnStartCheck.setChecked(get(keys.REFRESH_ON_START, True) is not False)
            days = get(keys.RETENTION_DAYS)
            ui.retentionDaysCheck.setChecked(days is not None)
            ui.retentionDaysSpin.setValue(keys.as_int(days, 30, 1))
            per_feed = get(keys.RETENTION_PER_FEED)
            ui.retentionPerFeedCheck.setChecked(per_feed is not None)
            ui.retentionPerFeedSpin.setValue(keys.as_int(per_feed, 500, 1))
            ui.keepUnreadCheck.setChecked(get(keys.RETENTION_KEEP_UNREAD, True) is not False)
            font = get(keys.READER_FONT)
            if isinstance(font, str) and font:
                ui.readerFontCombo.setCurrentFont(QFont(font))
            ui.readerFontSizeSpin.setValue(keys.as_int(get(keys.READER_FONT_SIZE), 12, 6))
            ui.themeCombo.setCurrentIndex(_index(keys.THEMES, get(keys.THEME)))
            ui.readDelaySpin.setValue(keys.as_int(get(keys.READ_DELAY_MS), 1500))
            ui.imagesPolicyCombo.setCurrentIndex(
                _index(keys.IMAGES_POLICIES, get(keys.IMAGES_POLICY))
            )
            ui.proxyModeCombo.setCurrentIndex(_index(keys.PROXY_MODES, get(keys.PROXY_MODE)))
            host = get(keys.PROXY_HOST)
            ui.proxyHostEdit.setText(host if isinstance(host, str) else "")
            ui.proxyPortSpin.setValue(keys.as_int(get(keys.PROXY_PORT), 8080, 1))
            ui.timeoutSpin.setValue(keys.as_int(get(keys.NETWORK_TIMEOUT), 20, 1))
        finally:
            self._loading = False
        self._enable()

    def _connect(self) -> None:
        ui = self.ui
        bind: list[tuple[Any, str, Callable[..., Any]]] = [
            (ui.defaultIntervalSpin.valueChanged, keys.DEFAULT_INTERVAL_KEY, lambda v: v * 60),
            (ui.refreshOnStartCheck.toggled, keys.REFRESH_ON_START, bool),
            (ui.retentionDaysCheck.toggled, keys.RETENTION_DAYS, self._days),
            (ui.retentionDaysSpin.valueChanged, keys.RETENTION_DAYS, self._days),
            (ui.retentionPerFeedCheck.toggled, keys.RETENTION_PER_FEED, self._per_feed),
            (ui.retentionPerFeedSpin.valueChanged, keys.RETENTION_PER_FEED, self._per_feed),
            (ui.keepUnreadCheck.toggled, keys.RETENTION_KEEP_UNREAD, bool),
            (ui.readerFontCombo.currentFontChanged, keys.READER_FONT, lambda f: f.family()),
            (ui.readerFontSizeSpin.valueChanged, keys.READER_FONT_SIZE, int),
            (ui.themeCombo.currentIndexChanged, keys.THEME, lambda i: keys.THEMES[i]),
            (ui.readDelaySpin.valueChanged, keys.READ_DELAY_MS, int),
            (ui.imagesPolicyCombo.currentIndexChanged, keys.IMAGES_POLICY,
             lambda i: keys.IMAGES_POLICIES[i]),
            (ui.proxyModeCombo.currentIndexChanged, keys.PROXY_MODE, lambda i: keys.PROXY_MODES[i]),
            (ui.proxyHostEdit.editingFinished, keys.PROXY_HOST,
             lambda: ui.proxyHostEdit.text().strip()),
            (ui.proxyPortSpin.valueChanged, keys.PROXY_PORT, int),
            (ui.timeoutSpin.valueChanged, keys.NETWORK_TIMEOUT, int),
        ]  # fmt: skip
        for signal, key, convert in bind:
            signal.connect(lambda *args, k=key, c=convert: self._store(k, c(*args)))

    def _days(self, *_args: Any) -> int | None:
        ui = self.ui
        return ui.retentionDaysSpin.value() if ui.retentionDaysCheck.isChecked() else None

    def _per_feed(self, *_args: Any) -> int | None:
        ui = self.ui
        return ui.retentionPerFeedSpin.value() if ui.retentionPerFeedCheck.isChecked() else None

    def _enable(self) -> None:
        ui = self.ui
        ui.retentionDaysSpin.setEnabled(ui.retentionDaysCheck.isChecked())
        ui.retentionPerFeedSpin.setEnabled(ui.retentionPerFeedCheck.isChecked())
        manual = ui.proxyModeCombo.currentIndex() >= 2
        ui.proxyHostEdit.setEnabled(manual)
        ui.proxyPortSpin.setEnabled(manual)

    def _store(self, key: str, value: Any) -> None:
        self._enable()
        if self._loading:
            return
        if key == keys.PROXY_HOST and value and any(c in value for c in " /@:"):
            self.failed.emit("The proxy host is a name or an address only (no “/”, “@” or “:”).")
            return
        self._tasks.write(
            lambda store: store.set_setting(key, value),
            lambda _r: self.changed.emit(key),
            self.failed.emit,
        )


def _index(options: tuple[str, ...], value: Any) -> int:
    return options.index(value) if value in options else 0
