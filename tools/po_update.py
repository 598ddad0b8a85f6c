#!/usr/bin/env python3
"""Bring the CLI's gettext catalogues up to date with the code (issue 17).

    python3 tools/po_update.py translations/newsreader_de.po newsreader/app/cli.py ...

Finds every `_("…")`, `N_("…")` and `ngettext("…", "…", n)` call with literal strings in the
given files (newsreader.app.i18n's functions, and core/texts.py's marker that core, usecases
and update put on the templates of their lines: the window translates those from this
catalogue too), then rewrites the .po: entries the code no longer has are
dropped, new ones are added untranslated, existing translations are kept. `extract()` is also
what the translation check (tests/unit/test_translations.py) compares the catalogue with.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from msgfmt import Entry, parse

Key = tuple[str, str | None]  # msgid, msgid_plural


def extract(paths: list[Path]) -> list[Key]:
    """The messages marked in `paths`, in order of appearance, each once."""
    found: dict[Key, None] = {}
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            args = [a.value if isinstance(a, ast.Constant) else None for a in node.args]
            if node.func.id in ("_", "N_") and len(args) == 1 and isinstance(args[0], str):
                found[(args[0], None)] = None
            elif (
                node.func.id == "ngettext"
                and len(args) == 3
                and isinstance(args[0], str)
                and isinstance(args[1], str)
            ):
                found[(args[0], args[1])] = None
    return list(found)


def _quote(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def render(header: Entry, entries: list[Entry]) -> str:
    lines = [
        "# Newsreader's command-line messages (issue 17).",
        "# Compiled by `make catalogs`; brought up to date by `make translations`.",
        'msgid ""',
        'msgstr ""',
    ]
    lines += [_quote(line + "\n") for line in header.strings.get(0, "").splitlines()]
    for entry in entries:
        lines.append("")
        if entry.flags:
            lines.append("#, " + ", ".join(sorted(entry.flags)))
        lines.append("msgid " + _quote(entry.msgid))
        if entry.plural is not None:
            lines.append("msgid_plural " + _quote(entry.plural))
            for index in sorted(entry.strings) or [0, 1]:
                lines.append(f"msgstr[{index}] " + _quote(entry.strings.get(index, "")))
        else:
            lines.append("msgstr " + _quote(entry.strings.get(0, "")))
    return "\n".join(lines) + "\n"


def update(po: Path, keys: list[Key]) -> None:
    entries = parse(po.read_text(encoding="utf-8"))
    header = next(e for e in entries if e.msgid == "" and not e.obsolete)
    known = {(e.msgid, e.plural): e for e in entries if e.msgid and not e.obsolete}
    result = []
    for msgid, plural in keys:
        entry = known.get((msgid, plural)) or Entry(msgid=msgid, plural=plural)
        if not entry.strings:
            entry.strings = {0: "", 1: ""} if plural is not None else {0: ""}
        result.append(entry)
    po.write_text(render(header, result), encoding="utf-8")


def main(argv: list[str]) -> int:
    if len(argv) < 3:
        print("usage: po_update.py CATALOGUE.po SOURCE.py...", file=sys.stderr)
        return 2
    update(Path(argv[1]), extract([Path(p) for p in argv[2:]]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
