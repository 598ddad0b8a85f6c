"""Most popular in the article list: the fixed node, a per-section ranking toggle, rank tooltips.

The "Most popular" node ranks the whole library; with View › Rank by popularity checked, a
section (or All articles) lists its own ranking instead of its newest articles. Each ranked row
explains itself in a tooltip ("read 3 times, last 2 hours ago"): the list model is not ours,
so the tooltip comes from an event filter on the list's viewport. GUI thread only; one bounded
ranking query (an index on the stored score) per shown ranking.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject
from PySide6.QtGui import QAction, QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QMenu, QToolTip, QTreeView

from newsreader.core.ports import LibraryReader
from newsreader.core.types import PopularRow
from newsreader.gui.article_model import ID_ROLE, ArticleListModel
from newsreader.gui.dates import relative_time
from newsreader.gui.section_model import Node, NodeKind

log = logging.getLogger("newsreader.gui.popular")
POPULAR_LIMIT = 100


def _ago(seconds: float) -> str:
    return relative_time(seconds)


def explain_rank(row: PopularRow, now: datetime) -> str:
    """Why a row is where it is: "read 3 times, last 2 hours ago" (the score decays)."""
    if row.last_read is None:
        return QCoreApplication.translate("PopularView", "read %n time(s)", None, row.reads)
    return QCoreApplication.translate(
        "PopularView", "read %n time(s), last {when}", None, row.reads
    ).format(when=_ago(max(0.0, (now - row.last_read).total_seconds())))


class PopularList(QObject):
    """Shows rankings in the article list and explains their rows."""

    def __init__(
        self,
        *,
        library: LibraryReader,
        model: ArticleListModel,
        view: QAbstractItemView,
        menu: QMenu,
        clock: Callable[[], datetime],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._model = model
        self._view = view
        self._clock = clock
        self._rows: dict[int, PopularRow] = {}
        self._shown_at = clock()
        self.rank_action = QAction(self.tr("Rank by &popularity"), self)
        self.rank_action.setObjectName("rankByPopularityAction")
        self.rank_action.setCheckable(True)
        self.rank_action.setToolTip(
            self.tr(
                "List the selected section's most read articles (time-decayed read count) "
                "instead of its newest"
            )
        )
        menu.addSeparator()
        menu.addAction(self.rank_action)
        view.viewport().installEventFilter(self)
        model.modelReset.connect(self._on_model_reset)

    def ranked_section(self, node: Node) -> tuple[bool, int | None]:
        """(shows a ranking?, section id or None for the whole library) for a tree node."""
        if node.kind is NodeKind.POPULAR:
            return True, None
        if self.rank_action.isChecked():
            if node.kind is NodeKind.ALL:
                return True, None
            if node.kind is NodeKind.SECTION and node.ident is not None:
                return True, node.ident
        return False, None

    def show_ranking(self, node: Node) -> bool:
        """Fill the list with `node`'s ranking when it has one; False leaves the list alone."""
        ranked, section_id = self.ranked_section(node)
        if not ranked:
            return False
        now = self._clock()
        rows = self._library.popular(section_id, POPULAR_LIMIT, now)
        self.set_rows(rows, now)
        return True

    def set_rows(self, rows: Sequence[PopularRow], now: datetime) -> None:
        self._model.set_rows([r.article for r in rows])
        self._rows = {r.article.id: r for r in rows}  # after the reset, which clears them
        self._shown_at = now

    @property
    def rows(self) -> dict[int, PopularRow]:
        return dict(self._rows)

    def tooltip_for(self, article_id: int) -> str | None:
        row = self._rows.get(article_id)
        if row is None:
            return None
        rank = list(self._rows).index(article_id) + 1
        return self.tr("#{rank} most popular: {why}").format(
            rank=QLocale().toString(rank), why=explain_rank(row, self._clock())
        )

    def _on_model_reset(self) -> None:
        self._rows = {}
        query = self._model.query
        self._show_date_order(query is not None and not query.search)

    def _show_date_order(self, dated: bool) -> None:
        """The Date sort arrow only on lists ordered by date: a ranking (Most popular, search
        results by relevance) has no column order, so its header shows none and its clicks
        flip nothing (issue 15)."""
        view = self._view
        if isinstance(view, QTreeView):
            header = view.header()
            header.setSortIndicatorShown(dated)
            header.setSectionsClickable(dated)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self._rows and isinstance(event, QHelpEvent):
            index = self._view.indexAt(event.pos())
            text = self.tooltip_for(index.data(ID_ROLE)) if index.isValid() else None
            if text:
                QToolTip.showText(event.globalPos(), text, self._view)
                return True
        return super().eventFilter(watched, event)
