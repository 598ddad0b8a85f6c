"""The tree's Saved searches and Tags (issue 16): what they add to its data, shape and counts.

`tree_plan` reads these with the rest of the tree's data (on the background reader during a
refresh, so the counts follow new and read articles like every other node's), and the model
builds their nodes from them (`section_model`). A group appears only when it has nodes.
Pure functions over value types; any thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsreader.core.ports import LibraryReader
from newsreader.core.tags import SavedSearch, Tag

TAG_GROUP_KEY, SAVED_GROUP_KEY = "tags", "saved-searches"


@dataclass(frozen=True, slots=True)
class OrganiseData:
    """The tags (with their unread counts) and saved searches (with their unread hits)."""

    tags: tuple[Tag, ...] = ()
    saved: tuple[SavedSearch, ...] = ()
    saved_unread: dict[int, int] = field(default_factory=dict)


def load_organise_data(library: LibraryReader) -> OrganiseData:
    """One query for the tags, one plus one bounded FTS query per saved search."""
    saved = tuple(library.saved_searches())
    return OrganiseData(tuple(library.tags()), saved, library.saved_search_counts(saved))


def organise_shape(data: OrganiseData) -> tuple[object, ...]:
    """What, when it changes, rebuilds the tree: a tag or saved search added, renamed,
    removed or (a saved search) given another query or scope."""
    return (tuple((t.id, t.name) for t in data.tags), data.saved)


def organise_counts(data: OrganiseData) -> dict[str, int | None]:
    """Unread per node key: a tag's unread articles, a saved search's unread hits."""
    counts: dict[str, int | None] = {}
    if data.saved:
        counts[SAVED_GROUP_KEY] = None
    for s in data.saved:
        counts[f"saved:{s.id}"] = data.saved_unread.get(s.id, 0)
    if data.tags:
        counts[TAG_GROUP_KEY] = None
    for t in data.tags:
        counts[f"tag:{t.id}"] = t.unread
    return counts
