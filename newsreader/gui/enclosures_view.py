"""The reader pane's enclosure list (issue 16): podcasts, videos and files an article carries.

A compact strip under the article text, in the pane's bottom viewport margin: per file an icon
by type, its kind, size (the locale's format) and duration, "Play" (the downloaded file, else
its web address, handed to the desktop's own player: QtMultimedia is not part of PySide6
Essentials, see docs) and "Download" with a progress bar and "Cancel". Downloads run on the
app's download thread (`Downloads`, built by the composition root); progress and results come
back through the bridge. The playback position is stored through the writer; the system
player keeps its own, so the pane offers "Resume at" only as a reminder.

Everything shown from the feed (type) is plain text: labels are set to Qt.PlainText.
Runs on the GUI thread; the only reads are one article's few enclosure rows.
"""

from __future__ import annotations

import html
import logging
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from newsreader.core.filenames import is_safe_name
from newsreader.core.types import Article, FetchFailure, StoredEnclosure
from newsreader.gui.resources import icon
from newsreader.services.bridge import Bridge
from newsreader.services.writes import WriteQueue

log = logging.getLogger("newsreader.gui.enclosures")

# (bytes so far, total if known), called on the download thread
Progress = Callable[[int, int | None], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("EnclosuresView", text)


class DownloadOutcome(Protocol):
    """What the download thread reports (update.downloads.DownloadResult has this shape)."""

    @property
    def path(self) -> Path | None: ...
    @property
    def error(self) -> str | None: ...
    @property
    def failure(self) -> FetchFailure | None: ...
    @property
    def cancelled(self) -> bool: ...


class Downloads(Protocol):
    """The app's download path: a background thread, the fetch limits, the folder."""

    def folder(self) -> Path: ...

    def max_megabytes(self) -> int: ...

    def start(
        self,
        enclosure: StoredEnclosure,
        article: Article,
        progress: Progress,
        cancel: threading.Event,
    ) -> Future[DownloadOutcome]: ...


class EnclosureSource(Protocol):
    def enclosures(self, article_id: int) -> Sequence[StoredEnclosure]: ...


def kind_label(kind: str) -> str:
    """A person's word for a MIME type."""
    major = kind.split("/", 1)[0]
    if major == "audio":
        return _tr("Audio")
    if major == "video":
        return _tr("Video")
    if kind == "application/pdf":
        return _tr("PDF document")
    if major == "text":
        return _tr("Text")
    return _tr("File")


def _kind_icon(widget: QWidget, kind: str) -> QIcon:
    """The bundled icon for the file's kind (coloured: readable on light and dark), else the
    style's."""
    major = kind.split("/", 1)[0]
    name = major if major in ("audio", "video") else "file"
    bundled = icon(f"enclosure-{name}")
    if not bundled.isNull():
        return bundled
    fallback = {
        "audio": QStyle.StandardPixmap.SP_MediaVolume,
        "video": QStyle.StandardPixmap.SP_MediaPlay,
    }.get(major, QStyle.StandardPixmap.SP_FileIcon)
    return widget.style().standardIcon(fallback)


def _fit(button: QPushButton, texts: Sequence[str]) -> None:
    shown = button.text()
    width = 0
    for text in texts:
        button.setText(text)
        width = max(width, button.sizeHint().width())
    button.setText(shown)
    button.setMinimumWidth(width)


def clock(seconds: float) -> str:
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class EnclosureRow(QWidget):
    """One file: icon, description, Play/Open, Download (progress, Cancel while it runs)."""

    def __init__(self, enclosure: StoredEnclosure, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enclosure = enclosure
        self.setObjectName(f"enclosureRow{enclosure.id}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        self.icon = QLabel(self)
        self.icon.setPixmap(_kind_icon(self, enclosure.type).pixmap(20, 20))
        # The description and, under it, how the last download ended: a long sentence (the
        # size limit) gets the row's width instead of pushing the buttons out of the strip.
        text = QVBoxLayout()
        text.setContentsMargins(0, 0, 0, 0)
        text.setSpacing(0)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # the type is the feed's text
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("enclosureProgress")
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setObjectName("enclosureStatus")
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status.hide()
        self.play = QPushButton(self)
        self.play.setObjectName("enclosurePlay")
        self.download = QPushButton(_tr("Download"), self)
        self.download.setObjectName("enclosureDownload")
        self.cancel = QPushButton(_tr("Cancel"), self)
        self.cancel.setObjectName("enclosureCancel")
        self.cancel.hide()
        # One width per button, whatever it says, so the rows' buttons line up.
        _fit(self.play, (_tr("Play"), _tr("Open")))
        _fit(self.download, (_tr("Download"), _tr("Downloaded")))
        _fit(self.cancel, (_tr("Cancel"),))
        text.addWidget(self.label)
        text.addWidget(self.status)
        layout.addWidget(self.icon)
        layout.addLayout(text, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.play)
        layout.addWidget(self.download)
        layout.addWidget(self.cancel)
        # The URL is feed text and a tooltip is rich text: escaped.
        self.label.setToolTip(html.escape(enclosure.url))
        self.set_downloaded(enclosure.download is not None)

    def describe(self, locale: QLocale) -> str:
        e = self.enclosure
        parts = [kind_label(e.type)]
        if e.type:
            parts[0] += f" ({e.type})"
        if e.length:
            parts.append(locale.formattedDataSize(e.length, 1))
        if e.duration:
            parts.append(clock(e.duration))
        if e.position > 0:
            parts.append(_tr("stopped at %1").replace("%1", clock(e.position)))
        return " · ".join(parts)

    def set_downloaded(self, downloaded: bool) -> None:
        playable = self.enclosure.type.startswith(("audio/", "video/"))
        self.play.setText(_tr("Play") if playable else _tr("Open"))
        self.download.setText(_tr("Downloaded") if downloaded else _tr("Download"))
        self.download.setEnabled(not downloaded)

    def set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.cancel.setVisible(running)
        self.download.setVisible(not running)
        if running:
            self.status.hide()
            self.progress.setRange(0, 0)  # busy until the size is known

    def set_progress(self, received: int, total: int | None) -> None:
        if total and total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(min(1000, round(received * 1000 / total)))
        else:
            self.progress.setRange(0, 0)

    def set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))


class EnclosuresView(QFrame):
    """The list of one article's enclosures; hidden when it has none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enclosuresView")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(12, 6, 12, 6)
        self._layout.setSpacing(0)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self._layout.addWidget(self.heading)
        # The rows scroll inside the strip: an article may carry up to 16 files, and the
        # strip must leave the pane room for the text (`height_for`).
        self._rows_box = QWidget()
        self._rows_box.setObjectName("enclosureRows")
        self._rows_layout = QVBoxLayout(self._rows_box)
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(0)
        self._rows_layout.addStretch(1)
        self.rows_scroll = QScrollArea(self)
        self.rows_scroll.setObjectName("enclosureScroll")
        self.rows_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.rows_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rows_scroll.setWidgetResizable(True)
        self.rows_scroll.setWidget(self._rows_box)
        # The strip's own background (Window), not the text's (Base).
        self.rows_scroll.viewport().setAutoFillBackground(False)
        self._rows_box.setAutoFillBackground(False)
        self._layout.addWidget(self.rows_scroll, 1)
        self.rows: list[EnclosureRow] = []
        self.hide()

    def set_enclosures(self, enclosures: Sequence[StoredEnclosure]) -> list[EnclosureRow]:
        for row in self.rows:
            self._rows_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = [EnclosureRow(e, self._rows_box) for e in enclosures]
        locale = self.locale()
        for at, row in enumerate(self.rows):
            row.label.setText(row.describe(locale))
            self._rows_layout.insertWidget(at, row)
        count = len(self.rows)
        self.heading.setText(
            QCoreApplication.translate("EnclosuresView", "%n enclosure(s)", "", count)
        )
        self.setVisible(bool(self.rows))
        return self.rows

    def height_for(self, room: int) -> int:
        """The strip's height in a pane `room` pixels high: every row if they fit in 40 % of
        it, else that much (at least the heading and one row) with the rows scrolling."""
        margins = self.contentsMargins()
        inner = self._layout.contentsMargins()
        fixed = margins.top() + margins.bottom() + inner.top() + inner.bottom()
        fixed += self.heading.sizeHint().height()
        heights = [row.sizeHint().height() for row in self.rows]
        natural = fixed + sum(heights)
        smallest = fixed + (heights[0] if heights else 0)
        return min(natural, max(smallest, room * 2 // 5))

    def row(self, enclosure_id: int) -> EnclosureRow | None:
        return next((r for r in self.rows if r.enclosure.id == enclosure_id), None)


class EnclosuresController(QObject):
    """Keeps the pane's enclosure strip in step with the shown article; runs its actions."""

    def __init__(
        self,
        *,
        pane: QWidget,
        source: EnclosureSource,
        writer: WriteQueue,
        bridge: Bridge,
        downloads: Downloads,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("enclosuresController")
        self._pane = pane
        self._source = source
        self._writer = writer
        self._bridge = bridge
        self._downloads = downloads
        # Public so a test (or a later "open with" choice) can stand in for the desktop.
        self.open_url = open_url
        self._article: Article | None = None
        self._running: dict[int, threading.Event] = {}
        self.view = EnclosuresView(pane)
        pane.installEventFilter(self)
        viewport = getattr(pane, "viewport", None)
        self._viewport: QWidget | None = viewport() if viewport is not None else None
        if self._viewport is not None:
            # The text area is laid out after the pane's own resize event (and moves when the
            # tag strip or the scroll bar changes it): the strip follows the text area.
            self._viewport.installEventFilter(self)
        article_shown = getattr(pane, "article_shown", None)
        if article_shown is not None:
            article_shown.connect(self.show_article)
        text_changed = getattr(pane, "textChanged", None)
        if text_changed is not None:
            text_changed.connect(self._on_pane_text_changed)

    # -- the shown article ----------------------------------------------------------------

    def show_article(self, article: Article) -> None:
        self._article = article
        enclosures = list(self._source.enclosures(article.id))
        folder = self._downloads.folder()
        for row in self.view.set_enclosures(enclosures):
            downloaded = self._file(row.enclosure, folder) is not None
            row.set_downloaded(downloaded)
            row.play.clicked.connect(lambda _=False, r=row: self.play(r))
            row.download.clicked.connect(lambda _=False, r=row: self.download(r))
            row.cancel.clicked.connect(lambda _=False, r=row: self.cancel(r))
            if row.enclosure.id in self._running:
                row.set_running(True)
        # After the other strips placed themselves for this article (see _place).
        QTimer.singleShot(0, self._place)
        self._place()

    def _on_pane_text_changed(self) -> None:
        # The pane shows a message (no article): the last article's files go with it.
        if getattr(self._pane, "article", None) is None and self._article is not None:
            self._article = None
            self.view.set_enclosures([])
            self._place()

    @staticmethod
    def _file(enclosure: StoredEnclosure, folder: Path) -> Path | None:
        # A name the app made only (core.filenames: no path, no hidden file, a known media
        # extension); never what a damaged row points at, handed to the desktop to open.
        if not enclosure.download or not is_safe_name(enclosure.download):
            return None
        path = folder / enclosure.download
        return path if path.is_file() else None

    # -- actions ----------------------------------------------------------------------------

    def play(self, row: EnclosureRow) -> None:
        """The downloaded file, else the enclosure's web address, to the desktop's player."""
        path = self._file(row.enclosure, self._downloads.folder())
        url = QUrl.fromLocalFile(str(path)) if path is not None else QUrl(row.enclosure.url)
        if url.scheme() not in ("file", "http", "https"):
            return
        self.open_url(url)

    def download(self, row: EnclosureRow) -> None:
        if self._article is None or row.enclosure.id in self._running:
            return
        enclosure, article = row.enclosure, self._article
        cancel = threading.Event()
        self._running[enclosure.id] = cancel
        row.set_running(True)
        self._place()  # its last status line goes
        eid = enclosure.id

        def progress(received: int, total: int | None) -> None:  # the download thread
            self._bridge.call_on_gui(lambda v: self._on_progress(eid, *v), (received, total))

        future = self._downloads.start(enclosure, article, progress, cancel)
        self._bridge.when_done(
            future,
            lambda outcome: self._on_finished(eid, outcome),
            lambda exc: self._on_failed(eid, exc),
        )

    def cancel(self, row: EnclosureRow) -> None:
        event = self._running.get(row.enclosure.id)
        if event is not None:
            event.set()

    def remember_position(self, enclosure_id: int, seconds: float) -> None:
        """Store where playback stopped, through the writer."""
        self._writer.submit(lambda store: store.set_enclosure_position(enclosure_id, seconds))

    def _on_progress(self, enclosure_id: int, received: int, total: int | None) -> None:
        row = self.view.row(enclosure_id)
        if row is not None and enclosure_id in self._running:
            row.set_progress(received, total)

    def _on_finished(self, enclosure_id: int, outcome: DownloadOutcome) -> None:
        self._running.pop(enclosure_id, None)
        row = self.view.row(enclosure_id)
        path = outcome.path
        if path is not None:
            name = path.name
            self._writer.submit(lambda store: store.set_enclosure_download(enclosure_id, name))
        if row is None:
            return
        self._set_idle(row)
        if path is not None:
            row.set_downloaded(True)
            row.enclosure = _with_download(row.enclosure, path.name)
            row.set_status(_tr("Saved"))
        elif outcome.cancelled:
            row.set_status(_tr("Cancelled"))
        else:
            row.set_status(self._failure_text(outcome))
            row.status.setToolTip(html.escape(outcome.error or ""))
        self._place()  # a status line makes the strip taller

    def _on_failed(self, enclosure_id: int, exc: BaseException) -> None:
        log.error("download of enclosure %d failed", enclosure_id, exc_info=exc)
        self._running.pop(enclosure_id, None)
        row = self.view.row(enclosure_id)
        if row is not None:
            self._set_idle(row)
            row.set_status(_tr("The download failed."))
            self._place()

    @staticmethod
    def _set_idle(row: EnclosureRow) -> None:
        row.set_running(False)
        row.status.setToolTip("")

    def _failure_text(self, outcome: DownloadOutcome) -> str:
        if outcome.failure is FetchFailure.TOO_LARGE:
            return _tr("Larger than the download limit of %1 MB; nothing was saved.").replace(
                "%1", QLocale().toString(self._downloads.max_megabytes())
            )
        if outcome.failure is FetchFailure.REFUSED_ADDRESS:
            return _tr("Refused: the file is on a local address.")
        if outcome.failure in (FetchFailure.TIMEOUT, FetchFailure.CONNECT, FetchFailure.DNS):
            return _tr("The server did not answer.")
        return _tr("The download failed.")

    # -- placing the strip in the pane's bottom viewport margin ------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (watched is self._pane and kind == QEvent.Type.Show) or (
            watched is self._viewport and kind in (QEvent.Type.Resize, QEvent.Type.Move)
        ):
            self._place()
        return super().eventFilter(watched, event)

    def _place(self) -> None:
        pane = self._pane
        set_margins = getattr(pane, "setViewportMargins", None)
        margins = getattr(pane, "viewportMargins", None)
        if set_margins is None or margins is None:
            return
        room = pane.contentsRect().height() - margins().top()  # below the tag strip
        height = 0 if self.view.isHidden() else self.view.height_for(room)
        current = margins()
        # Only the bottom is ours: the tag strip (gui.article_tags) uses the top.
        if current.bottom() != height:
            set_margins(current.left(), current.top(), current.right(), height)
        viewport = getattr(pane, "viewport", None)
        if height and viewport is not None:
            # Just under the text and as wide as it: the vertical scroll bar, which runs the
            # pane's whole height, must not cover the buttons at the strip's end.
            shown = viewport().geometry()
            self.view.setGeometry(shown.x(), shown.y() + shown.height(), shown.width(), height)
            self.view.raise_()


def _with_download(enclosure: StoredEnclosure, name: str) -> StoredEnclosure:
    return StoredEnclosure(
        enclosure.id, enclosure.article_id, enclosure.url, enclosure.type, enclosure.length,
        enclosure.duration, enclosure.position, name,
    )  # fmt: skip
