"""The tray icon: the unread count on the app icon and in the tooltip, a menu, close to tray.

`Tray` follows the section tree's Unread node: it reads the count the tree model already holds
whenever the model applies a view update (the window's throttled update after reads and
refreshes), so it costs one dictionary look-up per update and never queries the library.
Clicking the icon shows or hides the window; its menu has Refresh, Mark All as Read, Work
Offline and Quit. With "close to tray" on, the window's close button hides the window instead
of quitting (File ▸ Quit and the tray's Quit still quit); with "start minimised" on, the
window starts hidden in the tray. Where the desktop has no system tray nothing of this shows:
closing quits and a "start minimised" window starts minimised on the task bar. Issue 16.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QRectF, Qt, QTimer, Slot
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QPainter,
    QPainterPath,
    QPixmap,
)
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from newsreader.core import prefs
from newsreader.core.prefs import Setting
from newsreader.core.types import Feed, Section
from newsreader.gui.main_window import MainWindow
from newsreader.gui.notify import Muting, Notifier
from newsreader.gui.resources import resource_path
from newsreader.services.notifications import Notice
from newsreader.services.writes import WriteQueue

log = logging.getLogger("newsreader.gui.tray")
_CONTEXT = "Tray"
BADGE_CAP = 99
ICON_SIZES = (16, 22, 24, 32, 48, 64)
BADGE_FILL = QColor("#c62828")  # dark red: white text on it is readable (contrast 5.6:1)
BADGE_TEXT = QColor("#ffffff")


def badge_text(count: int) -> str:
    """What the badge says: nothing for 0, the count up to 99, then "99+"."""
    if count <= 0:
        return ""
    return str(count) if count <= BADGE_CAP else f"{BADGE_CAP}+"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _plural(one: str, many: str, n: int) -> str:
    """`many` with %n through the translator; English's two forms when none is loaded."""
    translated = QCoreApplication.translate(_CONTEXT, many, None, n)
    if translated != many.replace("%n", str(n)):
        return translated
    return (one if n == 1 else many).replace("%n", str(n))


def tooltip_text(count: int) -> str:
    """The icon's tooltip (plain text), e.g. "Newsreader: 42 unread articles"."""
    if count <= 0:
        return _tr("Newsreader: no unread articles")
    return _plural("Newsreader: %n unread article", "Newsreader: %n unread articles", count)


def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons/newsreader.svg")))


def badge_pixmap(base: QIcon, count: int, size: int, device_ratio: float = 1.0) -> QPixmap:
    """The app icon at `size` px with the unread count in a red badge at its lower right.

    The badge takes the lower 60% of the icon and as much width as its text needs, in a bold
    font about half the icon's height, so "99+" stays readable at 22 px.
    """
    pixels = round(size * device_ratio)
    pixmap = QPixmap(pixels, pixels)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        base.paint(painter, QRect(0, 0, pixels, pixels))
        text = badge_text(count)
        if text:
            font = QFont()
            font.setBold(True)
            font.setPixelSize(max(8, round(pixels * 0.46)))
            metrics = QFontMetrics(font)
            height = max(9.0, pixels * 0.6)
            width = min(float(pixels), max(height, metrics.horizontalAdvance(text) + pixels * 0.16))
            rect = QRectF(pixels - width, pixels - height, width, height)
            path = QPainterPath()
            path.addRoundedRect(rect, height / 2.4, height / 2.4)
            painter.fillPath(path, BADGE_FILL)
            painter.setPen(BADGE_TEXT)
            painter.setFont(font)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    finally:
        painter.end()
    pixmap.setDevicePixelRatio(device_ratio)
    return pixmap


def badge_icon(base: QIcon, count: int) -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addPixmap(badge_pixmap(base, count, size))
    return icon


