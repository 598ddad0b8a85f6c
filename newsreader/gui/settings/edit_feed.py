"""The "Edit feed" dialog: title, section, refresh interval, user name and password.

A new password is checked against the server on a worker before anything is saved; once it
works it goes to the keyring and a feed paused for a refused password is polled again.
GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from newsreader.core.credentials import username_of
from newsreader.core.errors import CredentialError
from newsreader.core.failures import status_line
from newsreader.core.types import Feed, FeedStatus
from newsreader.gui.settings.add_feed import NO_KEYRING, check_keyring, section_combo
from newsreader.gui.settings.context import SettingsContext
from newsreader.gui.settings.tasks import TaskRunner, Token
from newsreader.usecases.feeds import FeedEdit, edit_feed


class EditFeedDialog(QDialog):
    """Change one feed; emits `feed_changed` after the write is committed."""

    feed_changed = Signal(object)  # Feed

    def __init__(
        self, context: SettingsContext, tasks: TaskRunner, feed: Feed, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("editFeedDialog")
        self.setWindowTitle(self.tr("Edit “{title}”").format(title=feed.title))
        self._context = context
        self._tasks = tasks
        self._feed = feed
        self._token = Token()
        self._user = ""
        if feed.auth_ref:
            try:
                self._user = username_of(feed.auth_ref)
            except CredentialError:
                self._user = ""
        self.persistent: bool | None = None
        self._build()
        check_keyring(tasks, context, self._on_keyring_checked)

    def _on_keyring_checked(self, persistent: bool) -> None:
        self.persistent = persistent
        self.keyringNote.setVisible(not persistent)

    def _build(self) -> None:
        feed = self._feed
        self.urlLabel = QLabel(feed.url, self)
        self.urlLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.titleEdit = QLineEdit(feed.title, self)
        self.titleEdit.setObjectName("titleEdit")
        paths = [s.path for s in self._context.library.sections()]
        self.sectionCombo = section_combo(paths, feed.section_path, self)
        self.sectionCombo.setObjectName("sectionCombo")
        self.intervalSpin = QSpinBox(self)
        self.intervalSpin.setObjectName("intervalSpin")
        self.intervalSpin.setRange(5, 7 * 24 * 60)
        self.intervalSpin.setSuffix(" min")
        self.intervalSpin.setValue(max(5, feed.interval // 60))
        self.usernameEdit = QLineEdit(self._user, self)
        self.usernameEdit.setObjectName("usernameEdit")
        self.passwordEdit = QLineEdit(self)
        self.passwordEdit.setObjectName("passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)
        if feed.auth_ref:
            self.passwordEdit.setPlaceholderText(self.tr("unchanged (stored in the keyring)"))
        form = QFormLayout()
        form.addRow(self.tr("Address:"), self.urlLabel)
        for text, widget in (
            (self.tr("&Title:"), self.titleEdit),
            (self.tr("S&ection:"), self.sectionCombo),
            (self.tr("&Refresh every:"), self.intervalSpin),
            (self.tr("&User name:"), self.usernameEdit),
            (self.tr("Pass&word:"), self.passwordEdit),
        ):
            caption = QLabel(text, self)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        self.keyringNote = QLabel(QCoreApplication.translate("AddFeedDialog", NO_KEYRING), self)
        self.keyringNote.setWordWrap(True)
        self.keyringNote.setVisible(False)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumHeight(10)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        self.messageLabel = QLabel(self)
        self.messageLabel.setObjectName("messageLabel")
        self.messageLabel.setWordWrap(True)
        if feed.status is FeedStatus.AUTH:
            self.messageLabel.setText(
                self.tr(
                    "The server refused the stored password ({reason}); polling is paused "
                    "until you enter the right one."
                ).format(reason=feed.last_error or status_line(401))
            )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.keyringNote)
        layout.addWidget(self.progress)
        layout.addWidget(self.messageLabel)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.resize(520, 320)

    def _fail(self, message: str) -> None:
        self.progress.setVisible(False)
        self.buttons.setEnabled(True)
        self.messageLabel.setText(message)

    def save(self) -> None:
        """Check a changed password on a worker, then store everything through the writer."""
        feed = self._feed
        user = self.usernameEdit.text().strip()
        password = self.passwordEdit.text()
        clear = not user and feed.auth_ref is not None
        changed_user = bool(user) and user != self._user
        if changed_user and not password:
            self._fail(self.tr("Enter the password for the new user name."))
            return
        auth = (user, password) if user and password else None
        edit = FeedEdit(
            title=self.titleEdit.text().strip(),
            section=self.sectionCombo.currentText(),
            interval=self.intervalSpin.value() * 60,
            auth=auth,
            clear_auth=clear,
        )
        context = self._context

        def job() -> Feed:
            return edit_feed(context.writer, context.credentials, context.fetcher, feed, edit)

        self.progress.setVisible(True)
        self.buttons.setEnabled(False)
        self.messageLabel.setText(self.tr("Checking the password…") if auth else self.tr("Saving…"))
        self._token = Token()
        self._tasks.run(job, self._on_saved, self._fail, self._token)

    def _on_saved(self, feed: Feed) -> None:
        self.passwordEdit.clear()
        self.feed_changed.emit(feed)
        self.accept()

    def reject(self) -> None:
        self._token.cancel()
        super().reject()
