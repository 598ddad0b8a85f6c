#!/usr/bin/env python3
"""Compile a gettext .po catalogue into the .mo file Python's gettext reads (issue 17).

    python3 tools/msgfmt.py translations/newsreader_de.po \
        resources/locale/de/LC_MESSAGES/newsreader.mo

A small reimplementation of what GNU msgfmt does for our catalogues, so `make` needs no system
package on any platform: msgctxt, plurals (msgid_plural / msgstr[n]) and the header are kept;
fuzzy and untranslated entries are left out, as msgfmt does. `parse()` is also what the
translation check (tests/unit/test_translations.py) reads the catalogue with.
"""

from __future__ import annotations

import ast
import struct
import sys
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Entry:
    msgid: str = ""
    plural: str | None = None
    context: str | None = None
    strings: dict[int, str] = field(default_factory=dict)  # msgstr, or msgstr[n] by n
    flags: set[str] = field(default_factory=set)
    obsolete: bool = False

    @property
    def translated(self) -> bool:
        return bool(self.strings) and all(self.strings.values()) and "fuzzy" not in self.flags


def parse(text: str) -> list[Entry]:
    """The entries of a .po file (blocks separated by blank lines), the header included."""
    entries: list[Entry] = []
    for block in text.split("\n\n"):
        entry = Entry()
        key: tuple[str, int] | None = None
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        for raw in lines:
            line = raw
            if line.startswith("#~"):
                entry.obsolete = True
                line = line[2:].strip()
            elif line.startswith("#,"):
                entry.flags.update(flag.strip() for flag in line[2:].split(","))
                continue
            elif line.startswith("#"):
                continue
            word, rest = ("", line) if line.startswith('"') else line.split(" ", 1)
            try:
                value = ast.literal_eval(rest.strip())
            except (SyntaxError, ValueError) as exc:
                raise ValueError(f"not a quoted string: {raw!r}") from exc
            if not isinstance(value, str):
                raise ValueError(f"not a quoted string: {raw!r}")
            if word.startswith("msgstr["):
                key = ("msgstr", int(word[7:-1]))
            elif word in ("msgctxt", "msgid", "msgid_plural", "msgstr"):
                key = (word, 0)
            elif word or key is None:
                raise ValueError(f"unexpected line: {raw!r}")
            name, index = key
            if name == "msgctxt":
                entry.context = (entry.context or "") + value
            elif name == "msgid":
                entry.msgid += value
            elif name == "msgid_plural":
                entry.plural = (entry.plural or "") + value
            else:
                entry.strings[index] = entry.strings.get(index, "") + value
        if key is not None:
            entries.append(entry)
    return entries


def compile_mo(entries: list[Entry]) -> bytes:
    """The GNU .mo bytes for the translated entries (and the header)."""
    pairs: dict[bytes, bytes] = {}
    for entry in entries:
        if entry.obsolete or not (entry.translated or entry.msgid == ""):
            continue
        key = entry.msgid
        if entry.plural is not None:
            key += "\0" + entry.plural
        if entry.context is not None:
            key = entry.context + "\x04" + key
        value = "\0".join(entry.strings[i] for i in sorted(entry.strings))
        pairs[key.encode()] = value.encode()
    keys = sorted(pairs)
    ids = strs = b""
    offsets = []
    for key in keys:
        offsets.append((len(ids), len(key), len(strs), len(pairs[key])))
        ids += key + b"\0"
        strs += pairs[key] + b"\0"
    start = 7 * 4
    key_table = start + len(keys) * 8
    value_table = key_table + len(keys) * 8
    ids_start = value_table
    strs_start = ids_start + len(ids)
    key_index = []
    value_index = []
    for id_offset, id_len, str_offset, str_len in offsets:
        key_index += [id_len, ids_start + id_offset]
        value_index += [str_len, strs_start + str_offset]
    header = struct.pack("Iiiiiii", 0x950412DE, 0, len(keys), start, key_table, 0, 0)
    tables = struct.pack(f"{len(key_index)}i", *key_index)
    tables += struct.pack(f"{len(value_index)}i", *value_index)
    return header + tables + ids + strs


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print("usage: msgfmt.py INPUT.po OUTPUT.mo", file=sys.stderr)
        return 2
    source, target = Path(argv[1]), Path(argv[2])
    try:
        entries = parse(source.read_text(encoding="utf-8"))
    except ValueError as exc:
        print(f"msgfmt.py: {source}: {exc}", file=sys.stderr)
        return 1
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(compile_mo(entries))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
