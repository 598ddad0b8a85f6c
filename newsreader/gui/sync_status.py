"""The status bar's side of syncing accounts (issue 14): one line per account, where refresh
speaks ("Syncing with home…", then "Synced with home: 12 new articles" or the error).

Built by the composition root beside the window's `RefreshStatus`; the poller says when an
account's sync starts and how it ended. GUI thread only. Account names and errors come from
the profile and the server: the status bar shows plain text, so nothing is interpreted.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Slot

from newsreader.services.poller import Poller

_CONTEXT = "SyncStatus"


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


def outcome_text(outcome: Any) -> str:
    """One account's sync in one sentence (an `update.sync.AccountOutcome`)."""
    if outcome.error:
        return _tr("Could not sync with %1: %2", outcome.name, outcome.error)
    if outcome.new_articles:
        news = _plural("%n new article", "%n new articles", outcome.new_articles)
        return _tr("Synced with %1: %2", outcome.name, news)
    return _tr("Synced with %1: nothing new", outcome.name)


class SyncStatus(QObject):
    """Says which account is syncing and how each sync ended."""

    def __init__(
        self, poller: Poller, report: Callable[[str], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._report = report
        self.last = ""  # the last line said (tests read it)
        poller.sync_started.connect(self._on_sync_started)
        poller.sync_account_finished.connect(self._on_sync_account_finished)

    def _say(self, text: str) -> None:
        self.last = text
        self._report(text)

    @Slot(str)
    def _on_sync_started(self, name: str) -> None:
        self._say(_tr("Syncing with %1…", name))

    @Slot(object)
    def _on_sync_account_finished(self, outcome: object) -> None:
        self._say(outcome_text(outcome))
