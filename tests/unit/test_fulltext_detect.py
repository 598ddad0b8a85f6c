"""Summary-only detection: the cheap length checks agree with looking at the text."""

from __future__ import annotations

from newsreader.core.types import ParsedEntry
from newsreader.update.fulltext import FullTextMode, is_summary_only, wants_full_text


def entry(content: str | None = None, summary: str | None = None) -> ParsedEntry:
    return ParsedEntry(guid=None, url=None, title="t", summary=summary, content=content)


LONG = "<p>" + "word " * 200 + "</p>"
TEASER = "<p>A short teaser.</p>"
# Long markup, short text: an image gallery with little prose.
HEAVY = "".join(f'<img src="https://img.example/{i}/{"x" * 80}.jpg" alt="">' for i in range(20))


def test_feeds_of_teasers_are_summary_only() -> None:
    assert is_summary_only([entry(summary=TEASER)] * 10)
    assert is_summary_only([entry(content=TEASER)] * 6 + [entry(content=LONG)] * 4)


def test_feeds_with_full_articles_are_not() -> None:
    assert not is_summary_only([entry(content=LONG, summary=TEASER)] * 10)
    assert not is_summary_only([entry(content=LONG)] * 5 + [entry(summary=TEASER)] * 5)
    assert not is_summary_only([])


def test_markup_without_text_counts_as_short() -> None:
    assert len(HEAVY) > 600
    assert is_summary_only([entry(content=HEAVY + "<p>Caption.</p>")] * 3)


def test_per_feed_override_wins() -> None:
    teasers = [entry(summary=TEASER)] * 3
    assert not wants_full_text(FullTextMode.NEVER, teasers)
    assert wants_full_text(FullTextMode.ALWAYS, [entry(content=LONG)])
    assert wants_full_text(FullTextMode.AUTO, teasers)
