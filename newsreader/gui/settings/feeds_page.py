"""The Feeds page: the tree with drag-and-drop, add/edit/remove, OPML in and out, health.

Reads come from the library on the GUI thread (bounded: the feed list and per-feed counts);
every change goes to the writer or a settings worker, and the tree is rebuilt from storage
once it is committed. GUI thread only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    QTimeZone,
    Signal,
)
from PySide6.QtWidgets import QWidget

from newsreader.core.errors import UsageError
from newsreader.core.types import ArticleQuery, Feed, FeedStatus
from newsreader.core.urls import normalize_feed_url, redact_url
from newsreader.gui.dates import short_date_time
from newsreader.gui.section_model import gone_text
from newsreader.gui.settings.add_feed import AddFeedDialog
from newsreader.gui.settings.context import Prompts, SettingsContext
from newsreader.gui.settings.edit_feed import EditFeedDialog
from newsreader.gui.settings.feed_tree import FeedTreeModel, NodeKind
from newsreader.gui.settings.tasks import TaskRunner
from newsreader.usecases import feeds, opml, sections
from newsreader.usecases.opml import ImportReport
from newsreader.usecases.ports import GuiStore

log = logging.getLogger("newsreader.gui.settings")
OPML_FILTER = QT_TRANSLATE_NOOP(
    "FeedsPage", "OPML subscription lists (*.opml *.xml);;All files (*)"
)
# The answers to removing a feed with starred articles (besides Cancel), by index.
REMOVE_ANSWERS = (
    QT_TRANSLATE_NOOP("FeedsPage", "Delete everything"),
    QT_TRANSLATE_NOOP("FeedsPage", "Keep starred articles"),
)
KEEP_STARRED = 1


def when(moment: datetime | None) -> str:
    """A stored UTC time in the user's locale, or a dash."""
    if moment is None:
        return "—"
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.utc()).toLocalTime()
    return short_date_time(stamp)


