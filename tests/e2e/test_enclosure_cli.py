"""A podcast feed on 127.0.0.1 through the real CLI (issue 16): `refresh` stores the
enclosures, `show` lists them, `download ID [N]` saves one under a safe name in the
profile's downloads folder and `show --json` then names the file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.httpserver import Reply, TestServer

AUDIO = b"ID3" + b"\x01" * 5000


def cli(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("NEWSREADER_PROFILE", None)
    return subprocess.run(
        [sys.executable, "-m", "newsreader", "--profile", str(profile), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


def ok_json(profile: Path, *args: str) -> Any:
    done = cli(profile, *args, "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def podcast(server: TestServer) -> bytes:
    hostile = server.url("/files/..%2F..%2F.bashrc")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
<channel><title>Loopback Radio</title><link>{server.url("/")}</link>
<item><title>Episode 1: $(id) on air</title><link>{server.url("/1")}</link><guid>e1</guid>
<enclosure url="{hostile}" length="{len(AUDIO)}" type="audio/mpeg"/>
<enclosure url="{server.url("/files/notes.pdf")}" length="4" type="application/pdf"/>
<itunes:duration>12:34</itunes:duration>
</item></channel></rss>""".encode()


@pytest.fixture
def server() -> Iterator[TestServer]:
    with TestServer() as s:
        s.routes["/feed.xml"] = Reply(200, podcast(s), {"Content-Type": "application/rss+xml"})
        s.routes["/files/..%2F..%2F.bashrc"] = Reply(
            200, AUDIO, {"Content-Type": "audio/mpeg", "Content-Disposition": "attachment; "
                         'filename="../../.bashrc"'}
        )  # fmt: skip
        s.routes["/files/notes.pdf"] = Reply(200, b"%PDF", {"Content-Type": "application/pdf"})
        yield s


def test_refresh_show_and_download_an_enclosure(server: TestServer, tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    assert cli(profile, "add", server.url("/feed.xml")).returncode == 0
    assert cli(profile, "refresh").returncode == 0
    (article,) = ok_json(profile, "articles")

    shown = ok_json(profile, "show", str(article["id"]))
    first, second = shown["enclosures"]
    assert first["type"] == "audio/mpeg" and first["length"] == len(AUDIO)
    assert first["duration"] == 754.0 and first["file"] is None
    assert second["type"] == "application/pdf"
    text = cli(profile, "show", str(article["id"]))
    assert "Enclosures:" in text.stdout and "12:34" in text.stdout

    done = cli(profile, "download", str(article["id"]))
    assert done.returncode == 0, done.stderr
    downloads = profile / "downloads"
    assert sorted(p.name for p in downloads.iterdir()) == ["Episode-1-id-on-air.mp3"]
    assert (downloads / "Episode-1-id-on-air.mp3").read_bytes() == AUDIO
    assert not (tmp_path / ".bashrc").exists()

    again = ok_json(profile, "show", str(article["id"]))
    assert again["enclosures"][0]["file"] == str(downloads / "Episode-1-id-on-air.mp3")

    pdf = ok_json(profile, "download", str(article["id"]), "2")
    assert Path(pdf["file"]).name == "Episode-1-id-on-air.pdf"


def test_download_says_what_is_wrong(server: TestServer, tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    assert cli(profile, "add", server.url("/feed.xml")).returncode == 0
    assert cli(profile, "refresh").returncode == 0
    (article,) = ok_json(profile, "articles")

    too_far = cli(profile, "download", str(article["id"]), "3")
    assert too_far.returncode == 2 and "1 to 2" in too_far.stderr
    missing = cli(profile, "download", "999")
    assert missing.returncode == 1 and "999" in missing.stderr
    server.routes["/files/notes.pdf"] = Reply(500, b"oops", {"Content-Type": "text/plain"})
    failed = cli(profile, "download", str(article["id"]), "2")
    assert failed.returncode == 1 and "500" in failed.stderr
    assert len(failed.stderr.strip().splitlines()) == 1
