#!/usr/bin/env python3
"""Merge translations written as JSON into the shipped catalogues (issue 17).

    python3 tools/ts_merge.py [--ts translations/newsreader_de.ts]
                              [--po translations/newsreader_de.po] [--en-ts ...] FILE.json...
    python3 tools/ts_merge.py --check [FILE.json...]

Several people add strings at once; instead of editing the catalogues side by side, each
writes a JSON list of entries, and this script merges them all in one go:

    {"kind": "qt", "context": "MainWindow", "source": "…", "translation": "…"}
    {"kind": "qt", "context": "…", "source": "%n feed(s)", "numerus": ["%n Feed", "%n Feeds"],
     "en_numerus": ["%n feed", "%n feeds"]}                      (en_numerus is optional)
    {"kind": "po", "msgid": "…", "msgstr": "…"}
    {"kind": "po", "msgid": "…", "msgid_plural": "…", "msgstr": ["…", "…"]}

A Qt entry fills the message of that context and source in the .ts (added when lupdate has
not put it there yet; `make translations` keeps it, and drops it again if no code marks it),
marked finished; a plural also goes into the English .ts when it gives `en_numerus`.
A gettext entry fills or adds the .po entry and clears its fuzzy flag. Entries with an empty
translation are reported, not merged. `--check` merges nothing: it lists every entry of the
catalogues still unfinished (exit 1 when there is one), and the JSON entries that name a
string the catalogues do not have yet (run `make translations` first to see it).
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent))
from msgfmt import Entry, parse
from po_update import render

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_JSON = Path("/tmp/notes/de")  # noqa: S108 (where the engineers write them)


@dataclass
class Message:
    """One <message> of a .ts file, kept as lupdate writes it."""

    source: str
    numerus: bool = False
    comment: str | None = None
    forms: list[str] = field(default_factory=list)  # the translation, or its numerus forms
    state: str | None = None  # the translation's type: "unfinished", "obsolete", "vanished"
    extra: list[str] = field(default_factory=list)  # other child elements, as XML text

    @property
    def finished(self) -> bool:
        return self.state is None and bool(self.forms) and all(f.strip() for f in self.forms)


@dataclass
class Catalogue:
    """A .ts file: its <TS> attributes and contexts, in order."""

    attributes: dict[str, str]
    contexts: dict[str, list[Message]]

    def find(self, context: str, source: str) -> Message | None:
        return next((m for m in self.contexts.get(context, []) if m.source == source), None)


def read_ts(path: Path) -> Catalogue:
    root = ET.parse(path).getroot()  # noqa: S314 (our own catalogue)
    contexts: dict[str, list[Message]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        messages = contexts.setdefault(name, [])
        for element in context.iter("message"):
            message = Message(
                source=element.findtext("source") or "",
                numerus=element.get("numerus") == "yes",
                comment=element.findtext("comment"),
            )
            translation = element.find("translation")
            if translation is not None:
                message.state = translation.get("type")
                if message.numerus:
                    message.forms = [f.text or "" for f in translation.iter("numerusform")]
                else:
                    message.forms = [translation.text or ""]
            else:
                message.state = "unfinished"
            for child in element:
                if child.tag not in ("source", "comment", "translation"):
                    child.tail = None
                    message.extra.append(ET.tostring(child, encoding="unicode"))
            messages.append(message)
    return Catalogue(dict(root.attrib), contexts)


def _text(value: str) -> str:
    return escape(value, {"'": "&apos;", '"': "&quot;"})


def render_ts(catalogue: Catalogue) -> str:
    """The catalogue in lupdate's own layout, so `make translations` leaves it as it is."""
    attributes = "".join(f' {k}="{_text(v)}"' for k, v in catalogue.attributes.items())
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", f"<TS{attributes}>"]
    for name, messages in catalogue.contexts.items():
        lines += ["<context>", f"    <name>{_text(name)}</name>"]
        for message in messages:
            lines.append('    <message numerus="yes">' if message.numerus else "    <message>")
            lines.append(f"        <source>{_text(message.source)}</source>")
            if message.comment is not None:
                lines.append(f"        <comment>{_text(message.comment)}</comment>")
            state = f' type="{message.state}"' if message.state else ""
            if message.numerus:
                lines.append(f"        <translation{state}>")
                for form in message.forms or [""]:
                    lines.append(f"            <numerusform>{_text(form)}</numerusform>")
                lines.append("        </translation>")
            else:
                text = _text(message.forms[0]) if message.forms else ""
                lines.append(f"        <translation{state}>{text}</translation>")
            lines += [f"        {extra}" for extra in message.extra]
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def load_entries(paths: list[Path]) -> list[tuple[Path, dict[str, object]]]:
    """Every entry of the JSON files (folders stand for their *.json), with its file."""
    files: list[Path] = []
    for path in paths:
        files += sorted(path.glob("*.json")) if path.is_dir() else [path]
    found = []
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, list):
            raise ValueError(f"{path}: expected a JSON list of entries")
        for entry in data:
            if not isinstance(entry, dict) or entry.get("kind") not in ("qt", "po"):
                raise ValueError(f"{path}: not a translation entry: {entry!r}")
            found.append((path, entry))
    return found


