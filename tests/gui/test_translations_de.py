"""The window in German (issue 17): menus, settings, first run, Qt's own buttons, errors, dates.

Each test sets the default locale to de_DE before the window is built (create_window installs
Qt's and Newsreader's translators for it), asserts on specific German strings, and saves a
screenshot under /tmp/shots/h11/. Dates are checked under de_DE, en_US, ja_JP and C. The CLI's
German is checked with LANG=de_DE.UTF-8 on an empty profile.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QTabWidget
from pytestqt.qtbot import QtBot

from newsreader.gui.article_model import DATE_COLUMN, TITLE_COLUMN
from newsreader.gui.main_window import MainWindow
from newsreader.gui.settings.add_feed import AddFeedDialog
from newsreader.gui.translations import install_translators
from newsreader.storage import open_store
from tests.gui.conftest import RSS
from tests.support.feeds import Item, rss
from tests.support.httpserver import Reply, TestServer

SHOTS = Path("/tmp/shots/h11")
WAIT = 20000
# An article of 3 October 2024, 06:15 UTC: not today, so the list shows its date.
PUBLISHED = datetime(2024, 10, 3, 6, 15, tzinfo=UTC)


@pytest.fixture
def locale_as() -> Iterator[Callable[[str], None]]:
    """Switch the default locale for one test; the desktop's comes back afterwards."""
    before = QLocale()

    def switch(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield switch
    QLocale.setDefault(before)
    install_translators()


def _shot(widget: object, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SHOTS / name))  # type: ignore[attr-defined]


def _old_news_profile(root: Path, server: TestServer) -> Path:
    item = Item(
        guid="old-1",
        title="Alexander Lukashenko pays working visit to China",
        link="https://example.org/old/1",
        description="<p>The visit lasted three days.</p>",
        published=PUBLISHED,
    )
    server.routes["/old.xml"] = Reply(200, rss("BelTA", [item]), RSS)
    store = open_store(root / "newsreader.db")
    try:
        store.add_feed(server.url("/old.xml"), "BelTA", "World/Asia", 3600, user_title=True)
    finally:
        store.close()
    return root


def _refreshed(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.bridge.refresh_finished, timeout=WAIT):
        window.ui.refreshAction.trigger()
    qtbot.waitUntil(lambda: not window.poller.caching, timeout=WAIT)
    qtbot.waitUntil(lambda: window.views_settled and window.articles.rowCount() > 0, timeout=WAIT)


def _menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions() if a.text()]


def test_main_window_and_message_box_are_german(
    qtbot: QtBot,
    locale_as: Callable[[str], None],
    make_window: Callable[..., MainWindow],
    profile: Path,
) -> None:
    locale_as("de_DE")
    window = make_window(profile)
    _refreshed(qtbot, window)
    titles = _menu_titles(window)
    assert {"&Datei", "&Ansicht", "A&rtikel", "&Hilfe"} <= set(titles), titles
    assert window.ui.refreshAction.text() == "&Aktualisieren"
    names = [n.name for n in window.sections.walk()]
    assert {"Alle Artikel", "Ungelesen", "Markiert", "Am beliebtesten"} <= set(names)
    header = window.articles.headerData(TITLE_COLUMN, Qt.Orientation.Horizontal)
    assert header == "Titel"
    # The failing feed says why in German (its reason is the server's own words).
    (broken,) = [n for n in window.sections.walk() if n.name == "Broken Feed"]
    tooltip = window.sections.data(
        window.sections.index_for_key(broken.key), Qt.ItemDataRole.ToolTipRole
    )
    assert "Letzter Fehler:" in tooltip
    # The reason is core's English line, translated at the edge (core/texts.py).
    assert "Serverfehler (HTTP 500)" in tooltip, tooltip
    window.ui.searchBox.setText("zzzznichtsda")
    window.ui.searchBox.returnPressed.emit()
    qtbot.waitUntil(
        lambda: "Nichts zu „zzzznichtsda“ gefunden" in window.statusBar().currentMessage()
    )
    window.ui.searchBox.clear()
    _shot(window, "main-window-de.png")

    # Qt's own strings come from qtbase_de.qm: the standard buttons of a message box.
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Newsreader",
        "Die Rubrik „Welt“ löschen? Ihre Feeds rücken eine Ebene nach oben.",
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel,
        window,
    )
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    assert box.button(QMessageBox.StandardButton.Yes).text() == "&Ja"
    assert box.button(QMessageBox.StandardButton.No).text() == "&Nein"
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Abbrechen"
    _shot(box, "message-box-de.png")
    box.close()


