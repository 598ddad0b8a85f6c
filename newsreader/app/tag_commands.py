"""`newsreader tag`, `untag`, `tags`, `note`, `saved …` and `search QUERY --save NAME` (issue 16).

Tags and notes change an article as the window does (through the engine's writer); a saved
search becomes a node of the window's tree, which shows it at its next update. Names are the
person's text: printed as they are, never interpreted. `articles --tag NAME` is answered by
`commands.cmd_articles` with `tag_id()` from here.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from newsreader.app import present
from newsreader.app.i18n import _, ngettext
from newsreader.app.profile import Engine, utc_now
from newsreader.core.errors import NotFoundError, UsageError
from newsreader.core.tags import MAX_NAME, InvalidNameError, SavedSearch, Tag, clean_name
from newsreader.core.types import ArticleQuery
from newsreader.storage import Library

COMMANDS = ("tag", "untag", "tags", "note", "saved")
_Parser = TypeVar("_Parser", bound=argparse.ArgumentParser)


class _HasLibrary(Protocol):
    @property
    def library(self) -> Library: ...


def add_parsers(sub: argparse._SubParsersAction[_Parser], positive: Callable[[str], int]) -> None:
    p = sub.add_parser("tag", help="give an article a tag (made when new)")
    p.add_argument("id", type=positive, metavar="ID")
    p.add_argument("name", metavar="NAME")
    p = sub.add_parser("untag", help="take a tag off an article")
    p.add_argument("id", type=positive, metavar="ID")
    p.add_argument("name", metavar="NAME")
    p = sub.add_parser("tags", help="list tags with their article counts")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("note", help="show, set or remove an article's private note")
    p.add_argument("id", type=positive, metavar="ID")
    p.add_argument("text", nargs="?", metavar="TEXT", help='the note ("" removes it)')

    p = sub.add_parser("saved", help="saved searches (the tree's smart folders)")
    actions = p.add_subparsers(dest="saved_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list saved searches with their unread counts")
    listing.add_argument("--json", action="store_true")
    remove = actions.add_parser("remove", help="remove a saved search")
    remove.add_argument("name", metavar="NAME")


def add_search_options(search: argparse.ArgumentParser) -> None:
    """`search QUERY [--unread] [--section S] [--save NAME]` (the contract's `--save`)."""
    search.add_argument("--unread", action="store_true", help="only unread articles")
    search.add_argument("--section", help='only this section, e.g. "World/Asia"')
    search.add_argument("--save", metavar="NAME", help="keep this search as a tree node")


def saves_search(args: argparse.Namespace) -> bool:
    """`search … --save NAME`: a search that writes, so it runs on the engine."""
    return args.command == "search" and getattr(args, "save", None) is not None


def run(engine: Engine, args: argparse.Namespace) -> int:
    if args.command == "search":
        return _save_search(engine, args)
    if args.command == "tag":
        return _tag(engine, args)
    if args.command == "untag":
        return _untag(engine, args)
    if args.command == "tags":
        return _tags(engine, args)
    if args.command == "note":
        return _note(engine, args)
    if args.saved_command == "list":
        return _saved_list(engine, args)
    return _saved_remove(engine, args)


def name_of(text: str) -> str:
    """A tag's or saved search's name as stored; bad usage (exit 2) when it cannot be one."""
    try:
        return clean_name(text)
    except InvalidNameError as exc:
        if exc.reason == "empty":
            raise UsageError(_("the name is empty")) from None
        raise UsageError(_("the name is longer than {n} characters").format(n=MAX_NAME)) from None


def tag_id(reading: _HasLibrary, name: str | None) -> int | None:
    """`articles --tag NAME`: the tag's id (NotFoundError when no article has that tag)."""
    if name is None:
        return None
    tag = reading.library.tag_by_name(name_of(name))
    if tag is None:
        raise NotFoundError(_("no tag named “{name}”").format(name=" ".join(name.split())))
    return tag.id


def _require_article(engine: Engine, article_id: int) -> None:
    if engine.library.article(article_id) is None:
        raise NotFoundError(_("no article with id {id}").format(id=article_id))


# -- tags and notes -------------------------------------------------------------------------


def _tag(engine: Engine, args: argparse.Namespace) -> int:
    name = name_of(args.name)
    _require_article(engine, args.id)
    tag, added = engine.writer.call(lambda store: store.add_tag([args.id], name))
    if added:
        print(_("Tagged article {id} “{name}”").format(id=args.id, name=tag.name))
    else:
        print(_("Article {id} already has the tag “{name}”").format(id=args.id, name=tag.name))
    return 0


def _untag(engine: Engine, args: argparse.Namespace) -> int:
    name = name_of(args.name)
    _require_article(engine, args.id)
    tag = engine.library.tag_by_name(name)
    if tag is None or all(t.id != tag.id for t in engine.library.article_tags(args.id)):
        raise NotFoundError(
            _("article {id} has no tag named “{name}”").format(id=args.id, name=name)
        )
    engine.writer.call(lambda store: store.remove_tag([args.id], tag.id))
    print(_("Removed the tag “{name}” from article {id}").format(name=tag.name, id=args.id))
    return 0


def tag_json(tag: Tag) -> dict[str, Any]:
    return {"id": tag.id, "name": tag.name, "articles": tag.total, "unread": tag.unread}


def _tags(engine: Engine, args: argparse.Namespace) -> int:
    listed = engine.library.tags()
    if args.json:
        present.print_json([tag_json(t) for t in listed])
        return 0
    if not listed:
        print(_("No tags yet. Tag an article with `newsreader tag ID NAME`."))
    for t in listed:
        line = ngettext(
            "{name}: {n} article, {unread} unread", "{name}: {n} articles, {unread} unread", t.total
        )
        print(line.format(name=t.name, n=t.total, unread=t.unread))
    return 0


def _note(engine: Engine, args: argparse.Namespace) -> int:
    _require_article(engine, args.id)
    if args.text is None:
        note = engine.library.article_note(args.id)
        if note is None:
            print(_("Article {id} has no note").format(id=args.id))
        else:
            print(note.text)
        return 0
    text = args.text
    kept = engine.writer.call(lambda store: store.set_note(args.id, text, utc_now()))
    if kept:
        print(_("Kept the note of article {id}").format(id=args.id))
    else:
        print(_("Removed the note of article {id}").format(id=args.id))
    return 0


# -- saved searches -------------------------------------------------------------------------


def saved_json(saved: SavedSearch, unread: int) -> dict[str, Any]:
    return {
        "id": saved.id,
        "name": saved.name,
        "query": saved.query,
        "unread_only": saved.unread_only,
        "section": saved.section_path,
        "unread": unread,
    }


def _save_search(engine: Engine, args: argparse.Namespace) -> int:
    """`search QUERY --save NAME`: save it, then list its hits as `search` does."""
    if not args.query.strip():
        raise UsageError(_("the search query is empty"))
    name = name_of(args.save)
    section_id = section_of(engine, args.section)
    query = args.query
    saved, replaced = engine.writer.call(
        lambda store: store.save_search(name, query, args.unread, section_id, utc_now())
    )
    rows = [row for row, _c in engine.library.article_page(saved.article_query(), None, args.limit)]
    if replaced:
        done = _("Saved the search as “{name}”, in place of the one saved under that name")
    else:
        done = _("Saved the search as “{name}”; the window shows it under Saved searches")
    if args.json:
        present.print_json([present.row_json(r) for r in rows])
        sys.stderr.write(done.format(name=saved.name) + "\n")  # stdout stays one JSON value
    else:
        present.print_rows(rows)
        print(done.format(name=saved.name))
    return 0


def section_of(reading: _HasLibrary, path: str | None) -> int | None:
    if not path:
        return None
    section = reading.library.section_by_path(path.strip("/"))
    if section is None:
        raise NotFoundError(_("no section named {path!r}").format(path=path))
    return section.id


def search_query(reading: _HasLibrary, args: argparse.Namespace) -> ArticleQuery:
    """The query of `search QUERY [--unread] [--section S]`."""
    return ArticleQuery(
        search=args.query,
        unread_only=bool(getattr(args, "unread", False)),
        section_id=section_of(reading, getattr(args, "section", None)),
    )


def _saved_list(engine: Engine, args: argparse.Namespace) -> int:
    listed = engine.library.saved_searches()
    counts = engine.library.saved_search_counts(listed)
    if args.json:
        present.print_json([saved_json(s, counts.get(s.id, 0)) for s in listed])
        return 0
    if not listed:
        print(_("No saved searches. Save one with `newsreader search QUERY --save NAME`."))
    for s in listed:
        if s.section_path and s.unread_only:
            line = _("{name}: “{query}” in {section}, unread only; {n} unread")
        elif s.section_path:
            line = _("{name}: “{query}” in {section}; {n} unread")
        elif s.unread_only:
            line = _("{name}: “{query}”, unread only; {n} unread")
        else:
            line = _("{name}: “{query}”; {n} unread")
        print(
            line.format(name=s.name, query=s.query, section=s.section_path, n=counts.get(s.id, 0))
        )
    return 0


def _saved_remove(engine: Engine, args: argparse.Namespace) -> int:
    name = name_of(args.name)
    saved = engine.library.saved_search_by_name(name)
    if saved is None:
        raise NotFoundError(_("no saved search named “{name}”").format(name=name))
    engine.writer.call(lambda store: store.delete_saved_search(saved.id))
    print(_("Removed the saved search “{name}”").format(name=saved.name))
    return 0
