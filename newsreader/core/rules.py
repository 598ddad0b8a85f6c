"""Rules on arrival (issue 16): what a rule is, how it is stored as JSON, and how it matches.

Pure Python, no SQL and no Qt, so storage (on the writer thread, inside the refresh's
transaction), the CLI and the settings dialog share one definition of "matches".

A rule has a scope (every feed, a section with its subsections, or one feed), conditions that
must all hold, and actions. Text conditions look at one field of the article: `contains` is a
case-insensitive substring, `word` a case-insensitive whole word (or phrase) that no letter or
digit touches, `regex` a regular expression (case-insensitive unless it says `(?-i)`) run with
the `regex` package under a time limit. A match that runs out of time counts as no match and
is logged; a rule whose pattern keeps timing out is skipped for the rest of that run (see
`Matcher`), so one pathological pattern cannot stall the writer. A pattern that does not
compile, or that already runs out of time on the probe texts, is refused with a sentence when
the rule is made (`validate_pattern`).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

import regex

from newsreader.core.errors import UsageError

log = logging.getLogger("newsreader.core.rules")

MATCH_TIMEOUT_S = 0.05  # one regular expression over one field of one article
PROBE_TIMEOUT_S = 0.1  # each probe text when a pattern is validated
TIMEOUTS_BEFORE_SKIP = 3  # a rule timing out this often in one run is skipped for the rest
MAX_TEXT = 100_000  # characters of a field that are matched (bodies can be huge)
MAX_PATTERN = 1000
MAX_NAME = 200


class Problem(StrEnum):
    """Why a rule was refused: the CLI and the dialog say it in the user's language."""

    EMPTY_PATTERN = "empty_pattern"
    LONG_PATTERN = "long_pattern"
    BAD_PATTERN = "bad_pattern"  # detail: pattern, error
    SLOW_PATTERN = "slow_pattern"  # detail: pattern
    NO_NAME = "no_name"
    LONG_NAME = "long_name"
    NO_CONDITION = "no_condition"
    NO_ACTION = "no_action"
    EMPTY_TEXT = "empty_text"  # detail: field
    BAD_AGE = "bad_age"
    NO_TAG = "no_tag"
    TWO_SCOPES = "two_scopes"
    BAD_ACTION = "bad_action"  # detail: action


class RuleError(UsageError):
    """A rule that cannot be stored; `problem` and `detail` say why as data."""

    def __init__(self, problem: Problem, message: str, **detail: str) -> None:
        super().__init__(message)
        self.problem = problem
        self.detail = detail


class Field(StrEnum):
    TITLE = "title"
    BODY = "body"
    AUTHOR = "author"
    LINK = "link"
    CATEGORY = "category"


class TextOp(StrEnum):
    CONTAINS = "contains"
    WORD = "word"
    REGEX = "regex"


class AgeOp(StrEnum):
    OLDER = "older"  # published more than `days` ago
    NEWER = "newer"  # published less than `days` ago


class ActionKind(StrEnum):
    READ = "read"
    STAR = "star"
    HIDE = "hide"
    TAG = "tag"
    SILENT = "silent"  # no desktop notification for it
    TOP = "top"  # moved to the top of its list (see storage.rules)


@dataclass(frozen=True, slots=True)
class TextCondition:
    field: Field
    op: TextOp
    value: str
    negate: bool = False


@dataclass(frozen=True, slots=True)
class AgeCondition:
    op: AgeOp
    days: float


@dataclass(frozen=True, slots=True)
class EnclosureCondition:
    present: bool = True


Condition = TextCondition | AgeCondition | EnclosureCondition


