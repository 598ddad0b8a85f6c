"""What the section tree shows, and what changed since the last update, computed off the GUI thread.

During a refresh the tree is updated a few times per second. Comparing 1,000 feeds, their
counts and the tree's shape is plain Python; on the GUI thread every step of it competes for
the GIL with the refresh's threads (the window stalled for tens of ms per update). The window's
background reader computes a `TreePlan` here instead; the model then only touches the nodes
that changed. Pure functions over value types; any thread. Feed icons are decoded here too
(`gui.feed_icons`), so the GUI thread never reads or decodes an icon file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from newsreader.core.ports import LibraryReader
from newsreader.core.types import Feed, Section
from newsreader.gui.feed_icons import IconImages, decode_icons
from newsreader.gui.tree_organise import (
    OrganiseData,
    load_organise_data,
    organise_counts,
    organise_shape,
)


@dataclass(frozen=True, slots=True)
class TreeData:
    """Everything the tree shows, read in one go (on a worker thread during refreshes)."""

    sections: tuple[Section, ...]
    feeds: tuple[Feed, ...]
    unread: dict[int, int]
    special: tuple[int, int, int]
    icons: dict[int, Path] = field(default_factory=dict)  # feed id → its cached icon file
    organise: OrganiseData = field(default_factory=OrganiseData)  # tags, saved searches


def load_tree_data(library: LibraryReader, images_dir: Path | None = None) -> TreeData:
    """Read the tree's data; returns many rows, so refreshes call it off the GUI thread.

    Without `images_dir` no icons are listed (and none will be decoded from this data).
    """
    return TreeData(
        tuple(library.sections()),
        tuple(library.feeds()),
        library.unread_counts(),
        library.special_counts(),
        library.feed_icons(images_dir) if images_dir is not None else {},
        load_organise_data(library),
    )


@dataclass(frozen=True, slots=True)
class TreeState:
    """TreeData plus what is derived from it: the shape, every node's count by node key."""

    data: TreeData
    shape: tuple[object, ...]
    counts: dict[str, int | None]
    feeds: dict[int, Feed]
    images: dict[Path, IconImages] = field(default_factory=dict)  # decoded icons by file


@dataclass(frozen=True, slots=True)
class TreePlan:
    """How to go from `base` (the state the model showed when the plan was made) to `state`."""

    base: TreeState | None
    state: TreeState
    reset: bool  # sections or feeds were added, moved or removed
    feeds: tuple[tuple[Feed, bool], ...]  # changed feeds, and whether their row looks different
    counts: tuple[tuple[str, int | None, int | None], ...]  # (node key, old, new)


def shape_of(sections: tuple[Section, ...], feeds: tuple[Feed, ...]) -> tuple[object, ...]:
    """What, when it changes, needs a model reset rather than a count update."""
    return (
        tuple((s.id, s.parent_id, s.name, s.position) for s in sections),
        tuple((f.id, f.section_id) for f in feeds),
    )


def shown(feed: Feed | None) -> tuple[object, ...]:
    """What of a feed its row shows (name, icon, tooltip); a fetch changes only its times."""
    if feed is None:
        return ()
    return (feed.title, feed.url, feed.status, feed.last_error)


def tree_state(data: TreeData, known: dict[Path, IconImages] | None = None) -> TreeState:
    """Counts for every node key: feeds' unread, sections' sums over their subtree; the
    feeds' icons decoded (those in `known` are reused, so an unchanged icon is read once)."""
    _all, unread, starred = data.special
    counts: dict[str, int | None] = {
        "all": unread,
        "unread": unread,
        "starred": starred,
        "popular": None,
        "trending": None,
        **organise_counts(data.organise),
    }
    totals: dict[int, int] = {}
    for feed in data.feeds:
        n = data.unread.get(feed.id, 0)
        counts[f"feed:{feed.id}"] = n
        if feed.section_id is not None:
            totals[feed.section_id] = totals.get(feed.section_id, 0) + n
    # Sections come parents first, so in reverse every section follows all its descendants.
    for section in reversed(data.sections):
        total = totals.get(section.id, 0)
        counts[f"section:{section.id}"] = total
        if section.parent_id is not None:
            totals[section.parent_id] = totals.get(section.parent_id, 0) + total
    return TreeState(
        data=data,
        shape=(*shape_of(data.sections, data.feeds), organise_shape(data.organise)),
        counts=counts,
        feeds={feed.id: feed for feed in data.feeds},
        images=decode_icons(data.icons.values(), known),
    )


def plan_tree_update(base: TreeState | None, data: TreeData) -> TreePlan:
    """Compare fresh data with what the model shows (`base`); runs on the background reader."""
    state = tree_state(data, base.images if base is not None else None)
    if base is None or base.shape != state.shape:
        return TreePlan(base, state, True, (), ())
    old_feeds = base.feeds
    old_icons = base.data.icons
    changed: list[tuple[Feed, bool]] = []
    for feed in data.feeds:
        old = old_feeds.get(feed.id)
        new_icon = old_icons.get(feed.id) != data.icons.get(feed.id)
        if old != feed or new_icon:
            changed.append((feed, new_icon or shown(feed) != shown(old)))
    feeds = tuple(changed)
    old_counts = base.counts
    counts = tuple(
        (key, old_counts.get(key), value)
        for key, value in state.counts.items()
        if old_counts.get(key) != value
    )
    return TreePlan(base, state, False, feeds, counts)
