"""`newsreader download ID [N]`, and the enclosure lines of `show` (issue 16).

`download` saves an article's enclosure into the downloads folder (the `downloads_dir`
setting, else the profile's default) through the engine's one download path
(`update.downloads`): the same fetch limits as everything else, a size cap, a name made by
the app. Nothing is ever handed to a shell or another program.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from newsreader import __version__
from newsreader.app import present
from newsreader.app.i18n import _
from newsreader.app.profile import Engine, ProfilePaths
from newsreader.core.errors import NotFoundError, UsageError
from newsreader.core.fetch import Fetcher, user_agent
from newsreader.core.types import StoredEnclosure
from newsreader.storage import Library
from newsreader.update import network
from newsreader.update.downloads import download_enclosure, download_limits, downloads_folder

COMMANDS = ("download",)
_Parser = TypeVar("_Parser", bound=argparse.ArgumentParser)


def add_parsers(sub: argparse._SubParsersAction[_Parser], positive: Callable[[str], int]) -> None:
    p = sub.add_parser("download", help="download an article's enclosure (podcast, video)")
    p.add_argument("id", type=positive, metavar="ID")
    p.add_argument("n", type=positive, nargs="?", default=1, metavar="N", help="which one (1)")
    p.add_argument("--json", action="store_true")


def folder_of(paths: ProfilePaths, library: Library) -> Path:
    return downloads_folder(library.setting, paths.downloads_dir or paths.data_dir / "downloads")


def enclosures_json(enclosures: Sequence[StoredEnclosure], folder: Path) -> list[dict[str, Any]]:
    return [
        {
            "n": n,
            "id": e.id,
            "url": e.url,
            "type": e.type or None,
            "length": e.length,
            "duration": e.duration,
            "position": e.position,
            "file": str(folder / e.download) if e.download else None,
        }
        for n, e in enumerate(enclosures, 1)
    ]


def print_enclosures(enclosures: Sequence[StoredEnclosure]) -> None:
    """The enclosure lines under `show`'s text (nothing when there are none)."""
    if not enclosures:
        return
    print()
    print(_("Enclosures:"))
    for n, e in enumerate(enclosures, 1):
        details = [e.type or _("unknown type")]
        if e.length:
            details.append(_("{size} MB").format(size=f"{e.length / (1024 * 1024):.1f}"))
        if e.duration:
            details.append(clock(e.duration))
        if e.download:
            details.append(_("downloaded as {name}").format(name=e.download))
        print(f"  {n}. {e.url} ({', '.join(details)})")


def clock(seconds: float) -> str:
    """1:02:03, or 4:05 under an hour."""
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def run(engine: Engine, args: argparse.Namespace) -> int:
    library = engine.library
    article = library.article(args.id)
    if article is None:
        raise NotFoundError(_("no article with id {id}").format(id=args.id))
    enclosures = library.enclosures(args.id)
    if not enclosures:
        raise NotFoundError(_("article {id} has no enclosures").format(id=args.id))
    if args.n > len(enclosures):
        raise UsageError(
            _("article {id} has {count} enclosures; N is 1 to {count}").format(
                id=args.id, count=len(enclosures)
            )
        )
    chosen = enclosures[args.n - 1]
    feed = library.feed(article.feed_id)
    folder = folder_of(engine.paths, library)
    fetcher = Fetcher(
        user_agent(__version__),
        download_limits(library.setting),
        network.proxies(library.setting),
    )
    result = download_enclosure(
        fetcher, chosen, feed.url if feed else chosen.url, article.title, folder
    )
    if result.path is None:
        print(
            _("Could not download enclosure {n} of article {id}: {error}").format(
                n=args.n, id=args.id, error=result.error or _("cancelled")
            ),
            file=sys.stderr,
        )
        return 1
    name = result.path.name
    engine.writer.call(lambda store: store.set_enclosure_download(chosen.id, name))
    if args.json:
        present.print_json({"id": chosen.id, "file": str(result.path), "size": result.size})
    else:
        print(_("Saved {path}").format(path=result.path))
    return 0
