"""The reader pane: a QTextBrowser that lays an article out like a news page, offline only.

`loadResource` is the only way the document gets images, and it serves nothing but files of
the local image cache named by the sha256 of the current article's cached images: no network,
no file: URLs. Links never navigate the pane itself; `anchorClicked` is handled by the window.
The text column is kept at a readable width by widening the root frame's side margins on
resize. Images that are not cached show a placeholder (with a "load image" link unless the
images policy is "never"); the Related / Most popular boxes arrive after the article, from a
background read (`set_boxes`). Runs on the GUI thread; rendering is string work plus two
bounded queries (cached images, image states) done by the caller and `show_article`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QLocale,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QHelpEvent,
    QImage,
    QPalette,
    QResizeEvent,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QTextBrowser, QToolTip, QWidget

from newsreader.core.types import Article, ArticleVersion, CachedImage
from newsreader.gui.article_changes import changes_css, changes_html, updated_html
from newsreader.gui.article_html import (
    ARTICLE_SCHEME,
    CACHE_SCHEME,
    DEFAULT_READER_FONT,
    ImageRef,
    LinkBox,
    PaneStyle,
    Placeholders,
    load_images_url,
    render_article,
    render_placeholder,
    stylesheet,
)
from newsreader.gui.article_model import to_qdatetime
from newsreader.gui.dates import date_line_text
from newsreader.gui.direction import text_direction
from newsreader.gui.tooltips import plain_tooltip

log = logging.getLogger("newsreader.gui.reader")
LINE_CHARS = 70  # a comfortable measure for running text
MIN_ZOOM, MAX_ZOOM = -4, 12
BASE_PT = 12.0
# The body is BASE_PT on a system whose interface font is SYSTEM_PT, and scales with it
# (issue 17: large system text makes large article text, unless the profile chose a size).
SYSTEM_PT = 10.0


def _hex(color: QColor) -> str:
    return color.name(QColor.NameFormat.HexRgb)


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(
        round(a.red() * (1 - t) + b.red() * t),
        round(a.green() * (1 - t) + b.green() * t),
        round(a.blue() * (1 - t) + b.blue() * t),
    )


def date_line(article: Article, locale: QLocale) -> str:
    """ "Thursday, October 3, 2024, 14:05" in the user's locale and time zone."""
    when = article.published or article.updated
    if when is None:
        return ""
    return date_line_text(to_qdatetime(when), locale)


ImageStates = Callable[[int], Sequence[tuple[str, str]]]
Versions = Callable[[int], Sequence[ArticleVersion]]


