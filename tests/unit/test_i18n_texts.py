"""Error lines written by core are translated at the edges (issue 17, core/texts.py).

The German comes from the shipped .po merged with a few translations by tools/ts_merge.py
into a temporary folder (the way the lead merges them), compiled with tools/msgfmt.py; the
CLI is run for real with LANG=de_DE.UTF-8 against that catalogue. No Qt.
"""

from __future__ import annotations

import gettext
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsreader.core.failures import failure_line, fetch_error
from newsreader.core.texts import N_, TextTranslator, catalogue_pairs
from newsreader.core.types import FetchFailure, FetchKind, FetchResult

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import msgfmt  # noqa: E402
import ts_merge  # noqa: E402

GERMAN = [
    ("could not fetch {url}: {reason}", "{url} konnte nicht abgerufen werden: {reason}"),
    ("{reason} (HTTP {status})", "{reason} (HTTP {status})"),
    ("not found", "nicht gefunden"),
    ("connection refused", "Verbindung abgelehnt"),
    ("not a web address: {url!r}", "keine Webadresse: {url!r}"),
    (
        "unsupported URL scheme {scheme!r}: use http(s)",
        "nicht unterstütztes Adressschema {scheme!r}: verwenden Sie http(s)",
    ),
]


def _result(**fields: object) -> FetchResult:
    return FetchResult(kind=FetchKind.ERROR, requested_url="u", final_url="u", **fields)  # type: ignore[arg-type]


def test_a_line_made_of_templates_is_translated_with_its_values() -> None:
    texts = TextTranslator(GERMAN)
    error = fetch_error("https://news.invalid/feed.xml", _result(status=404))
    assert str(error) == "could not fetch https://news.invalid/feed.xml: not found (HTTP 404)"
    assert texts(str(error)) == (
        "https://news.invalid/feed.xml konnte nicht abgerufen werden: nicht gefunden (HTTP 404)"
    )
    refused = _result(error=N_("connection refused"), failure=FetchFailure.CONNECT)
    assert texts(failure_line(refused)) == "Verbindung abgelehnt"
    assert texts("not a web address: 'ftp://x'") == "keine Webadresse: 'ftp://x'"


def test_a_line_no_template_made_stays_as_it_is() -> None:
    texts = TextTranslator(GERMAN)
    assert texts("HTTP 418 I'm a teapot") == "HTTP 418 I'm a teapot"
    assert texts("") == ""
    assert not TextTranslator([])
    # A translation that lost a placeholder is not used (the value would vanish).
    broken = TextTranslator([("could not fetch {url}: {reason}", "Fehler: {reason}")])
    assert broken("could not fetch x: y") == "could not fetch x: y"


@pytest.fixture
def german_catalogue(tmp_path: Path) -> Path:
    """resources/ with the shipped German .po merged with our JSON, compiled."""
    po = tmp_path / "de.po"
    po.write_text((ROOT / "translations" / "newsreader_de.po").read_text(encoding="utf-8"))
    ts = tmp_path / "de.ts"
    ts.write_text((ROOT / "translations" / "newsreader_de.ts").read_text(encoding="utf-8"))
    entries = [{"kind": "po", "msgid": k, "msgstr": v} for k, v in GERMAN]
    source = tmp_path / "de.json"
    source.write_text(json.dumps(entries), encoding="utf-8")
    no_english = str(tmp_path / "no.ts")
    code = ts_merge.main(["--ts", str(ts), "--po", str(po), "--en-ts", no_english, str(source)])
    assert code == 0
    resources = tmp_path / "resources"
    mo = resources / "locale" / "de" / "LC_MESSAGES" / "newsreader.mo"
    mo.parent.mkdir(parents=True)
    mo.write_bytes(msgfmt.compile_mo(msgfmt.parse(po.read_text(encoding="utf-8"))))
    return resources


def test_the_catalogue_gives_the_pairs(german_catalogue: Path) -> None:
    catalogue = gettext.translation(
        "newsreader", str(german_catalogue / "locale"), languages=["de"]
    )
    texts = TextTranslator(catalogue_pairs(catalogue))
    assert texts("could not fetch a: connection refused") == (
        "a konnte nicht abgerufen werden: Verbindung abgelehnt"
    )
    assert list(catalogue_pairs(gettext.NullTranslations())) == []


def test_the_cli_says_core_errors_in_german(german_catalogue: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANGUAGE"))}
    env.update(LANG="de_DE.UTF-8", NEWSREADER_RESOURCES=str(german_catalogue))
    run = subprocess.run(
        [sys.executable, "-m", "newsreader", "--profile", str(tmp_path / "p"), "add", "ftp://x"],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert run.returncode == 2, run.stderr
    assert "nicht unterstütztes Adressschema 'ftp'" in run.stderr, run.stderr
    env["LANG"] = "C.UTF-8"
    english = subprocess.run(
        [sys.executable, "-m", "newsreader", "--profile", str(tmp_path / "p"), "add", "ftp://x"],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert "unsupported URL scheme 'ftp'" in english.stderr, english.stderr
