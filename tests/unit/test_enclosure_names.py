"""File names for downloaded enclosures are made by the app (issue 16): never the server's.

Each hostile name is tried as the URL's last path segment, as a Content-Disposition file
name (plain and RFC 5987), and as the article's title; what comes out is always one safe
component of the downloads folder.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from urllib.parse import quote

import pytest

from newsreader.core.filenames import (
    MAX_NAME,
    MAX_NAME_BYTES,
    extension_for,
    is_safe_name,
    reserve,
    safe_name,
    server_name,
    slug,
)

HOSTILE = [
    "../../.bashrc",
    '"; rm -rf ~ ;".mp3',
    "$(id).mp3",
    "`id`.mp3",
    "a" * 300 + ".mp3",
    "evil\x00.mp3",
    "CON.mp3",
    "con",
    "LPT1.mp3",
    "..",
    ".",
    ".hidden.mp3",
    "..\\..\\windows\\win.ini",
    "name\nwith\rnewlines\t.mp3",
    "\u202eevil3pm.exe",  # right-to-left override: shows as "exe.mp3live"
    "episode.mp3.desktop",
    "ep.sh",
    "／etc／passwd.mp3",  # full-width solidus
    "日本語のエピソード" * 30 + ".mp3",
    "-rf.mp3",
    "~",
]

SHELL_SPECIAL = set("/\\\0\"'`$;&|<>*?~(){}[]!#%^=\n\r\t :")


def assert_safe(name: str) -> None:
    assert is_safe_name(name), name
    assert 0 < len(name) <= MAX_NAME
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES
    assert not name.startswith((".", "-"))
    assert not SHELL_SPECIAL & set(name), name
    assert all(unicodedata.category(c)[0] != "C" for c in name), repr(name)
    stem = name.rsplit(".", 1)[0].lower()
    assert stem not in {"con", "prn", "aux", "nul", "lpt1", "com1"}
    assert name.count(".") == 1  # one extension, the app's


@pytest.mark.parametrize("hostile", HOSTILE)
def test_a_hostile_last_path_segment_gives_a_safe_name(hostile: str) -> None:
    url = "http://127.0.0.1:9/files/" + quote(hostile, safe="")
    name = safe_name(url, None, "audio/mpeg", "")
    assert_safe(name)
    assert name.endswith(".mp3")


@pytest.mark.parametrize("hostile", HOSTILE)
def test_a_hostile_content_disposition_gives_a_safe_name(hostile: str) -> None:
    plain = 'attachment; filename="' + hostile.replace('"', '\\"') + '"'
    extended = "attachment; filename*=UTF-8''" + quote(hostile, safe="")
    for header in (plain, extended):
        name = safe_name("http://127.0.0.1:9/get?id=1", header, "application/octet-stream", None)
        assert_safe(name)


@pytest.mark.parametrize("hostile", HOSTILE)
def test_a_hostile_article_title_gives_a_safe_name(hostile: str) -> None:
    assert_safe(safe_name("http://127.0.0.1:9/ep.mp3", None, "audio/mpeg", hostile))


def test_the_title_names_the_file_and_the_type_its_extension() -> None:
    name = safe_name(
        "http://127.0.0.1:9/x/stream?id=7", None, "audio/mpeg", "Episode 12: The Night Ferry!"
    )
    assert name == "Episode-12-The-Night-Ferry.mp3"
    assert safe_name("http://h.invalid/a", None, "video/mp4", "Ünïcödé — Täst") == (
        "Ünïcödé-Täst.mp4"
    )


def test_windows_device_names_are_never_made() -> None:
    assert safe_name("http://h.invalid/CON.mp3", None, "audio/mpeg", None) == "CON-file.mp3"
    assert safe_name("http://h.invalid/a.mp3", None, "audio/mpeg", "nul") == "nul-file.mp3"
    assert safe_name("http://h.invalid/a", None, "audio/mpeg", "COM1") == "COM1-file.mp3"


def test_the_extension_comes_from_an_allow_list_never_from_the_server_as_given() -> None:
    assert extension_for("audio/mpeg", "x.exe") == ".mp3"
    assert extension_for("application/octet-stream", "talk.m4a") == ".m4a"
    assert extension_for("application/octet-stream", "run.sh") == ".bin"
    assert extension_for("application/x-msdownload", "setup.exe") == ".bin"
    assert extension_for("text/html", "page.mp3") == ".bin"  # an HTML error page, say
    assert extension_for(None, "episode.OGG") == ".ogg"
    assert extension_for("audio/x-unknown", "ep.opus") == ".opus"


def test_with_nothing_usable_the_name_is_a_fallback() -> None:
    assert safe_name("http://h.invalid/", None, None, None) == "download.bin"
    assert safe_name("http://h.invalid/%00%00", None, "audio/ogg", "!!!") == "download.ogg"


def test_content_disposition_wins_over_the_url_for_the_material() -> None:
    header = "attachment; filename*=UTF-8''Gr%C3%BC%C3%9Fe%20aus%20Bern.ogg"
    assert server_name("http://h.invalid/dl?id=3", header) == "Grüße aus Bern.ogg"
    assert safe_name("http://h.invalid/dl?id=3", header, None, None) == "Grüße-aus-Bern.ogg"
    assert server_name("http://h.invalid/a/b%2F..%2Fc.mp3", None) == "c.mp3"


def test_slug_keeps_letters_of_any_script_and_drops_the_rest() -> None:
    assert slug("  Hello,   World!  ") == "Hello-World"
    assert slug("ﬁnal ＡＢＣ") == "final-ABC"  # NFKC: ligature and full-width letters
    assert slug("\x00\x01\x1f") == ""
    assert slug("x" * 500) == "x" * MAX_NAME


def test_reserve_never_overwrites_and_numbers_the_next(tmp_path: Path) -> None:
    (tmp_path / "Episode.mp3").write_bytes(b"earlier download")
    first = reserve(tmp_path, "Episode.mp3")
    second = reserve(tmp_path, "Episode.mp3")
    assert (first.name, second.name) == ("Episode-2.mp3", "Episode-3.mp3")
    assert (tmp_path / "Episode.mp3").read_bytes() == b"earlier download"
    long_name = safe_name("http://h.invalid/a", None, "audio/mpeg", "y" * 400)
    (tmp_path / long_name).write_bytes(b"")
    numbered = reserve(tmp_path, long_name)
    assert_safe(numbered.name)
    assert numbered.parent == tmp_path


def test_is_safe_name_refuses_what_the_app_would_never_make() -> None:
    for bad in ("../x.mp3", ".x.mp3", "x.sh", "CON.mp3", "a/b.mp3", "", "x" * 200 + ".mp3"):
        assert not is_safe_name(bad), bad
    assert is_safe_name("Episode-12.mp3")
