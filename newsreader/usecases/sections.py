"""Sections: create, rename, move, delete — for the settings dialog and the tree's menu alike.

One name rule: a name is stripped of outer spaces and may be neither empty nor contain "/"
(the path separator); such a name is refused with the same message everywhere, never
rewritten behind the person's back. The store then checks the characters (no controls or
non-characters) on every write. The functions taking a store are writer jobs.
"""

from __future__ import annotations

from newsreader.core.errors import UsageError
from newsreader.usecases.ports import LibraryStore

NAME_RULE = "A section name must not be empty or contain “/”."


def section_name(raw: str) -> str:
    """The name as it will be stored; UsageError (with NAME_RULE) when it cannot be one."""
    name = raw.strip()
    if not name or "/" in name:
        raise UsageError(NAME_RULE)
    return name


def child_path(parent_path: str, raw_name: str) -> str:
    """The path of a new section `raw_name` inside `parent_path` ("" for the top level)."""
    name = section_name(raw_name)
    return f"{parent_path}/{name}" if parent_path else name


def create_section(store: LibraryStore, parent_path: str, raw_name: str) -> int:
    """Writer job: create the section (and missing parents); returns its id."""
    return store.ensure_section(child_path(parent_path, raw_name))


def rename_section(store: LibraryStore, section_id: int, raw_name: str) -> None:
    """Writer job: rename a section; a sibling of that name is a DuplicateError."""
    store.rename_section(section_id, section_name(raw_name))


def move_section(
    store: LibraryStore, section_id: int, parent_id: int | None, position: int
) -> None:
    """Writer job: nest a section under `parent_id` (None: the top level) at `position`."""
    store.move_section(section_id, parent_id, position)


def delete_section(store: LibraryStore, section_id: int) -> None:
    """Writer job: delete a section; its feeds and subsections move up to its parent."""
    store.delete_section(section_id)
