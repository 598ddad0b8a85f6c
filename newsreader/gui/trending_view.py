"""The "Trending" node (issue 19): stories by independent sources and growth, each explained.

Beside Most popular in the tree. Its list is one row per story (the story's earliest
article); every row explains its rank after its title ("… · 5 sources in 3 hours; you read
2") and in a tooltip ("#1 trending: …"), as Most popular's rows do. The ranking reads
the last days' articles (storage.trending), so it is computed on the window's background
reader and shown when it arrives; a later selection drops an earlier answer. GUI thread.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Signal
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QToolTip

from newsreader.core.ports import LibraryReader
from newsreader.core.trending import TrendingRow, TrendReason, span_unit
from newsreader.core.types import ArticleRow
from newsreader.gui.article_model import ID_ROLE, ArticleListModel
from newsreader.gui.reader_pane import ReaderPane
from newsreader.gui.section_model import Node, NodeKind
from newsreader.services.reads import BackgroundReads

log = logging.getLogger("newsreader.gui.trending")
TRENDING_LIMIT = 50


def _span(seconds: float) -> str:
    span = span_unit(seconds)
    if span.unit == "days":
        return QCoreApplication.translate("TrendingView", "%n day(s)", None, span.count)
    if span.unit == "hours":
        return QCoreApplication.translate("TrendingView", "%n hour(s)", None, span.count)
    return QCoreApplication.translate("TrendingView", "%n minute(s)", None, span.count)


def explain_trend(reason: TrendReason) -> str:
    """ "5 sources in 3 hours; you read 2": the sources and the time are phrases with their
    own plurals, placed by a sentence whose plural follows the reads (cf. app.trending_commands)."""
    sources = QCoreApplication.translate("TrendingView", "%n source(s)", None, reason.sources)
    span = _span(reason.span_seconds)
    if reason.reads:
        return QCoreApplication.translate(
            "TrendingView", "{sources} in {span}; you read %n", None, reason.reads
        ).format(sources=sources, span=span)
    return QCoreApplication.translate("TrendingView", "{sources} in {span}").format(
        sources=sources, span=span
    )


def explained_row(row: TrendingRow) -> ArticleRow:
    """The list row of a ranked story: its title cell carries the reason, where there is
    room for it (the "+N sources" of other lists would say the same twice)."""
    title = QCoreApplication.translate("TrendingView", "{title} · {why}").format(
        title=row.article.title, why=explain_trend(row.reason)
    )
    return dataclasses.replace(row.article, title=title, sources=1)


def ranking_message(rows: Sequence[TrendingRow]) -> str:
    """What the pane says while the Trending list is shown and nothing is selected."""
    if not rows:
        return QCoreApplication.translate(
            "TrendingView",
            "Nothing is trending: no story was carried by several feeds in the last days.",
        )
    return QCoreApplication.translate(
        "TrendingView",
        "Trending: %n stories carried by several feeds, ranked by how many feeds and how "
        "fast, and by what you read of them. Select one to read it.",
        None,
        len(rows),
    )


class TrendingList(QObject):
    """Shows the Trending ranking in the article list and explains its rows."""

    loaded = Signal(int)  # how many stories the ranking shows (tests wait for it)

    def __init__(
        self,
        *,
        library: LibraryReader,
        reads: BackgroundReads,
        model: ArticleListModel,
        view: QAbstractItemView,
        clock: Callable[[], datetime],
        pane: ReaderPane | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._pane = pane
        self._library = library
        self._reads = reads
        self._model = model
        self._view = view
        self._clock = clock
        self._rows: dict[int, TrendingRow] = {}
        self._ticket = 0  # the latest request: older answers are dropped
        self._active = False
        view.viewport().installEventFilter(self)
        model.modelReset.connect(self._on_model_reset)

    @property
    def rows(self) -> dict[int, TrendingRow]:
        return dict(self._rows)

    def show_ranking(self, node: Node) -> bool:
        """Start filling the list with the ranking when `node` is Trending; False otherwise
        (and any answer still on its way is dropped)."""
        self._ticket += 1
        if node.kind is not NodeKind.TRENDING:
            self._active = False
            return False
        self._active = True
        self._model.set_rows([])
        ticket, library, now = self._ticket, self._library, self._clock()

        def job() -> tuple[int, Sequence[TrendingRow]]:
            return ticket, library.trending(TRENDING_LIMIT, now)

        self._reads.submit(job, self._on_ranking, self._on_failed)
        return True

    def _on_ranking(self, result: tuple[int, Sequence[TrendingRow]]) -> None:
        ticket, rows = result
        if ticket != self._ticket or not self._active:
            return
        self.set_rows(rows)

    def _on_failed(self, exc: BaseException) -> None:
        log.warning("could not rank the trending stories: %s", exc)

    def set_rows(self, rows: Sequence[TrendingRow]) -> None:
        """Show the ranking; each row's title says why ("… · 5 sources in 3 hours")."""
        self._model.set_rows([explained_row(r) for r in rows])
        self._rows = {r.article.id: r for r in rows}  # after the reset, which clears them
        if self._pane is not None:
            self._pane.show_message(ranking_message(rows))
        self.loaded.emit(len(rows))

    def tooltip_for(self, article_id: int) -> str | None:
        row = self._rows.get(article_id)
        if row is None:
            return None
        rank = list(self._rows).index(article_id) + 1
        return self.tr("#{rank} trending: {why}").format(
            rank=QLocale().toString(rank), why=explain_trend(row.reason)
        )

    def _on_model_reset(self) -> None:
        self._rows = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self._rows and isinstance(event, QHelpEvent):
            index = self._view.indexAt(event.pos())
            text = self.tooltip_for(index.data(ID_ROLE)) if index.isValid() else None
            if text:
                QToolTip.showText(event.globalPos(), text, self._view)
                return True
        return super().eventFilter(watched, event)
