"""The first run and the empty profile (issue 15): what to do when there is nothing to read.

`EmptyState` is the page shown in place of the article list and the pane while the profile
has no feeds: three actions in place (subscribe to the starter set, add a feed or web page,
import OPML). The window switches to it and back by itself as feeds come and go.

`Subscribing` carries out those three actions for a window, the same way the settings dialog
does: the Add feed dialog, an OPML import read and stored on workers, and the bundled starter
list imported like any OPML file. What was subscribed is fetched at once. GUI thread only;
the work runs on the settings task workers and the single writer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from newsreader.core.errors import UsageError
from newsreader.core.urls import normalize_feed_url
from newsreader.gui.settings.context import Prompts, SettingsContext
from newsreader.usecases import opml
from newsreader.usecases.opml import ImportReport

if TYPE_CHECKING:
    from newsreader.gui.settings.add_feed import AddFeedDialog
    from newsreader.gui.settings.tasks import TaskRunner

OPML_FILTER = QT_TRANSLATE_NOOP("EmptyState", "OPML files (*.opml *.xml);;All files (*)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("EmptyState", text)


class EmptyState(QFrame):
    """The welcome page of a profile without feeds: three buttons, each with a line of help."""

    starter_requested = Signal()
    add_feed_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.backgroundRole().Base)
        self.heading = QLabel(_tr("You have no feeds yet"), self)
        self.heading.setObjectName("emptyStateHeading")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = self._text(
            _tr(
                "Newsreader keeps every article of the feeds you follow, so you can read them "
                "later, even offline. Start with one of these:"
            )
        )
        self.starterButton = self._button(
            "starterButton", _tr("&Subscribe to the Starter Feeds"), self.starter_requested
        )
        self.starterNote = self._text(
            _tr(
                "A starter set of news feeds (BBC, NPR, Deutsche Welle, Al Jazeera, The "
                "Guardian, Ars Technica, NASA, ESPN) in the sections World, Business, "
                "Technology, Science and Sport. You can remove any of them later."
            )
        )
        self.starterButton.setDefault(True)  # the one most newcomers want
        self.addFeedButton = self._button(
            "addFeedButton", _tr("&Add a Feed or Web Page…"), self.add_feed_requested
        )
        self.addFeedNote = self._text(
            _tr("Type the address of a feed, or of a web page that links to one.")
        )
        self.importButton = self._button(
            "importOpmlButton", _tr("&Import OPML…"), self.import_requested
        )
        self.importNote = self._text(
            _tr("Bring your subscriptions from another reader, in an OPML file.")
        )
        self.message = self._text("")
        self.message.setObjectName("emptyStateMessage")

        column = QWidget(self)
        column.setObjectName("emptyStateColumn")
        # Wrapped labels need a definite width: a column of at most 34 em, centred.
        em = self.fontMetrics().horizontalAdvance("M")
        column.setMinimumWidth(min(22 * em, 420))
        column.setMaximumWidth(34 * em)
        inner = QVBoxLayout(column)
        inner.setSpacing(6)
        inner.addWidget(self.heading)
        inner.addWidget(self.intro)
        for button, note in (
            (self.starterButton, self.starterNote),
            (self.addFeedButton, self.addFeedNote),
            (self.importButton, self.importNote),
        ):
            inner.addSpacing(14)
            inner.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            inner.addWidget(note)
        inner.addSpacing(14)
        inner.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 4)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def _text(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _button(self, name: str, text: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setMinimumWidth(260)
        button.clicked.connect(signal)
        return button

    def say(self, text: str) -> None:
        """A line under the actions (what is happening, or what went wrong)."""
        self.message.setText(text)

    def set_starter_busy(self, busy: bool) -> None:
        self.starterButton.setEnabled(not busy)


class Subscribing(QObject):
    """Add feed, Import OPML and the starter set for one window, fetching what they add.

    `fetch(ids)` asks for those feeds now (the poller's `refresh_feeds`), `changed()` reloads
    the window's tree, `report(text)` shows a status line. `starter` is the OPML list the
    starter action imports (the bundled one; tests pass one served from 127.0.0.1).
    """

    def __init__(
        self,
        *,
        context: SettingsContext,
        parent: QWidget,
        starter: Path,
        fetch: Callable[[Sequence[int]], None],
        changed: Callable[[], None],
        report: Callable[[str], None],
        prompts: Prompts | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("subscribing")
        self._context = context
        self._parent = parent
        self.starter = starter
        self._fetch = fetch
        self._changed = changed
        self._report = report
        self.prompts = prompts or Prompts()
        self._tasks: TaskRunner | None = None
        self.add_dialog: AddFeedDialog | None = None
        self.last_report: ImportReport | None = None
        self.importing = False

    def _runner(self) -> TaskRunner:
        if self._tasks is None:
            # Imported on first use, as the settings dialog is: window start stays quick.
            from newsreader.gui.settings.tasks import TaskRunner  # noqa: PLC0415

            self._tasks = TaskRunner(self._context.writer, self)
        return self._tasks

    # -- add a feed -------------------------------------------------------------------------

    def add_feed(self, section: str = "") -> AddFeedDialog:
        """Open the Add feed dialog (window-modal); a feed added is shown and fetched."""
        if self.add_dialog is not None:
            self.add_dialog.raise_()
            self.add_dialog.activateWindow()
            return self.add_dialog
        from newsreader.gui.settings.add_feed import AddFeedDialog  # noqa: PLC0415

        dialog = AddFeedDialog(self._context, self._runner(), section, self._parent, self.prompts)
        dialog.feed_added.connect(self._on_feed_added)
        dialog.finished.connect(self._on_add_dialog_finished)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.add_dialog = dialog
        dialog.open()
        return dialog

    def _on_add_dialog_finished(self, _result: int) -> None:
        self.add_dialog = None

    def _on_feed_added(self, feed: object) -> None:
        feed_id = getattr(feed, "id", None)
        title = getattr(feed, "title", "") or ""
        self._changed()
        self._report(_tr("Subscribed to “{title}”.").format(title=title))
        if isinstance(feed_id, int):
            self._fetch([feed_id])

    # -- OPML and the starter set -----------------------------------------------------------

    def import_opml(self) -> None:
        """Ask for an OPML file and import it."""
        path = self.prompts.open_file(self._parent, _tr("Import OPML"), _tr(str(OPML_FILTER)))
        if path:
            self.import_file(Path(path))

    def subscribe_starter(self) -> None:
        """Subscribe to the starter list (the same import as any OPML file)."""
        self.import_file(self.starter, starter=True)

    def import_file(self, path: Path, *, starter: bool = False) -> None:
        """Read, parse and store an OPML file on the workers; fetch what it subscribed to."""
        if self.importing:
            return
        writer = self._context.writer

        def job() -> ImportReport:
            document = opml.read_opml_file(path)
            return writer.submit(lambda store: opml.import_opml(store, document)).result()

        def failed(message: str) -> None:
            self.importing = False
            what = _tr("the starter feeds") if starter else path.name
            self._report(
                _tr("Nothing was imported from {what}: {message}").format(
                    what=what, message=message
                )
            )

        self.importing = True
        self._report(
            _tr("Subscribing to the starter feeds…")
            if starter
            else _tr("Importing {name}…").format(name=path.name)
        )
        self._runner().run(job, lambda report: self._on_imported(report, starter), failed)

    def _on_imported(self, report: ImportReport, starter: bool) -> None:
        self.importing = False
        self.last_report = report
        self._changed()
        if starter:
            self._report(_tr("Starter feeds: {summary}").format(summary=report.summary()))
        else:
            self._report(_tr("OPML import: {summary}").format(summary=report.summary()))
        ids = self._imported_ids(report)
        if ids:
            self._fetch(ids)

    def _imported_ids(self, report: ImportReport) -> list[int]:
        urls: set[str] = set()
        for row in report.imported:
            try:
                urls.add(normalize_feed_url(row.url)[0])
            except UsageError:
                urls.add(row.url)
        return [f.id for f in self._context.library.feeds() if f.url in urls]

    def close(self) -> None:
        if self._tasks is not None:
            self._tasks.close()
