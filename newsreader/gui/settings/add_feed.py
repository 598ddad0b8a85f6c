"""The "Add feed" dialog: find a feed by its address or a web page's, preview it, subscribe.

Finding, previewing and subscribing run on the settings workers; the dialog shows a busy bar
and a Stop button meanwhile and stays responsive. A `user:password@` address is split: the
address keeps no secret, the password fields receive it. When the profile has sync accounts
(issue 14), "Subscribe in" chooses this computer or an account: an account's feed is stored
here at once and subscribed on its server by the next sync of that account (the window
starts one when it sees the new feed). GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from newsreader.core import prefs
from newsreader.core.errors import UsageError
from newsreader.core.types import Feed
from newsreader.core.urls import normalize_feed_url, redact_url
from newsreader.gui import accessibility
from newsreader.gui.settings.context import Prompts, SettingsContext
from newsreader.gui.settings.tasks import TaskRunner, Token
from newsreader.gui.translations import core_text
from newsreader.usecases import subscribe as subscribing

# Marked here, translated where shown (context AddFeedDialog).
NO_KEYRING = str(
    QT_TRANSLATE_NOOP(
        "AddFeedDialog",
        "No keyring is available on this system: a password is kept in memory for this "
        "session only and must be entered again after a restart.",
    )
)


def section_combo(paths: list[str], current: str, parent: QWidget) -> QComboBox:
    """An editable combo of section paths; typing a new path creates that section."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.addItem("")
    combo.addItems(paths)
    combo.setCurrentText(current)
    editor = combo.lineEdit()
    if editor is not None:
        editor.setPlaceholderText(
            QCoreApplication.translate("AddFeedDialog", "Top level (or type World/Asia)")
        )
    return combo


def check_keyring(
    tasks: TaskRunner,
    context: SettingsContext,
    done: Callable[[bool], None],
    token: Token | None = None,
) -> None:
    """Ask on a worker whether secrets survive a restart (choosing a backend may block on D-Bus).

    A cancelled `token` drops the answer (the dialog that asked was closed meanwhile)."""
    credentials = context.credentials
    tasks.run(lambda: credentials.persistent, done, lambda _message: done(False), token)