class FeedsPage(QObject):
    """Drives the Feeds tab of the settings form."""

    changed = Signal()  # feeds or sections were stored: trees elsewhere reload
    import_finished = Signal(object)  # ImportReport
    # Feed ids to fetch at once (new, imported, or with a new address or password), so their
    # articles come without waiting for the poll timer; the window hands them to its poller.
    fetch_requested = Signal(list)

    def __init__(
        self,
        ui: Any,
        context: SettingsContext,
        tasks: TaskRunner,
        prompts: Prompts,
        dialog: QWidget,
    ) -> None:
        super().__init__(dialog)
        self.ui = ui
        self._context = context
        self._tasks = tasks
        self._prompts = prompts
        self._dialog = dialog
        self.model = FeedTreeModel(include_feeds=True, parent=self, feed_icon=context.feed_icon)
        self.add_dialog: AddFeedDialog | None = None
        self.edit_dialog: EditFeedDialog | None = None
        self.last_report: ImportReport | None = None
        tree = ui.feedTree
        tree.setModel(self.model)
        tree.setDropIndicatorShown(True)
        tree.selectionModel().currentChanged.connect(self._on_current_changed)
        tree.doubleClicked.connect(lambda _index: self.edit())
        self.model.move_requested.connect(self.move)
        ui.addFeedButton.clicked.connect(self.add)
        ui.editFeedButton.clicked.connect(self.edit)
        ui.removeFeedButton.clicked.connect(self.remove)
        ui.importOpmlButton.clicked.connect(self.import_opml)
        ui.exportOpmlButton.clicked.connect(self.export_opml)
        self.reload()

    # -- the tree -------------------------------------------------------------------------------

    def reload(self, select: tuple[NodeKind, int] | None = None) -> None:
        """Rebuild the tree from storage, keeping (or moving to) the selection."""
        if select is None:
            node = self.model.node(self.ui.feedTree.currentIndex())
            select = (node.kind, node.id) if node is not None else None
        library = self._context.library
        self._counts = library.feed_article_counts()
        self.model.load(library.sections(), library.feeds())
        self.ui.feedTree.expandAll()
        if select is not None:
            index = self.model.index_of(*select)
            if index.isValid():
                self.ui.feedTree.setCurrentIndex(index)
        self._show_health()

    def current_feed(self) -> Feed | None:
        node = self.model.node(self.ui.feedTree.currentIndex())
        return node.feed if node is not None and node.kind is NodeKind.FEED else None

    def select_feed(self, feed_id: int) -> bool:
        index = self.model.index_of(NodeKind.FEED, feed_id)
        if index.isValid():
            self.ui.feedTree.setCurrentIndex(index)
        return index.isValid()

    def _current_section_path(self) -> str:
        node = self.model.node(self.ui.feedTree.currentIndex())
        if node is None:
            return ""
        if node.feed is not None:
            return node.feed.section_path
        return node.section.path if node.section is not None else ""

    def _on_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_health()

    def _show_health(self) -> None:
        ui = self.ui
        feed = self.current_feed()
        has_feed = feed is not None
        ui.editFeedButton.setEnabled(has_feed)
        ui.removeFeedButton.setEnabled(has_feed)
        ui.healthBox.setEnabled(has_feed)
        if feed is None:
            for label in (ui.healthUrlLabel, ui.healthStatusLabel, ui.lastSuccessLabel,
                          ui.lastErrorLabel, ui.nextRefreshLabel, ui.articlesLabel):  # fmt: skip
                label.setText("—")
            return
        ui.healthUrlLabel.setText(feed.url)
        ui.healthStatusLabel.setText(_status_text(feed))
        ui.lastSuccessLabel.setText(when(feed.last_success))
        ui.lastErrorLabel.setText(feed.last_error or self.tr("none"))
        if feed.status in (FeedStatus.AUTH, FeedStatus.GONE):
            ui.nextRefreshLabel.setText(self.tr("paused"))
        else:
            ui.nextRefreshLabel.setText(
                when(feed.next_update) if feed.next_update else self.tr("due now")
            )
        ui.articlesLabel.setText(str(self._counts.get(feed.id, 0)))

    def say(self, text: str) -> None:
        self.ui.feedsMessageLabel.setText(text)

    # -- moves ----------------------------------------------------------------------------------

    def move(self, kind: str, node_id: int, section_id: object, position: int) -> None:
        """Store a drop from the tree (or the keyboard equivalent), then reload."""
        target = section_id if isinstance(section_id, int) else None
        if kind == NodeKind.FEED:
            job: Callable[[GuiStore], None] = lambda store: feeds.move_feed(  # noqa: E731
                store, node_id, target, position
            )
        else:
            job = lambda store: sections.move_section(store, node_id, target, position)  # noqa: E731
        self._tasks.write(job, lambda _r: self._after_change((NodeKind(kind), node_id)), self.say)

    def _after_change(self, select: tuple[NodeKind, int] | None = None) -> None:
        self.reload(select)
        self.changed.emit()

    # -- add / edit / remove ----------------------------------------------------------------------

    def add(self) -> AddFeedDialog:
        """Open the Add feed dialog (window-modal, so the event loop keeps running)."""
        dialog = AddFeedDialog(self._context, self._tasks, self._current_section_path(),
                               self._dialog, self._prompts)  # fmt: skip
        dialog.feed_added.connect(self._on_feed_added)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.add_dialog = dialog
        dialog.open()
        return dialog

    def _on_feed_added(self, feed: Feed) -> None:
        self._after_change((NodeKind.FEED, feed.id))
        self.say(self.tr("Subscribed to “{title}”.").format(title=feed.title))
        self.fetch_requested.emit([feed.id])

    def edit(self) -> EditFeedDialog | None:
        feed = self.current_feed()
        if feed is None:
            return None
        dialog = EditFeedDialog(self._context, self._tasks, feed, self._dialog)
        dialog.feed_changed.connect(lambda saved: self._on_feed_changed(saved, feed))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.edit_dialog = dialog
        dialog.open()
        return dialog

    def _on_feed_changed(self, feed: Feed, before: Feed | None = None) -> None:
        self._after_change((NodeKind.FEED, feed.id))
        self.say(self.tr("Saved “{title}”.").format(title=feed.title))
        if before is not None and _needs_fetch(before, feed):
            self.fetch_requested.emit([feed.id])

    def remove(self) -> None:
        """Unsubscribe after a confirmation; with starred articles, the user may keep those.

        Keeping them archives the feed (Store.delete_feed(keep_starred=True)): it leaves the
        subscriptions, its starred articles stay in Starred, All articles and search.
        """
        feed = self.current_feed()
        if feed is None:
            return
        library = self._context.library
        stored = self._counts.get(feed.id, 0)
        starred = library.article_count(ArticleQuery(feed_id=feed.id, starred_only=True))
        if not starred:
            question = self.tr(
                "Unsubscribe from “{title}” and delete its %n stored article(s)?", "", stored
            ).format(title=feed.title)
            if not stored:
                question = self.tr("Unsubscribe from “{title}”? It has no stored articles.").format(
                    title=feed.title
                )
            if not self._prompts.confirm(self._dialog, self.tr("Remove feed"), question):
                return
            keep = False
        else:
            answer = self._prompts.choose(
                self._dialog,
                self.tr("Remove feed"),
                self.tr(
                    "Unsubscribe from “{title}”? %n of its {stored} stored articles are "
                    "starred.\n\nKeep the starred articles (they stay in Starred, All articles "
                    "and search), or delete every article of the feed?",
                    "",
                    starred,
                ).format(title=feed.title, stored=QLocale().toString(stored)),
                tuple(self.tr(str(answer)) for answer in REMOVE_ANSWERS),
            )
            if answer is None:
                self.say(self.tr("Kept “{title}”.").format(title=feed.title))
                return
            keep = answer == KEEP_STARRED
        credentials = self._context.credentials
        writer = self._context.writer
        subscriptions = list(library.feeds())

        def job() -> None:
            feeds.remove_feed(
                writer, credentials, feed, keep_starred=keep, subscriptions=subscriptions
            )

        def done(_result: object) -> None:
            self._after_change()
            if keep:
                self.say(
                    self.tr(
                        "Unsubscribed from “{title}”; kept its %n starred article(s).", "", starred
                    ).format(title=feed.title)
                )
            else:
                self.say(self.tr("Removed “{title}” and its articles.").format(title=feed.title))

        self._tasks.run(job, done, self.say)

    # -- OPML ----------------------------------------------------------------------------------

    def import_opml(self) -> None:
        path = self._prompts.open_file(
            self._dialog, self.tr("Import OPML"), self.tr(str(OPML_FILTER))
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Read, parse and import an OPML file on the workers; report every row."""
        writer = self._context.writer

        def job() -> ImportReport:
            document = opml.read_opml_file(path)
            return writer.submit(lambda store: opml.import_opml(store, document)).result()

        def failed(message: str) -> None:
            self.say(self.tr("Nothing was imported: {reason}").format(reason=message))

        self.say(self.tr("Importing {name}…").format(name=path.name))
        self._tasks.run(job, self._on_imported, failed)

    def _on_imported(self, report: ImportReport) -> None:
        self.last_report = report
        self._after_change()
        self.say(report.summary())
        imported = self._imported_ids(report)
        if imported:  # before the report box, which may wait for the user
            self.fetch_requested.emit(imported)
        self._prompts.report(
            self._dialog, self.tr("OPML import"), report.summary(), report_details(report)
        )
        self.import_finished.emit(report)

    def _imported_ids(self, report: ImportReport) -> list[int]:
        """The stored ids of the feeds an import subscribed to (matched by normalized URL)."""
        urls: set[str] = set()
        for row in report.imported:
            try:
                urls.add(normalize_feed_url(row.url)[0])
            except UsageError:
                urls.add(row.url)
        return [f.id for f in self._context.library.feeds() if f.url in urls]

    def export_opml(self) -> None:
        path = self._prompts.save_file(
            self._dialog, self.tr("Export OPML"), self.tr(str(OPML_FILTER))
        )
        if path:
            self.export_file(Path(path))

    def export_file(self, path: Path) -> None:
        library = self._context.library
        subscriptions, tree = list(library.feeds()), list(library.sections())
        self._tasks.run(
            lambda: opml.export_opml_file(path, subscriptions, tree),
            lambda count: self.say(
                self.tr("Exported %n feed(s) to {name}.", "", count).format(name=path.name)
            ),
            lambda message: self.say(
                self.tr("Nothing was exported: {reason}").format(reason=message)
            ),
        )


def _status_text(feed: Feed) -> str:
    if feed.status is FeedStatus.AUTH:
        return QCoreApplication.translate(
            "FeedsPage",
            "paused: the server refused the user name or password — edit the feed to fix it",
        )
    if feed.status is FeedStatus.GONE:
        return gone_text()
    if feed.status is FeedStatus.ERROR:
        if feed.error_count <= 1:
            return QCoreApplication.translate(
                "FeedsPage", "failing: the last refresh did not work; it will be tried again later"
            )
        return QCoreApplication.translate(
            "FeedsPage",
            "failing: the last %n refreshes did not work; it will be tried again, less often "
            "each time",
            None,
            feed.error_count,
        )
    if feed.auth_ref:
        return QCoreApplication.translate("FeedsPage", "active · with user name and password")
    return QCoreApplication.translate("FeedsPage", "active")


def _needs_fetch(before: Feed, after: Feed) -> bool:
    """A saved feed to fetch at once: a new address, or polling resumed with new credentials."""
    if after.status in (FeedStatus.AUTH, FeedStatus.GONE):
        return False
    return after.url != before.url or before.status is FeedStatus.AUTH


def report_details(report: ImportReport) -> str:
    """Every row of an import report, for the details pane of the report box; a group that
    is empty is left out (never "Rejected (0):")."""
    lines: list[str] = []
    if report.imported:
        lines.append(
            QCoreApplication.translate("FeedsPage", "Imported ({count}):").format(
                count=len(report.imported)
            )
        )
        lines += [f"  {f.section_path + ' / ' if f.section_path else ''}{f.title or f.url}"
                  for f in report.imported]  # fmt: skip
    if report.duplicates:
        lines.append(
            QCoreApplication.translate("FeedsPage", "Already subscribed ({count}):").format(
                count=len(report.duplicates)
            )
        )
        lines += [f"  {f.title or f.url}" for f in report.duplicates]
    if report.rejected:
        lines.append(
            QCoreApplication.translate("FeedsPage", "Could not be imported ({count}):").format(
                count=len(report.rejected)
            )
        )
        lines += [f"  {redact_url(text)}: {reason}" for text, reason in report.rejected]
    return "\n".join(lines)