@dataclass(frozen=True, slots=True)
class Action:
    kind: ActionKind
    tag: str = ""  # the tag's name, for TAG


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule; `id` is None until it is stored. Scope: feed_id, else section_id, else all."""

    name: str
    conditions: tuple[Condition, ...]
    actions: tuple[Action, ...]
    id: int | None = None
    section_id: int | None = None
    feed_id: int | None = None
    enabled: bool = True
    position: int = 0


@dataclass(frozen=True, slots=True)
class ArticleFields:
    """What a rule can look at in one article (body: the plain text the search index holds)."""

    title: str = ""
    body: str = ""
    author: str = ""
    link: str = ""
    categories: tuple[str, ...] = ()
    published: datetime | None = None
    has_enclosure: bool = False


# -- validation and JSON ----------------------------------------------------------------------


def _probes(pattern: str) -> list[str]:
    """Texts on which a pattern with nested repetition backtracks for ages: long runs of one
    character (each letter or digit the pattern names, and a few usual ones) ended by one
    that breaks the match."""
    chars = dict.fromkeys(c for c in pattern if c.isalnum())
    chars.update(dict.fromkeys("a0 "))
    out = []
    for c in list(chars)[:12]:
        out.append(c * 5000 + "!")
        out.append(c * 5000 + "\n" + c)
    out.append("ab " * 2000 + "!")
    return out


def compile_pattern(pattern: str) -> regex.Pattern[str]:
    """The compiled pattern of a rule (case-insensitive), or UsageError with the reason."""
    if not pattern:
        raise RuleError(Problem.EMPTY_PATTERN, "The regular expression is empty.")
    if len(pattern) > MAX_PATTERN:
        raise RuleError(
            Problem.LONG_PATTERN,
            f"The regular expression is longer than {MAX_PATTERN} characters; shorten it.",
        )
    try:
        return regex.compile(pattern, regex.IGNORECASE | regex.V0)
    except regex.error as exc:
        raise RuleError(
            Problem.BAD_PATTERN,
            f"The regular expression {pattern!r} is not valid: {exc}.",
            pattern=pattern,
            error=str(exc),
        ) from None


def validate_pattern(pattern: str) -> regex.Pattern[str]:
    """Compile a pattern and run it over the probe texts; refuse it if either fails.

    Runs wherever a rule is made (CLI, settings dialog's worker), never per article.
    """
    compiled = compile_pattern(pattern)
    for text in _probes(pattern):
        try:
            compiled.search(text, timeout=PROBE_TIMEOUT_S)
        except TimeoutError:
            raise RuleError(
                Problem.SLOW_PATTERN,
                f"The regular expression {pattern!r} takes too long on some texts (it "
                "backtracks, as nested repetition like (a+)+ does); simplify it.",
                pattern=pattern,
            ) from None
    return compiled


def validate_conditions(conditions: Sequence[Condition]) -> None:
    """RuleError for the first condition that cannot run (the settings page's preview checks
    the conditions alone, before the rule has a name or an action)."""
    if not conditions:
        raise RuleError(Problem.NO_CONDITION, "A rule needs at least one condition.")
    for cond in conditions:
        if isinstance(cond, TextCondition):
            if not cond.value.strip():
                raise RuleError(
                    Problem.EMPTY_TEXT,
                    f"The {cond.field} condition has no text to look for.",
                    field=str(cond.field),
                )
            if cond.op is TextOp.REGEX:
                validate_pattern(cond.value)
        elif isinstance(cond, AgeCondition) and not 0 <= cond.days <= 36500:
            raise RuleError(Problem.BAD_AGE, "An age is a number of days between 0 and 36500.")


def validate(rule: Rule) -> Rule:
    """The rule if it can be stored; UsageError saying what is wrong otherwise."""
    name = rule.name.strip()
    if not name:
        raise RuleError(Problem.NO_NAME, "A rule needs a name.")
    if len(name) > MAX_NAME:
        raise RuleError(Problem.LONG_NAME, f"A rule's name is at most {MAX_NAME} characters.")
    validate_conditions(rule.conditions)
    if not rule.actions:
        raise RuleError(Problem.NO_ACTION, "A rule needs at least one action.")
    for action in rule.actions:
        if action.kind is ActionKind.TAG and not action.tag.strip():
            raise RuleError(Problem.NO_TAG, "A tag action needs the tag's name, as in tag:NAME.")
    if rule.section_id is not None and rule.feed_id is not None:
        raise RuleError(Problem.TWO_SCOPES, "A rule applies to a section or to a feed, not both.")
    actions = tuple(dict.fromkeys(Action(a.kind, a.tag.strip()) for a in rule.actions))
    return Rule(
        name=name, conditions=rule.conditions, actions=actions, id=rule.id,
        section_id=rule.section_id, feed_id=rule.feed_id, enabled=rule.enabled,
        position=rule.position,
    )  # fmt: skip


def parse_action(text: str) -> Action:
    """`read`, `star`, `hide`, `silent`, `top` or `tag:NAME` (the CLI's --action)."""
    kind, sep, tag = text.strip().partition(":")
    try:
        action_kind = ActionKind(kind.lower())
    except ValueError:
        action_kind = None
    if action_kind is None or (action_kind is ActionKind.TAG) != bool(sep):
        raise RuleError(
            Problem.BAD_ACTION,
            f"Unknown action {text!r}; use read, star, hide, silent, top or tag:NAME.",
            action=text,
        )
    if action_kind is ActionKind.TAG and not tag.strip():
        raise RuleError(Problem.NO_TAG, "A tag action needs the tag's name, as in tag:NAME.")
    return Action(action_kind, tag.strip())


def action_text(action: Action) -> str:
    """The inverse of parse_action."""
    return f"tag:{action.tag}" if action.kind is ActionKind.TAG else str(action.kind)


def condition_json(cond: Condition) -> dict[str, Any]:
    if isinstance(cond, TextCondition):
        out: dict[str, Any] = {
            "kind": "text", "field": str(cond.field), "op": str(cond.op), "value": cond.value
        }  # fmt: skip
        if cond.negate:
            out["negate"] = True
        return out
    if isinstance(cond, AgeCondition):
        return {"kind": "age", "op": str(cond.op), "days": cond.days}
    return {"kind": "enclosure", "present": cond.present}


def conditions_to_json(conditions: Iterable[Condition]) -> str:
    return json.dumps([condition_json(c) for c in conditions], ensure_ascii=False)


def actions_to_json(actions: Iterable[Action]) -> str:
    return json.dumps(
        [{"kind": str(a.kind), **({"tag": a.tag} if a.tag else {})} for a in actions],
        ensure_ascii=False,
    )


def _condition_from(obj: Any) -> Condition:
    if not isinstance(obj, dict):
        raise ValueError("a condition is an object")
    kind = obj.get("kind")
    if kind == "text":
        return TextCondition(
            Field(obj["field"]), TextOp(obj["op"]), str(obj["value"]), bool(obj.get("negate"))
        )
    if kind == "age":
        return AgeCondition(AgeOp(obj["op"]), float(obj["days"]))
    if kind == "enclosure":
        return EnclosureCondition(bool(obj.get("present", True)))
    raise ValueError(f"unknown condition kind {kind!r}")


def conditions_from_json(text: str) -> tuple[Condition, ...]:
    """Conditions as stored; ValueError (with the reason) when the JSON is not a rule's."""
    data = json.loads(text)
    if not isinstance(data, list):
        raise ValueError("conditions are a list")
    try:
        return tuple(_condition_from(c) for c in data)
    except (KeyError, TypeError) as exc:
        raise ValueError(f"a condition lacks {exc}") from None


def actions_from_json(text: str) -> tuple[Action, ...]:
    data = json.loads(text)
    if not isinstance(data, list):
        raise ValueError("actions are a list")
    out = []
    for obj in data:
        if not isinstance(obj, dict):
            raise ValueError("an action is an object")
        out.append(Action(ActionKind(obj["kind"]), str(obj.get("tag", ""))))
    return tuple(out)


def rule_json(rule: Rule, scope: str | None = None) -> dict[str, Any]:
    """The rule as the CLI's `rule list --json` prints it (`scope`: the section path or
    feed URL, filled in by the caller)."""
    return {
        "id": rule.id,
        "name": rule.name,
        "enabled": rule.enabled,
        "scope": "feed" if rule.feed_id is not None else
                 "section" if rule.section_id is not None else "all",
        "section_id": rule.section_id,
        "feed_id": rule.feed_id,
        "target": scope,
        "conditions": [condition_json(c) for c in rule.conditions],
        "actions": [action_text(a) for a in rule.actions],
    }  # fmt: skip


# -- matching ---------------------------------------------------------------------------------


def _word_pattern(phrase: str) -> regex.Pattern[str]:
    # No letter or digit may touch the phrase, so "C++" and "U.S." work as words too.
    body = r"\s+".join(regex.escape(w) for w in phrase.split())
    return regex.compile(rf"(?<![\w]){body}(?![\w])", regex.IGNORECASE | regex.V0)


@dataclass(slots=True)
class _Compiled:
    rule: Rule
    patterns: list[regex.Pattern[str] | None]
    timeouts: int = 0


@dataclass(slots=True)
class Matcher:
    """Rules compiled once for a run over many articles (one refresh batch, one apply).

    Counts the time-outs per rule: a rule that ran out of time TIMEOUTS_BEFORE_SKIP times is
    skipped for the rest of the run (logged once). Not thread-safe: one per run.
    """

    rules: Sequence[Rule]
    _compiled: list[_Compiled] = field(default_factory=list)

    def __post_init__(self) -> None:
        for rule in self.rules:
            patterns: list[regex.Pattern[str] | None] = []
            broken = False
            for cond in rule.conditions:
                pattern = None
                if isinstance(cond, TextCondition):
                    try:
                        if cond.op is TextOp.REGEX:
                            pattern = compile_pattern(cond.value)
                        elif cond.op is TextOp.WORD:
                            pattern = _word_pattern(cond.value)
                    except UsageError as exc:  # stored by an older version, or by hand
                        log.warning("rule %r is skipped: %s", rule.name, exc)
                        broken = True
                patterns.append(pattern)
            if not broken:
                self._compiled.append(_Compiled(rule, patterns))

    def matching(self, fields: ArticleFields, now: datetime) -> list[Rule]:
        """The rules (in order) whose conditions all hold for this article."""
        out = []
        for entry in self._compiled:
            if entry.timeouts >= TIMEOUTS_BEFORE_SKIP:
                continue
            if self._matches(entry, fields, now):
                out.append(entry.rule)
        return out

    def matches(self, rule_index: int, fields: ArticleFields, now: datetime) -> bool:
        entry = self._compiled[rule_index]
        return entry.timeouts < TIMEOUTS_BEFORE_SKIP and self._matches(entry, fields, now)

    def _matches(self, entry: _Compiled, fields: ArticleFields, now: datetime) -> bool:
        for cond, pattern in zip(entry.rule.conditions, entry.patterns, strict=True):
            try:
                ok = _holds(cond, pattern, fields, now)
            except TimeoutError:
                entry.timeouts += 1
                log.warning(
                    "rule %r: its regular expression ran out of time on an article (%d)",
                    entry.rule.name, entry.timeouts,
                )  # fmt: skip
                if entry.timeouts == TIMEOUTS_BEFORE_SKIP:
                    log.warning("rule %r is skipped for the rest of this run", entry.rule.name)
                return False
            if not ok:
                return False
        return True


def _texts(f: Field, fields: ArticleFields) -> Sequence[str]:
    if f is Field.CATEGORY:
        return fields.categories
    value = {
        Field.TITLE: fields.title, Field.BODY: fields.body, Field.AUTHOR: fields.author,
        Field.LINK: fields.link,
    }[f]  # fmt: skip
    return (value[:MAX_TEXT],) if value else ()


def _holds(
    cond: Condition, pattern: regex.Pattern[str] | None, fields: ArticleFields, now: datetime
) -> bool:
    if isinstance(cond, AgeCondition):
        if fields.published is None:
            return False
        older = fields.published < now - timedelta(days=cond.days)
        return older if cond.op is AgeOp.OLDER else not older
    if isinstance(cond, EnclosureCondition):
        return fields.has_enclosure == cond.present
    texts = _texts(cond.field, fields)
    if cond.op is TextOp.CONTAINS:
        needle = cond.value.casefold()
        found = any(needle in t.casefold() for t in texts)
    else:
        assert pattern is not None
        found = any(pattern.search(t, timeout=MATCH_TIMEOUT_S) is not None for t in texts)
    return found != cond.negate


def matches(rule: Rule, fields: ArticleFields, now: datetime) -> bool:
    """Whether one rule matches one article (a one-off Matcher; use Matcher for many)."""
    return bool(Matcher([rule]).matching(fields, now))
