"""Issue 12: bad local input to `import` fails fast with one line, never hangs or eats memory."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.e2e.test_cli import cli


def _one_line_refusal(done: subprocess.CompletedProcess[str]) -> None:
    assert done.returncode == 1, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "internal error" not in done.stderr


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_import_of_dev_zero_is_refused_quickly(tmp_path: Path) -> None:
    done = cli(tmp_path / "profile", "import", "/dev/zero")
    _one_line_refusal(done)
    assert "regular file" in done.stderr


def test_import_of_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.opml"
    os.mkfifo(fifo)
    done = cli(tmp_path / "profile", "import", str(fifo))
    _one_line_refusal(done)


def test_import_of_directory_is_refused(tmp_path: Path) -> None:
    done = cli(tmp_path / "profile", "import", str(tmp_path))
    _one_line_refusal(done)


def test_import_of_oversized_file_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.opml"
    big.write_bytes(b"<opml>" + b" " * (11 * 1024 * 1024))
    done = cli(tmp_path / "profile", "import", str(big))
    _one_line_refusal(done)
    assert "MB" in done.stderr


def test_limit_beyond_64_bits_is_bad_usage(tmp_path: Path) -> None:
    done = cli(tmp_path / "profile", "articles", "--limit", str(2**63))
    assert done.returncode == 2, done.stderr
    assert "internal error" not in done.stderr


def test_show_id_beyond_64_bits_is_bad_usage(tmp_path: Path) -> None:
    done = cli(tmp_path / "profile", "show", str(2**63))
    assert done.returncode == 2, done.stderr
    assert "internal error" not in done.stderr


def test_profile_that_is_a_file_is_a_one_line_error(tmp_path: Path) -> None:
    profile = tmp_path / "not-a-folder"
    profile.write_text("x")
    done = cli(profile, "feeds")
    _one_line_refusal(done)


def test_export_survives_xml_invalid_names() -> None:
    from newsreader.core.opml import OpmlFeed, parse_opml, write_opml

    feed = OpmlFeed(url="http://127.0.0.1/a.xml", title="T\x01itle", section_path="Bad\x01\ufffe")
    document = parse_opml(write_opml("x", [feed], ["Bad\x01\ufffe"]))
    assert [f.url for f in document.feeds] == ["http://127.0.0.1/a.xml"]
