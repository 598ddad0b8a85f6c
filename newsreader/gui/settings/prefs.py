"""General, Reading and Network pages: each control is bound to one profile setting.

A change is written at once through the writer (Store.set_setting) and announced with
`changed(key)` after the commit, so the window and the engine can apply it. GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QFileDialog, QSystemTrayIcon

from newsreader.core import prefs
from newsreader.core.prefs import as_int
from newsreader.gui.article_html import DEFAULT_READER_FONT
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
        self._add_tray_controls()
        self._add_story_control()
        self._add_rhythm_control()
        self.load()
        self._connect()

    def _add_tray_controls(self) -> None:
        """Issue 16's two checks on the General page (built here: the form has no tray row)."""
        ui = self.ui
        page = ui.generalPage
        ui.closeToTrayCheck = QCheckBox(
            self.tr("&Closing the window keeps Newsreader in the tray"), page
        )
        ui.closeToTrayCheck.setObjectName("closeToTrayCheck")
        ui.startMinimisedCheck = QCheckBox(self.tr("Start &hidden in the tray"), page)
        ui.startMinimisedCheck.setObjectName("startMinimisedCheck")
        if not QSystemTrayIcon.isSystemTrayAvailable():
            why = self.tr("This desktop has no system tray.")
            ui.closeToTrayCheck.setToolTip(why)
            ui.startMinimisedCheck.setText(self.tr("Start &minimised"))
        for check in (ui.closeToTrayCheck, ui.startMinimisedCheck):
            ui.generalForm.addRow(check)
        ui.closeToTrayCheck.setEnabled(QSystemTrayIcon.isSystemTrayAvailable())

    def _add_rhythm_control(self) -> None:
        """Issue 19's switch, under "Refresh all feeds when Newsreader starts"."""
        ui = self.ui
        text = self.tr("Lear&n each feed's posting rhythm")
        ui.learnRhythmCheck = QCheckBox(text, ui.generalPage)
        ui.learnRhythmCheck.setObjectName("learnRhythmCheck")
        ui.learnRhythmCheck.setToolTip(
            self.tr(
                "Check a feed more often at the hours it usually posts and less often when it"
                " is quiet. Off, every feed is checked at its refresh interval."
            )
        )
        row, _role = ui.generalForm.getWidgetPosition(ui.refreshOnStartCheck)
        ui.generalForm.insertRow(row + 1, ui.learnRhythmCheck)

    def _add_story_control(self) -> None:
        """Issue 19's story option, under "mark read on scroll" on the Reading page."""
        ui = self.ui
        ui.storyMarkReadCheck = QCheckBox(
            self.tr("Reading one article of a story marks its ot&her sources read"),
            ui.readingPage,
        )
        ui.storyMarkReadCheck.setObjectName("storyMarkReadCheck")
        ui.storyMarkReadCheck.setToolTip(
            self.tr(
                "A story is the same event reported by several feeds; the list shows it once."
                " Off, each feed's article stays unread until you read it."
            )
        )
        row, _role = ui.readingForm.getWidgetPosition(ui.markReadOnScrollCheck)
        # In the field column, under the scroll option (an empty label keeps it aligned).
        if row < 0:
            ui.readingForm.addRow("", ui.storyMarkReadCheck)
        else:
            ui.readingForm.insertRow(row + 1, "", ui.storyMarkReadCheck)

    def value(self, key: str, default: Any = None) -> Any:
        return self._context.library.setting(key, default)

    def load(self) -> None:
        """Show what the profile stores (defaults where nothing is stored)."""
        ui, get = self.ui, self._context.library.setting
        self._loading = True
        try:
            ui.defaultIntervalSpin.setValue(prefs.DEFAULT_INTERVAL.get(get) // 60)
            ui.refreshOnStartCheck.setChecked(prefs.REFRESH_ON_START.get(get))
            ui.learnRhythmCheck.setChecked(prefs.LEARN_RHYTHM.get(get))
            ui.closeToTrayCheck.setChecked(prefs.CLOSE_TO_TRAY.get(get))
            ui.startMinimisedCheck.setChecked(prefs.START_MINIMISED.get(get))
            ui.languageCombo.setCurrentIndex(prefs.LANGUAGES.index(prefs.LANGUAGE.get(get)))
            # A limit that is off still shows a sensible number to switch on with.
            days = prefs.RETENTION_DAYS.get(get)
            ui.retentionDaysCheck.setChecked(days is not None)
            ui.retentionDaysSpin.setValue(as_int(days, 30, 1))
            per_feed = prefs.RETENTION_PER_FEED.get(get)
            ui.retentionPerFeedCheck.setChecked(per_feed is not None)
            ui.retentionPerFeedSpin.setValue(as_int(per_feed, 500, 1))
            ui.keepUnreadCheck.setChecked(prefs.RETENTION_KEEP_UNREAD.get(get))
            # No stored font: show the one the reader pane uses, not the dialog's own.
            font = prefs.READER_FONT.get(get) or DEFAULT_READER_FONT
            ui.readerFontCombo.setCurrentFont(QFont(font))
            ui.readerFontSizeSpin.setValue(prefs.READER_FONT_SIZE.get(get) or 12)
            ui.themeCombo.setCurrentIndex(prefs.THEMES.index(prefs.THEME.get(get)))
            ui.readDelaySpin.setValue(prefs.READ_DELAY_MS.get(get))
            mark = prefs.MARK_READ.get(get)
            ui.markReadCombo.setCurrentIndex(prefs.MARK_READ_MODES.index(mark))
            ui.markReadOnScrollCheck.setChecked(prefs.MARK_READ_ON_SCROLL.get(get))
            ui.storyMarkReadCheck.setChecked(prefs.STORY_MARK_READ.get(get))
            policy = prefs.IMAGES_POLICY.get(get)
            ui.imagesPolicyCombo.setCurrentIndex(prefs.IMAGES_POLICIES.index(policy))
            ui.markUpdatedUnreadCheck.setChecked(prefs.MARK_UPDATED_UNREAD.get(get))
            mode = prefs.PROXY_MODE.get(get)
            ui.proxyModeCombo.setCurrentIndex(prefs.PROXY_MODES.index(mode))
            ui.proxyHostEdit.setText(prefs.PROXY_HOST.get(get))
            ui.proxyPortSpin.setValue(prefs.PROXY_PORT.get(get) or 8080)
            ui.timeoutSpin.setValue(as_int(prefs.NETWORK_TIMEOUT.get(get), 20, 1))
            ui.downloadMaxSpin.setValue(prefs.DOWNLOAD_MAX_MB.get(get))
            ui.downloadsDirEdit.setText(prefs.DOWNLOADS_DIR.get(get))
        finally:
            self._loading = False
        self._enable()

    def _connect(self) -> None:
        ui = self.ui
        bind: list[tuple[Any, prefs.Pref[Any], Callable[..., Any]]] = [
            (ui.defaultIntervalSpin.valueChanged, prefs.DEFAULT_INTERVAL, lambda v: v * 60),
            (ui.refreshOnStartCheck.toggled, prefs.REFRESH_ON_START, bool),
            (ui.learnRhythmCheck.toggled, prefs.LEARN_RHYTHM, bool),
            (ui.closeToTrayCheck.toggled, prefs.CLOSE_TO_TRAY, bool),
            (ui.startMinimisedCheck.toggled, prefs.START_MINIMISED, bool),
            (ui.retentionDaysCheck.toggled, prefs.RETENTION_DAYS, self._days),
            (ui.retentionDaysSpin.valueChanged, prefs.RETENTION_DAYS, self._days),
            (ui.retentionPerFeedCheck.toggled, prefs.RETENTION_PER_FEED, self._per_feed),
            (ui.retentionPerFeedSpin.valueChanged, prefs.RETENTION_PER_FEED, self._per_feed),
            (ui.keepUnreadCheck.toggled, prefs.RETENTION_KEEP_UNREAD, bool),
            (ui.readerFontCombo.currentFontChanged, prefs.READER_FONT, lambda f: f.family()),
            (ui.readerFontSizeSpin.valueChanged, prefs.READER_FONT_SIZE, int),
            (ui.themeCombo.currentIndexChanged, prefs.THEME, lambda i: prefs.THEMES[i]),
            (ui.languageCombo.currentIndexChanged, prefs.LANGUAGE,
             lambda i: prefs.LANGUAGES[i]),
            (ui.readDelaySpin.valueChanged, prefs.READ_DELAY_MS, int),
            (ui.markReadCombo.currentIndexChanged, prefs.MARK_READ,
             lambda i: prefs.MARK_READ_MODES[i]),
            (ui.markReadOnScrollCheck.toggled, prefs.MARK_READ_ON_SCROLL, bool),
            (ui.storyMarkReadCheck.toggled, prefs.STORY_MARK_READ, bool),
            (ui.imagesPolicyCombo.currentIndexChanged, prefs.IMAGES_POLICY,
             lambda i: prefs.IMAGES_POLICIES[i]),
            (ui.markUpdatedUnreadCheck.toggled, prefs.MARK_UPDATED_UNREAD, bool),
            (ui.proxyModeCombo.currentIndexChanged, prefs.PROXY_MODE,
             lambda i: prefs.PROXY_MODES[i]),
            (ui.proxyHostEdit.editingFinished, prefs.PROXY_HOST,
             lambda: ui.proxyHostEdit.text().strip()),
            (ui.proxyPortSpin.valueChanged, prefs.PROXY_PORT, int),
            (ui.timeoutSpin.valueChanged, prefs.NETWORK_TIMEOUT, int),
            (ui.downloadMaxSpin.valueChanged, prefs.DOWNLOAD_MAX_MB, int),
            (ui.downloadsDirEdit.editingFinished, prefs.DOWNLOADS_DIR,
             lambda: ui.downloadsDirEdit.text().strip()),
        ]  # fmt: skip
        for signal, pref, convert in bind:
            signal.connect(lambda *args, k=pref.key, c=convert: self._store(k, c(*args)))
        ui.downloadsDirButton.clicked.connect(self._choose_downloads_dir)

    def _choose_downloads_dir(self) -> None:
        edit = self.ui.downloadsDirEdit
        chosen = QFileDialog.getExistingDirectory(
            edit.window(), self.tr("Folder for Downloaded Enclosures"), edit.text().strip()
        )
        if chosen:
            edit.setText(chosen)
            self._store(prefs.DOWNLOADS_DIR.key, chosen)

    def _days(self, *_args: Any) -> int | None:
        ui = self.ui
        return ui.retentionDaysSpin.value() if ui.retentionDaysCheck.isChecked() else None

    def _per_feed(self, *_args: Any) -> int | None:
        ui = self.ui
        return ui.retentionPerFeedSpin.value() if ui.retentionPerFeedCheck.isChecked() else None

    def _enable(self) -> None:
        ui = self.ui
        seconds = ui.readDelaySpin.value() / 1000
        ui.markReadCombo.setItemText(
            0,
            self.tr("After {seconds} seconds on screen").format(
                seconds=QLocale().toString(seconds, "g", 3)
            )
            if seconds != 1
            else self.tr("After one second on screen"),
        )
        if seconds == 0:
            ui.markReadCombo.setItemText(0, self.tr("As soon as it is shown"))
        ui.retentionDaysSpin.setEnabled(ui.retentionDaysCheck.isChecked())
        ui.retentionPerFeedSpin.setEnabled(ui.retentionPerFeedCheck.isChecked())
        manual = ui.proxyModeCombo.currentIndex() >= 2
        ui.proxyHostEdit.setEnabled(manual)
        ui.proxyPortSpin.setEnabled(manual)

    def _store(self, key: str, value: object) -> None:
        self._enable()
        if self._loading:
            return
        host = value if key == prefs.PROXY_HOST.key and isinstance(value, str) else ""
        if any(c in host for c in " /@:"):
            self.failed.emit(
                self.tr("The proxy host is a name or an address only (no “/”, “@” or “:”).")
            )
            return
        self._tasks.write(
            lambda store: store.set_setting(key, value),
            lambda _r: self.changed.emit(key),
            self.failed.emit,
        )
