"""`newsreader rule add|list|remove|apply`: rules on arrival from the command line (issue 16).

A rule made here is validated like one made in the settings dialog (a regular expression that
does not compile, or that runs out of time on the probe texts, is refused with exit status 2)
and runs in the writer as articles arrive. `rule apply` runs it over the stored articles.
"""

from __future__ import annotations

import argparse
from typing import Any, TypeVar

from newsreader.app import present
from newsreader.app.i18n import _, ngettext
from newsreader.app.profile import Engine, utc_now
from newsreader.core.errors import DuplicateError, NotFoundError, UsageError
from newsreader.core.rules import (
    AgeCondition,
    AgeOp,
    Condition,
    EnclosureCondition,
    Field,
    Problem,
    Rule,
    RuleError,
    TextCondition,
    TextOp,
    action_text,
    parse_action,
    rule_json,
)

COMMANDS = ("rule",)
_Parser = TypeVar("_Parser", bound=argparse.ArgumentParser)

_OPS = {"contains": TextOp.CONTAINS, "word": TextOp.WORD, "matches": TextOp.REGEX}


class _AddCondition(argparse.Action):
    """Collects the conditions in the order given, each as a core.rules condition."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        conditions: list[Condition] = list(getattr(namespace, "conditions", None) or [])
        kind = self.const
        if kind == "enclosure":
            conditions.append(EnclosureCondition())
        elif kind in ("older", "newer"):
            try:
                days = float(values)
            except ValueError:
                parser.error(_("not a number of days: {text!r}").format(text=values))
            conditions.append(AgeCondition(AgeOp(kind), days))
        else:
            field, op, negate = kind
            conditions.append(TextCondition(Field(field), op, str(values), negate))
        namespace.conditions = conditions


def add_parsers(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser("rule", help="rules that act on articles as they arrive")
    actions = p.add_subparsers(dest="rule_command", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add",
        help="add a rule",
        description=(
            "Every condition given must hold. Text conditions ignore case; --…-word matches "
            "whole words, --…-matches a regular expression (run under a time limit)."
        ),
    )
    add.add_argument("--name", required=True)
    scope = add.add_mutually_exclusive_group()
    scope.add_argument("--section", help='only this section and its subsections, e.g. "World"')
    scope.add_argument("--feed", metavar="URL", help="only this feed")
    add.set_defaults(conditions=[])
    for field in Field:
        for op_name, op in _OPS.items():
            add.add_argument(
                f"--{field}-{op_name}", metavar="TEXT" if op is not TextOp.REGEX else "REGEX",
                action=_AddCondition, const=(str(field), op, False), dest="conditions",
                help=argparse.SUPPRESS if field is not Field.TITLE else None,
            )  # fmt: skip
        add.add_argument(
            f"--{field}-lacks", metavar="TEXT", action=_AddCondition,
            const=(str(field), TextOp.CONTAINS, True), dest="conditions",
            help=argparse.SUPPRESS,
        )  # fmt: skip
    add.add_argument(
        "--matches", metavar="REGEX", action=_AddCondition,
        const=(str(Field.TITLE), TextOp.REGEX, False), dest="conditions",
        help="the title matches a regular expression (also --body-matches, --author-…, "
        "--link-…, --category-…; and …-contains, …-word, …-lacks)",
    )  # fmt: skip
    add.add_argument(
        "--older-than", metavar="DAYS", action=_AddCondition, const="older", dest="conditions"
    )
    add.add_argument(
        "--newer-than", metavar="DAYS", action=_AddCondition, const="newer", dest="conditions"
    )
    add.add_argument(
        "--has-enclosure", nargs=0, action=_AddCondition, const="enclosure", dest="conditions",
        help="the article has an enclosure (a podcast episode, a video)",
    )  # fmt: skip
    add.add_argument(
        "--action", action="append", required=True, metavar="ACTION",
        help="read, star, hide, silent (no notification), top (to the top of the list) or "
        "tag:NAME; repeatable",
    )  # fmt: skip
    add.add_argument("--disabled", action="store_true", help="store it switched off")
    add.add_argument(
        "--apply", action="store_true", help="also run it over the stored articles now"
    )

    listing = actions.add_parser("list", help="list the rules")
    listing.add_argument("--json", action="store_true")
    remove = actions.add_parser("remove", help="remove a rule (what it did stays)")
    remove.add_argument("name")
    apply = actions.add_parser("apply", help="run a rule over the stored articles")
    apply.add_argument("name")


def run(engine: Engine, args: argparse.Namespace) -> int:
    try:
        if args.rule_command == "add":
            return _add(engine, args)
        if args.rule_command == "list":
            return _list(engine, args)
        if args.rule_command == "remove":
            return _remove(engine, args)
        return _apply(engine, args)
    except RuleError as exc:
        raise UsageError(problem_text(exc)) from None


def problem_text(exc: RuleError) -> str:
    """A refused rule's reason in the user's language."""
    d = exc.detail
    texts = {
        Problem.EMPTY_PATTERN: _("The regular expression is empty."),
        Problem.LONG_PATTERN: _("The regular expression is too long; shorten it."),
        Problem.BAD_PATTERN: _("The regular expression {pattern} is not valid: {error}."),
        Problem.SLOW_PATTERN: _(
            "The regular expression {pattern} takes too long on some texts (it backtracks, "
            "as nested repetition like (a+)+ does); simplify it."
        ),
        Problem.NO_NAME: _("A rule needs a name."),
        Problem.LONG_NAME: _("The rule's name is too long."),
        Problem.NO_CONDITION: _(
            "A rule needs at least one condition, such as --title-contains TEXT."
        ),
        Problem.NO_ACTION: _("A rule needs at least one action."),
        Problem.EMPTY_TEXT: _("A condition has no text to look for."),
        Problem.BAD_AGE: _("An age is a number of days between 0 and 36500."),
        Problem.NO_TAG: _("A tag action needs the tag's name, as in tag:NAME."),
        Problem.TWO_SCOPES: _("A rule applies to a section or to a feed, not both."),
        Problem.BAD_ACTION: _(
            "Unknown action {action}; use read, star, hide, silent, top or tag:NAME."
        ),
    }
    return texts[exc.problem].format(
        pattern=repr(d.get("pattern", "")), error=d.get("error", ""),
        action=repr(d.get("action", "")),
    )  # fmt: skip


def _rule(engine: Engine, name: str) -> Rule:
    rule = engine.library.rule_by_name(name)
    if rule is None:
        raise NotFoundError(_("there is no rule named {name!r}").format(name=name))
    return rule


def _add(engine: Engine, args: argparse.Namespace) -> int:
    section_id = feed_id = None
    if args.section:
        section = engine.library.section_by_path(args.section.strip("/"))
        if section is None:
            raise NotFoundError(_("no section named {path!r}").format(path=args.section))
        section_id = section.id
    if args.feed:
        feed = engine.library.feed_by_url(args.feed.strip())
        if feed is None:
            raise NotFoundError(_("not subscribed to {url}").format(url=args.feed))
        feed_id = feed.id
    rule = Rule(
        name=args.name, conditions=tuple(args.conditions),
        actions=tuple(parse_action(a) for a in args.action), section_id=section_id,
        feed_id=feed_id, enabled=not args.disabled,
    )  # fmt: skip
    now = utc_now()
    try:
        rule_id = engine.writer.call(lambda store: store.save_rule(rule, now))
    except DuplicateError:
        raise UsageError(
            _("there is already a rule named {name!r}; choose another name").format(
                name=rule.name.strip()
            )
        ) from None
    print(_("Added the rule “{name}”.").format(name=rule.name.strip()))
    if args.apply:
        count = engine.writer.call(lambda store: store.apply_rule(rule_id, now))
        print(_matched_line(rule.name.strip(), count))
    return 0


def _matched_line(name: str, count: int) -> str:
    return ngettext(
        "The rule “{name}” matched {n} stored article.",
        "The rule “{name}” matched {n} stored articles.",
        count,
    ).format(name=name, n=count)


def _scope_text(engine: Engine, rule: Rule) -> str | None:
    if rule.feed_id is not None:
        feed = engine.library.feed(rule.feed_id)
        return feed.url if feed is not None else None
    if rule.section_id is not None:
        return next((s.path for s in engine.library.sections() if s.id == rule.section_id), None)
    return None


def _list(engine: Engine, args: argparse.Namespace) -> int:
    listed = engine.library.rules()
    if args.json:
        present.print_json([rule_json(r, _scope_text(engine, r)) for r in listed])
        return 0
    if not listed:
        print(_("There are no rules; add one with `newsreader rule add`."))
        return 0
    for rule in listed:
        scope = _scope_text(engine, rule) or _("every feed")
        state = "" if rule.enabled else " " + _("(off)")
        actions = ", ".join(action_text(a) for a in rule.actions)
        print(f"{rule.name}{state}\t{scope}\t{actions}")
    return 0


def _remove(engine: Engine, args: argparse.Namespace) -> int:
    rule = _rule(engine, args.name)
    assert rule.id is not None
    rule_id = rule.id
    engine.writer.call(lambda store: store.remove_rule(rule_id))
    print(_("Removed the rule “{name}”.").format(name=rule.name))
    return 0


def _apply(engine: Engine, args: argparse.Namespace) -> int:
    rule = _rule(engine, args.name)
    assert rule.id is not None
    rule_id = rule.id
    now = utc_now()
    count = engine.writer.call(lambda store: store.apply_rule(rule_id, now))
    print(_matched_line(rule.name, count))
    return 0
