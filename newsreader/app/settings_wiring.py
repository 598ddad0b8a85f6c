"""Connects the settings dialog to the main window and the engine of a profile.

The composition root calls `install_settings` once per window: it enables `settingsAction`
(Ctrl+,) through `MainWindow.enable_settings`, builds the dialog on first use from the engine's
parts, and applies what the dialog reports through `settings_changed` (a moved feed reloads
the window's section tree, a reading preference reaches the pane at once; a feed added,
imported or re-addressed is fetched at once through the window's poller). The Accounts page
(issue 14) gets its actions here: the accounts use cases on the engine, and Sync Now through
the window's poller, whose every sync run also refreshes the page. GUI thread only.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from newsreader.app.profile import Engine, apply_network_settings, utc_now
from newsreader.core import prefs
from newsreader.core.errors import NewsreaderError
from newsreader.core.sync import Account, ServerInfo, SyncError
from newsreader.gui.main_window import MainWindow
from newsreader.gui.reading_settings import READING_KEYS
from newsreader.gui.settings.accounts_page import AccountActions, AccountForm
from newsreader.gui.settings.context import Prompts, SettingsContext
from newsreader.update import network
from newsreader.usecases import accounts

if TYPE_CHECKING:
    from newsreader.gui.settings.dialog import SettingsDialog

log = logging.getLogger("newsreader.app.settings")


def settings_context(engine: Engine, window: MainWindow | None = None) -> SettingsContext:
    """The engine parts the settings dialog works with (and the window's feed icons)."""
    context = SettingsContext(
        library=engine.library,
        writer=engine.writer,
        fetcher=engine.fetcher,
        credentials=engine.credentials,
        clock=utc_now,
    )
    if window is not None:
        return dataclasses.replace(context, feed_icon=window.sections.feed_icon)
    return context


def fetch_new_feeds(engine: Engine, window: MainWindow) -> Callable[[Sequence[int]], None]:
    """Fetch new subscriptions at once: local feeds by a refresh of just them, a sync
    account's feeds by a sync of that account (its server subscribes and fetches them)."""

    def fetch(feed_ids: Sequence[int]) -> None:
        names: list[str] = []
        local: list[int] = []
        by_id = {a.id: a.name for a in engine.library.accounts()}
        # One read of the subscriptions, not one query per feed: an OPML import hands over
        # hundreds of ids, and this runs on the GUI thread.
        account_of = {f.id: f.account_id for f in engine.library.feeds()} if by_id else {}
        for feed_id in feed_ids:
            account_id = account_of.get(feed_id)
            if account_id is not None:
                names.append(by_id.get(account_id, ""))
            else:
                local.append(feed_id)
        if local:
            window.poller.refresh_feeds(local)
        wanted = [n for n in dict.fromkeys(names) if n]
        if wanted:
            window.poller.sync_now(wanted)

    return fetch


def account_actions(engine: Engine, window: MainWindow) -> AccountActions:
    """What the Accounts page does, on this engine and this window's poller."""
    library = engine.library

    def test(form: AccountForm) -> ServerInfo:
        url = accounts.base_url(form.url)
        probe = accounts.probe_account(form.kind, url, form.username, form.name)
        try:
            return accounts.test_connection(probe, form.secret, engine.fetcher.limits)
        except SyncError as exc:  # the server's refusal, in one sentence: shown as it is
            raise NewsreaderError(str(exc)) from None

    def add(form: AccountForm) -> accounts.AddedAccount:
        try:
            return accounts.add_account(
                engine.writer, engine.credentials, engine.fetcher.limits, kind=form.kind,
                url=form.url, username=form.username, secret=form.secret, name=form.name,
                now=utc_now(), session_only_ok=True,
            )  # fmt: skip
        except SyncError as exc:
            raise NewsreaderError(str(exc)) from None

    def remove(account: Account, keep: bool) -> int:
        return accounts.remove_account(
            engine.writer, engine.credentials, account, keep_articles=keep
        )

    def feed_count(account_id: int) -> int:
        return sum(1 for f in library.feeds() if f.account_id == account_id)

    return AccountActions(
        accounts=library.accounts,
        feed_count=feed_count,
        test=test,
        add=add,
        remove=remove,
        sync_now=window.poller.sync_now,
    )


class SettingsOpener(QObject):
    """Opens (or raises) the one settings dialog of a window; a child of the window."""

    def __init__(self, window: MainWindow, engine: Engine, prompts: Prompts | None = None):
        super().__init__(window)
        self.setObjectName("settingsOpener")
        self._window = window
        self._context = settings_context(engine, window)
        self._prompts = prompts
        self._engine = engine
        self._accounts = account_actions(engine, window)
        self._fetch = fetch_new_feeds(engine, window)
        self.dialog: SettingsDialog | None = None
        window.poller.sync_finished.connect(self._on_sync_finished)

    def open(self) -> SettingsDialog:
        if self.dialog is None:
            # Imported on first use: the dialog's modules cost 80-240 ms of window start.
            from newsreader.gui.settings.dialog import SettingsDialog  # noqa: PLC0415

            self.dialog = SettingsDialog(
                self._context, self._window, self._prompts, accounts=self._accounts
            )
            self.dialog.settings_changed.connect(self._on_settings_changed)
            self.dialog.fetch_requested.connect(self._on_fetch_requested)
            self.dialog.finished.connect(self._on_finished)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def unsubscribe(self, feed_id: int) -> None:
        """The tree's "Unsubscribe…": the Feeds page's removal, with all its questions."""
        dialog = self.open()
        dialog.ui.settingsTabs.setCurrentWidget(dialog.ui.feedsPage)
        if dialog.feeds.select_feed(feed_id):
            dialog.feeds.remove()

    def _on_sync_finished(self, _outcomes: object) -> None:
        if self.dialog is not None and self.dialog.accounts is not None:
            self.dialog.accounts.synced()
            self.dialog.feeds.reload()  # the account's feeds arrived or changed

    def _on_finished(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def _on_fetch_requested(self, feed_ids: list[int]) -> None:
        # New subscriptions are fetched at once, not at the next timed poll (issue 15); only
        # these feeds, and after (merged with) a refresh already running.
        self._fetch(feed_ids)

    def _on_settings_changed(self, key: str) -> None:
        window = self._window
        if key == prefs.SUBSCRIPTIONS:
            window.reload_sections()
        if key in network.NETWORK_KEYS:
            apply_network_settings(self._engine.fetcher, self._engine.library)
        if key in READING_KEYS:
            window.reading_settings.apply(key, self._engine.library.setting(key))
        log.debug("setting changed: %s", key)


def install_settings(
    window: MainWindow, engine: Engine, prompts: Prompts | None = None
) -> SettingsOpener:
    """Enable the window's Settings action and make it open the dialog."""
    opener = SettingsOpener(window, engine, prompts)
    window.enable_settings(opener.open, opener.unsubscribe)
    return opener
