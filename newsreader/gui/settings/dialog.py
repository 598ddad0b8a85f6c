"""The settings dialog (`settingsDialog`): Feeds, Sections, General, Reading, Network, and
Accounts (sync accounts, issue 14) when the composition root gives it their actions.

Composes the Designer form `ui/settings.ui`. Changes apply at once and persist in the profile;
`settings_changed(key)` tells the window what changed ("subscriptions" for the feed tree).
Modeless so the window keeps updating behind it. GUI thread only; blocking work runs on the
dialog's own workers and the engine's writer.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from newsreader.core.prefs import SUBSCRIPTIONS
from newsreader.gui import accessibility
from newsreader.gui.forms.ui_settings import Ui_SettingsDialog
from newsreader.gui.settings.accounts_page import AccountActions, AccountsPage
from newsreader.gui.settings.context import Prompts, SettingsContext
from newsreader.gui.settings.feeds_page import FeedsPage
from newsreader.gui.settings.prefs import PreferencePages
from newsreader.gui.settings.rules_page import RulesPage
from newsreader.gui.settings.sections_page import SectionsPage
from newsreader.gui.settings.tasks import TaskRunner

log = logging.getLogger("newsreader.gui.settings")
PAGES = ("feeds", "sections", "general", "reading", "network", "rules", "accounts")


class SettingsDialog(QDialog):
    """Feed management and preferences for one profile."""

    settings_changed = Signal(str)  # a settings key, or SUBSCRIPTIONS (core.prefs)
    fetch_requested = Signal(list)  # ids of feeds added, imported or re-addressed: fetch now

    def __init__(
        self,
        context: SettingsContext,
        parent: QWidget | None = None,
        prompts: Prompts | None = None,
        accounts: AccountActions | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.context = context
        self.prompts = prompts or Prompts()
        self.tasks = TaskRunner(context.writer, self)
        self.feeds = FeedsPage(self.ui, context, self.tasks, self.prompts, self)
        self.sections = SectionsPage(self.ui, context, self.tasks, self.prompts, self)
        self.preferences = PreferencePages(self.ui, context, self.tasks, self)
        self.feeds.changed.connect(self._on_subscriptions_changed)
        self.feeds.fetch_requested.connect(self.fetch_requested)
        self.sections.changed.connect(self._on_subscriptions_changed)
        self.preferences.changed.connect(self.settings_changed)
        self.preferences.failed.connect(self.ui.networkMessageLabel.setText)
        # Issue 16: before Accounts, which is there only with sync wiring (PAGES order).
        self.rules = RulesPage(context, self.tasks, self.prompts, self)
        self.ui.settingsTabs.addTab(self.rules, self.tr("Arri&val Rules"))
        self.accounts: AccountsPage | None = None
        if accounts is not None:
            self.accounts = AccountsPage(accounts, self.tasks, self.prompts, self)
            self.ui.settingsTabs.addTab(self.accounts, self.tr("Accounts"))
            self.accounts.changed.connect(self._on_accounts_changed)
        self.ui.settingsTabs.currentChanged.connect(self._on_tab_changed)
        self._name_controls()
        self._fit_screen()

    def _name_controls(self) -> None:
        """Accessible names the form's labels do not give (issue 17): the pages, the views
        and the editable combos' line edits."""
        ui = self.ui
        accessibility.name(ui.settingsTabs, self.tr("Settings pages"))
        accessibility.name(
            ui.feedTree,
            self.tr("Subscribed feeds"),
            self.tr("Feeds by section. The buttons below add, edit and remove them."),
        )
        accessibility.name(ui.sectionsView, self.tr("Sections"))
        if self.accounts is not None:
            accessibility.name(self.accounts.list, self.tr("Sync accounts"))
        accessibility.name_combo_edits(self)

    def show_page(self, name: str) -> None:
        """Switch to a page by name ("feeds", "sections", "general", "reading", "network")."""
        self.ui.settingsTabs.setCurrentIndex(PAGES.index(name))

    def _on_subscriptions_changed(self) -> None:
        # Both trees show the same sections; keep the other one in step.
        if self.sender() is self.feeds:
            self.sections.reload()
        else:
            self.feeds.reload()
        self.settings_changed.emit(SUBSCRIPTIONS)

    def _on_accounts_changed(self) -> None:
        self.feeds.reload()
        self.sections.reload()
        self.settings_changed.emit(SUBSCRIPTIONS)

    def _on_tab_changed(self, index: int) -> None:
        if PAGES[index] == "feeds":
            self.feeds.reload()  # health may have changed while refreshing behind the dialog
        elif PAGES[index] == "sections":
            self.sections.reload()
        elif PAGES[index] == "rules":
            self.rules.reload()  # feeds and sections may have changed on the other pages
        elif PAGES[index] == "accounts" and self.accounts is not None:
            self.accounts.reload()

    def _fit_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        room = screen.availableGeometry()
        self.resize(min(self.width(), room.width() - 40), min(self.height(), room.height() - 60))

    def done(self, result: int) -> None:
        self.tasks.close()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.tasks.close()
        super().closeEvent(event)