def _forms(entry: dict[str, object], key: str) -> list[str]:
    value = entry.get(key)
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    return []


def merge_qt(catalogue: Catalogue, entry: dict[str, object], forms_key: str) -> str | None:
    """Fill (or add) the message `entry` names; returns what went wrong, or None."""
    context, source = str(entry.get("context", "")), str(entry.get("source", ""))
    numerus = "numerus" in entry
    forms = _forms(entry, forms_key)
    if not source or not forms or not all(f.strip() for f in forms):
        return f"no translation for {context}/{source!r}"
    message = catalogue.find(context, source)
    if message is None:
        message = Message(source=source, numerus=numerus)
        catalogue.contexts.setdefault(context, []).append(message)
    if message.numerus != numerus:
        return f"{context}/{source!r}: the code marks it {'' if message.numerus else 'not '}plural"
    message.forms = forms
    message.state = None
    return None


def merge_po(entries: list[Entry], entry: dict[str, object]) -> str | None:
    msgid = str(entry.get("msgid", ""))
    plural = entry.get("msgid_plural")
    plural = str(plural) if plural is not None else None
    strings = _forms(entry, "msgstr")
    if not msgid or not strings or not all(s.strip() for s in strings):
        return f"no msgstr for {msgid!r}"
    if (plural is None) != (len(strings) == 1):
        return f"{msgid!r}: a plural needs a list of forms, a single message one string"
    found = next((e for e in entries if e.msgid == msgid and e.plural == plural), None)
    if found is None:
        found = Entry(msgid=msgid, plural=plural)
        entries.append(found)
    found.strings = dict(enumerate(strings))
    found.flags.discard("fuzzy")
    found.obsolete = False
    return None


def unfinished_ts(catalogue: Catalogue, name: str, plural_only: bool = False) -> list[str]:
    return [
        f"{name}: {context}/{m.source!r}"
        for context, messages in catalogue.contexts.items()
        for m in messages
        if not m.finished
        and m.state not in ("obsolete", "vanished")
        and (m.numerus or not plural_only)
    ]


def unfinished_po(entries: list[Entry], name: str) -> list[str]:
    return [f"{name}: {e.msgid!r}" for e in entries if e.msgid and not e.translated]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    folders = f"JSON files or folders (default {DEFAULT_JSON})"
    parser.add_argument("json", nargs="*", type=Path, help=folders)
    parser.add_argument("--ts", type=Path, default=ROOT / "translations" / "newsreader_de.ts")
    parser.add_argument("--en-ts", type=Path, default=ROOT / "translations" / "newsreader_en.ts")
    parser.add_argument("--po", type=Path, default=ROOT / "translations" / "newsreader_de.po")
    parser.add_argument("--check", action="store_true", help="list what is unfinished only")
    args = parser.parse_args(argv)
    sources = args.json or ([DEFAULT_JSON] if DEFAULT_JSON.is_dir() else [])
    try:
        entries = load_entries(sources)
    except (OSError, ValueError) as exc:
        print(f"ts_merge: {exc}", file=sys.stderr)
        return 2
    ts = read_ts(args.ts)
    en = read_ts(args.en_ts) if args.en_ts.is_file() else None
    po_entries = parse(args.po.read_text(encoding="utf-8"))
    header = next(e for e in po_entries if e.msgid == "" and not e.obsolete)
    body = [e for e in po_entries if e.msgid]
    problems: list[str] = []
    if args.check:
        for path, entry in entries:
            if entry["kind"] == "qt":
                key = (str(entry.get("context", "")), str(entry.get("source", "")))
                if ts.find(*key) is None:
                    problems.append(f"{path.name}: not in {args.ts.name} yet: {key[0]}/{key[1]!r}")
            elif not any(e.msgid == entry.get("msgid") for e in body):
                problems.append(f"{path.name}: not in {args.po.name} yet: {entry.get('msgid')!r}")
        unfinished = unfinished_ts(ts, args.ts.name) + unfinished_po(body, args.po.name)
        if en is not None:
            unfinished += unfinished_ts(en, args.en_ts.name, plural_only=True)
        for line in problems + unfinished:
            print(line)
        print(f"{len(unfinished)} unfinished", file=sys.stderr)
        return 1 if unfinished else 0
    merged = 0
    for path, entry in entries:
        if entry["kind"] == "qt":
            problem = merge_qt(ts, entry, "numerus" if "numerus" in entry else "translation")
            if problem is None and en is not None and "en_numerus" in entry:
                problem = merge_qt(en, entry, "en_numerus")
        else:
            problem = merge_po(body, entry)
        if problem:
            problems.append(f"{path.name}: {problem}")
        else:
            merged += 1
    args.ts.write_text(render_ts(ts), encoding="utf-8")
    if en is not None:
        args.en_ts.write_text(render_ts(en), encoding="utf-8")
    args.po.write_text(render(header, body), encoding="utf-8")
    for line in problems:
        print(line, file=sys.stderr)
    print(f"merged {merged} of {len(entries)} entries", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
