"""core.rules: conditions, words, regular expressions under a time limit, JSON (issue 16)."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest

from newsreader.core import rules as r
from newsreader.core.rules import (
    Action,
    ActionKind,
    AgeCondition,
    AgeOp,
    ArticleFields,
    EnclosureCondition,
    Field,
    Matcher,
    Problem,
    Rule,
    RuleError,
    TextCondition,
    TextOp,
)

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
A = ArticleFields
Op = TextOp


def rule(*conds: r.Condition, actions: tuple[Action, ...] = (Action(ActionKind.READ),)) -> Rule:
    return Rule(name="test", conditions=conds, actions=actions)


def text(field: Field, op: TextOp, value: str, negate: bool = False) -> TextCondition:
    return TextCondition(field, op, value, negate)


@pytest.mark.parametrize(
    ("cond", "fields", "expected"),
    [
        (text(Field.TITLE, Op.CONTAINS, "crypto"), A(title="Big CRYPTO news"), True),
        (text(Field.TITLE, Op.CONTAINS, "crypto"), A(title="Stocks"), False),
        (text(Field.TITLE, Op.WORD, "art"), A(title="Modern Art today"), True),
        (text(Field.TITLE, Op.WORD, "art"), A(title="A smart start"), False),
        (text(Field.TITLE, Op.WORD, "C++"), A(title="Why C++ lasts"), True),
        (text(Field.TITLE, Op.WORD, "C++"), A(title="Why C++x lasts"), False),
        (text(Field.BODY, Op.WORD, "new york"), A(body="in New\n York, rain"), True),
        (text(Field.AUTHOR, Op.CONTAINS, "smith"), A(author="Jo Smith"), True),
        (text(Field.LINK, Op.CONTAINS, "/sport/"), A(link="https://x.invalid/sport/1"), True),
        (text(Field.CATEGORY, Op.WORD, "sport"), A(categories=("News", "Sport")), True),
        (text(Field.CATEGORY, Op.WORD, "sport"), A(categories=()), False),
        (text(Field.TITLE, Op.REGEX, r"^breaking\b"), A(title="Breaking: x"), True),
        (text(Field.TITLE, Op.REGEX, r"(?-i)^breaking"), A(title="Breaking"), False),
        (text(Field.TITLE, Op.CONTAINS, "ad", negate=True), A(title="Sponsored ad"), False),
        (text(Field.TITLE, Op.CONTAINS, "ad", negate=True), A(title="News"), True),
        (AgeCondition(AgeOp.OLDER, 7), A(published=NOW - timedelta(days=8)), True),
        (AgeCondition(AgeOp.OLDER, 7), A(published=NOW - timedelta(days=6)), False),
        (AgeCondition(AgeOp.NEWER, 7), A(published=NOW - timedelta(days=6)), True),
        (AgeCondition(AgeOp.OLDER, 7), A(published=None), False),
        (EnclosureCondition(), A(has_enclosure=True), True),
        (EnclosureCondition(), A(has_enclosure=False), False),
        (EnclosureCondition(present=False), A(has_enclosure=False), True),
    ],
)
def test_one_condition(cond: r.Condition, fields: ArticleFields, expected: bool) -> None:
    assert r.matches(rule(cond), fields, NOW) is expected


def test_every_condition_must_hold() -> None:
    both = rule(text(Field.TITLE, TextOp.WORD, "apple"), text(Field.BODY, TextOp.WORD, "phone"))
    assert r.matches(both, ArticleFields(title="Apple", body="a new phone"), NOW)
    assert not r.matches(both, ArticleFields(title="Apple", body="a pie"), NOW)


def test_a_catastrophic_pattern_is_refused_when_made() -> None:
    with pytest.raises(RuleError) as caught:
        r.validate(rule(text(Field.TITLE, TextOp.REGEX, "(a+)+$")))
    assert caught.value.problem is Problem.SLOW_PATTERN
    assert "(a+)+$" in str(caught.value)


def test_a_pattern_that_does_not_compile_is_refused_with_the_reason() -> None:
    with pytest.raises(RuleError) as caught:
        r.validate(rule(text(Field.TITLE, TextOp.REGEX, "(unclosed")))
    assert caught.value.problem is Problem.BAD_PATTERN
    assert "not valid" in str(caught.value)


def test_a_stored_catastrophic_pattern_is_stopped_by_its_time_limit() -> None:
    """A rule stored without validation (by hand, an older version) still cannot stall: each
    match stops at the time limit and counts as no match; after a few the rule is skipped."""
    slow = Rule(
        name="slow", conditions=(text(Field.BODY, TextOp.REGEX, "(a+)+$"),),
        actions=(Action(ActionKind.HIDE),),
    )  # fmt: skip
    matcher = Matcher([slow])
    evil = ArticleFields(body="a" * 20000 + "b")
    start = time.monotonic()
    results = [matcher.matching(evil, NOW) for _ in range(20)]
    elapsed = time.monotonic() - start
    assert results == [[]] * 20
    # Three time-outs, then skipped: far below twenty full matches.
    assert elapsed < r.MATCH_TIMEOUT_S * r.TIMEOUTS_BEFORE_SKIP + 2.0


def test_a_matcher_keeps_other_rules_going_after_one_times_out() -> None:
    slow = rule(text(Field.BODY, TextOp.REGEX, "(a+)+$"))
    fine = Rule(name="fine", conditions=(text(Field.BODY, TextOp.CONTAINS, "b"),),
                actions=(Action(ActionKind.STAR),))  # fmt: skip
    matcher = Matcher([slow, fine])
    hits = matcher.matching(ArticleFields(body="a" * 20000 + "b"), NOW)
    assert hits == [fine]


@pytest.mark.parametrize(
    ("rule_", "problem"),
    [
        (Rule(name=" ", conditions=(EnclosureCondition(),), actions=(Action(ActionKind.READ),)),
         Problem.NO_NAME),
        (Rule(name="x", conditions=(), actions=(Action(ActionKind.READ),)), Problem.NO_CONDITION),
        (Rule(name="x", conditions=(EnclosureCondition(),), actions=()), Problem.NO_ACTION),
        (rule(text(Field.TITLE, TextOp.CONTAINS, "  ")), Problem.EMPTY_TEXT),
        (rule(AgeCondition(AgeOp.OLDER, -1)), Problem.BAD_AGE),
        (Rule(name="x", conditions=(EnclosureCondition(),), actions=(Action(ActionKind.READ),),
              section_id=1, feed_id=2), Problem.TWO_SCOPES),
    ],
)  # fmt: skip
def test_bad_rules_are_refused(rule_: Rule, problem: Problem) -> None:
    with pytest.raises(RuleError) as caught:
        r.validate(rule_)
    assert caught.value.problem is problem


@pytest.mark.parametrize(
    ("text_", "expected"),
    [
        ("read", Action(ActionKind.READ)),
        ("STAR", Action(ActionKind.STAR)),
        ("hide", Action(ActionKind.HIDE)),
        ("silent", Action(ActionKind.SILENT)),
        ("top", Action(ActionKind.TOP)),
        ("tag:Long reads", Action(ActionKind.TAG, "Long reads")),
    ],
)
def test_actions_parse(text_: str, expected: Action) -> None:
    assert r.parse_action(text_) == expected
    assert r.parse_action(r.action_text(expected)) == expected


@pytest.mark.parametrize("bad", ["delete", "tag", "tag:", "read:x", ""])
def test_bad_actions_are_refused(bad: str) -> None:
    with pytest.raises(RuleError):
        r.parse_action(bad)


def test_json_round_trip() -> None:
    conds = (
        text(Field.TITLE, TextOp.REGEX, r"\bx\b"),
        text(Field.CATEGORY, TextOp.WORD, "Sport", negate=True),
        AgeCondition(AgeOp.NEWER, 2.5),
        EnclosureCondition(),
    )
    actions = (Action(ActionKind.TAG, "Ünïcode"), Action(ActionKind.SILENT))
    assert r.conditions_from_json(r.conditions_to_json(conds)) == conds
    assert r.actions_from_json(r.actions_to_json(actions)) == actions


@pytest.mark.parametrize("bad", ['{"a": 1}', '[{"kind": "text"}]', '[{"kind": "nope"}]', "[1]"])
def test_bad_json_is_a_value_error(bad: str) -> None:
    with pytest.raises(ValueError):
        r.conditions_from_json(bad)
