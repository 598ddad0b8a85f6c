"""Enclosure downloads against a real server on 127.0.0.1 (issue 16).

Hostile file names, as the URL's last segment and as a Content-Disposition file name, all
land as safe names inside the downloads folder; a huge or endless file stops at the cap with
a clear message and leaves nothing behind (not even the temporary file); a cancel does the
same; the feed's address rules apply to the download as to its images.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from newsreader.core import prefs
from newsreader.core.fetch import Fetcher, user_agent
from newsreader.core.filenames import is_safe_name
from newsreader.core.types import FetchFailure, StoredEnclosure
from newsreader.update.downloads import (
    download_enclosure,
    download_limits,
    downloads_folder,
    remove_leftovers,
)
from tests.support.httpserver import Reply, Request, TestServer

HOSTILE = [
    "../../.bashrc",
    '"; rm -rf ~ ;".mp3',
    "$(id).mp3",
    "a" * 300 + ".mp3",
    "evil\x00.mp3",
    "CON.mp3",
    "..%2F..%2Fescape.mp3",
    ".hidden",
]
AUDIO = b"ID3" + bytes(range(256)) * 40  # ~10 kB of "audio"


def settings(**values: Any) -> prefs.Setting:
    def setting(key: str, default: Any) -> Any:
        return values.get(key, default)

    return setting


def enclosure(url: str, *, length: int | None = None, kind: str = "audio/mpeg") -> StoredEnclosure:
    return StoredEnclosure(id=7, article_id=1, url=url, type=kind, length=length, duration=None)


@pytest.fixture(scope="module")
def server() -> Iterator[TestServer]:
    # One server for the module (its shutdown costs half a second); every test its own paths.
    with TestServer() as s:
        yield s


def fetcher(max_mb: int = 2, timeout: float = 5) -> Fetcher:
    limits = download_limits(settings(download_max_mb=max_mb, network_timeout=timeout))
    return Fetcher(user_agent("test"), limits)


def everything_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def assert_landed_safely(path: Path | None, folder: Path) -> Path:
    assert path is not None
    assert path.parent == folder
    assert path.resolve().parent == folder.resolve()
    assert is_safe_name(path.name), path.name
    assert everything_in(folder) == [path.name]  # and no temporary file beside it
    return path


@pytest.mark.parametrize("hostile", HOSTILE)
def test_a_hostile_name_in_the_url_lands_as_a_safe_name(
    server: TestServer, tmp_path: Path, hostile: str
) -> None:
    path = "/files/" + quote(hostile, safe="%")
    server.routes[path] = Reply(200, AUDIO, {"Content-Type": "application/octet-stream"})
    folder = tmp_path / "downloads"

    result = download_enclosure(
        fetcher(), enclosure(server.url(path)), server.url("/feed.xml"), "", folder
    )

    assert result.error is None, result.error
    saved = assert_landed_safely(result.path, folder)
    assert saved.read_bytes() == AUDIO
    assert not (tmp_path / ".bashrc").exists() and not Path.home().joinpath("escape.mp3").exists()


@pytest.mark.parametrize("hostile", HOSTILE)
@pytest.mark.parametrize("form", ["plain", "rfc5987"])
def test_a_hostile_content_disposition_lands_as_a_safe_name(
    server: TestServer, tmp_path: Path, hostile: str, form: str
) -> None:
    if form == "plain":
        named = hostile.replace("\x00", "").replace('"', '\\"')
        header = f'attachment; filename="{named}"'
    else:
        header = "attachment; filename*=UTF-8''" + quote(hostile, safe="")
    server.routes[f"/get/{form}/{HOSTILE.index(hostile)}"] = Reply(
        200, AUDIO, {"Content-Type": "audio/mpeg", "Content-Disposition": header}
    )
    folder = tmp_path / "downloads"

    result = download_enclosure(
        fetcher(),
        enclosure(server.url(f"/get/{form}/{HOSTILE.index(hostile)}?id=1")),
        server.url("/feed.xml"),
        "",
        folder,
    )

    assert result.error is None, result.error
    saved = assert_landed_safely(result.path, folder)
    assert saved.suffix == ".mp3"
    assert saved.read_bytes() == AUDIO


def test_the_article_title_names_the_file_and_a_second_copy_gets_a_number(
    server: TestServer, tmp_path: Path
) -> None:
    server.routes["/ep.mp3"] = Reply(200, AUDIO, {"Content-Type": "audio/mpeg"})
    folder = tmp_path / "downloads"
    feed = server.url("/feed.xml")
    item = enclosure(server.url("/ep.mp3"))
    title = "Episode 12: $(rm -rf ~) the night ferry"

    first = download_enclosure(fetcher(), item, feed, title, folder)
    second = download_enclosure(fetcher(), item, feed, title, folder)

    assert first.path is not None and second.path is not None
    assert first.path.name == "Episode-12-rm-rf-the-night-ferry.mp3"
    assert second.path.name == "Episode-12-rm-rf-the-night-ferry-2.mp3"
    assert first.path.read_bytes() == second.path.read_bytes() == AUDIO


def endless(chunk: int = 64 * 1024) -> Iterator[bytes]:
    block = b"\xff" * chunk
    return (block for _ in itertools.count())


def test_an_endless_enclosure_stops_at_the_cap_and_leaves_no_file(
    server: TestServer, tmp_path: Path
) -> None:
    # No length announced: a server streaming bytes for ever ("a 1 GB enclosure").
    server.routes["/endless.mp3"] = Reply(200, endless(), {"Content-Type": "audio/mpeg"})
    folder = tmp_path / "downloads"
    seen: list[int] = []

    result = download_enclosure(
        fetcher(max_mb=2),
        enclosure(server.url("/endless.mp3"), length=10**9),
        server.url("/feed.xml"),
        "Endless",
        folder,
        progress=lambda received, _total: seen.append(received),
    )

    assert result.path is None
    assert result.failure is FetchFailure.TOO_LARGE
    assert result.error is not None and "download limit of 2 MB" in result.error
    assert "nothing was saved" in result.error
    assert everything_in(folder) == []  # the temporary file is gone too
    assert seen and max(seen) <= 2 * 1024 * 1024


def test_a_declared_gigabyte_is_refused_before_its_first_byte(
    server: TestServer, tmp_path: Path
) -> None:
    sent: list[int] = []

    def body() -> Iterator[bytes]:
        for block in endless():
            sent.append(len(block))
            yield block

    server.routes["/big.mp4"] = Reply(
        200, body(), {"Content-Type": "video/mp4", "Content-Length": str(1024**3)}
    )
    folder = tmp_path / "downloads"

    result = download_enclosure(
        fetcher(max_mb=5), enclosure(server.url("/big.mp4")), server.url("/f"), "Big", folder
    )

    assert result.failure is FetchFailure.TOO_LARGE
    assert result.error is not None and "5 MB" in result.error
    assert everything_in(folder) == []


def test_cancel_stops_the_download_and_leaves_no_file(server: TestServer, tmp_path: Path) -> None:
    server.routes["/slow.mp3"] = Reply(
        200, endless(16 * 1024), {"Content-Type": "audio/mpeg"}, chunk_delay=0.01
    )
    folder = tmp_path / "downloads"
    cancel = threading.Event()

    def progress(received: int, _total: int | None) -> None:
        if received > 64 * 1024:
            cancel.set()

    result = download_enclosure(
        fetcher(max_mb=100),
        enclosure(server.url("/slow.mp3")),
        server.url("/f"),
        "Slow",
        folder,
        progress=progress,
        cancel=cancel,
    )

    assert result.cancelled and result.path is None and result.error is None
    assert everything_in(folder) == []


def test_progress_counts_up_to_the_announced_total(server: TestServer, tmp_path: Path) -> None:
    body = b"x" * (700 * 1024)
    server.routes["/talk.ogg"] = Reply(200, body, {"Content-Type": "audio/ogg"})
    reports: list[tuple[int, int | None]] = []

    result = download_enclosure(
        fetcher(),
        enclosure(server.url("/talk.ogg")),
        server.url("/f"),
        "Talk",
        tmp_path / "dl",
        progress=lambda r, t: reports.append((r, t)),
    )

    assert result.path is not None and result.path.name == "Talk.ogg"
    assert result.size == len(body)
    assert reports[0] == (0, len(body))
    assert reports[-1] == (len(body), len(body))


def test_a_server_error_is_a_clear_line_and_no_file(server: TestServer, tmp_path: Path) -> None:
    server.routes["/gone.mp3"] = Reply(404, b"<html>not here</html>", {"Content-Type": "text/html"})
    folder = tmp_path / "downloads"

    result = download_enclosure(
        fetcher(), enclosure(server.url("/gone.mp3")), server.url("/f"), "Gone", folder
    )

    assert result.path is None and result.error is not None and "404" in result.error
    assert everything_in(folder) == []


def test_a_redirect_is_followed_and_the_final_type_decides_the_extension(
    server: TestServer, tmp_path: Path
) -> None:
    server.routes["/r"] = Reply(302, b"", {"Location": "/media/real.m4a"})
    server.routes["/media/real.m4a"] = Reply(200, AUDIO, {"Content-Type": "audio/mp4"})

    result = download_enclosure(
        fetcher(), enclosure(server.url("/r")), server.url("/f"), "", tmp_path / "dl"
    )

    assert result.path is not None and result.path.name == "real.m4a"


def test_a_public_feed_may_not_send_the_download_to_a_local_address(
    server: TestServer, tmp_path: Path
) -> None:
    server.routes["/secret.mp3"] = Reply(200, AUDIO, {"Content-Type": "audio/mpeg"})
    folder = tmp_path / "downloads"

    result = download_enclosure(
        fetcher(), enclosure(server.url("/secret.mp3")), "https://feeds.invalid/f", "X", folder
    )

    assert result.path is None
    assert result.failure is FetchFailure.REFUSED_ADDRESS
    assert server.requests_to("/secret.mp3") == []
    assert everything_in(folder) == []


def test_a_download_asks_with_the_app_user_agent_and_no_referer(
    server: TestServer, tmp_path: Path
) -> None:
    seen: list[Request] = []

    def handler(request: Request) -> Reply:
        seen.append(request)
        return Reply(200, AUDIO, {"Content-Type": "audio/mpeg"})

    server.routes["/ua.mp3"] = handler
    download_enclosure(fetcher(), enclosure(server.url("/ua.mp3")), server.url("/f"), "", tmp_path)
    assert seen and seen[0].headers.get("User-Agent", "").startswith("Newsreader/")
    assert "Referer" not in seen[0].headers


def test_the_folder_setting_and_leftovers(tmp_path: Path) -> None:
    default = tmp_path / "profile" / "downloads"
    assert downloads_folder(settings(), default) == default
    chosen = tmp_path / "Podcasts"
    assert downloads_folder(settings(downloads_dir=str(chosen)), default) == chosen
    chosen.mkdir()
    (chosen / ".newsreader-abc.part").write_bytes(b"half")
    (chosen / "Kept.mp3").write_bytes(b"whole")
    assert remove_leftovers(chosen) == 1
    assert everything_in(chosen) == ["Kept.mp3"]
