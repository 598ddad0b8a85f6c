"""Tree plans made off the GUI thread: counts per node, changed feeds, resets, stale bases."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from newsreader.core.types import ArticleQuery
from newsreader.gui.section_model import SectionTreeModel
from newsreader.gui.tree_plan import load_tree_data, plan_tree_update, tree_state
from tests.unit.storage_factory import NOW, Fixture, entry, make_library, store_update, update


@pytest.fixture
def fx(tmp_path: Path) -> Iterator[Fixture]:
    fixture = make_library(tmp_path, per_feed=3)
    yield fixture
    fixture.lib.close()
    fixture.store.close()


def test_state_counts_sum_each_section_subtree(fx: Fixture) -> None:
    state = tree_state(load_tree_data(fx.lib))
    world = fx.lib.section_by_path("World")
    asia = fx.lib.section_by_path("World/Asia")
    assert world is not None and asia is not None
    assert state.counts[f"section:{world.id}"] == 6
    assert state.counts[f"section:{asia.id}"] == 3
    assert state.counts["all"] == state.counts["unread"] == 9
    assert state.counts["popular"] is None


def test_plan_lists_only_what_changed(fx: Fixture) -> None:
    base = tree_state(load_tree_data(fx.lib))
    tech = fx.feeds["Tech"]
    store_update(fx.store, update(tech, now=NOW + timedelta(minutes=1)), NOW)
    fx.store.mark_read(fx.articles["World/Asia"][:1], True)
    plan = plan_tree_update(base, load_tree_data(fx.lib))
    assert not plan.reset
    assert [(feed.id, looks) for feed, looks in plan.feeds] == [(tech, False)]
    asia = fx.lib.section_by_path("World/Asia")
    world = fx.lib.section_by_path("World")
    assert asia is not None and world is not None
    assert {key: (old, new) for key, old, new in plan.counts} == {
        "all": (9, 8),
        "unread": (9, 8),
        f"feed:{fx.feeds['World/Asia']}": (3, 2),
        f"section:{asia.id}": (3, 2),
        f"section:{world.id}": (6, 5),
    }
    fx.store.add_feed("https://example.org/new.xml", "New", "Science", 1800, now=NOW)
    assert plan_tree_update(plan.state, load_tree_data(fx.lib)).reset


def test_model_applies_a_plan_made_on_a_stale_base(fx: Fixture) -> None:
    model = SectionTreeModel(fx.lib)
    stale = model.state
    fx.store.mark_all_read(ArticleQuery(feed_id=fx.feeds["Tech"]))
    # The model moves on while a plan against `stale` is being made.
    model.apply(plan_tree_update(model.state, load_tree_data(fx.lib)))
    store_update(fx.store, update(fx.feeds["Tech"], entry(900)), NOW)
    plan = plan_tree_update(stale, load_tree_data(fx.lib))
    model.apply(plan)
    assert model.count_for_key(f"feed:{fx.feeds['Tech']}") == 1
    assert model.count_for_key("unread") == 7
    assert model.state is not None and model.state.data is plan.state.data
