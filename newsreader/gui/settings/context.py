"""What the settings dialog needs from below the GUI, and the prompts it asks the user.

The dialog never imports the app layer: the composition root builds a `SettingsContext` from
its engine. `Prompts` holds every modal question (confirmations, file choosers, name input) so
tests can answer them without a running event loop inside a QMessageBox.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QInputDialog, QMessageBox, QWidget

from newsreader.core.credentials import CredentialStore
from newsreader.core.fetch import Fetcher
from newsreader.core.rules import Rule
from newsreader.core.sync import Account
from newsreader.core.types import ArticleQuery, Feed, Section
from newsreader.services.writes import WriteQueue


class SettingsLibrary(Protocol):
    """The bounded read queries the dialog runs on the GUI thread."""

    def sections(self) -> Sequence[Section]: ...
    def feeds(self) -> Sequence[Feed]: ...
    def feed(self, feed_id: int) -> Feed | None: ...
    def feed_by_url(self, url: str) -> Feed | None: ...
    def feed_article_counts(self) -> dict[int, int]: ...
    def article_count(self, query: ArticleQuery) -> int: ...
    def setting(self, key: str, default: Any = None) -> Any: ...
    def accounts(self) -> Sequence[Account]: ...  # sync accounts (issue 14): a few rows
    def rules(self) -> Sequence[Rule]: ...  # rules on arrival (issue 16): a few rows
    # Walks the rule's scope: only ever on the dialog's task pool, never the GUI thread.
    def rule_preview_count(self, rule: Rule, now: datetime) -> int: ...


@dataclass(frozen=True, slots=True)
class SettingsContext:
    """The engine parts the dialog works with; built once by the composition root."""

    library: SettingsLibrary
    writer: WriteQueue
    fetcher: Fetcher
    credentials: CredentialStore
    clock: Callable[[], datetime]
    # The main window's icon for a feed (its section tree decodes them), when there is one.
    feed_icon: Callable[[int], QIcon | None] = lambda _feed_id: None


def _confirm(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def choice_box(
    parent: QWidget, title: str, text: str, answers: Sequence[str]
) -> tuple[QMessageBox, list[QAbstractButton]]:
    """The question behind `Prompts.choose`: one button per answer, then Cancel (the default,
    so Enter never destroys anything). Public so a screenshot can show it without exec()."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent
    )
    buttons: list[QAbstractButton] = [
        box.addButton(answer, QMessageBox.ButtonRole.AcceptRole) for answer in answers
    ]
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box, buttons


def _choose(parent: QWidget, title: str, text: str, answers: Sequence[str]) -> int | None:
    box, buttons = choice_box(parent, title, text, answers)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return next((i for i, b in enumerate(buttons) if b is clicked), None)


def _open_file(parent: QWidget, title: str, filters: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path or None


def _save_file(parent: QWidget, title: str, filters: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, "subscriptions.opml", filters)
    return path or None


def _text(parent: QWidget, title: str, label: str, value: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, label, text=value)
    return text if ok else None


def _report(parent: QWidget, title: str, text: str, details: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok)
    box.setParent(parent, box.windowFlags())
    if details:
        box.setDetailedText(details)
    box.open()


@dataclass(frozen=True, slots=True)
class Prompts:
    """Modal questions; each takes the parent widget first. Replace them in tests.

    `choose` offers several answers besides Cancel: the index of the one taken, or None.
    """

    confirm: Callable[[QWidget, str, str], bool] = _confirm
    choose: Callable[[QWidget, str, str, Sequence[str]], int | None] = _choose
    open_file: Callable[[QWidget, str, str], str | None] = _open_file
    save_file: Callable[[QWidget, str, str], str | None] = _save_file
    text: Callable[[QWidget, str, str, str], str | None] = _text
    report: Callable[[QWidget, str, str, str], None] = field(default=_report)
