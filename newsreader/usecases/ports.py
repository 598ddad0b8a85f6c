"""What the use cases and the window need from the layers below: the store methods they call.

The store is the writer thread's `storage.Store`; the use cases see only `LibraryStore`, the
window only `GuiStore` (those plus the reader's actions and the preferences), so neither they
nor the GUI above them import storage (and sqlite3). mypy checks every writer job against
these lists: a job calling a method that is not listed, or misspelt, does not type-check.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import Future
from datetime import datetime
from typing import Any, Protocol, TypeVar

from newsreader.core.ports import LibraryWriter
from newsreader.core.rules import Rule
from newsreader.core.tags import SavedSearch, Tag
from newsreader.core.types import Feed, FeedStatus

T = TypeVar("T")


class LibraryStore(Protocol):
    """The writes of subscriptions and sections (storage.Store implements them)."""

    def add_feed(
        self,
        url: str,
        title: str,
        section_path: str,
        interval: int,
        *,
        auth_ref: str | None = None,
        user_title: bool = False,
    ) -> Feed: ...

    def update_feed(
        self,
        feed_id: int,
        *,
        title: str | None = None,
        section_path: str | None = None,
        interval: int | None = None,
        auth_ref: str | None = None,
        status: FeedStatus | None = None,
    ) -> Feed: ...

    def delete_feed(self, feed_id: int, keep_starred: bool = False) -> None: ...
    def move_feed(self, feed_id: int, section_id: int | None, position: int) -> None: ...
    def ensure_section(self, path: str) -> int: ...
    def rename_section(self, section_id: int, name: str) -> None: ...
    def move_section(self, section_id: int, new_parent: int | None, position: int) -> None: ...
    def delete_section(self, section_id: int) -> None: ...
    def setting(self, key: str, default: Any = None) -> Any: ...


class GuiStore(LibraryStore, LibraryWriter, Protocol):
    """Exactly the store methods the window's writer jobs call (storage.Store implements them).

    The use cases' writes (`LibraryStore`: the settings dialog and the tree's menu run them),
    the reader's actions (`LibraryWriter`: read, star, mark all read, read events) and the
    preferences the settings pages store. `services.writes.WriteQueue` runs jobs on it.
    """

    def set_setting(self, key: str, value: object) -> None: ...
    def add_synced_feed(self, account_id: int, url: str, title: str, section_path: str) -> Feed: ...
    # Issue 16: tags, notes and saved searches.
    def add_tag(self, article_ids: Sequence[int], name: str) -> tuple[Tag, int]: ...
    def remove_tag(self, article_ids: Sequence[int], tag_id: int) -> int: ...
    def delete_tag(self, tag_id: int) -> int: ...
    def set_note(self, article_id: int, text: str, now: datetime) -> bool: ...
    def save_search(
        self, name: str, query: str, unread_only: bool, section_id: int | None, now: datetime
    ) -> tuple[SavedSearch, bool]: ...
    def delete_saved_search(self, saved_id: int) -> None: ...
    # Issue 16: enclosures (the pane's enclosure strip).
    def set_enclosure_position(self, enclosure_id: int, seconds: float) -> None: ...
    def set_enclosure_download(self, enclosure_id: int, name: str | None) -> None: ...
    # Issue 16: rules on arrival (the settings dialog's Rules page).
    def save_rule(self, rule: Rule, now: datetime) -> int: ...
    def remove_rule(self, rule_id: int) -> None: ...
    def apply_rule(self, rule_id: int, now: datetime) -> int: ...


class Writer(Protocol):
    """Runs `job(store)` on the single writer thread, in submission order."""

    def submit(self, job: Callable[[LibraryStore], T]) -> Future[T]: ...
