"""Desktop notifications of a refresh's new articles: one batched notice per refresh (issue 16).

The notifier adds up each feed's new articles as the refresh reports them
(`Bridge.refresh_progressed`) and, when the refresh ends (`refresh_finished`), sends at most one
notification: "12 new articles in World › Asia", or "30 new articles in 4 sections", with the
feeds and their counts in the body. Nothing is sent while the window is the active window,
for feeds or sections the person muted (their context menu's "Notify about new articles";
the ids are preferences, `NOTIFY_MUTED_FEEDS` / `NOTIFY_MUTED_SECTIONS`, a muted section
mutes its subsections), or for a republish storm: a feed that brings more than
`STORM_LIMIT` new articles in one refresh (a feed that re-dated its whole archive, or a
first fetch of a big feed) is left out of the count, and a refresh that brought only storms
says nothing, since those articles are not news.

The notice goes to org.freedesktop.Notifications over D-Bus (`services.notifications`) on a
QThreadPool thread, never on the GUI thread; when no notification service answers, the tray
icon's balloon (`QSystemTrayIcon.showMessage`) is the fallback. Everything said is plain text.
Clicking the notice (its "default" action) brings the window up on the section or feed it
names (on Unread when it names several); the pool thread that sent it listens for the click
until the server closes the notice, for at most `CLICK_WAIT_S`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Slot

from newsreader.core import prefs
from newsreader.core.prefs import Setting
from newsreader.core.types import Feed, FeedProgress, Section
from newsreader.services.bridge import Bridge
from newsreader.services.notifications import Notice, NotificationClient
from newsreader.services.writes import WriteQueue

log = logging.getLogger("newsreader.gui.notify")
_CONTEXT = "Notifier"
STORM_LIMIT = 200  # more new articles than this from one feed in one refresh: a storm
BODY_FEEDS = 5
# How long a sent notice's pool thread listens for a click (it stops sooner when the server
# closes the notice, usually after a few seconds, or when the window closes).
CLICK_WAIT_S = 120.0  # feeds named in the body; the rest are "and N more feeds"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _plural(one: str, many: str, n: int) -> str:
    """`many` with %n through the translator; English's two forms when none is loaded."""
    translated = QCoreApplication.translate(_CONTEXT, many, None, n)
    if translated != many.replace("%n", str(n)):
        return translated
    return (one if n == 1 else many).replace("%n", str(n))


def section_label(path: str) -> str:
    """ "World/Asia" as the tree shows it: "World › Asia"."""
    return " › ".join(path.split("/"))


def _under_muted(
    section_id: int | None, parents: Mapping[int, int | None], muted: set[int]
) -> bool:
    seen: set[int] = set()
    while section_id is not None and section_id not in seen:
        if section_id in muted:
            return True
        seen.add(section_id)
        section_id = parents.get(section_id)
    return False


def batch_notice(
    arrivals: Mapping[int, int],
    feeds: Mapping[int, Feed],
    sections: Iterable[Section],
    *,
    muted_feeds: Iterable[int] = (),
    muted_sections: Iterable[int] = (),
    storm_limit: int = STORM_LIMIT,
) -> Notice | None:
    """The one notice for a refresh that brought `arrivals` (feed id → new articles); None
    when there is nothing to say (nothing new, all muted, only storms)."""
    sections = tuple(sections)
    parents = {s.id: s.parent_id for s in sections}
    section_ids = {s.path: s.id for s in sections}
    quiet_feeds, quiet_sections = set(muted_feeds), set(muted_sections)
    counted: list[tuple[Feed, int]] = []
    for feed_id, count in arrivals.items():
        feed = feeds.get(feed_id)
        if feed is None or count <= 0 or count > storm_limit or feed_id in quiet_feeds:
            continue
        if _under_muted(feed.section_id, parents, quiet_sections):
            continue
        counted.append((feed, count))
    if not counted:
        return None
    total = sum(count for _feed, count in counted)
    places = {feed.section_path for feed, _count in counted}
    counted.sort(key=lambda fc: (-fc[1], fc[0].title.casefold()))
    if len(places) == 1:
        (path,) = places
        if path:
            place = section_label(path)
            target = f"section:{section_ids[path]}" if path in section_ids else "unread"
        elif len(counted) == 1:
            place = counted[0][0].title or counted[0][0].url
            target = f"feed:{counted[0][0].id}"
        else:
            place = _tr("the top level")
            target = "unread"
        summary = _plural("%n new article in {place}", "%n new articles in {place}", total)
        summary = summary.format(place=place)
    else:
        summary = _plural(
            "%n new article in {sections} sections", "%n new articles in {sections} sections", total
        ).format(sections=len(places))
        target = "unread"
    return Notice(summary, _body(counted), target)


def _body(counted: Sequence[tuple[Feed, int]]) -> str:
    lines = [
        _tr("{feed}: {count}").format(feed=feed.title or feed.url, count=count)
        for feed, count in counted[:BODY_FEEDS]
    ]
    rest = len(counted) - BODY_FEEDS
    if rest > 0:
        lines.append(_plural("and %n more feed", "and %n more feeds", rest))
    return "\n".join(lines)


