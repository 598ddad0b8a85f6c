"""storage.rules: rules run on arrival in the refresh's transaction, over stored articles, and
the preview counts what applying marks (issue 16). A real SQLite file in tmp_path."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import timedelta

import pytest

from newsreader.core.errors import DuplicateError
from newsreader.core.rules import (
    Action,
    ActionKind,
    AgeCondition,
    AgeOp,
    EnclosureCondition,
    Field,
    Rule,
    RuleError,
    TextCondition,
    TextOp,
)
from newsreader.core.types import ArticleQuery
from newsreader.storage.db import ts
from tests.unit.storage_factory import (
    NOW,
    Fixture,
    count_rows,
    entry,
    make_library,
    store_updates,
    update,
    write,
)


def title_rule(name: str, word: str, *actions: Action, **scope: int | None) -> Rule:
    return Rule(
        name=name,
        conditions=(TextCondition(Field.TITLE, TextOp.WORD, word),),
        actions=actions or (Action(ActionKind.READ),),
        **scope,  # type: ignore[arg-type]
    )


def arrive(fx: Fixture, section: str, *titles: str, start: int = 100, **kw: object) -> list[int]:
    entries = [
        replace(entry(start + i, title=t, published=NOW - timedelta(minutes=i)), **kw)
        for i, t in enumerate(titles)
    ]  # type: ignore[arg-type]
    return store_updates(fx.store, [update(fx.feeds[section], *entries)], NOW)


def column(fx: Fixture, name: str, aid: int) -> object:
    conn = sqlite3.connect(fx.path)
    try:
        return conn.execute(f"SELECT {name} FROM articles WHERE id = ?", (aid,)).fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def fx(tmp_path):  # type: ignore[no-untyped-def]
    fixture = make_library(tmp_path)
    yield fixture
    fixture.lib.close()
    fixture.store.close()


def test_a_rule_acts_on_arriving_articles(fx: Fixture) -> None:
    fx.store.save_rule(
        title_rule("mute crypto", "crypto", Action(ActionKind.READ), Action(ActionKind.HIDE),
                   Action(ActionKind.TAG, "Muted")),
        NOW,
    )  # fmt: skip
    hit, miss = arrive(fx, "Tech", "Crypto crash again", "Cryptography explained")
    assert (column(fx, "read", hit), column(fx, "hidden", hit)) == (1, 1)
    assert (column(fx, "read", miss), column(fx, "hidden", miss)) == (0, 0)
    assert (
        count_rows(
            fx.path,
            "SELECT count(*) FROM article_tags JOIN tags t ON t.id = tag_id "
            "WHERE article_id = ? AND t.name = 'Muted'",
            hit,
        )
        == 1
    )


def test_hidden_articles_are_kept_and_shown_on_request(fx: Fixture) -> None:
    fx.store.save_rule(title_rule("hide", "sponsored", Action(ActionKind.HIDE)), NOW)
    (hidden,) = arrive(fx, "Tech", "Sponsored: buy this")
    feed = fx.feeds["Tech"]
    visible = [a.id for a in fx.lib.articles(ArticleQuery(feed_id=feed), 50)]
    everything = [a.id for a in fx.lib.articles(ArticleQuery(feed_id=feed, show_hidden=True), 50)]
    assert hidden not in visible
    assert hidden in everything
    assert fx.lib.article(hidden) is not None


def test_the_scope_limits_a_rule_to_a_section_and_its_subsections_or_a_feed(fx: Fixture) -> None:
    world = fx.lib.section_by_path("World")
    assert world is not None
    fx.store.save_rule(title_rule("world", "storm", section_id=world.id), NOW)
    fx.store.save_rule(
        title_rule("one feed", "flood", Action(ActionKind.STAR), feed_id=fx.feeds["Tech"]), NOW
    )
    (asia,) = arrive(fx, "World/Asia", "Storm hits coast", start=200)
    (tech,) = arrive(fx, "Tech", "Storm of patches", start=300)
    (flood_tech,) = arrive(fx, "Tech", "Flood of bugs", start=400)
    (flood_europe,) = arrive(fx, "World/Europe", "Flood warning", start=500)
    assert column(fx, "read", asia) == 1
    assert column(fx, "read", tech) == 0
    assert column(fx, "starred", flood_tech) == 1
    assert column(fx, "starred", flood_europe) == 0


def test_a_disabled_rule_does_nothing_on_arrival(fx: Fixture) -> None:
    fx.store.save_rule(replace(title_rule("off", "storm"), enabled=False), NOW)
    (aid,) = arrive(fx, "Tech", "Storm")
    assert column(fx, "read", aid) == 0


def test_categories_are_stored_and_matched(fx: Fixture) -> None:
    fx.store.save_rule(
        Rule(name="sport", conditions=(TextCondition(Field.CATEGORY, TextOp.WORD, "sport"),),
             actions=(Action(ActionKind.HIDE),)),
        NOW,
    )  # fmt: skip
    (aid,) = arrive(fx, "Tech", "Match report", categories=("Sport", "Football"))
    assert column(fx, "categories", aid) == "Sport\nFootball"
    assert column(fx, "hidden", aid) == 1


def test_silent_ids_come_back_from_the_batch(fx: Fixture) -> None:
    fx.store.save_rule(title_rule("quiet", "minor", Action(ActionKind.SILENT)), NOW)
    entries = [entry(600, title="Minor update"), entry(601, title="Major news")]
    silent: set[int] = set()
    by_feed = fx.store.apply_feed_updates_by_feed([update(fx.feeds["Tech"], *entries)], NOW, silent)
    quiet, _loud = sorted(by_feed[fx.feeds["Tech"]])
    assert silent == {quiet}


def test_top_lifts_the_sort_time_and_a_rewrite_keeps_it(fx: Fixture) -> None:
    fx.store.save_rule(title_rule("top", "urgent", Action(ActionKind.TOP)), NOW)
    old = entry(700, title="Urgent notice", published=NOW - timedelta(days=3))
    (aid,) = store_updates(fx.store, [update(fx.feeds["Tech"], old)], NOW)
    assert column(fx, "pinned", aid) == 1
    assert column(fx, "sort_time", aid) == ts(NOW)
    first = fx.lib.articles(ArticleQuery(feed_id=fx.feeds["Tech"]), 1)[0]
    assert first.id == aid
    changed = replace(old, summary="<p>changed</p>")
    rewrite = replace(write(changed), article_id=aid, content_changed=True)
    fx.store.apply_feed_updates_by_feed(
        [replace(update(fx.feeds["Tech"]), rewrites=(rewrite,))], NOW + timedelta(hours=1)
    )
    assert column(fx, "sort_time", aid) == ts(NOW)


def test_has_enclosure_sees_the_enclosures_table(fx: Fixture) -> None:
    rule = Rule(name="podcasts", conditions=(EnclosureCondition(),),
                actions=(Action(ActionKind.TAG, "Listen"),))  # fmt: skip
    ids = fx.articles["Tech"]
    conn = sqlite3.connect(fx.path)
    with conn:
        conn.execute(
            "INSERT INTO enclosures(article_id, url, type) VALUES (?, ?, 'audio/mpeg')",
            (ids[0], "http://127.0.0.1:1/a.mp3"),
        )
    conn.close()
    assert fx.lib.rule_preview_count(rule, NOW) == 1


def test_preview_counts_what_applying_marks(fx: Fixture) -> None:
    arrive(fx, "Tech", "Old storm", "Storm two", "Calm day", start=800)
    arrive(fx, "World/Asia", "Storm three", start=900)
    rule = Rule(
        name="storms",
        conditions=(TextCondition(Field.TITLE, TextOp.REGEX, r"\bstorm\b"),
                    AgeCondition(AgeOp.NEWER, 30)),
        actions=(Action(ActionKind.STAR),),
    )  # fmt: skip
    preview = fx.lib.rule_preview_count(rule, NOW)
    rule_id = fx.store.save_rule(rule, NOW)
    assert preview == 3
    assert fx.store.apply_rule(rule_id, NOW) == preview
    assert count_rows(fx.path, "SELECT count(*) FROM articles WHERE starred = 1") == preview


def test_rules_are_listed_in_order_and_names_are_unique(fx: Fixture) -> None:
    a = fx.store.save_rule(title_rule("a", "x"), NOW)
    fx.store.save_rule(title_rule("b", "y"), NOW)
    with pytest.raises(DuplicateError):
        fx.store.save_rule(title_rule("a", "z"), NOW)
    assert [x.name for x in fx.lib.rules()] == ["a", "b"]
    fx.store.save_rule(replace(title_rule("renamed", "x"), id=a), NOW)
    assert [x.name for x in fx.lib.rules()] == ["renamed", "b"]
    fx.store.remove_rule(a)
    assert [x.name for x in fx.lib.rules()] == ["b"]


def test_a_bad_pattern_is_never_stored(fx: Fixture) -> None:
    bad = Rule(name="bad", conditions=(TextCondition(Field.TITLE, TextOp.REGEX, "(a+)+$"),),
               actions=(Action(ActionKind.HIDE),))  # fmt: skip
    with pytest.raises(RuleError):
        fx.store.save_rule(bad, NOW)
    assert count_rows(fx.path, "SELECT count(*) FROM rules") == 0


def test_an_unreadable_stored_rule_is_skipped_not_fatal(fx: Fixture) -> None:
    conn = sqlite3.connect(fx.path)
    with conn:
        conn.execute(
            "INSERT INTO rules(name, conditions, actions, created) VALUES ('junk', 'nope', '[]', 0)"
        )
    conn.close()
    fx.store.save_rule(title_rule("good", "storm"), NOW)
    (aid,) = arrive(fx, "Tech", "Storm")
    assert column(fx, "read", aid) == 1
    assert [x.name for x in fx.lib.rules()] == ["good"]
