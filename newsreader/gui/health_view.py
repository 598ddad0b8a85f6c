"""The feed health window (`feedHealthWindow`, issues 16 and 19): every feed's status and
reading ledger in one sortable table, with Retry, Edit and Unsubscribe.

The figures come from `core.health.load_health`, run on the window's background reader (one
grouped query over the articles and one for the recent publish times, see storage.health);
the GUI thread only applies the rows. The actions are the window's own paths, passed in by
the composition root (`app.health_wiring`): Retry polls the selected feeds now through the
poller, Edit opens the settings dialog's feed editor, Unsubscribe its removal with every
question it asks. The table re-reads itself (coalesced) after refreshes and changes to the
subscriptions while it is shown. GUI thread only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from newsreader.core.health import PRUNE_DAYS, FeedHealth, HealthSource, load_health
from newsreader.gui import accessibility
from newsreader.gui.health_model import FEED_ID_ROLE, SORT_ROLE, Col, FeedHealthModel, failing
from newsreader.services.reads import BackgroundReads

log = logging.getLogger("newsreader.gui.health")
RELOAD_DELAY_MS = 800  # refresh progress and tree updates come in bursts: read once after


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("FeedHealth", text, None, n)


@dataclass(frozen=True, slots=True)
class HealthActions:
    """What the buttons do; the composition root passes the window's own paths."""

    retry: Callable[[list[int]], None]  # poll these feeds now
    edit: Callable[[int], object]  # open the feed editor
    unsubscribe: Callable[[int], None]  # ask, then remove