class Muting:
    """Which feeds and sections are muted; read from the preferences, changed as a writer job."""

    def __init__(self, setting: Setting, writer: WriteQueue) -> None:
        self._setting = setting
        self._writer = writer
        self._feeds = set(prefs.NOTIFY_MUTED_FEEDS.get(setting))
        self._sections = set(prefs.NOTIFY_MUTED_SECTIONS.get(setting))

    @property
    def feeds(self) -> frozenset[int]:
        return frozenset(self._feeds)

    @property
    def sections(self) -> frozenset[int]:
        return frozenset(self._sections)

    def notifies(self, kind: str, ident: int) -> bool:
        """Whether a feed ("feed") or section ("section") is left to notify."""
        return ident not in (self._feeds if kind == "feed" else self._sections)

    def set_notifies(self, kind: str, ident: int, on: bool) -> None:
        ids = self._feeds if kind == "feed" else self._sections
        pref = prefs.NOTIFY_MUTED_FEEDS if kind == "feed" else prefs.NOTIFY_MUTED_SECTIONS
        if on:
            ids.discard(ident)
        else:
            ids.add(ident)
        value = sorted(ids)
        self._writer.submit(lambda store: store.set_setting(pref.key, value))


class Notifier(QObject):
    """Batches a refresh's new articles into one desktop notification (GUI thread)."""

    def __init__(
        self,
        *,
        bridge: Bridge,
        feeds: Callable[[], tuple[Mapping[int, Feed], Sequence[Section]]],
        muting: Muting,
        is_window_active: Callable[[], bool],
        fallback: Callable[[Notice], bool] | None = None,
        open_target: Callable[[str], None] | None = None,
        client: NotificationClient | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("notifier")
        self._bridge = bridge
        self._feeds = feeds
        self.muting = muting
        self.is_window_active = is_window_active  # tests may replace it
        self.fallback = fallback
        self.open_target = open_target  # a click on the notice shows this tree node
        self.click_wait_s = CLICK_WAIT_S
        self._latest = 0  # the number of the last notice sent (older ones stop listening)
        self._client = client or NotificationClient()
        self._arrivals: dict[int, int] = {}
        self.in_flight = 0  # notices handed to the pool and not yet answered (tests wait)
        self.sent: list[Notice] = []  # what was shown, by D-Bus or the fallback
        bridge.refresh_progressed.connect(self._on_refresh_progressed)
        bridge.refresh_finished.connect(self._on_refresh_finished)
        bridge.refresh_failed.connect(self._on_refresh_failed)

    @Slot(object)
    def _on_refresh_progressed(self, progress: object) -> None:
        if isinstance(progress, FeedProgress) and progress.new_article_ids:
            # Articles a "silent" rule matched are stored but not announced (issue 16).
            count = len(progress.new_article_ids) - len(progress.silent_article_ids)
            if count <= 0:
                return
            self._arrivals[progress.feed_id] = self._arrivals.get(progress.feed_id, 0) + count

    @Slot(object)
    def _on_refresh_finished(self, _summary: object) -> None:
        arrivals, self._arrivals = self._arrivals, {}
        if not arrivals or self.is_window_active():
            return
        feeds, sections = self._feeds()
        notice = batch_notice(
            arrivals,
            feeds,
            sections,
            muted_feeds=self.muting.feeds,
            muted_sections=self.muting.sections,
        )
        if notice is not None:
            self.show(notice)

    @Slot(str)
    def _on_refresh_failed(self, _error: str) -> None:
        self._arrivals = {}

    def show(self, notice: Notice) -> None:
        """Send `notice` on a pool thread; the fallback shows it when D-Bus cannot."""
        client, bridge = self._client, self._bridge
        wait_s = self.click_wait_s if self.open_target is not None else 0.0
        self.in_flight += 1
        self._latest += 1
        mine = self._latest

        def stop() -> bool:  # the window closed, or a newer notice took this one's place
            return bridge.closed or self._latest != mine

        def job() -> None:
            sent = False

            def on_sent(_id: int) -> None:
                nonlocal sent
                sent = True
                bridge.call_on_gui(self._on_delivered, notice)

            try:
                action = client.notify(notice, wait_s=wait_s, stop=stop, on_sent=on_sent)
            except Exception as exc:
                if sent:  # shown; only the wait for a click failed
                    log.debug("stopped waiting for a click on a notification: %s", exc)
                    return
                # No bus, no service, a refusal: try the tray's balloon.
                log.info("no desktop notification service (%s); using the fallback", exc)
                bridge.call_on_gui(self._on_not_delivered, notice)
                return
            if action == "default":
                bridge.call_on_gui(self._on_clicked, notice)

        QThreadPool.globalInstance().start(job)

    def _on_delivered(self, notice: object) -> None:
        self.in_flight -= 1
        assert isinstance(notice, Notice)
        self.sent.append(notice)

    def _on_clicked(self, notice: object) -> None:
        assert isinstance(notice, Notice)
        if self.open_target is not None:
            self.open_target(notice.target)

    def _on_not_delivered(self, notice: object) -> None:
        self.in_flight -= 1
        assert isinstance(notice, Notice)
        if self.fallback is not None and self.fallback(notice):
            self.sent.append(notice)
