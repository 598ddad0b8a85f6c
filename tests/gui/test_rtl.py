"""Right-to-left (issue 17): Arabic and Hebrew articles read right to left in the pane and the
list, and a Hebrew or Arabic desktop gets the window mirrored (the tree on the right).

The feeds are served on 127.0.0.1 and refreshed through the real window. Screenshots, light
and dark, go to /tmp/notes/shots/i18n/ for a person to look at (Arabic must be shaped:
joined letters, not isolated forms; DejaVu Sans from fonts-dejavu-core carries Arabic and
Hebrew, tools/system-deps.sh installs it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from newsreader.gui.article_model import FEED_COLUMN, RTL_ALIGNMENT, TITLE_COLUMN
from newsreader.gui.direction import first_strong, text_direction
from newsreader.gui.main_window import MainWindow
from newsreader.gui.translations import install_translators
from newsreader.storage import open_store
from tests.gui.conftest import RSS
from tests.gui.test_main_window import select_title
from tests.gui.test_screenshots import _dark_palette
from tests.support.httpserver import Reply, TestServer

SHOTS = Path("/tmp/notes/shots/i18n")
WAIT = 20000
RTL = Qt.LayoutDirection.RightToLeft
LTR = Qt.LayoutDirection.LeftToRight

ARABIC_TITLE = "الأمطار الغزيرة تغمر شوارع القاهرة"
ARABIC_BODY = (
    "<p>هطلت أمطار غزيرة على القاهرة صباح اليوم، وأغلقت السلطات عدة طرق رئيسية حتى "
    "انحسار المياه. وقالت هيئة الأرصاد إن الطقس سيتحسن مساء الجمعة.</p>"
    "<p>وأكد المحافظ أن فرق الطوارئ تعمل منذ الساعة السادسة صباحًا (6:00) على شفط المياه.</p>"
)
HEBREW_TITLE = "הרכבת הקלה בירושלים נפתחת לנוסעים"
HEBREW_BODY = "<p>הקו החדש יפעל מדי יום בין השעות 5:30 ל-23:00, כך נמסר הבוקר.</p>"
ENGLISH_TITLE = "Harbour reopens after the storm"


def _feed(title: str, language: str, items: list[tuple[str, str, str]]) -> bytes:
    """An RSS 2.0 feed that declares its language, with (guid, title, body) items."""
    now = datetime.now(UTC).replace(microsecond=0)
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<rss version="2.0"><channel>',
        f"<title>{escape(title)}</title><link>https://news.invalid/</link>",
        f"<language>{language}</language><description>{escape(title)}</description>",
    ]
    for i, (guid, headline, body) in enumerate(items):
        published = (now - timedelta(hours=i + 1)).strftime("%a, %d %b %Y %H:%M:%S +0000")
        parts.append(
            f'<item><guid isPermaLink="false">{guid}</guid><title>{escape(headline)}</title>'
            f"<link>https://news.invalid/{guid}</link>"
            f"<description>{escape(body)}</description><pubDate>{published}</pubDate></item>"
        )
    parts.append("</channel></rss>")
    return "\n".join(parts).encode("utf-8")


@pytest.fixture
def rtl_profile(tmp_path: Path, http_server: TestServer) -> Path:
    """A profile with an Arabic feed, a Hebrew feed and an English one, all on 127.0.0.1."""
    feeds = {
        "/ahram.xml": ("الأهرام", "ar", "العالم", [("ar-1", ARABIC_TITLE, ARABIC_BODY)]),
        "/haaretz.xml": ("הארץ", "he", "Israel", [("he-1", HEBREW_TITLE, HEBREW_BODY)]),
        "/wire.xml": (
            "Harbour Wire",
            "en",
            "World",
            [("en-1", ENGLISH_TITLE, "<p>The port opened again at dawn, said officials.</p>")],
        ),
    }
    root = tmp_path / "rtl"
    root.mkdir()
    store = open_store(root / "newsreader.db")
    try:
        for path, (title, language, section, items) in feeds.items():
            http_server.routes[path] = Reply(200, _feed(title, language, items), RSS)
            store.add_feed(http_server.url(path), title, section, 3600, user_title=True)
    finally:
        store.close()
    return root


@pytest.fixture
def locale_as() -> Iterator[Callable[[str], None]]:
    """Switch the default locale for one test; the desktop's (and its direction) come back."""
    before = QLocale()

    def switch(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield switch
    QLocale.setDefault(before)
    install_translators()


def _refreshed(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.bridge.refresh_finished, timeout=WAIT):
        window.ui.refreshAction.trigger()
    qtbot.waitUntil(lambda: not window.poller.caching, timeout=WAIT)
    qtbot.waitUntil(lambda: window.views_settled and window.articles.rowCount() == 3, timeout=WAIT)


def _row_of(window: MainWindow, title: str) -> int:
    model = window.articles
    return next(r for r in range(model.rowCount()) if model.row_at(r).title == title)  # type: ignore[union-attr]


def _shots(qtbot: QtBot, widget: QWidget, name: str, sizes: tuple[tuple[int, int], ...]) -> None:
    """Light and dark screenshots of `widget` at each size."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.palette()
    try:
        for theme in ("light", "dark"):
            if theme == "dark":
                app.setPalette(_dark_palette())
            for width, height in sizes:
                widget.resize(width, height)
                qtbot.wait(60)
                assert widget.grab().save(str(SHOTS / f"{name}-{width}x{height}-{theme}.png"))
    finally:
        app.setPalette(original)
        qtbot.wait(20)


def _block_directions(document: QTextDocument) -> list[tuple[str, Qt.LayoutDirection]]:
    found = []
    block = document.begin()
    while block.isValid():
        if block.text().strip():
            found.append((block.text(), block.textDirection()))
        block = block.next()
    return found


def test_arabic_and_hebrew_articles_read_right_to_left(
    qtbot: QtBot,
    locale_as: Callable[[str], None],
    make_window: Callable[..., MainWindow],
    rtl_profile: Path,
) -> None:
    locale_as("en_US")
    window = make_window(rtl_profile)
    assert window.layoutDirection() == LTR  # an English desktop: the window is not mirrored
    _refreshed(qtbot, window)
    pane = window.reader_pane
    model = window.articles

    select_title(qtbot, window, ARABIC_TITLE)
    assert pane.text_direction == RTL
    document = pane.document()
    assert document.defaultTextOption().textDirection() == RTL
    blocks = _block_directions(document)
    assert blocks and all(direction == RTL for _text, direction in blocks), blocks
    body = next(b for b in _iter_blocks(document) if "القاهرة صباح" in b.text())
    alignment = body.blockFormat().alignment()
    assert alignment & Qt.AlignmentFlag.AlignRight, alignment
    assert 'dir="rtl"' in pane.toHtml() or "rtl" in pane.toHtml().lower()
    row = _row_of(window, ARABIC_TITLE)
    alignment_role = Qt.ItemDataRole.TextAlignmentRole
    assert model.data(model.index(row, TITLE_COLUMN), alignment_role) == int(RTL_ALIGNMENT)
    assert model.data(model.index(row, FEED_COLUMN), alignment_role) == int(RTL_ALIGNMENT)
    # Arabic is shaped: the words are drawn joined, narrower than their isolated letters.
    metrics = pane.fontMetrics()
    word = "القاهرة"
    isolated = sum(metrics.horizontalAdvance(ch) for ch in word)
    assert metrics.horizontalAdvance(word) < isolated
    _shots(qtbot, window, "arabic-article", ((1024, 700), (1920, 1080)))

    select_title(qtbot, window, HEBREW_TITLE)
    assert pane.text_direction == RTL
    assert document.defaultTextOption().textDirection() == RTL

    select_title(qtbot, window, ENGLISH_TITLE)
    assert pane.text_direction == LTR
    assert all(d == LTR for _t, d in _block_directions(pane.document()))
    row = _row_of(window, ENGLISH_TITLE)
    assert model.data(model.index(row, TITLE_COLUMN), alignment_role) is None


def _iter_blocks(document: QTextDocument) -> Iterator[object]:
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


# Urdu: a right-to-left language Qt ships no catalogue for, so nothing but our own call flips it.
@pytest.mark.parametrize("name", ["he_IL", "ar_EG", "ur_PK"])
def test_a_right_to_left_desktop_mirrors_the_window(
    qtbot: QtBot,
    locale_as: Callable[[str], None],
    make_window: Callable[..., MainWindow],
    rtl_profile: Path,
    name: str,
) -> None:
    """LANG=he_IL, ar_EG or ur_PK: mirrored though Newsreader has no catalogue for them."""
    locale_as(name)
    window = make_window(rtl_profile)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.layoutDirection() == RTL
    assert window.layoutDirection() == RTL
    _refreshed(qtbot, window)
    tree, articles = window.ui.sectionTree, window.ui.articleList
    tree_x = tree.mapTo(window, QPoint(0, 0)).x()
    list_x = articles.mapTo(window, QPoint(0, 0)).x()
    assert tree_x > list_x, (tree_x, list_x)  # the tree is on the right
    assert tree_x + tree.width() > window.width() * 0.8
    menu_bar = window.menuBar()
    first = menu_bar.actionGeometry(menu_bar.actions()[0])
    assert first.x() > menu_bar.width() / 2  # the File menu starts on the right

    # An English article stays left to right in the mirrored window; an Arabic one does not.
    select_title(qtbot, window, ENGLISH_TITLE)
    assert window.reader_pane.text_direction == LTR
    select_title(qtbot, window, ARABIC_TITLE)
    assert window.reader_pane.text_direction == RTL
    if name == "he_IL":
        _shots(qtbot, window, "mirrored-window-he", ((1024, 700), (1920, 1080)))

    locale_as("en_US")
    install_translators()
    assert app.layoutDirection() == LTR  # and back, for an English desktop


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        ((ARABIC_TITLE,), RTL),
        ((HEBREW_TITLE,), RTL),
        ((ENGLISH_TITLE,), LTR),
        (("2024 — ", "<p class='x' title='hello'>שלום</p>"), RTL),  # digits are weak: the body
        (("« 42 »", None, "<p>Hello</p>"), LTR),
        (("", "<p>&#1575;&#1604;</p>"), RTL),  # entities are text
        (("123", "<img alt='x'>"), LTR),  # nothing strong: the default
    ],
)
def test_text_direction_is_the_first_strong_letter(
    texts: tuple[str | None, ...], expected: Qt.LayoutDirection
) -> None:
    assert text_direction(texts) == expected


def test_first_strong_ignores_neutral_characters() -> None:
    assert first_strong("123 ... ") is None
    assert first_strong("(«") is None
    assert first_strong("1. עברית") == RTL
    assert first_strong("1. Deutsch עברית") == LTR
