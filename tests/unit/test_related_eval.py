"""Related articles (issue 15): the judged evaluation over the corpus news feeds, and the
order rules on small hand-built libraries (relevance first, section and date only for
near-ties, one story never twice)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from bench.related import JUDGED, article_ids, evaluate, judged, load_corpus
from newsreader.core.html_text import normalized_title
from newsreader.core.ranking import RelatedCandidate, order_related
from newsreader.storage import Library, open_library
from tests.unit.storage_factory import NOW, entry, make_library, store_update, update

DAY, DAYS_5 = timedelta(days=1), timedelta(days=5)


@pytest.fixture(scope="module")
def corpus_library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    from tests.conftest import CORPUS

    if not CORPUS.is_dir():
        pytest.fail(f"test corpus not found at {CORPUS} (expected ../shared/corpus)")
    db = tmp_path_factory.mktemp("related") / "newsreader.db"
    load_corpus(db, CORPUS)
    library = open_library(db)
    yield library
    library.close()


def test_judged_set_names_real_articles_and_holds_no_bodies(corpus_library: Library) -> None:
    data = json.loads(JUDGED.read_text(encoding="utf-8"))
    assert len(data["_about"]) > 200  # the method note
    queries = data["queries"]
    assert len(queries) >= 40
    ids = article_ids(corpus_library)
    for q in queries:
        assert q["related"], q["article"]["title"]
        for ref in [q["article"], *q["related"]]:
            assert set(ref) == {"feed", "key", "title"}  # judgments only, never the text
            assert (ref["feed"], ref["key"]) in ids, ref


def test_precision_at_5_on_the_judged_set(corpus_library: Library) -> None:
    score = evaluate(corpus_library, judged())
    # A quality gate: the box must be right, and not right by showing next to nothing.
    assert score.precision >= 0.8, f"precision@5 {score.precision:.3f}"
    assert score.recall >= 0.7, f"recall@5 {score.recall:.3f}"
    assert score.empty <= score.queries // 20


def test_no_box_shows_its_article_or_one_story_twice(corpus_library: Library) -> None:
    ids = article_ids(corpus_library)
    for q in judged():
        me = ids[(q["article"]["feed"], q["article"]["key"])]
        own = corpus_library.article(me)
        assert own is not None
        shown = corpus_library.related(me, 5)
        titles = [normalized_title(r.title) for r in shown]
        urls = [r.url for r in shown if r.url]
        assert me not in [r.id for r in shown]
        assert normalized_title(own.title) not in titles
        assert len(set(titles)) == len(titles)
        assert len(set(urls)) == len(urls) and own.url not in urls


# -- the order rules, pure ---------------------------------------------------------------


def _c(name: str, relevance: float, same: bool, time: float) -> RelatedCandidate[str]:
    return RelatedCandidate(relevance, same, time, name)


def test_relevance_beats_section_and_date_outside_near_ties() -> None:
    out = order_related(
        [_c("old other", 10.0, False, 1.0), _c("new same", 8.0, True, 9.0)], 5, floor_best=0
    )
    assert out == ["old other", "new same"]


def test_near_ties_go_to_the_same_section_then_the_newest() -> None:
    out = order_related(
        [
            _c("other newest", 10.0, False, 9.0),
            _c("same old", 9.7, True, 1.0),
            _c("other older", 9.5, False, 5.0),
            _c("far weaker", 7.0, True, 10.0),
        ],
        5,
        floor_best=0,
    )
    assert out == ["same old", "other newest", "other older", "far weaker"]


def test_floors_drop_weak_candidates() -> None:
    cands = [_c("strong", 10.0, False, 1.0), _c("weak", 4.0, True, 2.0)]
    assert order_related(cands, 5) == ["strong"]  # under half the best
    assert order_related(cands, 5, floor_best=0.3) == ["strong", "weak"]
    assert order_related(cands, 5, own=100.0, floor_best=0.3) == []  # under 15% of itself
    assert order_related([], 5) == []


# -- the order rules, on a real library --------------------------------------------------


def test_equal_relevance_prefers_the_same_section_then_the_newest(tmp_path: Path) -> None:
    fx = make_library(tmp_path)
    asia, europe = fx.feeds["World/Asia"], fx.feeds["World/Europe"]
    story = "<p>A glacier dam breach sent water through the valley overnight.</p>"
    (me,) = store_update(
        fx.store,
        update(asia, entry(600, title="Glacier dam breach in valley", content=story)),
        NOW,
    )
    # Same words, same lengths: the three score alike, so section and date decide.
    store_update(
        fx.store,
        update(
            europe,
            entry(601, title="Glacier dam breach relief teams", published=NOW),
            entry(
                602, title="Glacier dam breach volunteer teams", published=NOW - timedelta(days=1)
            ),
        ),
        NOW,
    )
    store_update(
        fx.store,
        update(
            asia, entry(603, title="Glacier dam breach rescue teams", published=NOW - timedelta(5))
        ),
        NOW,
    )
    titles = [r.title for r in fx.lib.related(me, 5)]
    assert titles == [
        "Glacier dam breach rescue teams",
        "Glacier dam breach relief teams",
        "Glacier dam breach volunteer teams",
    ]


def test_a_better_match_wins_over_section_and_date(tmp_path: Path) -> None:
    fx = make_library(tmp_path)
    asia, tech = fx.feeds["World/Asia"], fx.feeds["Tech"]
    (me,) = store_update(
        fx.store, update(asia, entry(700, title="Volcano ash grounds Bali flights")), NOW
    )
    store_update(
        fx.store,
        update(asia, entry(701, title="Bali flights resume", published=NOW)),
        NOW,
    )
    store_update(
        fx.store,
        update(
            tech,
            entry(
                702,
                title="Volcano ash cloud grounds more Bali flights",
                published=NOW - timedelta(days=3),
            ),
        ),
        NOW,
    )
    titles = [r.title for r in fx.lib.related(me, 5)]
    assert titles[0] == "Volcano ash cloud grounds more Bali flights"


def test_a_story_in_two_feeds_shows_once(tmp_path: Path) -> None:
    fx = make_library(tmp_path)
    asia, europe, tech = fx.feeds["World/Asia"], fx.feeds["World/Europe"], fx.feeds["Tech"]
    (me,) = store_update(
        fx.store, update(asia, entry(800, title="Ferry capsizes off Lombok coast")), NOW
    )
    store_update(
        fx.store,
        update(
            europe,
            entry(801, title="Divers search capsized Lombok ferry", published=NOW),
            # Its own story again under another address: a copy of the article itself.
            entry(802, title="Ferry capsizes off Lombok coast.", url="https://example.org/x/802"),
        ),
        NOW,
    )
    store_update(
        fx.store,
        update(
            tech,
            # The related story again: once by the same title, once by the same URL.
            entry(803, title="DIVERS SEARCH CAPSIZED LOMBOK FERRY!", published=NOW),
            entry(804, title="Lombok ferry divers", url="https://example.org/a/801"),
        ),
        NOW,
    )
    shown = fx.lib.related(me, 5)
    # 801 and its two copies (803 by title, 804 by URL) are one story: one link.
    assert len(shown) == 1
    assert {normalized_title(shown[0].title), shown[0].url} & {
        "divers search capsized lombok ferry",
        "https://example.org/a/801",
    }
    assert me not in [r.id for r in shown]
    assert fx.lib.related(99999, 5) == []
