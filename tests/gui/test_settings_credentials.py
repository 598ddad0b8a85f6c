"""Password-protected feeds through the settings dialog, against a REAL Secret Service
(gnome-keyring in a private D-Bus session): the password reaches the keyring and no file of
the profile; a wrong one is refused with the 401 and pauses polling until it is fixed."""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from keyring.backends import SecretService
from pytestqt.qtbot import QtBot

from newsreader.app.profile import Engine
from newsreader.core.credentials import SERVICE, CredentialStore, make_auth_ref
from newsreader.core.secret_service import SecretServiceKeyring
from newsreader.core.types import ArticleQuery, FeedStatus
from newsreader.gui.settings.add_feed import AddFeedDialog
from tests.gui.settings_support import Answers, engine_factory, files_containing, open_dialog
from tests.support import secret_service
from tests.support.feeds import make_items, rss
from tests.support.httpserver import Reply, Request, TestServer

__all__ = ["engine_factory"]
WAIT = 20000
PASSWORD = "s3cret-Dialog-Pa55-qwerty"
NEW_PASSWORD = "n3w-Dialog-Pa55-plugh"


class BasicAuthFeed:
    """A feed that answers only to one user name and password (which the test may change)."""

    def __init__(self, user: str, password: str) -> None:
        self.body = rss("Members only", make_items("m", 3))
        self.set(user, password)

    def set(self, user: str, password: str) -> None:
        self.expected = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()

    def __call__(self, request: Request) -> Reply:
        if request.headers.get("Authorization") != self.expected:
            return Reply(401, b"who are you?", {"WWW-Authenticate": 'Basic realm="news"'})
        return Reply(200, self.body, {"Content-Type": "application/rss+xml"})