class AddFeedDialog(QDialog):
    """Subscribe to one feed; emits `feed_added` once it is stored."""

    feed_added = Signal(object)  # Feed

    def __init__(
        self,
        context: SettingsContext,
        tasks: TaskRunner,
        section: str,
        parent: QWidget,
        prompts: Prompts | None = None,
    ) -> None:
        super().__init__(parent)
        self._prompts = prompts or Prompts()
        self.setObjectName("addFeedDialog")
        self.setWindowTitle(self.tr("Add feed"))
        self._context = context
        self._tasks = tasks
        self._token = Token()
        self._found: subscribing.Found | None = None
        self._candidates: subscribing.Found | None = None
        self._private_ok: set[str] = set()  # private-network addresses the user confirmed
        self.persistent: bool | None = None  # known once the keyring was asked, off-thread
        self._build(section)
        self._set_busy(False)
        # Closing the dialog drops the answer: the runner outlives the dialog (issue 17).
        self._open = Token()
        check_keyring(tasks, context, self._on_keyring_checked, self._open)

    # -- layout ---------------------------------------------------------------------------------

    def _build(self, section: str) -> None:
        self.urlEdit = QLineEdit(self)
        self.urlEdit.setObjectName("urlEdit")
        self.urlEdit.setPlaceholderText(self.tr("https://example.org/feed.xml or a web page"))
        self.findButton = QPushButton(self.tr("&Find"), self)
        self.findButton.setObjectName("findButton")
        self.stopButton = QPushButton(self.tr("&Stop"), self)
        self.stopButton.setObjectName("stopButton")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("findProgress")
        self.progress.setRange(0, 0)
        self.progress.setMaximumHeight(10)
        self.progress.setTextVisible(False)
        url_label = QLabel(self.tr("Feed or web page &address:"), self)
        url_label.setBuddy(self.urlEdit)
        row = QHBoxLayout()
        row.addWidget(self.urlEdit, 1)
        row.addWidget(self.findButton)
        row.addWidget(self.stopButton)

        self.candidatesList = QListWidget(self)
        self.candidatesList.setObjectName("candidatesList")
        self.candidatesList.setMaximumHeight(96)
        self.candidatesLabel = QLabel(self.tr("Feeds &found on the page:"), self)
        self.candidatesLabel.setBuddy(self.candidatesList)

        self.previewBox = QGroupBox(self.tr("Preview"), self)
        self.previewBox.setObjectName("previewBox")
        self.previewTitle = QLabel(self.previewBox)
        self.previewTitle.setObjectName("previewTitle")
        self.previewTitle.setWordWrap(True)
        self.previewItems = QListWidget(self.previewBox)
        self.previewItems.setObjectName("previewItems")
        self.previewItems.setMaximumHeight(110)
        self.previewItems.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        preview = QVBoxLayout(self.previewBox)
        preview.addWidget(self.previewTitle)
        preview.addWidget(self.previewItems)

        self.titleEdit = QLineEdit(self)
        self.titleEdit.setObjectName("titleEdit")
        paths = [s.path for s in self._context.library.sections()]
        self.sectionCombo = section_combo(paths, section, self)
        self.sectionCombo.setObjectName("sectionCombo")
        self.usernameEdit = QLineEdit(self)
        self.usernameEdit.setObjectName("usernameEdit")
        self.usernameEdit.setPlaceholderText(self.tr("only for password-protected feeds"))
        self.passwordEdit = QLineEdit(self)
        self.passwordEdit.setObjectName("passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.accountCombo = QComboBox(self)
        self.accountCombo.setObjectName("accountCombo")
        self.accountCombo.addItem(self.tr("This computer"), None)
        for account in self._context.library.accounts():
            self.accountCombo.addItem(account.name, account.id)
        form = QFormLayout()
        if self.accountCombo.count() > 1:
            caption = QLabel(self.tr("Subscribe &in:"), self)
            caption.setBuddy(self.accountCombo)
            form.addRow(caption, self.accountCombo)
        else:
            self.accountCombo.setVisible(False)
        for text, widget in (
            (self.tr("&Title:"), self.titleEdit),
            (self.tr("S&ection:"), self.sectionCombo),
            (self.tr("&User name:"), self.usernameEdit),
            (self.tr("Pass&word:"), self.passwordEdit),
        ):
            caption = QLabel(text, self)
            caption.setBuddy(widget)
            form.addRow(caption, widget)

        self.keyringNote = QLabel(self.tr(NO_KEYRING), self)
        self.keyringNote.setObjectName("keyringNote")
        self.keyringNote.setWordWrap(True)
        self.keyringNote.setVisible(False)
        self.messageLabel = QLabel(self)
        self.messageLabel.setObjectName("messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(self)
        self.subscribeButton = self.buttons.addButton(
            self.tr("Su&bscribe"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.subscribeButton.setObjectName("subscribeButton")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(url_label)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.candidatesLabel)
        layout.addWidget(self.candidatesList)
        layout.addWidget(self.previewBox)
        layout.addLayout(form)
        layout.addWidget(self.keyringNote)
        layout.addWidget(self.messageLabel)
        layout.addWidget(self.buttons)
        self._show_candidates(False)
        self.previewBox.setVisible(False)
        self.resize(560, 520)

        self.findButton.clicked.connect(self.find_feed)
        self.stopButton.clicked.connect(self.stop)
        self.candidatesList.currentRowChanged.connect(self._on_candidate_chosen)
        self.buttons.accepted.connect(self.subscribe)
        self.buttons.rejected.connect(self.reject)
        self.urlEdit.textEdited.connect(self._on_url_edited)
        # Return in the address field finds (then subscribes) itself, whatever button is
        # the dialog's default at that moment (issue 15: it used to do nothing there).
        self.urlEdit.installEventFilter(self)
        accessibility.name_combo_edits(self)  # the editable Section combo (issue 17)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.urlEdit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._on_url_return()
            return True  # handled: the default button must not run it a second time
        return super().eventFilter(watched, event)

    def _on_url_return(self) -> None:
        if self.busy:
            return
        if self._found is None:
            self.find_feed()
        elif self.subscribeButton.isEnabled():
            self.subscribe()

    def _on_keyring_checked(self, persistent: bool) -> None:
        self.persistent = persistent
        self.keyringNote.setVisible(not persistent)

    # -- state --------------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.stopButton.setVisible(busy)
        self.findButton.setEnabled(not busy)
        self.subscribeButton.setEnabled(not busy and self._found is not None)
        # Enter finds while there is nothing to subscribe to yet, then subscribes.
        self.subscribeButton.setDefault(self._found is not None and not busy)
        self.findButton.setDefault(self._found is None and not busy)

    @property
    def busy(self) -> bool:
        return self.stopButton.isVisible()

    def _say(self, text: str) -> None:
        self.messageLabel.setText(text)

    def _show_candidates(self, visible: bool) -> None:
        self.candidatesLabel.setVisible(visible)
        self.candidatesList.setVisible(visible)

    def _on_url_edited(self, _text: str) -> None:
        self._found = None
        self._set_busy(self.busy)

    def _auth(self) -> tuple[str, str] | None:
        user = self.usernameEdit.text().strip()
        return (user, self.passwordEdit.text()) if user else None

    # -- finding --------------------------------------------------------------------------------

    def find_feed(self) -> None:
        """Look at the typed address on a worker: a feed to preview or a page to choose from."""
        try:
            url, user, password = normalize_feed_url(self.urlEdit.text())
        except UsageError as exc:
            reason = core_text(str(exc))
            self._say(self.tr("That is not a feed address: {reason}").format(reason=reason))
            return
        if user is not None:
            self.usernameEdit.setText(user)
            if password is not None:
                self.passwordEdit.setText(password)
        self.urlEdit.setText(url)  # never leave a typed password on screen
        if self.usernameEdit.text().strip() and not self.passwordEdit.text():
            self._say(self.tr("Enter the password for this user name, or clear the user name."))
            return
        existing = self._context.library.feed_by_url(url)
        if existing is not None:
            self._say(
                self.tr("You are already subscribed to this feed, as “{title}”.").format(
                    title=existing.title
                )
            )
            return
        self._found = None
        self._candidates = None
        self.candidatesList.clear()
        self._show_candidates(False)
        self.previewBox.setVisible(False)
        self._say(self.tr("Looking at {url}…").format(url=redact_url(url)))
        fetcher, auth = self._context.fetcher, self._auth()
        allow = url in self._private_ok
        self._start(lambda: subscribing.find_feed(fetcher, url, auth, allow), self._on_found)

    def _start(self, job: object, on_done: object) -> None:
        self._token.cancel()
        self._token = Token()
        token = self._token

        def done(value: subscribing.Found) -> None:
            self._set_busy(False)
            on_done(value)  # type: ignore[operator]

        def failed(message: str) -> None:
            self._set_busy(False)
            self._say(message)

        self._set_busy(True)
        self._tasks.run(job, done, failed, token)  # type: ignore[arg-type]

    def stop(self) -> None:
        """Cancel the search in progress; its result, if it still comes, is ignored."""
        self._token.cancel()
        self._set_busy(False)
        self._say(self.tr("Stopped."))

    def _confirm_private(self, found: subscribing.Found) -> bool:
        """Ask before reading an address on the user's own network; True to go on."""
        return self._prompts.confirm(
            self,
            self.tr("Subscribe to a local address?"),
            self.tr(
                "{url} is on a private network ({address}), such as your home or office "
                "network. Newsreader reads from there only when you say so.\n\n"
                "Look at this address anyway?"
            ).format(url=redact_url(found.url), address=found.private_address),
        )

    def _on_private(self, found: subscribing.Found, again: Callable[[], None]) -> None:
        if self._confirm_private(found):
            self._private_ok.add(found.url)
            again()
        else:
            self._say(
                self.tr("Not subscribed: {url} is on a private network.").format(
                    url=redact_url(found.url)
                )
            )

    def _on_found(self, found: subscribing.Found) -> None:
        if found.private_address is not None:
            self._on_private(found, self.find_feed)
            return
        if found.feed is not None:
            self._preview(found)
            return
        self._candidates = found
        self._say(
            self.tr(
                "This is a web page; it links to %n feeds. Choose one to see its latest items.",
                "",
                len(found.candidates),
            )
            if len(found.candidates) != 1
            else self.tr(
                "This is a web page; it links to one feed. Choose it to see its latest items."
            )
        )
        for candidate in found.candidates:
            self.candidatesList.addItem(f"{candidate.title or candidate.url}  —  {candidate.url}")
        self._show_candidates(True)
        self.candidatesList.setCurrentRow(0)
        self.candidatesList.setFocus()

    def _on_candidate_chosen(self, row: int) -> None:
        if self._candidates is None or not 0 <= row < len(self._candidates.candidates):
            return
        candidate = self._candidates.candidates[row]
        self._found = None
        self.previewBox.setVisible(False)
        self._say(self.tr("Reading {url}…").format(url=redact_url(candidate.url)))
        fetcher = self._context.fetcher
        allow = candidate.url in self._private_ok

        def shown(found: subscribing.Found) -> None:
            if found.private_address is not None:
                self._on_private(found, lambda: self._on_candidate_chosen(row))
            else:
                self._preview(found)

        self._start(lambda: subscribing.preview_candidate(fetcher, candidate, allow), shown)

    def _preview(self, found: subscribing.Found) -> None:
        assert found.feed is not None
        existing = self._context.library.feed_by_url(found.url)
        if existing is not None:
            self._say(
                self.tr("You are already subscribed to this feed, as “{title}”.").format(
                    title=existing.title
                )
            )
            return
        self._found = found
        title = found.feed.title or urlsplit(found.url).hostname or found.url
        self.previewTitle.setText(f"<b>{_escape(title)}</b><br>{_escape(found.url)}")
        self.previewItems.clear()
        self.previewItems.addItems(list(found.latest) or [self.tr("(no items yet)")])
        self.previewBox.setVisible(True)
        self.titleEdit.setText(title)
        self._say(self.tr("Check the preview, then press Subscribe."))
        self._set_busy(False)

    # -- subscribing ----------------------------------------------------------------------------

    def subscribe(self) -> None:
        """Store the previewed feed (and its password, in the keyring) on the workers."""
        found = self._found
        if found is None or found.feed is None:
            self._say(self.tr("Find a feed first."))
            return
        title = self.titleEdit.text().strip() or found.feed.title or found.url
        user_title = title != (found.feed.title or "")
        section = self.sectionCombo.currentText().strip().strip("/")
        interval = prefs.DEFAULT_INTERVAL.get(self._context.library.setting)
        auth = self._auth()
        context = self._context
        account_id = self.accountCombo.currentData()
        if account_id is not None:
            url = found.url
            if auth is not None:
                self._say(
                    self.tr(
                        "A feed in a sync account is fetched by its server: clear the user "
                        "name and password, or subscribe on this computer."
                    )
                )
                return
            self._say(self.tr("Subscribing in %1…").replace("%1", self.accountCombo.currentText()))
            self._set_busy(True)
            self._tasks.write(
                lambda store: store.add_synced_feed(int(account_id), url, title, section),
                self._on_subscribed,
                self._on_failed,
            )
            return

        def job() -> Feed:
            return subscribing.subscribe(
                context.writer, context.credentials, url=found.url, title=title,
                user_title=user_title, section=section, interval=interval, auth=auth,
            )  # fmt: skip

        self._say(self.tr("Subscribing…"))
        self._start(job, self._on_subscribed)

    def _on_failed(self, message: str) -> None:
        self._set_busy(False)
        self._say(message)

    def _on_subscribed(self, feed: Feed) -> None:
        self.passwordEdit.clear()
        self.feed_added.emit(feed)
        self.accept()

    def reject(self) -> None:
        self._token.cancel()
        super().reject()

    def done(self, result: int) -> None:
        self._open.cancel()
        super().done(result)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
