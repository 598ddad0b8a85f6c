"""The Accounts page (issue 14): sync accounts on a Miniflux or Google Reader API server.

The list shows each account (name, kind, server, user, last sync in the user's locale, its
result); Add… opens a form whose Test Connection asks the server off the GUI thread and shows
who it says we are; the account is saved only after a successful test. Sync Now asks the
window's poller (the refresh thread syncs); Remove… asks whether the account's feeds and
articles stay on this computer. Secrets are never shown back nor logged; what the server
says is shown as plain text. GUI thread only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from newsreader.core.sync import Account, AccountKind, ServerInfo
from newsreader.gui.dates import short_date_time
from newsreader.gui.settings.context import Prompts
from newsreader.gui.settings.tasks import TaskRunner
from newsreader.usecases.accounts import AddedAccount

log = logging.getLogger("newsreader.gui.settings.accounts")
_CONTEXT = "AccountsPage"


def _tr(text: str, *args: object) -> str:
    translated = QCoreApplication.translate(_CONTEXT, text)
    for number, value in reversed(list(enumerate(args, 1))):
        translated = translated.replace(f"%{number}", str(value))
    return translated


def _plural(one: str, many: str, n: int) -> str:
    translated = QCoreApplication.translate(_CONTEXT, many, None, n)
    if translated != many.replace("%n", str(n)):
        return translated
    return (one if n == 1 else many).replace("%n", str(n))


@dataclass(frozen=True, slots=True)
class AccountForm:
    """What the person typed in the Add form (the secret stays in memory only)."""

    kind: AccountKind
    url: str
    username: str
    secret: str
    name: str


@dataclass(frozen=True, slots=True)
class AccountActions:
    """What the page does, given by the composition root (app.settings_wiring).

    `accounts` and `feed_count` are small reads for the GUI thread; `test`, `add` and `remove`
    block (HTTP, keyring, writer) and run on the dialog's TaskRunner; `sync_now` returns at
    once (the poller syncs on its thread; the dialog's opener calls `synced` after each run).
    """

    accounts: Callable[[], Sequence[Account]]
    feed_count: Callable[[int], int]
    test: Callable[[AccountForm], ServerInfo]
    add: Callable[[AccountForm], AddedAccount]
    remove: Callable[[Account, bool], int]
    sync_now: Callable[[Sequence[str]], None]


KINDS = (
    (AccountKind.MINIFLUX, "Miniflux"),
    (AccountKind.GREADER, "Google Reader API (FreshRSS, Miniflux, …)"),
)


def info_text(info: ServerInfo) -> str:
    """ "Miniflux 2.2.6 — signed in as admin" (a Google Reader server may give no version,
    nor a user name)."""
    server = " ".join(part for part in (info.name, info.version) if part)
    if info.user:
        return _tr("%1 — signed in as %2", server, info.user)
    return _tr("%1 — signed in", server)


class AccountsPage(QWidget):
    """The Accounts tab of the settings dialog."""

    changed = Signal()  # accounts added or removed: the window's tree changes

    def __init__(
        self, actions: AccountActions, tasks: TaskRunner, prompts: Prompts,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("accountsPage")
        self.account_actions = actions
        self.prompts = prompts
        self._tasks = tasks
        self._tested: AccountForm | None = None  # the form as it was when the test passed
        self._accounts: dict[int, Account] = {}
        self._build()
        self.reload()

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            _tr(
                "Sync your subscriptions, read articles and stars with a server you already "
                "use on your other devices. Passwords and API keys are kept in your keyring, "
                "never in the library."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QTreeWidget(self)
        self.list.setObjectName("accountsList")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setHeaderLabels(
            [_tr("Name"), _tr("Kind"), _tr("Server"), _tr("User"), _tr("Last sync"),
             _tr("Result")]
        )  # fmt: skip
        header = self.list.header()
        header.setStretchLastSection(True)
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        layout.addWidget(self.list, 1)
        self.empty_label = QLabel(
            _tr("No sync accounts yet. Choose Add Account… to connect one."), self
        )
        self.empty_label.setObjectName("accountsEmptyLabel")
        layout.addWidget(self.empty_label)
        buttons = QHBoxLayout()
        self.add_button = self._button("addAccountButton", _tr("Add Account…"), self._on_add)
        self.sync_button = self._button("syncAccountButton", _tr("Sync Now"), self._on_sync)
        self.remove_button = self._button("removeAccountButton", _tr("Remove…"), self._on_remove)
        for button in (self.add_button, self.sync_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("accountsStatusLabel")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        layout.addWidget(self._build_form())

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _build_form(self) -> QGroupBox:
        box = QGroupBox(_tr("Add a sync account"), self)
        box.setObjectName("addAccountBox")
        form = QFormLayout(box)
        self.kind_combo = QComboBox(box)
        self.kind_combo.setObjectName("accountKindCombo")
        for kind, label in KINDS:
            self.kind_combo.addItem(_tr(label), str(kind))
        self.url_edit = QLineEdit(box)
        self.url_edit.setObjectName("accountUrlEdit")
        self.url_edit.setPlaceholderText("https://reader.example.org")
        self.user_edit = QLineEdit(box)
        self.user_edit.setObjectName("accountUserEdit")
        self.secret_edit = QLineEdit(box)
        self.secret_edit.setObjectName("accountSecretEdit")
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.name_edit = QLineEdit(box)
        self.name_edit.setObjectName("accountNameEdit")
        self.name_edit.setPlaceholderText(_tr("The server's name"))
        self.secret_label = QLabel(box)
        form.addRow(_tr("Kind:"), self.kind_combo)
        form.addRow(_tr("Server address:"), self.url_edit)
        form.addRow(_tr("User name:"), self.user_edit)
        form.addRow(self.secret_label, self.secret_edit)
        form.addRow(_tr("Account name:"), self.name_edit)
        self.form_message = QLabel(box)
        self.form_message.setObjectName("accountMessageLabel")
        self.form_message.setTextFormat(Qt.TextFormat.PlainText)  # the server's words
        self.form_message.setWordWrap(True)
        form.addRow(self.form_message)
        row = QHBoxLayout()
        self.test_button = QPushButton(_tr("Test Connection"), box)
        self.test_button.setObjectName("testConnectionButton")
        self.test_button.clicked.connect(self._on_test)
        self.save_button = QPushButton(_tr("Add This Account"), box)
        self.save_button.setObjectName("saveAccountButton")
        self.save_button.clicked.connect(self._on_save)
        self.cancel_button = QPushButton(_tr("Cancel"), box)
        self.cancel_button.setObjectName("cancelAccountButton")
        self.cancel_button.clicked.connect(self._close_form)
        row.addStretch(1)
        for button in (self.test_button, self.save_button, self.cancel_button):
            row.addWidget(button)
        form.addRow(row)
        for edit in (self.url_edit, self.user_edit, self.secret_edit, self.name_edit):
            edit.textChanged.connect(lambda _text: self._on_form_edited())
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._on_kind_changed())
        self._on_kind_changed()
        box.setVisible(False)
        self.form_box = box
        return box

    # -- the list ---------------------------------------------------------------------------

    def reload(self) -> None:
        current = self.current()
        self.list.clear()
        locale = QLocale()
        listed = list(self.account_actions.accounts())
        self._accounts = {a.id: a for a in listed}
        for account in listed:
            kind = dict(KINDS).get(account.kind, str(account.kind))
            if account.last_sync is not None:
                when = short_date_time(
                    QDateTime.fromSecsSinceEpoch(int(account.last_sync.timestamp())), locale
                )
            else:
                when = _tr("Never")
            if account.last_error:
                result = account.last_error
            elif account.server_version:
                result = _tr("Up to date (server version %1)", account.server_version)
            else:
                result = _tr("Up to date")
            item = QTreeWidgetItem(
                [account.name, _tr(kind), account.url, account.username or _tr("(API key)"),
                 when, result]
            )  # fmt: skip
            item.setData(0, Qt.ItemDataRole.UserRole, account.id)
            # A tooltip is rich text when it looks like it: the server's words are escaped.
            item.setToolTip(5, result.replace("&", "&amp;").replace("<", "&lt;"))
            self.list.addTopLevelItem(item)
            if current is not None and account.id == current.id:
                self.list.setCurrentItem(item)
        first = self.list.topLevelItem(0)
        if self.list.currentItem() is None and first is not None:
            self.list.setCurrentItem(first)
        self.empty_label.setVisible(not listed)
        self._enable()

    def current(self) -> Account | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return self._accounts.get(item.data(0, Qt.ItemDataRole.UserRole))

    def _enable(self) -> None:
        chosen = self.current() is not None
        self.sync_button.setEnabled(bool(self._accounts))
        self.remove_button.setEnabled(chosen)

    def _say(self, text: str) -> None:
        self.status_label.setText(text)

    # -- add --------------------------------------------------------------------------------

    def _form(self) -> AccountForm:
        kind = AccountKind(self.kind_combo.currentData())
        return AccountForm(
            kind=kind,
            url=self.url_edit.text().strip(),
            username=self.user_edit.text().strip(),
            secret=self.secret_edit.text(),
            name=self.name_edit.text().strip(),
        )

    def _on_add(self) -> None:
        self.form_box.setVisible(True)
        self.form_message.setText("")
        self._tested = None
        self._enable_form()
        self.url_edit.setFocus()

    def _close_form(self) -> None:
        self.secret_edit.clear()  # the secret is not kept in the widget
        self.form_box.setVisible(False)
        self._tested = None

    def _on_kind_changed(self) -> None:
        miniflux = AccountKind(self.kind_combo.currentData()) is AccountKind.MINIFLUX
        self.secret_label.setText(_tr("API key or password:") if miniflux else _tr("Password:"))
        self.user_edit.setPlaceholderText(
            _tr("Leave empty with an API key") if miniflux else _tr("Your user name")
        )
        self._on_form_edited()

    def _on_form_edited(self) -> None:
        if self._tested is not None and self._tested != self._form():
            self._tested = None
            self.form_message.setText(_tr("Test the connection again after a change."))
        self._enable_form()

    def _enable_form(self, busy: bool = False) -> None:
        form = self._form()
        filled = bool(form.url and form.secret)
        if form.kind is AccountKind.GREADER:
            filled = filled and bool(form.username)
        self.test_button.setEnabled(filled and not busy)
        self.save_button.setEnabled(self._tested == form and not busy)

    def _on_test(self) -> None:
        form = self._form()
        self.form_message.setText(_tr("Asking %1…", form.url))
        self._enable_form(busy=True)
        self._tasks.run(
            lambda: self.account_actions.test(form),
            lambda info: self._on_tested(form, info),
            self._on_test_failed,
        )

    def _on_tested(self, form: AccountForm, info: ServerInfo) -> None:
        if form == self._form():
            self._tested = form
        self.form_message.setText(info_text(info))
        self._enable_form()

    def _on_test_failed(self, reason: str) -> None:
        self._tested = None
        self.form_message.setText(_tr("Could not connect: %1", reason))
        self._enable_form()

    def _on_save(self) -> None:
        form = self._form()
        if self._tested != form:
            return
        self.form_message.setText(_tr("Adding the account…"))
        self._enable_form(busy=True)
        self._tasks.run(
            lambda: self.account_actions.add(form), self._on_added, self._on_test_failed
        )

    def _on_added(self, added: AddedAccount) -> None:
        self._close_form()
        self.reload()
        name = added.account.name
        text = _tr("Added “%1”: %2. Its feeds and articles arrive with the first sync.",
                   name, info_text(added.info))  # fmt: skip
        if not added.kept_in_keyring:
            text += " " + _tr(
                "No keyring is available, so its secret is kept only until Newsreader closes."
            )
        self._say(text)
        self.changed.emit()
        self.account_actions.sync_now([name])

    # -- sync, remove -----------------------------------------------------------------------

    def _on_sync(self) -> None:
        account = self.current()
        names = [account.name] if account is not None else []
        self._say(_tr("Syncing with %1…", names[0]) if names else _tr("Syncing…"))
        self.account_actions.sync_now(names)

    def synced(self) -> None:
        """A sync run ended (any account, whoever started it): show the new results."""
        self.reload()
        account = self.current()
        if account is not None:
            if account.last_error:
                self._say(_tr("Could not sync with %1: %2", account.name, account.last_error))
            else:
                self._say(_tr("Synced with %1.", account.name))

    def _on_remove(self) -> None:
        account = self.current()
        if account is None:
            return
        count = self.account_actions.feed_count(account.id)
        feeds = _plural("%n feed", "%n feeds", count)
        question = _tr(
            "Keep this account's %1 and their articles on this computer? Nothing is changed "
            "on the server either way.",
            feeds,
        )
        answer = self.prompts.choose(
            self, _tr("Remove “%1”", account.name), question, [_tr("Keep"), _tr("Remove Them")]
        )
        if answer is None:
            return
        keep = answer == 0
        self._say(_tr("Removing “%1”…", account.name))
        self._tasks.run(
            lambda: self.account_actions.remove(account, keep),
            lambda n: self._on_removed(account, keep, n),
            self._say,
        )

    def _on_removed(self, account: Account, keep: bool, count: int) -> None:
        self.reload()
        feeds = _plural("%n feed", "%n feeds", count)
        if keep:
            self._say(_tr("Removed “%1”; its %2 stay here as local subscriptions.",
                          account.name, feeds))  # fmt: skip
        else:
            self._say(_tr("Removed “%1” with its %2 and their articles.", account.name, feeds))
        self.changed.emit()
