"""A word-level diff of two plain texts: what an update added and removed (issue 19).

Pure and bounded: the texts are split into words (runs of non-space characters) and
paragraph breaks. Paragraphs are matched first (difflib.SequenceMatcher on whole paragraphs:
most are unchanged and cost one hash each); only the paragraphs that differ are aligned word
by word, after their common head and tail are taken off in linear time (autojunk off: in
news text the most common words are the ones that anchor a diff). SequenceMatcher's cost
grows with the product of the two lengths (worst with a small vocabulary: two 4,000-word
texts of two words took 1.5 s), so the word pairs compared are capped by MAX_PAIRS over the
whole diff: a differing part that would pass it is reported as one removed and one added
run. See bench/article_updates.py for the figures.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from enum import StrEnum
from html.parser import HTMLParser

MAX_PAIRS = 150_000  # word pairs compared at most (bench: about 30 ms in the worst case)
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


def _paragraphs(tokens: list[str]) -> list[tuple[str, ...]]:
    """The tokens cut after each PARAGRAPH: every piece but the last ends with one."""
    out: list[tuple[str, ...]] = []
    start = 0
    for i, token in enumerate(tokens):
        if token == PARAGRAPH:
            out.append(tuple(tokens[start : i + 1]))
            start = i + 1
    if start < len(tokens):
        out.append(tuple(tokens[start:]))
    return out


def _align(a: list[str], b: list[str], runs: list[Run], budget: int) -> int:
    """Push the runs that turn tokens `a` into `b`; returns the word pairs it compared."""
    head = 0
    limit = min(len(a), len(b))
    while head < limit and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < limit - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    mid_a, mid_b = a[head : len(a) - tail], b[head : len(b) - tail]
    pairs = len(mid_a) * len(mid_b)
    _push(runs, Change.EQUAL, a[:head])
    if pairs > budget:
        # Too costly to align word by word: the differing middle, removed then added.
        _push(runs, Change.REMOVED, mid_a)
        _push(runs, Change.ADDED, mid_b)
        pairs = 0
    elif pairs:
        matcher = SequenceMatcher(None, mid_a, mid_b, autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal":
                _push(runs, Change.EQUAL, mid_a[i1:i2])
            else:
                _push(runs, Change.REMOVED, mid_a[i1:i2])
                _push(runs, Change.ADDED, mid_b[j1:j2])
    else:
        _push(runs, Change.REMOVED, mid_a)
        _push(runs, Change.ADDED, mid_b)
    _push(runs, Change.EQUAL, a[len(a) - tail :])
    return pairs


def word_diff(old: str, new: str, max_pairs: int = MAX_PAIRS) -> list[Run]:
    """Runs of (kind, text) that turn `old` into `new`, word by word.

    Joining the EQUAL and REMOVED runs' text with spaces gives the old words, EQUAL and
    ADDED the new ones; a paragraph break (a blank line) is a token like a word. Adjacent
    runs never have the same kind; a removal comes before the addition that replaces it.
    """
    a, b = words(old), words(new)
    runs: list[Run] = []
    pa, pb = _paragraphs(a), _paragraphs(b)
    if len(pa) * len(pb) > max_pairs:
        _align(a, b, runs, max_pairs)
        return runs
    budget = max_pairs
    paragraphs = SequenceMatcher(None, pa, pb, autojunk=False)
    for op, i1, i2, j1, j2 in paragraphs.get_opcodes():
        old_part = [t for p in pa[i1:i2] for t in p]
        new_part = [t for p in pb[j1:j2] for t in p]
        if op == "equal":
            _push(runs, Change.EQUAL, old_part)
        else:
            budget -= _align(old_part, new_part, runs, budget)
    return runs


def has_changes(runs: list[Run]) -> bool:
    """Whether any run is an addition or a removal."""
    return any(kind is not Change.EQUAL for kind, _ in runs)
