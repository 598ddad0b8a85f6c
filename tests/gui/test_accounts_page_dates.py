"""Settings › Accounts writes the last sync time in the user's locale, ISO-like under C."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from newsreader.app.profile import resolve_profile
from newsreader.core.sync import AccountKind
from newsreader.gui.main_window import MainWindow
from newsreader.storage import open_store
from tests.gui.settings_support import Answers
from tests.gui.test_sync_accounts import open_accounts

SYNCED = datetime(2026, 12, 2, 16, 15, tzinfo=UTC)


@pytest.fixture
def c_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(before)


@pytest.mark.qt_log_ignore("does not support raise", "does not support propagateSizeHints")
def test_last_sync_under_the_c_locale_is_iso_like(
    tmp_path: Path, make_window: Callable[..., MainWindow], c_locale: None
) -> None:
    root = tmp_path / "profile"
    paths = resolve_profile(root)
    paths.create()
    store = open_store(paths.db_path)
    try:
        account = store.add_account(
            name="home", kind=AccountKind.MINIFLUX, url="http://127.0.0.1:9", username="",
            auth_ref="newsreader-account:home#user=api-key", now=SYNCED,
        )  # fmt: skip
        store.record_sync_result(account.id, SYNCED, None, version="2.2.6")
    finally:
        store.close()
    window = make_window(root)
    page = open_accounts(window, Answers())
    text = " | ".join(
        page.list.topLevelItem(0).text(column) for column in range(page.list.columnCount())
    )
    local = SYNCED.astimezone()
    assert local.strftime("%Y-%m-%d %H:%M") in text, text
    assert f"{local.day} {local.month} {local.year}" not in text
