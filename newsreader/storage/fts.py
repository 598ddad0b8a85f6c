"""Safe FTS5 MATCH expressions out of the user's text or an article's key terms.

User text never reaches FTS5's query syntax raw: it is cut into word tokens and each one is
double-quoted, so `"`, `AND(`, `NEAR`, `*` or `col:` are searched for as words, never parsed.
The text the index holds comes from `core.html_text`. Pure functions; any thread.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+", re.UNICODE)


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def match_all(text: str) -> str | None:
    """A MATCH expression requiring every word of the user's text; None when it has none."""
    terms = _WORD.findall(text)
    if not terms:
        return None
    return " ".join(_quote(t) for t in terms[:32])


def match_any(terms: list[str]) -> str | None:
    """A MATCH expression for any of the terms (already normalised words)."""
    if not terms:
        return None
    return " OR ".join(_quote(t) for t in terms)
