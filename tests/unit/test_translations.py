"""The shipped translations are complete and current (issue 17).

Fails on an unfinished or obsolete entry in a shipped .ts or .po, on a string marked in the
code that a catalogue lacks (lupdate is run again into a temporary file, over the same sources
and the same helper stub as `make translations`), on a placeholder a translation lost, and on
a compiled catalogue that does not load. Runs pyside6-lupdate; no Qt widgets.
"""

from __future__ import annotations

import gettext
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"
BIN = Path(sys.executable).parent
sys.path.insert(0, str(ROOT / "tools"))

import msgfmt  # noqa: E402
import po_update  # noqa: E402

SHIPPED_TS = sorted(TRANSLATIONS.glob("newsreader_*.ts"))
SHIPPED_PO = sorted(TRANSLATIONS.glob("newsreader_*.po"))
# The Makefile's CLI_SOURCES (every module of newsreader/app) and CORE_SOURCES.
# CORE_SOURCES hold the N_("…") templates of the lines core writes (core/texts.py).
CLI_SOURCES = sorted((ROOT / "newsreader" / "app").glob("*.py")) + sorted(
    path
    for layer in ("core", "usecases", "update")
    for path in (ROOT / "newsreader" / layer).rglob("*.py")
)
PLACEHOLDER = re.compile(r"\{[a-z_]*(?:![rs])?\}|%[0-9]")

Key = tuple[str, str]


def _gui_sources() -> list[Path]:
    files = [
        path
        for folder in ("newsreader/gui", "newsreader/app")
        for path in (ROOT / folder).rglob("*.py")
        if "forms" not in path.parts
    ]
    return sorted(files) + sorted((ROOT / "ui").glob("*.ui"))


def _messages(ts: Path) -> dict[Key, ET.Element]:
    root = ET.parse(ts).getroot()
    found: dict[Key, ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[Key, ET.Element]:
    """What lupdate finds in the code today, the way `make translations` runs it."""
    folder = tmp_path_factory.mktemp("lupdate")
    stub = folder / "tr_helpers_stub.py"
    sources = _gui_sources()
    python_sources = [str(p) for p in sources if p.suffix == ".py"]
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "tr_helpers.py"), str(stub), *python_sources],
        check=True,
    )
    ts = folder / "extracted.ts"
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            str(stub),
            *(str(p) for p in sources),
            "-ts",
            str(ts),
        ],
        check=True,
        capture_output=True,
    )
    return _messages(ts)


def test_every_language_has_both_catalogues() -> None:
    languages = {p.stem.removeprefix("newsreader_") for p in SHIPPED_TS}
    assert {"de", "en"} <= languages
    for language in languages - {"en"}:  # English is the source text of the CLI
        assert (TRANSLATIONS / f"newsreader_{language}.po").is_file(), language


@pytest.mark.parametrize("ts", SHIPPED_TS, ids=lambda p: p.name)
def test_ts_is_current_and_finished(ts: Path, extracted: dict[Key, ET.Element]) -> None:
    shipped = _messages(ts)
    plural_only = ts.stem.endswith("_en")
    wanted = {key: m for key, m in extracted.items() if key[1] and (not plural_only or _numerus(m))}
    missing = sorted(set(wanted) - set(shipped))
    assert not missing, f"{ts.name} lacks marked strings (make translations): {missing[:5]}"
    stale = ("obsolete", "vanished")
    obsolete = sorted(k for k, m in shipped.items() if k not in wanted or _state(m) in stale)
    assert not obsolete, f"{ts.name} has obsolete entries: {obsolete[:5]}"
    unfinished = sorted(k for k, m in shipped.items() if _unfinished(m))
    assert not unfinished, f"{ts.name} has unfinished entries: {unfinished[:5]}"
    for key, message in shipped.items():
        assert _numerus(message) == _numerus(wanted[key]), f"{ts.name}: plural form of {key}"
        for form in _forms(message):
            assert _placeholders(form) <= _placeholders(key[1]) | {"%n"}, (key, form)
            assert _placeholders(key[1]) - {"%n"} <= _placeholders(form) | {"%n"}, (key, form)


def _state(message: ET.Element) -> str:
    translation = message.find("translation")
    return (translation.get("type") or "") if translation is not None else "unfinished"


def _numerus(message: ET.Element) -> bool:
    return message.get("numerus") == "yes"


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    if _numerus(message):
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def _unfinished(message: ET.Element) -> bool:
    forms = _forms(message)
    return _state(message) == "unfinished" or not forms or not all(f.strip() for f in forms)


def _placeholders(text: str) -> set[str]:
    found = set(PLACEHOLDER.findall(text))
    if "%n" in text:
        found.add("%n")
    return found


@pytest.mark.parametrize("po", SHIPPED_PO, ids=lambda p: p.name)
def test_po_is_current_and_finished(po: Path) -> None:
    entries = [e for e in msgfmt.parse(po.read_text(encoding="utf-8")) if e.msgid]
    shipped = {(e.msgid, e.plural): e for e in entries}
    wanted = set(po_update.extract(CLI_SOURCES))
    assert wanted, "no marked CLI messages found"
    missing = sorted(wanted - set(shipped), key=str)
    assert not missing, f"{po.name} lacks marked messages (make translations): {missing[:5]}"
    obsolete = sorted({k for k, e in shipped.items() if e.obsolete or k not in wanted}, key=str)
    assert not obsolete, f"{po.name} has obsolete entries: {obsolete[:5]}"
    unfinished = [k for k, e in shipped.items() if not e.translated]
    assert not unfinished, f"{po.name} has unfinished or fuzzy entries: {unfinished[:5]}"
    for (msgid, plural), entry in shipped.items():
        names = _placeholders(msgid) | _placeholders(plural or "")
        for text in entry.strings.values():
            assert _placeholders(text) <= names, (msgid, text)


@pytest.mark.parametrize("po", SHIPPED_PO, ids=lambda p: p.name)
def test_po_compiles_to_a_catalogue_gettext_reads(po: Path, tmp_path: Path) -> None:
    language = po.stem.removeprefix("newsreader_")
    target = tmp_path / language / "LC_MESSAGES" / "newsreader.mo"
    target.parent.mkdir(parents=True)
    target.write_bytes(msgfmt.compile_mo(msgfmt.parse(po.read_text(encoding="utf-8"))))
    catalogue = gettext.translation("newsreader", str(tmp_path), languages=[language])
    entries = [e for e in msgfmt.parse(po.read_text(encoding="utf-8")) if e.msgid]
    for entry in entries:
        if entry.plural is None:
            assert catalogue.gettext(entry.msgid) == entry.strings[0]
        else:
            assert catalogue.ngettext(entry.msgid, entry.plural, 1) == entry.strings[0]
            assert catalogue.ngettext(entry.msgid, entry.plural, 5) == entry.strings[1]


def test_the_check_notices_a_string_the_catalogue_lacks(tmp_path: Path) -> None:
    """The extraction the checks rely on sees a newly marked string (it can fail)."""
    source = tmp_path / "new.py"
    source.write_text('from newsreader.app.i18n import _\nprint(_("A brand-new message"))\n')
    assert ("A brand-new message", None) in po_update.extract([source])
    known = {e.msgid for e in msgfmt.parse(SHIPPED_PO[0].read_text(encoding="utf-8"))}
    assert "A brand-new message" not in known