class ReaderPane(QTextBrowser):
    """Shows one article at a time; the window passes the article and its cached images."""

    article_shown = Signal(object)  # the Article just shown (its boxes are not there yet)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image_file: Callable[[str], Path] | None = None
        self._image_states: ImageStates | None = None
        self._states: dict[str, str] = {}
        self._images_policy = "always"
        self._prefer_summary = False
        self._family = DEFAULT_READER_FONT
        self._base_pt: float | None = None  # None: follow the system font size
        self._allowed: set[str] = set()  # sha256 of the current article's cached images
        self._article: Article | None = None
        self._images: tuple[CachedImage, ...] = ()
        self._boxes: tuple[LinkBox, ...] = ()
        # Issue 19: the article's kept earlier versions, and whether the diff is shown.
        self._versions_source: Versions | None = None
        self._versions: tuple[ArticleVersion, ...] = ()
        self._show_changes = False
        self._changes_html: str | None = None
        self.clock: Callable[[], float] = time.time
        self._placeholder = QCoreApplication.translate(
            "ReaderPane", "Select an article to read it."
        )
        self._zoom = 0
        self._direction = Qt.LayoutDirection.LeftToRight
        self._column_px = 600
        self._rendered_image_width = 0
        # Image sizes are baked into the HTML; a resize that changes them re-renders, once.
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(120)
        self._relayout.timeout.connect(self._rerender_keeping_position)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setSearchPaths([])  # relative names never resolve to local files
        # The column is centred by margins; a horizontal bar would only ever scroll the gutter.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().setUndoRedoEnabled(False)
        # The pane's own links (Show/Hide changes); the window ignores their kind.
        self.anchorClicked.connect(self._on_own_link)
        self._render()

    def set_image_source(self, image_file: Callable[[str], Path]) -> None:
        """Where the cached file for a sha256 lives (the profile's images dir)."""
        self._image_file = image_file

    def set_image_states_source(self, image_states: ImageStates) -> None:
        """Where the (URL, state) of an article's images come from (Library.image_states)."""
        self._image_states = image_states

    def set_versions_source(self, versions: Versions) -> None:
        """Where the pane reads an article's kept versions (Library.article_versions)."""
        self._versions_source = versions

    def set_images_policy(self, policy: str) -> None:
        """The images policy (always | ask | never): "never" offers no "load image" link."""
        if policy != self._images_policy:
            self._images_policy = policy
            if self._article is not None:
                self._rerender_keeping_position()

    def set_reader_font(self, family: str | None, size_pt: float | None) -> None:
        """The reader font and its base size (zoom adds to it); None keeps the default."""
        self._family = family or DEFAULT_READER_FONT
        self._base_pt = float(size_pt) if size_pt else None
        self._rerender_keeping_position()

    @property
    def reader_font_family(self) -> str:
        """The family the body is really drawn in (after the system's font substitution)."""
        return QFontInfo(self.document().defaultFont()).family()

    @property
    def images_policy(self) -> str:
        return self._images_policy

    @property
    def boxes(self) -> tuple[LinkBox, ...]:
        return self._boxes

    @property
    def image_states(self) -> dict[str, str]:
        return dict(self._states)

    # -- what is shown ----------------------------------------------------------------------

    @property
    def article(self) -> Article | None:
        return self._article

    def show_article(
        self, article: Article, images: Sequence[CachedImage], boxes: Sequence[LinkBox] = ()
    ) -> None:
        """Render `article` at once; its boxes usually follow through `set_boxes`."""
        self._article = article
        self._images = tuple(images)
        self._boxes = tuple(boxes)
        self._prefer_summary = False
        self._states = self._read_states(article.id)
        self._versions = self._read_versions(article.id)
        self._show_changes = False
        self._changes_html = None
        self._render()
        self.verticalScrollBar().setValue(0)
        self.article_shown.emit(article)

    def set_boxes(self, article_id: int, boxes: Sequence[LinkBox]) -> None:
        """Add the boxes computed in the background, if that article is still shown."""
        if self._article is None or self._article.id != article_id:
            return
        self._boxes = tuple(box for box in boxes if box.rows)
        self._rerender_keeping_position()

    def update_images(self, article_id: int, images: Sequence[CachedImage]) -> None:
        """Show images cached since the article was opened ("load image" finished)."""
        if self._article is None or self._article.id != article_id:
            return
        self._images = tuple(images)
        self._states = self._read_states(article_id)
        self._rerender_keeping_position()

    def show_body(self, article_id: int, source: str) -> None:
        """Switch between the page's full text ("full") and the feed's summary ("summary")."""
        if self._article is None or self._article.id != article_id:
            return
        self._prefer_summary = source == "summary"
        self._render()
        self.verticalScrollBar().setValue(0)

    @property
    def showing_changes(self) -> bool:
        return self._show_changes and bool(self._versions)

    def show_changes(self, article_id: int, show: bool) -> None:
        """Show the word diff of the article's updates in place of its body, or go back."""
        if self._article is None or self._article.id != article_id or not self._versions:
            return
        self._show_changes = show
        self._render()
        self.verticalScrollBar().setValue(0)

    def _changes(self, article: Article, now: float) -> str:
        """The word diff's HTML, computed once per article shown: later re-renders (boxes
        arriving, images cached, a resize) reuse it instead of diffing again on this thread."""
        if self._changes_html is None:
            self._changes_html = changes_html(article, self._versions, now)
        return self._changes_html

    def _on_own_link(self, url: QUrl) -> None:
        if url.scheme() != ARTICLE_SCHEME or url.host() != "changes":
            return
        ident, _, action = url.path().strip("/").partition("/")
        if ident.isdigit():
            self.show_changes(int(ident), action == "show")

    def _read_versions(self, article_id: int) -> tuple[ArticleVersion, ...]:
        if self._versions_source is None:
            return ()
        try:
            return tuple(self._versions_source(article_id))
        except Exception:  # a closed or busy database must not break reading
            log.exception("could not read the article's versions")
            return ()

    def _read_states(self, article_id: int) -> dict[str, str]:
        if self._image_states is None:
            return {}
        try:
            return dict(self._image_states(article_id))
        except Exception:  # a closed or busy database must not break reading
            log.exception("could not read the image states")
            return {}

    def show_message(self, text: str) -> None:
        self._article = None
        self._images = ()
        self._boxes = ()
        self._states = {}
        self._versions = ()
        self._placeholder = text
        self._render()

    # -- zoom -------------------------------------------------------------------------------

    @property
    def zoom(self) -> int:
        return self._zoom

    def set_zoom(self, step: int) -> None:
        """Zoom in points above the base size; re-renders keeping the reading position."""
        step = max(MIN_ZOOM, min(MAX_ZOOM, step))
        if step == self._zoom:
            return
        self._zoom = step
        self._rerender_keeping_position()

    def _rerender_keeping_position(self) -> None:
        bar = self.verticalScrollBar()
        fraction = bar.value() / bar.maximum() if bar.maximum() else 0.0
        self._render()
        bar.setValue(round(fraction * bar.maximum()))

    # -- rendering --------------------------------------------------------------------------

    def _style(self) -> PaneStyle:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        link = palette.color(QPalette.ColorRole.Link)
        dark = base.lightnessF() < 0.5
        if dark and link.lightnessF() < 0.55:
            link = QColor("#7fb2ff")  # the default link blue is unreadable on dark backgrounds
        accent = QColor("#ff7a6b") if dark else QColor("#b3261e")
        return PaneStyle(
            text=_hex(text),
            muted=_hex(_mix(text, base, 0.45)),
            link=_hex(link),
            rule=_hex(_mix(text, base, 0.8)),
            accent=_hex(accent),
            base_pt=max(4.0, self.base_size() + self._zoom),
            panel=_hex(_mix(base, text, 0.07)),
            family=self._family,
        )

    def _render(self) -> None:
        style = self._style()
        document = self.document()
        document.setDefaultStyleSheet(stylesheet(style) + changes_css(style))
        font = QFont(style.family)
        font.setPointSizeF(style.base_pt)
        document.setDefaultFont(font)
        self._update_column(font)
        article = self._article
        self._set_direction(article)
        if article is None:
            self._allowed = set()
            self.setHtml(render_placeholder(self._placeholder))
        else:
            cached = {
                image.url: ImageRef(image.sha256, image.width or 0, image.height or 0)
                for image in self._images
            }
            self._allowed = {ref.sha256 for ref in cached.values()}
            lead = cached.get(article.image) if article.image else None
            load = None if self._images_policy == "never" else load_images_url(article.id)
            now = self.clock()
            showing = self.showing_changes
            self.setHtml(
                render_article(
                    article,
                    date_text=date_line(article, QLocale()),
                    cached_images=cached,
                    boxes=self._boxes,
                    lead_image=lead,
                    max_image_width=self.image_width(),
                    placeholders=Placeholders(self._states, load),
                    prefer_summary=self._prefer_summary,
                    updated=updated_html(article.id, self._versions, now, showing),
                    changes=self._changes(article, now) if showing else None,
                    rtl=self._direction == Qt.LayoutDirection.RightToLeft,
                )
            )
        self._rendered_image_width = self.image_width()
        self._single_space_image_lines()
        self._apply_margins()

    @property
    def text_direction(self) -> Qt.LayoutDirection:
        """The direction the shown article is laid out in (the window's for a message)."""
        return self._direction

    def _set_direction(self, article: Article | None) -> None:
        """Issue 17: an article reads in its own text's direction (gui/direction.py)."""
        if article is None:
            direction = self.layoutDirection()
        else:
            texts = (article.title, article.content, article.summary, article.full_text)
            direction = text_direction(texts)
        self._direction = direction
        option = self.document().defaultTextOption()
        if option.textDirection() != direction:
            option.setTextDirection(direction)
            self.document().setDefaultTextOption(option)

    def _single_space_image_lines(self) -> None:
        """1.5 line spacing suits text but would add half an image's height below each image."""
        block = self.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                if iterator.fragment().charFormat().isImageFormat():
                    fmt = QTextBlockFormat()
                    fmt.setTopMargin(6)
                    fmt.setBottomMargin(18)
                    fmt.setLineHeight(
                        100, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
                    )
                    cursor = QTextCursor(block)
                    cursor.mergeBlockFormat(fmt)
                    break
                iterator += 1
            block = block.next()

    def _update_column(self, font: QFont) -> None:
        self._column_px = round(QFontMetricsF(font).averageCharWidth() * LINE_CHARS)

    def _apply_margins(self) -> None:
        """Centre a column of ~70 characters; narrow panes get a small fixed gutter."""
        width = self.viewport().width()
        gutter = 24.0
        inner = self.document().documentMargin()
        side = max(gutter, (width - self._column_px) / 2 - inner)
        root = self.document().rootFrame()
        fmt = root.frameFormat()
        if abs(fmt.leftMargin() - side) < 0.5 and fmt.topMargin() == 20:
            return
        fmt.setLeftMargin(side)
        fmt.setRightMargin(side)
        fmt.setTopMargin(20)
        fmt.setBottomMargin(32)
        root.setFrameFormat(fmt)

    def image_width(self) -> int:
        """Widest an image may be drawn: the text column, or the pane when it is narrower."""
        width = self.viewport().width()
        return max(64, min(self._column_px, width - 48))

    # -- Qt overrides -----------------------------------------------------------------------

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        """Images from the local cache only; every other URL yields an empty resource.

        Never None: for an invalid answer QTextDocument falls back to loading the name itself
        (a file path, a relative name, a data: image or a stylesheet), and for a null image
        the image handler tries the file by name. A refusal is a transparent pixel for images
        and an empty value for anything else, which Qt takes as loaded.
        """
        qurl = url if isinstance(url, QUrl) else QUrl(url)
        is_image = kind == QTextDocument.ResourceType.ImageResource
        if qurl.scheme() != CACHE_SCHEME or not is_image:
            log.debug("refused resource %s", qurl.scheme())
            return _refused(is_image, kind)
        sha = qurl.path()
        if sha not in self._allowed or self._image_file is None:
            return _refused(is_image, kind)
        image = QImage(str(self._image_file(sha)))
        if image.isNull():
            return _refused(is_image, kind)
        limit = self.image_width()
        if image.width() > limit:
            image = image.scaledToWidth(limit, mode=Qt.TransformationMode.SmoothTransformation)
        return image

    def viewportEvent(self, event: QEvent) -> bool:
        """Show a `title=` tooltip as plain text; Qt would render it as rich text."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.cursorForPosition(event.pos()).charFormat().toolTip()
            if tip:
                QToolTip.showText(event.globalPos(), plain_tooltip(tip), self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_margins()
        if self._images and self.image_width() != self._rendered_image_width:
            self._relayout.start()

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab go through the article's links, then out of the pane (issue 17).

        QTextBrowser alone keeps the focus on the first link when Shift+Tab finds no link
        before it, so a keyboard user could never leave the pane backwards."""
        before = self.textCursor()
        if super().focusNextPrevChild(next) and self.textCursor() != before:
            return True
        return QWidget.focusNextPrevChild(self, next)

    def base_size(self) -> float:
        """The body's size in points before zoom: the profile's choice, else BASE_PT scaled
        by the system (application) font size, to the half point."""
        if self._base_pt is not None:
            return self._base_pt
        system = self.font().pointSizeF()
        if system <= 0:  # a font sized in pixels
            return BASE_PT
        return round(BASE_PT * system / SYSTEM_PT * 2) / 2

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        changes = (
            QEvent.Type.PaletteChange,
            QEvent.Type.FontChange,
            QEvent.Type.LayoutDirectionChange,
        )
        if event.type() in changes:
            self._render()


def _refused(is_image: bool, kind: int) -> Any:
    """What the pane answers for a resource it will not load (see ReaderPane.loadResource)."""
    if is_image:
        pixel = QImage(1, 1, QImage.Format.Format_ARGB32)
        pixel.fill(Qt.GlobalColor.transparent)
        return pixel
    if kind == QTextDocument.ResourceType.StyleSheetResource:
        return ""
    return QByteArray()