class Tray(QObject):
    """The window's tray icon and its close-to-tray behaviour (GUI thread)."""

    def __init__(
        self,
        window: MainWindow,
        setting: Setting,
        *,
        available: bool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or window)
        self.setObjectName("tray")
        self._window = window
        self._setting = setting
        self.available = QSystemTrayIcon.isSystemTrayAvailable() if available is None else available
        self._base = app_icon()
        self.count = -1
        self.quitting = False
        self.menu = self._build_menu()
        self.icon: QSystemTrayIcon | None = None
        if self.available:
            self.icon = QSystemTrayIcon(self)
            self.icon.setObjectName("trayIcon")
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._on_icon_activated)
        model = window.sections
        model.modelReset.connect(self._on_counts_changed)
        model.dataChanged.connect(self._on_counts_changed)
        self._on_counts_changed()
        if self.icon is not None:
            self.icon.show()
        window.installEventFilter(self)

    # -- the count --------------------------------------------------------------------------

    @Slot()
    def _on_counts_changed(self, *_args: object) -> None:
        count = self._window.sections.count_for_key("unread") or 0
        if count == self.count:
            return
        self.count = count
        if self.icon is not None:
            self.icon.setIcon(badge_icon(self._base, count))
            self.icon.setToolTip(tooltip_text(count))

    @property
    def tooltip(self) -> str:
        return tooltip_text(max(self.count, 0))

    def pixmap(self, size: int) -> QPixmap:
        """What the icon shows now at `size` px."""
        return badge_pixmap(self._base, max(self.count, 0), size)

    # -- menu and clicks --------------------------------------------------------------------

    def _build_menu(self) -> QMenu:
        window = self._window
        menu = QMenu(window)
        menu.setObjectName("trayMenu")

        def add(text: str, name: str, slot: object) -> QAction:
            action = menu.addAction(text)
            action.setObjectName(name)
            action.triggered.connect(slot)
            return action

        add(_tr("Show or Hide Newsreader"), "trayToggleAction", self.toggle_window)
        menu.addSeparator()
        add(_tr("Refresh"), "trayRefreshAction", lambda: window.poller.refresh_now(None))
        add(_tr("Mark All as Read"), "trayMarkAllReadAction", self.mark_all_read)
        if window.offline_mode is not None:
            menu.addAction(window.offline_mode.work_offline_action)  # the same checkable action
        menu.addSeparator()
        add(_tr("Quit"), "trayQuitAction", self.quit)
        return menu

    def mark_all_read(self) -> None:
        """Everything read, as Mark All Read on the All node (undoable from the window)."""
        sections = self._window.sections
        node = sections.node(sections.index_for_key("all"))
        if node is not None:
            self._window.mark_all_read(node)

    @Slot(QSystemTrayIcon.ActivationReason)
    def _on_icon_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason is QSystemTrayIcon.ActivationReason.Trigger:
            self.toggle_window()

    def toggle_window(self) -> None:
        window = self._window
        if window.isVisible() and not window.isMinimized():
            window.hide()
        else:
            self.bring_up()

    def bring_up(self) -> None:
        window = self._window
        window.showNormal()
        window.raise_()
        window.activateWindow()

    def quit(self) -> None:
        self.quitting = True
        self._window.close()
        QTimer.singleShot(0, QCoreApplication.quit)  # a hidden window's close may not end it

    def show_message(self, notice: Notice) -> bool:
        """The fallback of desktop notifications: the tray's balloon, when there is a tray."""
        if self.icon is None or not QSystemTrayIcon.supportsMessages():
            return False
        self.icon.showMessage(notice.summary, notice.body, self._base)
        return True

    # -- close to tray, start minimised ----------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._window
            and event.type() == QEvent.Type.Close
            and event.spontaneous()  # the title bar's close button, not Quit or a signal
            and not self.quitting
            and self.icon is not None
            and prefs.CLOSE_TO_TRAY.get(self._setting)
        ):
            event.ignore()
            self._window.hide()
            return True
        return super().eventFilter(watched, event)

    def show_at_start(self) -> None:
        """Show the window as the "start minimised" preference says."""
        if not prefs.START_MINIMISED.get(self._setting):
            self._window.show()
        elif self.icon is None:
            self._window.showMinimized()
        # else: hidden; the tray icon brings it up


def _tree_feeds(window: MainWindow) -> tuple[Mapping[int, Feed], Sequence[Section]]:
    state = window.sections.state
    if state is None:
        return {}, ()
    return state.feeds, state.data.sections


def _open_node(window: MainWindow, tray: Tray, key: str) -> None:
    """A click on a notification: the window, up front, on the node the notice named."""
    tray.bring_up()
    if not window.select_node(key):
        window.select_node("unread")


def install_tray(
    window: MainWindow, setting: Setting, writer: WriteQueue, *, available: bool | None = None
) -> tuple[Tray, Notifier]:
    """Give `window` its tray icon and its notifier of new articles, and the tree's menu its
    "Notify about new articles" check; both are found again as the window's children
    (`findChild(Tray)`, `findChild(Notifier)`)."""
    tray = Tray(window, setting, available=available)
    muting = Muting(setting, writer)
    notifier = Notifier(
        bridge=window.bridge,
        feeds=lambda: _tree_feeds(window),
        muting=muting,
        is_window_active=lambda: window.isVisible() and window.isActiveWindow(),
        fallback=tray.show_message,
        open_target=lambda key: _open_node(window, tray, key),
        parent=window,
    )
    window.section_actions.muting = muting
    return tray, notifier
