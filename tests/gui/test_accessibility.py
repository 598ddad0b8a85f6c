"""Accessibility checked through Qt's own accessibility tree (issue 17).

The walk starts at `QAccessible.queryAccessibleInterface(window)` and follows `child(i)` down,
the same tree a screen reader gets through the platform bridge. It fails on any focusable
control a keyboard user can Tab to that has no name, for the main window, every page of the
settings dialog, the Add feed dialog and the first-run empty state. List and tree rows are
read as the offscreen platform gives them: QTreeView exposes one interface per *cell*
(role TreeItem, no separate row object), so each cell of a row must say the whole row and
carry its state (unread/starred in the description, selection in `state().selected`).

The AT-SPI test also walks the real window over D-Bus, in a child process under Xvfb with
at-spi2-core (tools/system-deps.sh installs both for make test).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleInterface, QColor, QFont, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from newsreader.gui.article_model import STAR_COLUMN, TITLE_COLUMN
from newsreader.gui.main_window import MainWindow
from newsreader.gui.section_model import NodeKind
from newsreader.gui.settings.add_feed import AddFeedDialog
from newsreader.gui.settings.dialog import SettingsDialog

# The offscreen plugin cannot raise windows or pass size hints; that says nothing about us.
QUIET = pytest.mark.qt_log_ignore(
    "does not support raise", "does not support propagateSizeHints", "does not support grabbing"
)
SHOTS = Path("/tmp/shots/h12")
# Cells of item views: checked row by row below, not as controls.
ITEM_ROLES = {
    QAccessible.Role.TreeItem,
    QAccessible.Role.Cell,
    QAccessible.Role.ListItem,
    QAccessible.Role.ColumnHeader,
    QAccessible.Role.RowHeader,
}
Name = QAccessible.Text.Name
Description = QAccessible.Text.Description


def walk(root: QWidget) -> Iterator[QAccessibleInterface]:
    """Every interface of the accessibility tree under `root`, depth first."""
    top = QAccessible.queryAccessibleInterface(root)
    assert top is not None and top.isValid()
    stack = [top]
    while stack:
        interface = stack.pop()
        yield interface
        if interface.role() in ITEM_ROLES:
            continue  # a view's cells: rows are read by the row tests
        stack.extend(
            child
            for n in range(interface.childCount())
            if (child := interface.child(n)) is not None and child.isValid()
        )


def tab_reachable(interface: QAccessibleInterface) -> QWidget | None:
    """The widget behind `interface` when a keyboard user can Tab to it, else None."""
    widget = interface.object()
    if not isinstance(widget, QWidget) or not widget.isVisible():
        return None
    state = interface.state()
    if not state.focusable or state.invisible or state.disabled:
        return None
    if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return None  # e.g. a selectable label: click focus only, never in the Tab chain
    return widget


def unnamed(root: QWidget) -> list[str]:
    """The Tab-reachable controls under `root` with no accessible name."""
    found = []
    for interface in walk(root):
        widget = tab_reachable(interface)
        if widget is None or interface.text(Name).strip():
            continue
        if isinstance(widget, QLabel) and not widget.text():
            continue  # an empty message label has nothing to say until it has a message
        found.append(f"{type(widget).__name__} {widget.objectName() or '(no object name)'}")
    return found


def named(root: QWidget) -> set[str]:
    """The object names of the Tab-reachable controls the walk reached."""
    return {w.objectName() for i in walk(root) if (w := tab_reachable(i)) is not None}


@QUIET
def test_the_walk_fails_on_a_control_without_a_name(qtbot: QtBot) -> None:
    # The check itself: a bare line edit with no label is reported; a buddy label names it.
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    bare = QLineEdit(dialog)
    bare.setObjectName("bareEdit")
    layout.addWidget(bare)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert unnamed(dialog) == ["QLineEdit bareEdit"]
    label = QLabel("&Address:", dialog)
    label.setBuddy(bare)
    layout.addWidget(label)
    assert unnamed(dialog) == []


@QUIET
def test_every_control_of_the_main_window_has_a_name(window: MainWindow) -> None:
    assert unnamed(window) == []
    reached = named(window)
    for name in ("sectionTree", "articleList", "readerPane", "searchBox", "unreadOnlyButton"):
        assert name in reached, name
    for widget in (window.ui.sectionTree, window.ui.articleList, window.reader_pane):
        interface = QAccessible.queryAccessibleInterface(widget)
        assert interface.text(Name) and interface.text(Description), widget.objectName()
    # Toolbar buttons are named after their actions (and the actions have text).
    toolbar = QAccessible.queryAccessibleInterface(window.ui.mainToolBar)
    buttons = [toolbar.child(n) for n in range(toolbar.childCount())]
    names = [b.text(Name) for b in buttons if b.role() == QAccessible.Role.Button]
    assert names and all(names), names


@QUIET
def test_every_menu_has_a_mnemonic_and_every_action_text(window: MainWindow) -> None:
    for action in window.menuBar().actions():
        if action.isSeparator() or not action.isVisible():
            continue
        assert re.search(r"&\w", action.text()), action.text()
        menu = action.menu()
        assert isinstance(menu, QMenu)
        for item in menu.actions():
            assert item.isSeparator() or item.text().strip(), menu.title()


@QUIET
def test_every_settings_page_names_its_controls(qtbot: QtBot, window: MainWindow) -> None:
    window.ui.settingsAction.trigger()
    dialog = window.findChild(SettingsDialog, "settingsDialog")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    tabs = dialog.findChild(QTabWidget, "settingsTabs")
    assert tabs is not None and tabs.count() >= 5
    problems: dict[str, list[str]] = {}
    for page in range(tabs.count()):
        tabs.setCurrentIndex(page)
        qtbot.waitUntil(tabs.currentWidget().isVisible)
        if found := unnamed(dialog):
            problems[tabs.tabText(page)] = found
        assert len(named(tabs.currentWidget())) >= 1, tabs.tabText(page)
    assert problems == {}
    dialog.close()


@QUIET
def test_the_add_feed_dialog_names_its_controls(qtbot: QtBot, window: MainWindow) -> None:
    window.add_feed_action.trigger()
    assert window.subscribing is not None
    dialog = window.subscribing.add_dialog
    assert isinstance(dialog, AddFeedDialog)
    qtbot.waitExposed(dialog)
    assert unnamed(dialog) == []
    assert {"urlEdit", "findButton", "titleEdit", "passwordEdit"} <= named(dialog)
    edit = QAccessible.queryAccessibleInterface(dialog.urlEdit)
    assert "address" in edit.text(Name).lower()
    dialog.reject()


@QUIET
def test_the_first_run_buttons_have_names(
    make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = make_window(tmp_path / "fresh-profile")
    assert window.layout_choice.showing_empty
    assert unnamed(window) == []
    assert {"starterButton", "addFeedButton", "importOpmlButton"} <= named(window)


def row_cells(view: QTreeView, row: int) -> list[QAccessibleInterface]:
    """The accessibility interfaces of one row's cells: the view's TreeItem children come
    row by row, one per column (PySide gives no tableInterface() to ask by row)."""
    cells = list(walk_cells(view))
    columns = view.model().columnCount()
    return cells[row * columns : (row + 1) * columns]


@QUIET
def test_article_rows_say_title_feed_date_and_their_state(qtbot: QtBot, window: MainWindow) -> None:
    view, model = window.ui.articleList, window.articles
    assert model.rowCount() > 0
    article = model.row_at(0)
    assert article is not None and not article.read and not article.starred
    cells = row_cells(view, 0)
    date = model.index(0, 3).data()
    for cell in cells:
        assert cell.text(Name) == f"{article.title}, {article.feed_title}, {date}"
        assert cell.text(Description) == "Unread, not starred"
        assert not cell.state().selected
    # Colour is not the only signal: unread rows are bold, a star is a ★ as well as a colour.
    assert model.index(0, TITLE_COLUMN).data(Qt.ItemDataRole.FontRole).bold()
    assert model.headerData(STAR_COLUMN, Qt.Orientation.Horizontal,
                            Qt.ItemDataRole.AccessibleTextRole) == "Starred"  # fmt: skip

    view.setFocus()
    view.setCurrentIndex(model.index(0, TITLE_COLUMN))  # opens it: read after 0 ms
    qtbot.waitUntil(lambda: (row := model.row_at(0)) is not None and row.read, timeout=10000)
    window.ui.toggleStarAction.trigger()
    qtbot.waitUntil(lambda: (row := model.row_at(0)) is not None and row.starred, timeout=10000)
    cells = row_cells(view, 0)
    assert all(cell.text(Description) == "Read, starred" for cell in cells)
    assert all(cell.state().selected for cell in cells)
    assert model.index(0, STAR_COLUMN).data() == "★"
    assert not model.index(0, TITLE_COLUMN).data(Qt.ItemDataRole.FontRole)


@QUIET
def test_tree_rows_say_their_unread_count_and_errors(window: MainWindow) -> None:
    tree, model = window.ui.sectionTree, window.sections
    world = model.section_by_path("World")
    assert world is not None and world.count == 7
    names = {}
    for interface in walk_cells(tree):
        names[interface.text(Name)] = interface
    assert "World, 7 unread" in names
    tree_interface = QAccessible.queryAccessibleInterface(tree)
    headers = [tree_interface.child(n) for n in range(tree_interface.childCount())]
    spoken = [h.text(Name) for h in headers if h.role() == QAccessible.Role.ColumnHeader]
    assert spoken == ["Section or feed", "Unread articles"]  # not "1" and "2"
    assert "Europe Today, 3 unread" in names
    broken = next(n for n in model.walk() if n.kind is NodeKind.FEED and n.failing)
    cell = names[broken.name]  # no unread articles: the name alone
    assert "error" in cell.text(Description).lower()


def walk_cells(view: QTreeView) -> Iterator[QAccessibleInterface]:
    interface = QAccessible.queryAccessibleInterface(view)
    for n in range(interface.childCount()):
        child = interface.child(n)
        if child is not None and child.role() == QAccessible.Role.TreeItem:
            yield child


def popup_after(qtbot: QtBot, press: Callable[[], None]) -> list[str]:
    """Press keys that should open a context menu; return its items' texts and close it."""
    seen: list[str] = []

    def close() -> None:
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu):
            seen.extend(a.text() for a in popup.actions() if not a.isSeparator())
            popup.close()

    QTimer.singleShot(300, close)
    press()
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    return seen