class _AttentionFilter(QSortFilterProxyModel):
    """Sorts by SORT_ROLE; with `attention_only`, keeps failing feeds and prune suggestions."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.attention_only = False
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # type: ignore[override]
        if not self.attention_only:
            return True
        model = self.sourceModel()
        if not isinstance(model, FeedHealthModel):
            return True
        row = model.rows[source_row]
        return failing(row) or row.prune is not None


class HealthWindow(QDialog):
    """The table, a summary above it and the actions below it (modeless)."""

    loaded = Signal()  # rows were read and shown (tests and screenshots wait for it)

    def __init__(
        self,
        *,
        source: HealthSource,
        reads: BackgroundReads,
        actions: HealthActions,
        clock: Callable[[], datetime],
        tz: tzinfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("feedHealthWindow")
        self.setWindowTitle(self.tr("Feed Health"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self._source = source
        self._reads = reads
        self._actions = actions
        self._clock = clock
        self._tz = tz
        self._generation = 0
        self._loading = False
        self.model = FeedHealthModel(self)
        self.proxy = _AttentionFilter(self)
        self.proxy.setSourceModel(self.model)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)
        self._build()
        self.resize(1180, 640)

    # -- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.summary = QLabel(self.tr("Reading the feeds…"), self)
        self.summary.setObjectName("healthSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.prune_label = QLabel(self)
        self.prune_label.setObjectName("healthPruneLabel")
        self.prune_label.setTextFormat(Qt.TextFormat.PlainText)
        self.prune_label.setWordWrap(True)
        self.prune_label.hide()
        layout.addWidget(self.summary)
        layout.addWidget(self.prune_label)

        table = QTableView(self)
        table.setObjectName("feedHealthTable")
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(Col.STATUS, Qt.SortOrder.DescendingOrder)  # problems first
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().hide()
        # One line of text per feed: the style's default row is half as tall again, and a
        # hundred feeds should not need three screens.
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        table.doubleClicked.connect(self._on_table_double_clicked)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        accessibility.name(
            table,
            self.tr("Feed health"),
            self.tr("Every feed's status and reading figures. Sort by a column header."),
        )
        self.table = table
        layout.addWidget(table, 1)

        buttons = QHBoxLayout()
        self.attention_box = QCheckBox(self.tr("Only feeds that need &attention"), self)
        self.attention_box.setObjectName("healthAttentionOnly")
        self.attention_box.setToolTip(
            self.tr("Show only feeds that cannot be refreshed or that you have not read lately")
        )
        self.attention_box.toggled.connect(self._on_attention_toggled)
        buttons.addWidget(self.attention_box)
        buttons.addStretch(1)
        self.retry_button = self._button(
            "retryFeedButton", self.tr("&Retry"), self.tr("Fetch the selected feeds now")
        )
        self.edit_button = self._button(
            "editFeedButton",
            self.tr("&Edit…"),
            self.tr("Change the feed's name, section, address or login"),
        )
        self.unsubscribe_button = self._button(
            "unsubscribeFeedButton",
            self.tr("&Unsubscribe…"),
            self.tr("Remove the feed (you are asked first)"),
        )
        self.close_button = self._button("closeHealthButton", self.tr("Close"), "")
        self.retry_button.clicked.connect(self.retry_selected)
        self.edit_button.clicked.connect(self.edit_selected)
        self.unsubscribe_button.clicked.connect(self.unsubscribe_selected)
        self.close_button.clicked.connect(self.close)
        for button in (self.retry_button, self.edit_button, self.unsubscribe_button,
                       self.close_button):  # fmt: skip
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self._update_buttons()

    def _button(self, name: str, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        if tip:
            button.setToolTip(tip)
        return button

    # -- reading --------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read every feed's figures on the background reader; the newest answer wins."""
        self._reload_timer.stop()
        self._generation += 1
        generation = self._generation
        now = self._clock()
        zone = self._tz or now.astimezone().tzinfo
        source = self._source

        def job() -> list[FeedHealth]:
            assert zone is not None
            return load_health(source, now, zone)

        self._loading = self._reads.submit(
            job,
            lambda rows: self._on_rows_read(generation, rows, now),
            self._on_read_failed,
        )

    def reload_soon(self) -> None:
        """Coalesce a burst of changes into one read, and only while shown."""
        if self.isVisible():
            self._reload_timer.start()

    def _on_rows_read(self, generation: int, rows: list[FeedHealth], now: datetime) -> None:
        self._loading = False
        if generation != self._generation:
            return
        selected = self.selected_feed_ids()
        self.model.set_rows(rows, now)
        self._fit_columns()
        self._select(selected)
        self._show_summary(rows)
        self.loaded.emit()

    def _on_read_failed(self, exc: BaseException) -> None:
        self._loading = False
        self.summary.setText(
            self.tr("The feeds' figures could not be read: {error}").format(error=exc)
        )

    def _fit_columns(self) -> None:
        table = self.table
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        limits = {Col.FEED: 260, Col.LAST_ERROR: 220, Col.SECTION: 160, Col.RHYTHM: 300}
        for column, most in limits.items():
            if header.sectionSize(column) > most:
                header.resizeSection(column, most)

    def _show_summary(self, rows: list[FeedHealth]) -> None:
        failing_count = sum(1 for r in rows if failing(r))
        prune = sum(1 for r in rows if r.prune is not None)
        if not rows:
            self.summary.setText(self.tr("No feeds yet."))
        elif failing_count:
            self.summary.setText(
                _tr(
                    "%n feed(s) cannot be refreshed; select one and press Retry, or Edit its "
                    "address.",
                    failing_count,
                )
            )
        else:
            self.summary.setText(_tr("All %n feed(s) were refreshed without errors.", len(rows)))
        if prune:
            self.prune_label.setText(
                _tr(
                    "You have not read %n of these feeds in {days} days; the Suggestion column "
                    "marks them.",
                    prune,
                ).format(days=PRUNE_DAYS)
            )
        self.prune_label.setVisible(bool(prune))

    # -- selection and actions ------------------------------------------------------------------

    def selected_feed_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows(Col.FEED)
        return [int(index.data(FEED_ID_ROLE)) for index in rows]

    def select_feed(self, feed_id: int) -> bool:
        return self._select([feed_id])

    def _select(self, feed_ids: list[int]) -> bool:
        selection = self.table.selectionModel()
        flags = selection.SelectionFlag
        selection.clearSelection()
        found = False
        for feed_id in feed_ids:
            row = self.model.row_of(feed_id)
            index = self.proxy.mapFromSource(self.model.index(row, Col.FEED)) if row >= 0 else None
            if index is None or not index.isValid():
                continue
            if not found:
                selection.setCurrentIndex(index, flags.NoUpdate)
            selection.select(index, flags.Select | flags.Rows)
            found = True
        self._update_buttons()
        return found

    def _update_buttons(self, *_args: object) -> None:
        count = len(self.selected_feed_ids())
        self.retry_button.setEnabled(count > 0)
        self.edit_button.setEnabled(count == 1)
        self.unsubscribe_button.setEnabled(count == 1)

    def retry_selected(self) -> None:
        ids = self.selected_feed_ids()
        if not ids:
            return
        self._actions.retry(ids)
        self.summary.setText(_tr("Fetching %n feed(s) now…", len(ids)))

    def edit_selected(self) -> object:
        ids = self.selected_feed_ids()
        return self._actions.edit(ids[0]) if len(ids) == 1 else None

    def unsubscribe_selected(self) -> None:
        ids = self.selected_feed_ids()
        if len(ids) == 1:
            self._actions.unsubscribe(ids[0])

    def _on_table_double_clicked(self, _index: QModelIndex) -> None:
        self.edit_selected()

    def _on_attention_toggled(self, on: bool) -> None:
        self.proxy.attention_only = on
        self.proxy.invalidate()
        self._update_buttons()

    # -- Qt -------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._reload_timer.stop()
        super().closeEvent(event)