@pytest.fixture
def real_keyring(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[SecretService.Keyring]:
    """The process's keyring is the app's Secret Service backend on a private, unlocked
    gnome-keyring; the test reads back through keyring's own backend, a second client."""
    missing = secret_service.available()
    if missing:
        pytest.fail(missing)  # .ci/run installs them; a missing keyring is a broken setup
    with secret_service.secret_service(tmp_path / "keyring") as env:
        for name in ("DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR", "XDG_DATA_HOME", "HOME"):
            monkeypatch.setenv(name, env[name])
        previous = keyring.get_keyring()
        keyring.set_keyring(SecretServiceKeyring())
        try:
            yield SecretService.Keyring()
        finally:
            keyring.set_keyring(previous)


def add_feed(qtbot: QtBot, add: AddFeedDialog, url: str, user: str, password: str) -> None:
    add.urlEdit.setText(url)
    add.usernameEdit.setText(user)
    add.passwordEdit.setText(password)
    add.findButton.click()
    qtbot.waitUntil(lambda: not add.busy, timeout=WAIT)


def test_basic_auth_feed_password_lives_only_in_the_real_keyring(
    qtbot: QtBot,
    real_keyring: SecretService.Keyring,
    engine_factory: Callable[[Path], Engine],
    http_server: TestServer,
    tmp_path: Path,
) -> None:
    feed_route = BasicAuthFeed("alice", PASSWORD)
    http_server.routes["/private.xml"] = feed_route
    url = http_server.url("/private.xml")
    root = tmp_path / "profile"
    engine = engine_factory(root)
    assert engine.credentials.persistent
    assert engine.credentials.backend_name == "SecretServiceKeyring"
    dialog = open_dialog(qtbot, engine, Answers())
    add = dialog.feeds.add()
    qtbot.waitUntil(lambda: add.persistent is not None, timeout=WAIT)
    assert add.persistent is True and not add.keyringNote.isVisible()

    # Without credentials: the dialog says the feed needs them.
    add_feed(qtbot, add, url, "", "")
    assert "401" in add.messageLabel.text() and "user name and password" in add.messageLabel.text()
    # The wrong password: refused with the 401, nothing stored anywhere.
    add_feed(qtbot, add, url, "alice", "not-it")
    assert "HTTP 401" in add.messageLabel.text() and "not-it" not in add.messageLabel.text()
    assert not add.subscribeButton.isEnabled()
    assert engine.library.feeds() == []
    assert real_keyring.get_password(SERVICE, make_auth_ref(url, "alice")) is None

    # Typed into the address as user:pass@ — split into the fields, never kept in the URL.
    typed = url.replace("http://", f"http://alice:{PASSWORD}@")
    add.urlEdit.setText(typed)
    add.usernameEdit.clear()
    add.passwordEdit.clear()
    add.findButton.click()
    assert add.urlEdit.text() == url and add.usernameEdit.text() == "alice"
    qtbot.waitUntil(lambda: not add.busy, timeout=WAIT)
    assert "Members only" in add.previewTitle.text(), add.messageLabel.text()
    with qtbot.waitSignal(add.feed_added, timeout=WAIT):
        add.subscribeButton.click()
    feed = engine.library.feed_by_url(url)
    assert feed is not None and feed.auth_ref == make_auth_ref(url, "alice")
    assert real_keyring.get_password(SERVICE, feed.auth_ref) == PASSWORD

    # The refresher reads it from the keyring and the feed's articles arrive.
    summary = engine.refresher.refresh(all_feeds=True)
    assert summary.new_articles == 3 and summary.failed == 0

    # The password changes on the server: 401, polling paused, shown in the dialog.
    feed_route.set("alice", NEW_PASSWORD)
    engine.refresher.refresh(all_feeds=True)
    paused = engine.library.feed(feed.id)
    assert paused is not None and paused.status is FeedStatus.AUTH
    dialog.feeds.reload()
    dialog.feeds.select_feed(feed.id)
    assert "paused" in dialog.ui.healthStatusLabel.text()
    assert "401" in dialog.ui.lastErrorLabel.text()
    assert dialog.ui.nextRefreshLabel.text() == "paused"

    # A wrong new password is refused and changes nothing; the right one un-pauses the feed.
    edit = dialog.feeds.edit()
    assert edit is not None and edit.usernameEdit.text() == "alice"
    edit.passwordEdit.setText("still-wrong")
    edit.buttons.accepted.emit()
    qtbot.waitUntil(lambda: "401" in edit.messageLabel.text(), timeout=WAIT)
    assert real_keyring.get_password(SERVICE, feed.auth_ref) == PASSWORD
    edit.passwordEdit.setText(NEW_PASSWORD)
    with qtbot.waitSignal(edit.feed_changed, timeout=WAIT):
        edit.buttons.accepted.emit()
    fixed = engine.library.feed(feed.id)
    assert fixed is not None and fixed.status is FeedStatus.ACTIVE and fixed.next_update is None
    assert real_keyring.get_password(SERVICE, feed.auth_ref) == NEW_PASSWORD
    engine.refresher.refresh(all_feeds=False)  # due now again
    assert engine.library.article_count(ArticleQuery(feed_id=feed.id)) == 3

    # Export carries neither the user name nor the password.
    exported = tmp_path / "out.opml"
    dialog.feeds.export_file(exported)
    qtbot.waitUntil(lambda: exported.exists() and "Exported" in dialog.ui.feedsMessageLabel.text())
    assert b"alice" not in exported.read_bytes()

    # No file of the profile (database, WAL, logs, settings, cache) holds either password.
    engine.writer.call(lambda store: None)
    for secret in (PASSWORD, NEW_PASSWORD, "not-it", "still-wrong"):
        assert files_containing(root, secret.encode()) == [], secret
        assert files_containing(root, secret.encode("utf-16-le")) == [], secret

    # Removing the feed removes its keyring entry too.
    answers_remove = Answers(confirms=[True])
    remover = open_dialog(qtbot, engine, answers_remove)
    remover.feeds.select_feed(feed.id)
    with qtbot.waitSignal(remover.feeds.changed, timeout=WAIT):
        remover.ui.removeFeedButton.click()
    assert real_keyring.get_password(SERVICE, feed.auth_ref) is None


def test_without_a_keyring_the_user_is_told_and_the_secret_stays_in_memory(
    qtbot: QtBot,
    engine_factory: Callable[[Path], Engine],
    http_server: TestServer,
    tmp_path: Path,
) -> None:
    http_server.routes["/private.xml"] = BasicAuthFeed("bob", PASSWORD)
    url = http_server.url("/private.xml")
    root = tmp_path / "profile"
    engine = engine_factory(root)
    memory = CredentialStore(backend=keyring.backends.fail.Keyring())
    engine.credentials = memory
    from newsreader.app.settings_wiring import settings_context
    from newsreader.gui.settings.dialog import SettingsDialog

    dialog = SettingsDialog(settings_context(engine), prompts=Answers().prompts())
    qtbot.addWidget(dialog)
    dialog.show()
    add = dialog.feeds.add()
    qtbot.waitUntil(lambda: add.persistent is not None, timeout=WAIT)
    assert add.persistent is False
    assert add.keyringNote.isVisible() and "this session only" in add.keyringNote.text()
    add_feed(qtbot, add, url, "bob", PASSWORD)
    with qtbot.waitSignal(add.feed_added, timeout=WAIT):
        add.subscribeButton.click()
    feed = engine.library.feed_by_url(url)
    assert feed is not None and feed.auth_ref is not None
    assert memory.get(feed.auth_ref) == ("bob", PASSWORD)
    engine.writer.call(lambda store: None)
    assert files_containing(root, PASSWORD.encode()) == []
