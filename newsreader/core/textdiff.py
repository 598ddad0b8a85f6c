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

MAX_TOKENS = 4000

_WORD = re.compile(r"\S+")


class Change(StrEnum):
    EQUAL = "equal"
    ADDED = "added"
    REMOVED = "removed"


Run = tuple[Change, str]


def words(text: str) -> list[str]:
    """The words of `text`, in order (whitespace only separates them)."""
    return _WORD.findall(text)


def _push(runs: list[Run], kind: Change, tokens: list[str]) -> None:
    if not tokens:
        return
    text = " ".join(tokens)
    if runs and runs[-1][0] is kind:
        runs[-1] = (kind, f"{runs[-1][1]} {text}")
    else:
        runs.append((kind, text))


def word_diff(old: str, new: str, max_tokens: int = MAX_TOKENS) -> list[Run]:
    """Runs of (kind, text) that turn `old` into `new`, word by word.

    Joining the EQUAL and REMOVED runs' text with spaces gives the old words, EQUAL and
    ADDED the new ones. Adjacent runs never have the same kind; a removal comes before the
    addition that replaces it.
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
