"""A word-level diff of two plain texts: what an update added and removed (issue 19).

Pure and bounded: the texts are split into words (runs of non-space characters), the
common head and tail are taken off in linear time, and only the middle goes to
difflib.SequenceMatcher (autojunk off: in news text the most common words are the ones that
anchor a diff, so discarding them as junk gives worse runs). A middle longer than
`MAX_TOKENS` words on either side is not aligned word by word: its differing part is
reported as one removed and one added run, so a rewritten long article costs at most
MAX_TOKENS² comparisons in the worst case and usually far fewer.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from enum import StrEnum
from html.parser import HTMLParser

MAX_TOKENS = 4000
PARAGRAPH = "\n\n"  # a paragraph break: a token of its own, so runs keep the paragraphs

_TOKEN = re.compile(r"\S+|\n[^\S\n]*\n\s*")
_SPACE = re.compile(r"\s+")
_BLOCKS = frozenset(
    "p div li ul ol h1 h2 h3 h4 h5 h6 blockquote pre tr table figure figcaption br hr".split()
)


class Change(StrEnum):
    EQUAL = "equal"
    ADDED = "added"
    REMOVED = "removed"


Run = tuple[Change, str]


class _Paragraphs(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self.parts.append(PARAGRAPH)

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self.parts.append(PARAGRAPH)

    def handle_data(self, data: str) -> None:
        self.parts.append(_SPACE.sub(" ", data))


def plain_text(html: str | None) -> str:
    """The text of (sanitized) article HTML, its block elements as blank-line paragraphs."""
    if not html:
        return ""
    parser = _Paragraphs()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)


def words(text: str) -> list[str]:
    """The words of `text` in order, and PARAGRAPH for each blank line between them."""
    tokens: list[str] = []
    for token in _TOKEN.findall(text):
        if not token.isspace():
            tokens.append(token)
        elif tokens and tokens[-1] != PARAGRAPH:
            tokens.append(PARAGRAPH)
    while tokens and tokens[-1] == PARAGRAPH:
        tokens.pop()
    return tokens


def _join(tokens: list[str]) -> str:
    out = ""
    for token in tokens:
        if token == PARAGRAPH or not out or out.endswith(PARAGRAPH):
            out += token
        else:
            out += " " + token
    return out


def _push(runs: list[Run], kind: Change, tokens: list[str]) -> None:
    if not tokens:
        return
    text = _join(tokens)
    if runs and runs[-1][0] is kind:
        before = runs[-1][1]
        glue = "" if before.endswith(PARAGRAPH) or text.startswith(PARAGRAPH) else " "
        runs[-1] = (kind, before + glue + text)
    else:
        runs.append((kind, text))


def word_diff(old: str, new: str, max_tokens: int = MAX_TOKENS) -> list[Run]:
    """Runs of (kind, text) that turn `old` into `new`, word by word.

    Joining the EQUAL and REMOVED runs' text with spaces gives the old words, EQUAL and
    ADDED the new ones; a paragraph break (a blank line) is a token like a word. Adjacent
    runs never have the same kind; a removal comes before the addition that replaces it.
    """
    a, b = words(old), words(new)
    head = 0
    limit = min(len(a), len(b))
    while head < limit and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < limit - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    mid_a, mid_b = a[head : len(a) - tail], b[head : len(b) - tail]
    runs: list[Run] = []
    _push(runs, Change.EQUAL, a[:head])
    if len(mid_a) > max_tokens or len(mid_b) > max_tokens:
        _push(runs, Change.REMOVED, mid_a)
        _push(runs, Change.ADDED, mid_b)
    else:
        matcher = SequenceMatcher(None, mid_a, mid_b, autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal":
                _push(runs, Change.EQUAL, mid_a[i1:i2])
            else:
                _push(runs, Change.REMOVED, mid_a[i1:i2])
                _push(runs, Change.ADDED, mid_b[j1:j2])
    _push(runs, Change.EQUAL, a[len(a) - tail :])
    return runs


def has_changes(runs: list[Run]) -> bool:
    """Whether any run is an addition or a removal."""
    return any(kind is not Change.EQUAL for kind, _ in runs)
