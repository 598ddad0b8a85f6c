#!/usr/bin/env python3
"""Make the strings that go through a module's own translate helper visible to lupdate.

    python3 tools/tr_helpers.py OUT.py SOURCE.py...

Several GUI modules wrap QCoreApplication.translate in a small function of their own
(`_tr("…")` with a fixed context, `_plural(one, many, n)`, `_count_text(n, one, many)`).
pyside6-lupdate only recognises `tr()`, `translate()` and QT_TRANSLATE_NOOP, so it would miss
every string passed to such a helper. This script finds the helpers (a module-level function
that hands one of its parameters to QCoreApplication.translate, or to another such helper),
then every call of one with string literals, and writes OUT.py: one plain
`QCoreApplication.translate("Context", "text"[, None, n])` line per string, with the helper's
own context. `make translations` and the translation check run lupdate over the sources and
this file together. OUT.py is never imported.
"""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Use:
    """A helper's parameter `index` is translated in `context` (as a plural when `numerus`)."""

    index: int
    context: str
    numerus: bool
    comment_index: int | None = None  # the parameter given as disambiguation, if any
    n_index: int | None = None  # the parameter given as n, when the helper passes one on
    n_name: str | None = None


def _constants(tree: ast.Module) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            value = node.value
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                for target in targets:
                    if isinstance(target, ast.Name):
                        found[target.id] = value.value
    return found


def _is_translate(call: ast.Call) -> bool:
    func = call.func
    return isinstance(func, ast.Attribute) and func.attr == "translate"


def _helpers(tree: ast.Module) -> dict[str, list[Use]]:
    constants = _constants(tree)
    functions = [n for n in tree.body if isinstance(n, ast.FunctionDef)]
    helpers: dict[str, list[Use]] = {}
    changed = True
    while changed:  # a helper may call another helper (`_count_text` calls `_tr`)
        changed = False
        for function in functions:
            params = [a.arg for a in function.args.args]
            uses: list[Use] = []
            for call in (n for n in ast.walk(function) if isinstance(n, ast.Call)):
                uses += _uses_in(call, params, constants, helpers)
            unique = list(dict.fromkeys(uses))
            if unique and helpers.get(function.name) != unique:
                helpers[function.name] = unique
                changed = True
    return helpers


def _param(node: ast.expr | None, params: list[str]) -> int | None:
    if isinstance(node, ast.Name) and node.id in params:
        return params.index(node.id)
    return None


def _uses_in(
    call: ast.Call, params: list[str], constants: dict[str, str], helpers: dict[str, list[Use]]
) -> list[Use]:
    args = call.args
    if _is_translate(call) and len(args) >= 2:
        context = args[0]
        if isinstance(context, ast.Constant) and isinstance(context.value, str):
            name = context.value
        elif isinstance(context, ast.Name) and context.id in constants:
            name = constants[context.id]
        else:
            return []
        index = _param(args[1], params)
        if index is None:
            return []
        comment = _param(args[2], params) if len(args) > 2 else None
        n_index = _param(args[3], params) if len(args) > 3 else None
        n_name = params[n_index] if n_index is not None else None
        return [Use(index, name, len(args) > 3, comment, n_index, n_name)]
    if isinstance(call.func, ast.Name) and call.func.id in helpers:
        found = []
        for use in helpers[call.func.id]:
            if use.index < len(args):
                index = _param(args[use.index], params)
                if index is not None:
                    found.append(Use(index, use.context, use.numerus))
        return found
    return []


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _direct_plural(
    call: ast.Call, constants: dict[str, str]
) -> tuple[str, str, str | None, bool] | None:
    """A direct `translate(ctx, "…%n…", comment, n)` whose n is a variable.

    lupdate's Python parser marks such a call as plural only when n is a number literal, so the
    stub repeats it with n=1 (listed first, the stub decides the message's form).
    """
    args = call.args
    if not _is_translate(call) or len(args) != 4 or isinstance(args[3], ast.Constant):
        return None
    context, text = args[0], _literal(args[1])
    name = constants.get(context.id) if isinstance(context, ast.Name) else _literal(context)
    if name is None or text is None:
        return None
    return (name, text, _literal(args[2]), True)


def extract(source: str) -> list[tuple[str, str, str | None, bool]]:
    """(context, text, disambiguation, numerus) of every literal passed to a helper."""
    tree = ast.parse(source)
    helpers = _helpers(tree)
    found: list[tuple[str, str, str | None, bool]] = []
    constants = _constants(tree)
    for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
        plural = _direct_plural(call, constants)
        if plural is not None:
            found.append(plural)
            continue
        if not isinstance(call.func, ast.Name) or call.func.id not in helpers:
            continue
        for use in helpers[call.func.id]:
            if use.index >= len(call.args):
                continue
            text = _literal(call.args[use.index])
            if not text:  # a variable, or "" (nothing to translate)
                continue
            comment = None
            if use.comment_index is not None and use.comment_index < len(call.args):
                comment = _literal(call.args[use.comment_index])
            numerus = use.numerus
            if use.n_index is not None:  # a plural only when the call gives n
                numerus = len(call.args) > use.n_index or any(
                    k.arg == use.n_name for k in call.keywords
                )
            found.append((use.context, text, comment, numerus))
    return found


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print("usage: tr_helpers.py OUT.py SOURCE.py...", file=sys.stderr)
        return 2
    lines = [
        "# Generated by tools/tr_helpers.py for lupdate; never imported.",
        "from PySide6.QtCore import QCoreApplication",
    ]
    for path in sorted(argv[2:]):
        for context, text, comment, numerus in extract(Path(path).read_text(encoding="utf-8")):
            extra = f", {comment!r}" if comment is not None or numerus else ""
            if numerus:
                extra = f"{extra or ', None'}, 1"
            lines.append(f"QCoreApplication.translate({context!r}, {text!r}{extra})")
    Path(argv[1]).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
