"""Tags, notes and saved searches in a real profile database (issue 16)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsreader.core.errors import NotFoundError, UsageError
from newsreader.core.tags import MAX_NAME, InvalidNameError, clean_name
from newsreader.core.types import ArticleQuery
from newsreader.storage import Library
from tests.unit.storage_factory import NOW, count_rows, entry, make_library, store_update, update


def _ids(lib: Library, query: ArticleQuery) -> list[int]:
    return [row.id for row, _ in lib.article_page(query, None, 100)]


def test_tags_are_made_shared_and_counted(tmp_path: Path) -> None:
    fx = make_library(tmp_path)
    asia, tech = fx.articles["World/Asia"], fx.articles["Tech"]
    tag, added = fx.store.add_tag([asia[0], tech[1]], "  Read   later ")
    assert (tag.name, added) == ("Read later", 2)
    # The same name in another case is the same tag, spelt as it was first.
    again, added = fx.store.add_tag([asia[0], asia[1]], "read LATER")
    assert (again.id, again.name, added) == (tag.id, "Read later", 1)
    fx.store.add_tag([tech[0]], "Trip")
    fx.store.mark_read([asia[1]], True)
    listed = {t.name: (t.total, t.unread) for t in fx.lib.tags()}
    assert listed == {"Read later": (3, 2), "Trip": (1, 1)}
    assert [t.name for t in fx.lib.article_tags(asia[0])] == ["Read later"]
    assert [t.name for t in fx.lib.article_tags(tech[0])] == ["Trip"]
    assert sorted(_ids(fx.lib, ArticleQuery(tag_id=tag.id))) == sorted([asia[0], asia[1], tech[1]])
    assert fx.lib.tag_by_name("READ later") is not None


def test_the_last_untag_deletes_the_tag_and_delete_untags_everything(tmp_path: Path) -> None:
    fx = make_library(tmp_path)
    ids = fx.articles["World/Europe"]
    tag, _ = fx.store.add_tag(ids[:2], "Europe")
    assert fx.store.remove_tag([ids[0]], tag.id) == 1
    assert [t.total for t in fx.lib.tags()] == [1]
    assert fx.store.remove_tag([ids[1], ids[2]], tag.id) == 1
    assert fx.lib.tags() == [] and fx.lib.tag_by_name("Europe") is None
    other, _ = fx.store.add_tag(ids, "Everything")
    assert fx.store.delete_tag(other.id) == 3
    assert count_rows(fx.path, "SELECT count(*) FROM article_tags") == 0
    with pytest.raises(NotFoundError):
        fx.store.delete_tag(other.id)


def test_bad_tag_names_and_missing_articles_change_nothing(tmp_path: Path) -> None:
    fx = make_library(tmp_path)
    with pytest.raises(InvalidNameError) as empty:
        fx.store.add_tag([fx.articles["Tech"][0]], " \n ")
    assert empty.value.reason == "empty"
    with pytest.raises(InvalidNameError) as long:
        clean_name("x" * (MAX_NAME + 1))
    assert long.value.reason == "too-long"
    with pytest.raises(NotFoundError):
        fx.store.add_tag([fx.articles["Tech"][0], 99999], "Ghost")
    assert count_rows(fx.path, "SELECT count(*) FROM tags") == 0


def test_purged_articles_take_their_tags_along(tmp_path: Path) -> None:
    fx = make_library(tmp_path)
    fx.store.add_tag(fx.articles["Tech"], "Gadgets")
    fx.store.delete_feed(fx.feeds["Tech"])
    assert fx.lib.tags() == []


def test_notes_are_kept_replaced_removed_and_searchable(tmp_path: Path) -> None:
    fx = make_library(tmp_path)
    first, second = fx.articles["World/Asia"][:2]
    assert fx.store.set_note(first, "Ask Émile about the Größe of the harbour", NOW)
    note = fx.lib.article_note(first)
    assert note is not None and note.text.startswith("Ask Émile") and note.updated == NOW
    # Note words are found by search (any case, any script), the note's article first.
    assert _ids(fx.lib, ArticleQuery(search="ÉMILE GRÖSSE")) == [first]
    assert fx.lib.search("harbour", 10)[0].id == first
    # The article's own text still matches as before; the note joins the list's filters.
    assert first not in _ids(fx.lib, ArticleQuery(search="harbour", section_id=None,
                                                 feed_id=fx.feeds["Tech"]))  # fmt: skip
    fx.store.mark_read([first], True)
    assert _ids(fx.lib, ArticleQuery(search="harbour", unread_only=True)) == []
    assert fx.store.set_note(first, "  ", NOW) is False
    assert fx.lib.article_note(first) is None
    assert _ids(fx.lib, ArticleQuery(search="harbour")) == []
    with pytest.raises(NotFoundError):
        fx.store.set_note(99999, "lost", NOW)
    assert fx.lib.article_note(second) is None


def test_saved_searches_count_unread_hits_in_their_scope(tmp_path: Path) -> None:
    fx = make_library(tmp_path)
    asia = fx.lib.section_by_path("World/Asia")
    assert asia is not None
    store_update(fx.store, update(fx.feeds["World/Asia"], entry(50, title="Volcano erupts")), NOW)
    store_update(fx.store, update(fx.feeds["Tech"], entry(51, title="Volcano sensors")), NOW)
    everywhere, replaced = fx.store.save_search("Volcanoes", "volcano", False, None, NOW)
    assert not replaced
    scoped, _ = fx.store.save_search("Asian volcanoes", " volcano ", True, asia.id, NOW)
    assert scoped.section_path == "World/Asia" and scoped.unread_only
    listed = fx.lib.saved_searches()
    assert [s.name for s in listed] == ["Volcanoes", "Asian volcanoes"]  # as saved
    assert fx.lib.saved_search_counts(listed) == {everywhere.id: 2, scoped.id: 1}
    hits = _ids(fx.lib, scoped.article_query())
    assert len(hits) == 1
    fx.store.mark_read(hits, True)
    assert fx.lib.saved_search_counts(listed) == {everywhere.id: 1, scoped.id: 0}
    # The same name again replaces the search and keeps its place.
    again, replaced = fx.store.save_search("volcanoes", "sensors", False, None, NOW)
    assert replaced and again.id == everywhere.id and again.query == "sensors"
    assert [s.query for s in fx.lib.saved_searches()] == ["sensors", "volcano"]
    fx.store.delete_saved_search(scoped.id)
    assert [s.name for s in fx.lib.saved_searches()] == ["volcanoes"]
    with pytest.raises(NotFoundError):
        fx.store.delete_saved_search(scoped.id)
    with pytest.raises(UsageError):
        fx.store.save_search("Nothing", "   ", False, None, NOW)


def test_mark_all_read_on_a_saved_search_marks_only_its_hits(tmp_path: Path) -> None:
    fx = make_library(tmp_path)
    (hit,) = store_update(fx.store, update(fx.feeds["Tech"], entry(60, title="Comet seen")), NOW)
    saved, _ = fx.store.save_search("Comets", "comet", False, None, NOW)
    changed: list[int] = []
    assert fx.store.mark_all_read(saved.article_query(), changed) == 1
    assert changed == [hit]
    unread = fx.lib.special_counts()[1]
    assert unread == sum(len(ids) for ids in fx.articles.values())  # the others stay unread
    assert fx.store.mark_all_read(saved.article_query()) == 0