@pytest.mark.qt_log_ignore("does not support raise", "does not support propagateSizeHints")
def test_settings_dialog_is_german(
    qtbot: QtBot,
    locale_as: Callable[[str], None],
    make_window: Callable[..., MainWindow],
    profile: Path,
) -> None:
    locale_as("de_DE")
    window = make_window(profile)
    window.ui.settingsAction.trigger()
    dialog = window.findChild(QDialog, "settingsDialog")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    tabs = dialog.findChild(QTabWidget, "settingsTabs")
    assert tabs is not None
    labels = [tabs.tabText(i) for i in range(tabs.count())]
    assert {"&Feeds", "&Rubriken", "&Allgemein", "&Lesen", "Ne&tzwerk"} <= set(labels), labels
    assert dialog.windowTitle() == "Einstellungen"
    _shot(dialog, "settings-feeds-de.png")
    tabs.setCurrentIndex(labels.index("&Allgemein"))
    combo = dialog.ui.languageCombo  # type: ignore[attr-defined]
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Systemvorgabe",
        "English",
        "Deutsch",
    ]
    note = dialog.ui.languageNote.text()  # type: ignore[attr-defined]
    assert note == "Eine neue Sprache gilt ab dem nächsten Start von Newsreader."
    _shot(dialog, "settings-general-de.png")
    dialog.close()


def test_first_run_and_an_error_are_german(
    qtbot: QtBot,
    locale_as: Callable[[str], None],
    make_window: Callable[..., MainWindow],
    tmp_path: Path,
) -> None:
    locale_as("de_DE")
    window = make_window(tmp_path / "fresh")
    empty = window.empty_state
    qtbot.waitUntil(empty.isVisible)
    assert empty.heading.text() == "Sie haben noch keine Feeds"
    assert empty.starterButton.text() == "Die &Start-Feeds abonnieren"
    assert empty.addFeedButton.text() == "Einen Feed oder eine &Webseite hinzufügen …"
    _shot(window, "first-run-de.png")

    empty.addFeedButton.click()
    dialog = window.findChild(AddFeedDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Feed hinzufügen"
    dialog.urlEdit.setText("ftp://")
    dialog.findButton.click()
    qtbot.waitUntil(lambda: "Das ist keine Feed-Adresse" in dialog.messageLabel.text())
    _shot(dialog, "error-add-feed-de.png")
    dialog.close()


def test_the_language_setting_wins_over_the_desktop(
    qtbot: QtBot,
    locale_as: Callable[[str], None],
    make_window: Callable[..., MainWindow],
    profile: Path,
) -> None:
    """Settings › General › Language = Deutsch on an English desktop: German from the start."""
    locale_as("en_US")
    store = open_store(profile / "newsreader.db")
    try:
        store.set_setting("language", "de")
    finally:
        store.close()
    window = make_window(profile)
    assert "&Datei" in _menu_titles(window)
    assert QLocale().language() == QLocale.Language.German  # dates follow the choice


@pytest.mark.parametrize(
    ("name", "list_date", "date_line"),
    [
        ("de_DE", r"^03\.10\.24$", r"^Donnerstag, 3\. Oktober 2024, \d{2}:\d{2}$"),
        ("en_US", r"^10/3/24$", r"^Thursday, October 3, 2024, \d{1,2}:\d{2}\s?[AP]M$"),
        ("ja_JP", r"^2024/10/03$", r"^2024年10月3日木曜日, \d{1,2}:\d{2}$"),
        ("C", r"^2024-10-03$", r"^2024-10-03 \d{2}:\d{2}$"),
    ],
)
def test_dates_follow_the_locale(
    qtbot: QtBot,
    locale_as: Callable[[str], None],
    make_window: Callable[..., MainWindow],
    http_server: TestServer,
    tmp_path: Path,
    name: str,
    list_date: str,
    date_line: str,
) -> None:
    locale_as(name)
    window = make_window(_old_news_profile(tmp_path / "old", http_server))
    _refreshed(qtbot, window)
    model = window.articles
    shown = model.data(model.index(0, DATE_COLUMN), Qt.ItemDataRole.DisplayRole)
    assert re.match(list_date, shown), shown
    window.ui.articleList.setCurrentIndex(model.index(0, TITLE_COLUMN))
    qtbot.waitUntil(lambda: window.reader_pane.article is not None)
    lines = window.reader_pane.toPlainText().splitlines()
    (line,) = [text for text in lines if "BelTA" in text and "2024" in text]
    day = line.split("·")[0].replace("\xa0", " ").strip()
    assert re.match(date_line, day), line
    tooltip = model.data(model.index(0, DATE_COLUMN), Qt.ItemDataRole.ToolTipRole)
    assert "2024" in tooltip and (name != "de_DE" or "Oktober" in tooltip), tooltip
    if name == "de_DE":
        _shot(window, "dates-de.png")


def test_cli_speaks_german_on_an_empty_profile(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANGUAGE"))}
    env["LANG"] = "de_DE.UTF-8"
    profile = tmp_path / "empty"

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "newsreader", "--profile", str(profile), *args],
            check=False,
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )

    feeds = cli("feeds")
    assert feeds.returncode == 0, feeds.stderr
    assert feeds.stdout.strip() == (
        "Noch keine Feeds. Fügen Sie einen mit `newsreader add URL` oder "
        "`newsreader import DATEI` hinzu."
    )
    missing = cli("show", "42")
    assert missing.returncode == 1
    assert missing.stderr.strip() == "newsreader: kein Artikel mit der Nummer 42"
    env["LANG"] = "C.UTF-8"
    assert cli("feeds").stdout.startswith("No feeds yet.")
    assert QApplication.instance() is not None  # the GUI tests' app is untouched by the CLI
