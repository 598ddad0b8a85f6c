"""Building the main window for a profile: engine, window, first-start offer, self-test.

The composition root for the GUI: it opens the engine (storage, writer, refresher) for a
profile, builds the window's services (bridge, poller, reads, offline gate) and hands them to
`MainWindow` in one `WindowServices`, attaches the app's features (settings dialog, library
check) through the window's named methods, and makes the window own the engine (closing the
window closes it). Tests call `create_window` inside their own QApplication.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from newsreader.app.enclosure_wiring import install_enclosures
from newsreader.app.health_wiring import install_health
from newsreader.app.library_care import (
    Chooser,
    PendingRepair,
    ask_repair,
    install_damage_watch,
    install_library_check,
    offer_repair_at_start,
)
from newsreader.app.profile import Engine, open_engine, resolve_profile, utc_now
from newsreader.app.settings_wiring import fetch_new_feeds, install_settings, settings_context
from newsreader.app.signals import quit_on_signals
from newsreader.app.single_instance import WindowLock, raise_running_window
from newsreader.core import prefs
from newsreader.core.errors import NewsreaderError, StorageError
from newsreader.core.types import Article, ArticleQuery
from newsreader.gui.empty_state import Subscribing
from newsreader.gui.main_window import MainWindow, WindowServices
from newsreader.gui.offline_mode import NetworkGate
from newsreader.gui.resources import resource_path
from newsreader.gui.sync_status import SyncStatus
from newsreader.gui.translations import install_translators
from newsreader.gui.tray import Tray, install_tray
from newsreader.services.bridge import Bridge
from newsreader.services.poller import Poller
from newsreader.services.reads import BackgroundReads
from newsreader.storage.repair import check_library
from newsreader.update.sync import AccountOutcome
from newsreader.usecases import opml
from newsreader.usecases.opml import ImportReport

log = logging.getLogger("newsreader.app.window")
DEFAULTS_FILE = "default_subscriptions.opml"
# "yes" subscribes a brand-new profile to the starter feeds at once; "ask" (default) and "no"
# open the window on its empty state, which offers them (issue 15: the window shows first).
OFFER_ENV = "NEWSREADER_OFFER_DEFAULTS"
SETTINGS_FILE = "window.ini"
WARM_PARSERS_MS = 1000


def create_window(
    profile_dir: Path | None,
    *,
    offer_defaults: str | None = None,
    read_delay_ms: int | None = None,
    poll: bool = True,
    warm_parsers: bool | None = None,
    pending_repair: PendingRepair | None = None,
    repair_chooser: Chooser = ask_repair,
    starter_opml: Path | None = None,
) -> MainWindow:
    """Build the fully wired window for a profile inside the running QApplication.

    `offer_defaults` ("ask", "yes", "no"; default from NEWSREADER_OFFER_DEFAULTS, else "ask")
    decides what a brand-new profile does about the bundled news feeds: "yes" subscribes at
    once; otherwise the window opens on its empty state, whose "Subscribe to the Starter Feeds"
    imports `starter_opml` (default: the bundled `resources/default_subscriptions.opml`; tests
    pass a list of feeds served on 127.0.0.1). `warm_parsers`
    (default: `poll`) starts the parser processes a second after the window shows, so the
    first refresh does not pay for their start. Raises StorageError (file untouched) when
    the profile's database cannot be used. A repair chosen from File ▸ Check Library is
    recorded in `pending_repair` and carried out once the window has closed its engine.
    """
    paths = resolve_profile(profile_dir)
    engine = open_engine(paths)
    # Issue 17: Qt's and Newsreader's strings in the chosen language, before any widget exists.
    install_translators(prefs.LANGUAGE.get(engine.library.setting))
    if read_delay_ms is None:  # the settings dialog's "read delay", else 1.5 s
        read_delay_ms = prefs.READ_DELAY_MS.get(engine.library.setting)
    try:
        window = MainWindow(
            library=engine.library,
            writer=engine.writer,
            services=window_services(engine),
            images_dir=paths.images_dir,
            settings_path=paths.data_dir / SETTINGS_FILE,
            clock=utc_now,
            read_delay_ms=read_delay_ms,
            poll=poll,
            list_layout=prefs.LIST_LAYOUT.get(engine.library.setting),
        )
    except BaseException:
        engine.close()
        raise
    window.add_close_hook(engine.close)
    if poll if warm_parsers is None else warm_parsers:
        # Parser processes start a second after the window shows, before the first poll.
        QTimer.singleShot(WARM_PARSERS_MS, engine.parse_pool.warm)
    install_sync(window)  # issue 14: accounts sync after every refresh, said in the status bar
    settings = install_settings(window, engine)  # issue 4: settingsAction (Ctrl+,)
    install_health(window, engine, settings)  # issues 16, 19: View ▸ Feed Health…
    subscribing = install_subscribing(window, engine, starter_opml)  # issue 15
    install_tray(window, engine.library.setting, engine.writer)  # issue 16: tray, notices
    install_enclosures(window, engine)  # issue 16: podcasts in the reader pane
    library = engine.library
    window.reading_settings.apply_all(library.setting)  # issues 5/6: reading preferences
    # An empty profile has nothing to refresh, nor to say; a sync account counts as feeds.
    has_feeds = bool(library.feeds()) or bool(library.accounts())
    if window.polling and has_feeds and prefs.REFRESH_ON_START.get(library.setting):
        # Due feeds only (issue 18): a restart right after a refresh sends no request for a
        # feed that is not due, the polite-polling rule, and starts no work it need not.
        window.poller.refresh_now(all_feeds=False)
    # Issue 12: check the library in full; restore or salvage it once the engine is closed.
    check = install_library_check(
        window, paths.db_path, pending_repair or PendingRepair(), repair_chooser
    )
    install_damage_watch(window, check)
    if engine.is_new_profile:
        # Issue 15: no question before the window exists; the empty state offers the feeds.
        choice = (offer_defaults or os.environ.get(OFFER_ENV) or "ask").lower()
        if choice == "yes":
            subscribing.subscribe_starter()
    return window


def install_subscribing(
    window: MainWindow, engine: Engine, starter_opml: Path | None = None
) -> Subscribing:
    """Add Feed… (toolbar, File, Ctrl+N, the tree's menu), Import OPML… and the empty state's
    starter feeds for `window`; what they subscribe to is fetched at once."""

    def report(text: str) -> None:
        window.show_status(text)
        window.empty_state.say(text)

    subscribing = Subscribing(
        context=settings_context(engine, window),
        parent=window,
        starter=starter_opml or resource_path(DEFAULTS_FILE),
        fetch=fetch_new_feeds(engine, window),  # an account's feed: a sync of it
        changed=window.reload_sections,
        report=report,
    )
    window.enable_subscribing(subscribing)
    return subscribing


class WindowSync:
    """The poller's `SyncRunner`: the engine's one sync path, held while the window is
    offline (as refreshes are). Runs on the refresh thread."""

    def __init__(self, engine: Engine, gate: NetworkGate) -> None:
        self._engine = engine
        self._gate = gate
        engine.syncer.set_background_caching(True)  # images follow; the worker goes on

    def account_names(self) -> list[str]:
        if self._gate.offline:
            return []
        return self._engine.writer.call(lambda store: [a.name for a in store.accounts()])

    def sync_account(self, name: str, cancel: threading.Event) -> AccountOutcome:
        try:
            summary = self._engine.syncer.sync([name], cancel)
        except NewsreaderError as exc:  # removed meanwhile
            return AccountOutcome(name, error=str(exc))
        if summary.accounts:
            return summary.accounts[0]
        return AccountOutcome(
            name, error=QCoreApplication.translate("Window", "The sync was stopped.")
        )


def install_sync(window: MainWindow) -> SyncStatus:
    """Say each account's sync where refresh speaks, and show what it brought as a refresh's
    new articles are shown (the views' throttled update)."""
    status = SyncStatus(window.poller, window.show_status, parent=window)
    window.poller.sync_account_finished.connect(lambda _outcome: window.reload_sections())
    return status


def window_services(engine: Engine) -> WindowServices:
    """The window's services for an engine: one bridge for every result, the poller behind the
    offline gate (issue 6: offline mode pauses polling), the reads on the engine's reads thread
    (so `Workers.close` stops it in its one order), and the engine's image states and "load
    image" for the pane (issue 5)."""
    bridge = Bridge()
    gate = NetworkGate(engine.refresher, utc_now)
    offline = engine.offline
    return WindowServices(
        bridge=bridge,
        poller=Poller(gate, bridge, utc_now, syncer=WindowSync(engine, gate)),
        reads=BackgroundReads(bridge, engine.workers.reads),
        gate=gate,
        image_states=engine.library.image_states,
        cache_images=offline.cache_article_images if offline is not None else None,
    )


def import_defaults(window: MainWindow, engine: Engine) -> None:
    """Subscribe to the bundled feeds on the writer thread, then show and refresh them.

    The same import as File ▸ Import and the CLI's `import`: the profile's default interval,
    every folder of the list.
    """
    try:
        document = opml.read_opml_file(resource_path(DEFAULTS_FILE))
    except NewsreaderError as exc:
        window.show_status(
            QCoreApplication.translate(
                "Window", "The default subscriptions could not be read: {error}"
            ).format(error=exc)
        )
        return
    future = engine.writer.submit(lambda store: opml.import_opml(store, document))

    def done(report: ImportReport) -> None:
        window.reload_sections()
        window.show_status(
            QCoreApplication.translate("Window", "Default subscriptions: {summary}").format(
                summary=report.summary()
            )
        )
        if window.polling:  # fetch the new feeds at once, unless refreshing is manual
            window.poller.refresh_now()

    window.bridge.when_done(
        future,
        done,
        lambda exc: window.show_status(
            QCoreApplication.translate("Window", "Could not add the default feeds: {error}").format(
                error=exc
            )
        ),
    )


GUI_SWITCH_INTERVAL_S = 0.0005


def tune_for_gui() -> None:
    """Hand the GIL around every 0.5 ms instead of 5 ms.

    During a refresh the fetch and writer threads keep the GIL busy; each time the GUI thread
    comes back from Qt (every model data() call) it waits up to one switch interval for the
    GIL, and one repaint makes hundreds of such trips. A shorter interval bounds those waits,
    at a small cost in refresh throughput.
    """
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)


def freeze_startup_heap() -> None:
    """Keep the objects of a started window out of every later garbage collection.

    The cyclic GC holds the GIL while it walks the heap; a full pass over the startup objects
    (modules, Qt wrappers, models) stalled every thread for 60–75 ms during big refreshes.
    Frozen objects are never collected, so this runs once, after the window is built.
    """
    gc.freeze()


def run_window(profile_dir: Path | None) -> int:
    """Open the window and run the event loop until it closes (the default command)."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    if os.name == "posix":
        quit_on_signals(app)  # logout, kill, Ctrl+C: close as the close button does
    tune_for_gui()
    app.setApplicationName("Newsreader")
    app.setOrganizationName("newsreader")
    install_translators()  # the desktop's language until the profile's choice is read
    lock = WindowLock(resolve_profile(profile_dir).data_dir)
    try:
        holder = lock.acquire()
    except OSError as exc:
        print(f"newsreader: cannot use the profile's folder: {exc}", file=sys.stderr)
        return 1
    if holder is not None:
        if raise_running_window(holder):
            print(
                "newsreader: Newsreader is already open for this profile; that window was "
                "brought to the front.",
                file=sys.stderr,
            )
            return 0
        print("newsreader: Newsreader is already open for this profile.", file=sys.stderr)
        return 1
    db_path = resolve_profile(profile_dir).db_path
    repaired_at_start = False
    while True:
        pending = PendingRepair()
        try:
            window = create_window(profile_dir, pending_repair=pending)
        except StorageError as exc:
            done = None if repaired_at_start else _repair_at_start(db_path, exc)
            if done is not None:
                repaired_at_start = True
                QMessageBox.information(None, "Newsreader", done)
                continue
            QMessageBox.critical(None, "Newsreader", str(exc))
            print(f"newsreader: {exc}", file=sys.stderr)
            return 1
        except NewsreaderError as exc:
            QMessageBox.critical(None, "Newsreader", str(exc))
            print(f"newsreader: {exc}", file=sys.stderr)
            return 1
        tray = window.findChild(Tray)
        if tray is not None:  # issue 16: "start minimised" starts hidden in the tray
            tray.show_at_start()
        else:
            window.show()
        freeze_startup_heap()
        status = app.exec()
        if pending.failed:
            QMessageBox.critical(None, "Newsreader", pending.failed)
            return 1
        if not pending.done:
            return status
        # Repaired after the window closed: open it again on the repaired library.
        log.info("%s", pending.done)
        QMessageBox.information(None, "Newsreader", pending.done)


def _repair_at_start(db_path: Path, error: StorageError) -> str | None:
    try:
        return offer_repair_at_start(None, db_path, error)
    except NewsreaderError as exc:
        QMessageBox.critical(None, "Newsreader", str(exc))
        return None


def self_test(profile_dir: Path | None) -> int:
    """Open the real window offscreen, render one article, exit 0 (else 1 with a reason)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    try:
        window = create_window(profile_dir, offer_defaults="no", poll=False)
    except NewsreaderError as exc:
        print(f"newsreader: self-test failed: {exc}", file=sys.stderr)
        return 1
    # The full check too (issue 12): quick opening checks miss damage inside the tables.
    problems = check_library(resolve_profile(profile_dir).db_path)
    if problems:
        window.close()
        print(
            f"newsreader: self-test failed: the library is damaged ({problems[0]})", file=sys.stderr
        )
        return 1
    try:
        window.resize(1200, 800)
        window.show()
        # An empty profile shows its first-run actions where the pane would be; the
        # self-test renders an article, so the list and the pane are shown for it.
        window.layout_choice.show_empty(False)
        app.processEvents()
        library = window.library
        page = library.article_page(ArticleQuery(), None, 1)
        article = library.article(page[0][0].id) if page else None
        pane = window.reader_pane
        if article is None:
            article = _sample_article()
            pane.show_article(article, ())
        else:
            # Shown directly in the pane: a self-test must not mark anything read.
            pane.show_article(article, library.article_images(article.id))
        app.processEvents()
        image = pane.grab().toImage()
        if image.isNull() or image.width() < 100:
            print("newsreader: self-test failed: the reader pane did not render", file=sys.stderr)
            return 1
        if article.title not in pane.toPlainText():
            print("newsreader: self-test failed: the article title is not shown", file=sys.stderr)
            return 1
        print(
            f"self-test ok: rendered “{article.title}” ({image.width()}x{image.height()}) "
            f"on the {QApplication.platformName()} platform"
        )
        return 0
    except Exception as exc:
        print(f"newsreader: self-test failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    finally:
        window.close()


def _sample_article() -> Article:
    return Article(
        id=0,
        feed_id=0,
        feed_title="Newsreader",
        section_path="",
        url=None,
        title="Newsreader self-test",
        author=None,
        published=utc_now(),
        updated=None,
        summary=None,
        content="<p>The profile has no articles yet; this page checks that rendering works.</p>",
        image=None,
        read=True,
        starred=False,
    )
