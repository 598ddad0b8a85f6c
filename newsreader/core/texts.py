"""The plain-word lines of core, usecases and update, in the reader's language (issue 17).

These layers speak no language but English and import neither Qt nor gettext: a line such as
"not found (HTTP 404)" is built from a template marked with `N_` where it is written,

    raise ParseError(N_("not a feed: unknown XML root <{root}>").format(root=root))

and stays English everywhere it goes: in the log, in `feeds --json`, in the database (a feed's
last error). The edges translate it when they show it to a person (docs/DECISIONS.md,
"Error texts"): `TextTranslator` knows every marked template and its translation, recognises
which template an English line was made from, and fills the translated template with the
same values, translating the values that are lines themselves ("could not fetch {url}:
{reason}"). So a last error stored last week reads German in a German window today.

`tools/po_update.py` collects the `N_` templates into the gettext catalogue (CORE_SOURCES in
the Makefile); the CLI (app/i18n.py) and the window (gui/translations.py) build a
`TextTranslator` from that one catalogue. Pure Python; any thread.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

# A placeholder as str.format writes it: {name}, {name!r}, {name:>3}.
_FIELD = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(?:![rsa])?(?::[^{}]*)?\}")
_MIN_LITERAL = 4  # a template must have this many fixed characters to be recognised
_MAX_DEPTH = 3  # values that are lines are translated, to this depth


def N_(text: str) -> str:
    """Mark `text` (a template, formatted afterwards) for translation at the edges."""
    return text


@dataclass(frozen=True, slots=True)
class _Template:
    pattern: re.Pattern[str]
    names: tuple[str, ...]
    translation: str
    weight: int  # fixed characters: the most specific template is tried first


def _compile(source: str, translation: str) -> _Template | None:
    names: list[str] = []
    parts: list[str] = []
    position = 0
    for match in _FIELD.finditer(source):
        parts.append(re.escape(source[position : match.start()]))
        name = match.group(1)
        if name in names:  # the same value twice: the second must equal the first
            parts.append(f"(?P={name})")
        else:
            names.append(name)
            parts.append(f"(?P<{name}>.+?)")
        position = match.end()
    parts.append(re.escape(source[position:]))
    literal = len(_FIELD.sub("", source))
    if literal < _MIN_LITERAL:
        return None
    # A translation that drops or invents a placeholder would lose or garble a value.
    if {m.group(1) for m in _FIELD.finditer(translation)} != set(names):
        return None
    pattern = re.compile("".join(parts), re.DOTALL)
    return _Template(pattern, tuple(names), translation, literal)


class TextTranslator:
    """Renders English lines made from marked templates in another language.

    Built once per language from (template, translation) pairs: the gettext catalogue's.
    A line no template made is returned as it is (the server's own words, an OS message).
    """

    def __init__(self, pairs: Iterable[tuple[str, str]]) -> None:
        exact: dict[str, str] = {}
        templates: list[_Template] = []
        for source, translation in pairs:
            if not source or not translation:
                continue
            if _FIELD.search(source) is None:
                if source != translation:
                    exact[source] = translation
                continue  # a template kept as it is still translates the values in it
            template = _compile(source, translation)
            if template is not None:
                templates.append(template)
        templates.sort(key=lambda t: -t.weight)
        self._exact = exact
        self._templates = tuple(templates)

    def __bool__(self) -> bool:
        return bool(self._exact or self._templates)

    def __call__(self, line: str) -> str:
        return self._translate(line, 0)

    def _translate(self, line: str, depth: int) -> str:
        if not line or depth > _MAX_DEPTH:
            return line
        found = self._exact.get(line)
        if found is not None:
            return found
        for template in self._templates:
            match = template.pattern.fullmatch(line)
            if match is None:
                continue
            values = {n: self._translate(match.group(n), depth + 1) for n in template.names}
            return _fill(template.translation, values)
        return line


def _fill(template: str, values: dict[str, str]) -> str:
    """The template with each placeholder replaced by its value, as written (no repr)."""
    return _FIELD.sub(lambda m: values[m.group(1)], template)


def catalogue_pairs(catalogue: gettext.NullTranslations) -> Iterator[tuple[str, str]]:
    """The (msgid, msgstr) pairs of a compiled gettext catalogue (none for English)."""
    entries = getattr(catalogue, "_catalog", None)  # GNUTranslations keeps them there
    if not isinstance(entries, dict):
        return
    for key, value in entries.items():
        if isinstance(key, str) and key and isinstance(value, str):
            yield key, value