@QUIET
@pytest.mark.parametrize("keys", ["Menu", "Shift+F10"])
def test_context_menus_open_from_the_keyboard(qtbot: QtBot, window: MainWindow, keys: str) -> None:
    window.activateWindow()
    view = window.ui.articleList
    view.setFocus()
    view.setCurrentIndex(window.articles.index(0, TITLE_COLUMN))
    key, mods = (
        (Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier)
        if keys == "Menu"
        else (Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    )
    items = popup_after(qtbot, lambda: qtbot.keyClick(view, key, mods))
    assert any("star" in text.lower() for text in items), items
    tree = window.ui.sectionTree
    tree.setFocus()
    tree.setCurrentIndex(tree.model().index(0, 0, QModelIndex()))
    items = popup_after(qtbot, lambda: qtbot.keyClick(tree, key, mods))
    assert any("read" in text.lower() for text in items), items


@QUIET
def test_tab_goes_tree_list_pane_and_back(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    ui = window.ui
    ui.sectionTree.setFocus()
    qtbot.waitUntil(ui.sectionTree.hasFocus)
    order = [ui.articleList, window.reader_pane]
    for widget in order:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is widget, QApplication.focusWidget()
    for widget in (ui.articleList, ui.sectionTree):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
        assert QApplication.focusWidget() is widget, QApplication.focusWidget()


def grab(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def edge_points(image: QImage) -> list[QPoint]:
    """Points on the outer two pixels of the left, right and bottom sides, halfway along
    (not the top: a selected first row is highlighted there anyway)."""
    w, h = image.width(), image.height()
    return [QPoint(1, h // 2), QPoint(w - 2, h // 2), QPoint(w // 2, h - 2)]


@QUIET
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_focus_is_visible_on_list_and_tree(qtbot: QtBot, window: MainWindow, theme: str) -> None:
    window.reading_settings.apply_theme(theme)
    dark = theme == "dark"
    base = QPalette.ColorRole.Base
    qtbot.waitUntil(  # the palette reaches the widgets through posted events
        lambda: (window.ui.articleList.palette().color(base).lightnessF() < 0.5) == dark
    )
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.activateWindow()
    ui = window.ui
    assert window.select_node("all")  # the tree's current row; the list shows every article
    ui.articleList.setCurrentIndex(window.articles.index(1, TITLE_COLUMN))  # opens it
    qtbot.waitUntil(lambda: (row := window.articles.row_at(1)) is not None and row.read)
    for view, other in ((ui.articleList, ui.sectionTree), (ui.sectionTree, ui.articleList)):
        other.setFocus()
        qtbot.waitUntil(other.hasFocus)
        blurred = grab(view)
        view.setFocus()
        qtbot.waitUntil(view.hasFocus)
        focused = grab(view)
        focused.save(str(SHOTS / f"{view.objectName()}-focus-{theme}.png"))
        # A visible focus indication round the whole view, in the theme's highlight colour
        # (the row's own focus rectangle is faint, and the selection alone says nothing).
        highlight = view.palette().color(QPalette.ColorRole.Highlight).rgb()
        edges = edge_points(focused)
        assert [focused.pixel(p) for p in edges] == [highlight] * len(edges), (view, theme)
        assert all(blurred.pixel(p) != highlight for p in edges), (view.objectName(), theme)
    window.grab().save(str(SHOTS / f"window-list-focused-{theme}.png"))
    window.reading_settings.apply_theme("system")


@QUIET
def test_text_follows_the_system_font_size(qtbot: QtBot, window: MainWindow) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QFont(app.font())
    window.ui.articleList.setCurrentIndex(window.articles.index(0, TITLE_COLUMN))
    pane = window.reader_pane
    qtbot.waitUntil(lambda: pane.article is not None)
    small = pane.document().defaultFont().pointSizeF()
    try:
        bigger = QFont(before)
        bigger.setPointSizeF(before.pointSizeF() * 2)
        app.setFont(bigger)
        qtbot.waitUntil(lambda: pane.document().defaultFont().pointSizeF() > small * 1.5)
        assert window.ui.articleList.font().pointSizeF() == bigger.pointSizeF()
    finally:
        app.setFont(before)
    qtbot.waitUntil(lambda: pane.document().defaultFont().pointSizeF() == small)


# -- the same checks over AT-SPI on D-Bus, as Orca would read them ---------------------------

# Run in a child process under Xvfb and its own D-Bus session: the real window on the xcb
# platform with Qt's AT-SPI bridge on, read from a second thread over the accessibility bus
# (the GUI thread must keep answering). Prints one JSON list of [depth, role, name,
# description, states-bits].
ATSPI_PROBE = r"""
import json, sys, threading, time
from pathlib import Path
from jeepney import DBusAddress, Properties, new_method_call
from jeepney.io.blocking import open_dbus_connection
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from newsreader.app.window import create_window

app = QApplication(sys.argv)
window = create_window(Path(sys.argv[1]), offer_defaults="no", poll=False, read_delay_ms=0)
window.resize(1400, 860)
window.show()
window.select_node("all")
found = []

def call(conn, address, method, signature=None, body=()):
    message = new_method_call(address, method, signature, body)
    return conn.send_and_get_reply(message, timeout=5).body[0]

def walk():
    try:
        time.sleep(3)
        session = open_dbus_connection("SESSION")
        bus = DBusAddress("/org/a11y/bus", bus_name="org.a11y.Bus", interface="org.a11y.Bus")
        conn = open_dbus_connection(call(session, bus, "GetAddress"))
        def visit(name, path, depth):
            node = DBusAddress(path, bus_name=name, interface="org.a11y.atspi.Accessible")
            props = Properties(node)
            text = conn.send_and_get_reply(props.get("Name"), timeout=5).body[0][1]
            about = conn.send_and_get_reply(props.get("Description"), timeout=5).body[0][1]
            role = call(conn, node, "GetRoleName")
            states = call(conn, node, "GetState")[0]
            found.append([depth, role, text, about, states])
            if depth < 40:
                for child_name, child_path in call(conn, node, "GetChildren"):
                    visit(child_name, child_path, depth + 1)
        root = DBusAddress("/org/a11y/atspi/accessible/root",
                           bus_name="org.a11y.atspi.Registry",
                           interface="org.a11y.atspi.Accessible")
        for _ in range(40):  # the application registers a moment after its window shows
            children = call(conn, root, "GetChildren")
            if children:
                break
            time.sleep(0.5)
        for name, path in children:
            visit(name, path, 0)
    except Exception as exc:
        found.append([-1, "error", repr(exc), "", 0])
    done.set()

done = threading.Event()
threading.Thread(target=walk, daemon=True).start()
poll = QTimer()  # the walking thread has no event loop: the GUI thread notices it is done
poll.timeout.connect(lambda: done.is_set() and app.quit())
poll.start(100)
QTimer.singleShot(60000, app.quit)
app.exec()
print(json.dumps(found))
"""
FOCUSABLE, SHOWING = 1 << 11, 1 << 25  # AtspiStateType bits in the first word
CELL_ROLES = {"table cell", "tree item", "column header", "row header", "list item"}


def _atspi_ready() -> str | None:
    """Why AT-SPI cannot run here (None: it can)."""
    import shutil

    for tool in ("Xvfb", "dbus-run-session"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        return "at-spi2-core is not installed"
    return None


@QUIET
def test_the_window_over_atspi_names_every_focusable_control(profile: Path, tmp_path: Path) -> None:
    import json
    import os
    import subprocess
    import sys

    if (why := _atspi_ready()) is not None:
        # tools/system-deps.sh installs them for make test: missing is a broken setup.
        pytest.fail(f"AT-SPI walk needs Xvfb and at-spi2-core: {why}")
    cli = [sys.executable, "-m", "newsreader", "--profile", str(profile), "refresh", "--all"]
    subprocess.run(cli, check=True, capture_output=True, timeout=120)
    display = f":{200 + os.getpid() % 500}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1400x900x24", "-nolisten", "tcp"])
    try:
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
        env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
        probe = tmp_path / "atspi_probe.py"
        probe.write_text(ATSPI_PROBE)
        run = subprocess.run(
            ["dbus-run-session", "--", sys.executable, str(probe), str(profile)],
            capture_output=True, text=True, timeout=120, env=env, check=False,
            cwd=Path(__file__).parents[2],
        )  # fmt: skip
    finally:
        xvfb.terminate()
        xvfb.wait(10)
    assert run.returncode == 0, run.stderr[-2000:]
    nodes = json.loads(run.stdout.strip().splitlines()[-1])
    assert not [n for n in nodes if n[0] < 0], nodes[-1]
    roles = {n[1] for n in nodes}
    assert "application" in roles and len(nodes) > 30, roles
    unnamed_controls = [
        (role, name)
        for _depth, role, name, _about, states in nodes
        if states & FOCUSABLE and states & SHOWING and role not in CELL_ROLES
        and not name.strip() and role != "label"
    ]  # fmt: skip
    assert unnamed_controls == []
    names = {name for _d, role, name, _a, _s in nodes}
    assert "Sections and feeds" in names and "Articles" in names and "Article" in names
    rows = [(name, about) for _d, role, name, about, _s in nodes if role in CELL_ROLES]
    assert any(name.startswith("Asia Daily story") and about.startswith("Unread")
               for name, about in rows), rows[:12]  # fmt: skip
    assert "World, 7 unread" in {name for name, _about in rows}


@QUIET
def test_a_high_contrast_palette_stays_readable(qtbot: QtBot, window: MainWindow) -> None:
    # White on black with a yellow highlight, as high-contrast themes set it: the pane and
    # the list draw with the palette's colours, so text stays white on black (no colour of
    # ours turns it grey or dark).
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    saved = QPalette(app.palette())
    contrast = QPalette()
    for role, color in (
        (QPalette.ColorRole.Window, "#000000"), (QPalette.ColorRole.WindowText, "#ffffff"),
        (QPalette.ColorRole.Base, "#000000"), (QPalette.ColorRole.AlternateBase, "#000000"),
        (QPalette.ColorRole.Text, "#ffffff"), (QPalette.ColorRole.Button, "#000000"),
        (QPalette.ColorRole.ButtonText, "#ffffff"), (QPalette.ColorRole.Highlight, "#ffff00"),
        (QPalette.ColorRole.HighlightedText, "#000000"), (QPalette.ColorRole.Link, "#00ffff"),
    ):  # fmt: skip
        contrast.setColor(role, QColor(color))
    try:
        app.setPalette(contrast)
        pane = window.reader_pane
        window.ui.articleList.setCurrentIndex(window.articles.index(0, TITLE_COLUMN))
        qtbot.waitUntil(lambda: pane.article is not None)
        base = QPalette.ColorRole.Base
        qtbot.waitUntil(lambda: pane.palette().color(base).name() == "#000000")
        SHOTS.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(SHOTS / "window-high-contrast.png"))
        for widget in (pane, window.ui.articleList):
            image = grab(widget)
            colours = {image.pixelColor(x, y).name() for y in range(0, image.height(), 3)
                       for x in range(0, image.width(), 3)}  # fmt: skip
            assert "#000000" in colours and "#ffffff" in colours, widget.objectName()
    finally:
        app.setPalette(saved)
