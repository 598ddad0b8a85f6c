"""The hostile-HTML corpus through parse → store → list → pane (issue 12).

Each of the 537 public payloads in ../shared/corpus/xss/ (read there, never copied) is the
title and the body of an article. Every absolute remote URL in them is rewritten to a canary
path on a loopback server, so a fetch the reader must never make is seen rather than lost.
Checked: nothing dangerous is stored (no event handler, no javascript: URL); showing every
article in the real pane fetches nothing; every link left in the pane is http(s), mailto or
the pane's own scheme; the pane and the list show each title as plain text.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from newsreader.app.profile import resolve_profile
from newsreader.core.decide import decide_update, entry_keys
from newsreader.core.parse import parse_feed
from newsreader.core.types import ArticleQuery, FetchKind, FetchResult
from newsreader.gui.article_html import ARTICLE_SCHEME
from newsreader.gui.main_window import MainWindow
from newsreader.storage import open_store
from tests.support.html_checks import dangerous_parts
from tests.support.httpserver import TestServer

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "xss" / "payloads.jsonl"
NOW = datetime(2026, 12, 1, tzinfo=UTC)
_REMOTE = re.compile(r"""(?:https?:)?//[^\s"'<>()\\]+""", re.IGNORECASE)
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
ALLOWED_LINKS = {"http", "https", "mailto", ARTICLE_SCHEME}


def _payloads() -> list[str]:
    if not CORPUS.is_file():
        return []
    return [json.loads(line)["payload"] for line in CORPUS.read_text("utf-8").split("\n") if line]


PAYLOADS = _payloads()


def _feed(payloads: list[str], canary: str, start: int) -> bytes:
    items = []
    for i, payload in enumerate(payloads, start):
        text = _XML_BAD.sub("\ufffd", _REMOTE.sub(canary, payload))
        published = (NOW - timedelta(minutes=i)).strftime("%a, %d %b %Y %H:%M:%S +0000")
        items.append(
            f"<item><guid>xss-{i}</guid><title>{escape(text)}</title>"
            f"<link>http://127.0.0.1/xss/{i}</link><pubDate>{published}</pubDate>"
            f"<description>{escape(text)}</description></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>XSS</title>'
        f"<link>http://127.0.0.1/</link>{''.join(items)}</channel></rss>"
    ).encode()


def test_hostile_payloads_are_stored_safe_and_shown_as_text(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path, http_server: TestServer
) -> None:
    assert PAYLOADS, "the shared corpus is not beside the repository (../shared/corpus)"
    canary = http_server.url("/canary/x.png")
    root = tmp_path / "profile"
    paths = resolve_profile(root)
    paths.create()
    store = open_store(paths.db_path)
    try:
        for start in range(0, len(PAYLOADS), 100):
            url = f"http://127.0.0.1:9/xss-{start}.xml"
            feed = store.add_feed(url, f"XSS {start}", "Hostile", 3600, user_title=True, now=NOW)
            parsed = parse_feed(_feed(PAYLOADS[start : start + 100], canary, start), url)
            keys = entry_keys(parsed.entries)
            result = FetchResult(kind=FetchKind.OK, requested_url=url, final_url=url, status=200)
            update = decide_update(
                feed,
                result,
                parsed,
                store.entry_states(feed.id, keys),
                store.tombstoned(feed.id, keys),
                NOW,
                random.Random(0),
            )
            store.apply_feed_updates_by_feed([update], NOW)
    finally:
        store.close()
    window = make_window(root)
    library = window.library
    rows = library.articles(ArticleQuery(), 10_000)
    assert len(rows) >= len(PAYLOADS) * 0.9  # a few payloads are empty once made XML-safe
    pane = window.ui.readerPane
    bad_links: list[str] = []
    for row in rows:
        article = library.article(row.id)
        assert article is not None
        for html in (article.summary or "", article.content or ""):
            assert dangerous_parts(html) == [], html
        pane.show_article(article, library.article_images(article.id))
        pane.grab()  # lay out and paint: any resource the document asks for is asked now
        # The title is plain text in the pane: rendering it shows exactly its characters.
        assert " ".join(article.title.split()) in " ".join(pane.toPlainText().split())
        block = pane.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                href = it.fragment().charFormat().anchorHref()
                scheme = href.split(":", 1)[0].lower() if ":" in href else ""
                if href and scheme not in ALLOWED_LINKS:
                    bad_links.append(href)
                it += 1
            block = block.next()
    assert bad_links == []
    assert http_server.requests_to("/canary/x.png") == []
    # The list shows titles as text too: a tooltip's rendering is the title itself.
    model = window.articles
    for r in range(min(model.rowCount(), 200)):
        index = model.index(r, 1)
        title = model.data(index, Qt.ItemDataRole.DisplayRole)
        tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
        if tip:
            doc = QTextDocument()
            if QtGui.Qt.mightBeRichText(tip):  # what a tooltip does with the text
                doc.setHtml(tip)
            else:
                doc.setPlainText(tip)
            assert title is None or " ".join(str(title).split()) in " ".join(
                doc.toPlainText().split()
            )
