"""Settings › Rules (issue 16): a rule made in the dialog, its live preview, applying it, the
refusal of a bad regular expression, and View ▸ Show Hidden Articles. Real engine, real
profile, real HTTP server on 127.0.0.1, widgets offscreen; screenshots in light and dark."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from newsreader.app.profile import Engine, open_engine, resolve_profile, utc_now
from newsreader.core.rules import Action, ActionKind, Field, Rule, TextCondition, TextOp
from newsreader.core.types import ArticleQuery
from newsreader.gui.main_window import MainWindow
from tests.gui.settings_support import Answers, engine_factory, open_dialog
from tests.gui.test_screenshots import _dark_palette
from tests.support.httpserver import TestServer

__all__ = ["engine_factory"]
WAIT = 20000
SHOTS = Path("/tmp/notes/shots/rules")


def _count(db: Path, sql: str) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def _shoot(widget: object, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))  # type: ignore[attr-defined]


def test_a_rule_made_in_the_dialog_marks_what_its_preview_counted(
    qtbot: QtBot, engine_factory: Callable[[Path], Engine], profile: Path, news_server: TestServer
) -> None:
    engine = engine_factory(profile)
    engine.refresher.refresh(all_feeds=True)
    db = engine.library.path
    total = _count(db, "SELECT count(*) FROM articles")
    assert total > 0
    answers = Answers(confirms=[True])
    dialog = open_dialog(qtbot, engine, answers)
    dialog.resize(1024, 700)
    dialog.show_page("rules")
    page = dialog.rules

    # A bad regular expression is refused with the reason, in the preview, before saving.
    page.name_edit.setText("Slow")
    page.op_combo.setCurrentIndex(2)  # matches the regular expression
    page.value_edit.setText("(a+)+$")
    qtbot.waitUntil(lambda: "too long" in page.preview_label.text(), timeout=WAIT)
    page.value_edit.setText("(unclosed")
    qtbot.waitUntil(lambda: "not valid" in page.preview_label.text(), timeout=WAIT)
    page.action_checks[next(iter(page.action_checks))].setChecked(True)
    page.save_button.click()
    qtbot.waitUntil(lambda: "not valid" in page.status_label.text(), timeout=WAIT)
    assert engine.library.rules() == []
    _shoot(dialog, "rules-bad-regex-light")

    # A good one: the preview counts, saving stores it, applying acts on exactly that many.
    page.name_edit.setText("Star story ones")
    page.value_edit.setText(r"story 1\b")
    qtbot.waitUntil(lambda: page.preview_count is not None, timeout=WAIT)
    preview = page.preview_count
    assert preview is not None and 0 < preview < total
    assert str(preview) in page.preview_label.text()
    for kind, check in page.action_checks.items():
        check.setChecked(str(kind) == "star")
    page.tag_check.setChecked(True)
    page.tag_edit.setText("Ones")
    qtbot.waitUntil(lambda: page.preview_count is not None, timeout=WAIT)
    assert page.preview_count == preview
    page.save_button.click()
    qtbot.waitUntil(lambda: page.list.topLevelItemCount() == 1, timeout=WAIT)
    (stored,) = engine.library.rules()
    assert stored.name == "Star story ones"
    page.list.setCurrentItem(page.list.topLevelItem(0))
    assert page.apply_button.isEnabled()
    _shoot(dialog, "rules-light")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.palette()
    app.setPalette(_dark_palette())
    try:
        qtbot.wait(20)
        _shoot(dialog, "rules-dark")
    finally:
        app.setPalette(original)
    page.apply_button.click()
    qtbot.waitUntil(lambda: getattr(page, "last_applied", None) is not None, timeout=WAIT)
    assert page.last_applied == preview
    assert _count(db, "SELECT count(*) FROM articles WHERE starred = 1") == preview
    assert _count(db, "SELECT count(*) FROM article_tags") == preview
    assert str(preview) in page.status_label.text()


def test_show_hidden_articles_lists_what_a_rule_hid(
    qtbot: QtBot, make_window: Callable[..., MainWindow], profile: Path
) -> None:

    engine = open_engine(resolve_profile(profile))
    try:
        rule = Rule(
            name="hide ones", conditions=(TextCondition(Field.TITLE, TextOp.WORD, "story 1"),),
            actions=(Action(ActionKind.HIDE),),
        )  # fmt: skip
        engine.writer.call(lambda store: store.save_rule(rule, utc_now()))
        engine.refresher.refresh(all_feeds=True)
        hidden = _count(engine.library.path, "SELECT count(*) FROM articles WHERE hidden = 1")
        everything = engine.library.article_count(ArticleQuery(show_hidden=True))
    finally:
        engine.close()
    assert hidden > 0
    window = make_window(profile)
    window.resize(1024, 700)
    window.select_node("all")
    qtbot.waitUntil(lambda: window.articles.rowCount() > 0, timeout=WAIT)
    shown = window.articles.rowCount()
    action = window.show_hidden_action
    assert action.objectName() == "showHiddenAction"
    assert action in window.ui.viewMenu.actions()
    action.setChecked(True)
    qtbot.waitUntil(lambda: window.articles.rowCount() == shown + hidden, timeout=WAIT)
    assert window.articles.rowCount() == everything
    window.resize(1920, 1080)
    qtbot.wait(20)
    _shoot(window, "window-show-hidden-1920")
    action.setChecked(False)
    qtbot.waitUntil(lambda: window.articles.rowCount() == shown, timeout=WAIT)
