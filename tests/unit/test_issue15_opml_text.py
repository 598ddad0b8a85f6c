"""Issue 15: an OPML import says what happened, in sentences, and leaves no empty folder
behind for rows that were all rejected. A real SQLite profile in tmp_path."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsreader.core.opml import parse_opml
from newsreader.storage import open_library
from newsreader.storage.writer import Store
from newsreader.usecases.opml import ImportReport, import_opml
from tests.unit.storage_factory import make_store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened, _path = make_store(tmp_path)
    yield opened
    opened.close()


def _opml(body: str) -> bytes:
    return (
        '<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head>'
        f"<body>{body}</body></opml>"
    ).encode()


def _feed(n: int) -> str:
    return f'<outline type="rss" text="Feed {n}" xmlUrl="http://127.0.0.1:9/f{n}.xml"/>'


BAD_ROWS = (
    '<outline text="Bad rows">'
    '<outline type="rss" text="Local file" xmlUrl="file:///etc/passwd"/>'
    '<outline type="rss" text="Script" xmlUrl="javascript:alert(1)"/>'
    "</outline>"
)


def _sections(tmp_path: Path) -> set[str]:
    library = open_library(tmp_path / "profile" / "newsreader.db")
    try:
        return {s.path for s in library.sections()}
    finally:
        library.close()


def test_a_folder_of_rejected_rows_is_not_created(store: Store, tmp_path: Path) -> None:
    document = parse_opml(
        _opml(
            f'<outline text="News">{_feed(1)}</outline>'
            f"{BAD_ROWS}"
            '<outline text="Later"></outline>'  # an empty folder of the list still comes
            f'<outline text="Mixed">{_feed(2)}<outline type="rss" text="x" xmlUrl="file:///x"/>'
            "</outline>"
        )
    )
    report = import_opml(store, document)
    assert len(report.imported) == 2 and len(report.rejected) == 3
    assert _sections(tmp_path) == {"News", "Later", "Mixed"}
    assert report.summary() == "Imported 2 feeds. 3 entries could not be imported."


def test_an_import_of_only_rejected_rows_creates_nothing(store: Store, tmp_path: Path) -> None:
    report = import_opml(store, parse_opml(_opml(BAD_ROWS)))
    assert _sections(tmp_path) == set()
    assert report.summary() == "No feeds were imported: none of the list's 2 entries could be used."


def test_summary_says_only_what_happened_with_plurals(store: Store) -> None:
    first = import_opml(store, parse_opml(_opml(_feed(1))))
    assert first.summary() == "Imported 1 feed."
    again = import_opml(store, parse_opml(_opml(_feed(1))))
    assert again.summary() == "You were already subscribed to the list's feed."
    both = import_opml(store, parse_opml(_opml(_feed(1) + _feed(2) + _feed(3))))
    assert both.summary() == "Imported 2 feeds. 1 other was already subscribed."
    all_known = import_opml(store, parse_opml(_opml(_feed(2) + _feed(3))))
    assert all_known.summary() == "You were already subscribed to all 2 feeds of the list."
    mixed = import_opml(store, parse_opml(_opml(_feed(1) + BAD_ROWS)))
    assert mixed.summary() == (
        "No new feeds: 1 feed was already subscribed and 2 entries could not be imported."
    )


def test_summary_wording_has_no_log_jargon() -> None:
    empty = ImportReport()
    assert empty.summary() == "The list holds no feeds."
    one_bad = ImportReport(rejected=[("file:///x", "unsupported URL scheme")])
    assert one_bad.summary() == "No feeds were imported: the list's only entry could not be used."
    for report in (empty, one_bad):
        text = report.summary()
        assert " 0 " not in text and "(s)" not in text and "skipped" not in text
