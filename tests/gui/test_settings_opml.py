"""OPML through the settings dialog: round trip of a nested tree, every corpus list with its
report, hostile rows and hostile files; plus the preference pages persisting at once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from newsreader.app.profile import Engine
from newsreader.core import prefs
from newsreader.core.opml import parse_opml
from tests.gui.settings_support import Answers, engine_factory, open_dialog

__all__ = ["engine_factory"]
WAIT = 30000

NESTED = b"""<?xml version="1.0"?>
<opml version="2.0"><head><title>Mine</title></head><body>
 <outline text="Top feed" xmlUrl="https://top.example.org/feed.xml"/>
 <outline text="World">
  <outline text="World wire" xmlUrl="https://world.example.org/rss"/>
  <outline text="Asia">
   <outline text="Asia one" xmlUrl="https://asia.example.org/1.xml"/>
   <outline text="Asia two" xmlUrl="https://asia.example.org/2.xml"/>
  </outline>
  <outline text="Empty folder"/>
 </outline>
 <outline text="Tech"><outline text="Code" xmlUrl="https://code.example.org/atom"/></outline>
</body></opml>"""

HOSTILE = b"""<?xml version="1.0"?>
<opml version="2.0"><body>
 <outline text="fine" xmlUrl="https://ok.example.org/feed"/>
 <outline text="local file" xmlUrl="file:///etc/passwd"/>
 <outline text="script" xmlUrl="javascript:alert(1)"/>
 <outline text="data" xmlUrl="data:text/xml;base64,PHJzcy8+"/>
 <outline text="shell" xmlUrl="https://x.example.org/$(rm -rf ~)"/>
 <outline text="pipe" xmlUrl="|cat /etc/shadow"/>
 <outline text="with password" xmlUrl="https://bob:hunter2@private.example.org/feed"/>
</body></opml>"""


def tree(engine: Engine) -> tuple[set[tuple[str, str, str]], set[str]]:
    library = engine.library
    return (
        {(f.url, f.title, f.section_path) for f in library.feeds()},
        {s.path for s in library.sections()},
    )


def import_file(qtbot: QtBot, dialog, path: Path):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.feeds.import_finished, timeout=WAIT) as signal:
        dialog.feeds.import_file(path)
    return signal.args[0]


def test_opml_import_export_import_round_trip_keeps_the_tree(
    qtbot: QtBot, engine_factory: Callable[[Path], Engine], tmp_path: Path
) -> None:
    source = tmp_path / "mine.opml"
    source.write_bytes(NESTED)
    first = engine_factory(tmp_path / "one")
    answers = Answers(files=[str(source)])
    dialog = open_dialog(qtbot, first, answers)
    with qtbot.waitSignal(dialog.feeds.import_finished, timeout=WAIT):
        dialog.ui.importOpmlButton.click()
    report = dialog.feeds.last_report
    assert report is not None and len(report.imported) == 5 and not report.rejected
    assert answers.reports[0][0] == report.summary()
    feeds, sections = tree(first)
    assert ("https://asia.example.org/2.xml", "Asia two", "World/Asia") in feeds
    assert "World/Empty folder" in sections

    exported = tmp_path / "exported.opml"
    answers.files.append(str(exported))
    dialog.ui.exportOpmlButton.click()
    qtbot.waitUntil(lambda: "Exported 5" in dialog.ui.feedsMessageLabel.text(), timeout=WAIT)

    second = engine_factory(tmp_path / "two")
    again = open_dialog(qtbot, second, Answers())
    report2 = import_file(qtbot, again, exported)
    assert len(report2.imported) == 5
    assert tree(second) == (feeds, sections)
    # Importing the same list again only skips duplicates.
    report3 = import_file(qtbot, again, exported)
    assert (len(report3.imported), len(report3.duplicates)) == (0, 5)


def test_hostile_rows_are_rejected_and_listed(
    qtbot: QtBot, engine_factory: Callable[[Path], Engine], tmp_path: Path
) -> None:
    path = tmp_path / "hostile.opml"
    path.write_bytes(HOSTILE)
    engine = engine_factory(tmp_path / "p")
    answers = Answers()
    dialog = open_dialog(qtbot, engine, answers)
    report = import_file(qtbot, dialog, path)
    assert [f.url for f in engine.library.feeds()] == ["https://ok.example.org/feed"]
    assert len(report.rejected) == 6
    details = answers.reports[-1][1]
    for needle in ("file:///etc/passwd", "javascript:", "data:", "rm -rf", "cat /etc/shadow"):
        assert needle in details
    assert "hunter2" not in details and "hunter2" not in dialog.ui.feedsMessageLabel.text()
    assert all(reason for _text, reason in report.rejected)


def test_files_that_are_not_opml_change_nothing(
    qtbot: QtBot, engine_factory: Callable[[Path], Engine], tmp_path: Path
) -> None:
    engine = engine_factory(tmp_path / "p")
    dialog = open_dialog(qtbot, engine, Answers())
    not_xml = tmp_path / "notes.opml"
    not_xml.write_bytes(b"just some words, <not> xml & certainly not OPML")
    huge = tmp_path / "huge.opml"
    with huge.open("wb") as out:
        out.write(b'<?xml version="1.0"?><opml><body>')
        out.write(b'<outline text="x" xmlUrl="https://e.example.org/f"/>' * 250_000)
        out.write(b"</body></opml>")
    missing = tmp_path / "nowhere.opml"
    label = dialog.ui.feedsMessageLabel
    for path, expected in ((not_xml, "not XML"), (huge, "at most 10 MB"), (missing, "cannot read")):
        dialog.feeds.import_file(path)
        qtbot.waitUntil(lambda: "Nothing was imported" in label.text(), timeout=WAIT)
        assert expected in label.text(), label.text()
        label.setText("")
    assert engine.library.feeds() == [] and engine.library.sections() == []


def test_every_corpus_opml_list_imports_with_a_report(
    qtbot: QtBot, engine_factory: Callable[[Path], Engine], tmp_path: Path, corpus: Path
) -> None:
    engine = engine_factory(tmp_path / "p")
    dialog = open_dialog(qtbot, engine, Answers())
    label = dialog.ui.feedsMessageLabel
    lists = sorted((corpus / "opml").glob("*.opml"))
    assert len(lists) > 50
    rows = []
    for path in lists:
        try:
            document = parse_opml(path.read_bytes())
        except Exception as exc:  # the dialog must say the same and import nothing
            before = len(engine.library.feeds())
            dialog.feeds.import_file(path)
            qtbot.waitUntil(lambda: "Nothing was imported" in label.text(), timeout=WAIT)
            assert str(exc) in label.text()
            assert len(engine.library.feeds()) == before
            rows.append((path.name, "-", "-", "-", label.text()[:60]))
            label.setText("")
            continue
        report = import_file(qtbot, dialog, path)
        total = len(document.feeds) + len(document.rejected)
        counted = len(report.imported) + len(report.duplicates) + len(report.rejected)
        assert counted == total, path.name
        assert all(reason for _t, reason in report.rejected)
        rows.append((path.name, len(report.imported), len(report.duplicates),
                     len(report.rejected), ""))  # fmt: skip
    stored = engine.library.feeds()
    assert all(f.url.startswith(("http://", "https://")) for f in stored)
    print(f"\n{'list':50} {'imported':>8} {'dupes':>6} {'rejected':>8}  note")
    for name, imported, dupes, rejected, note in rows:
        print(f"{name:50} {imported!s:>8} {dupes!s:>6} {rejected!s:>8}  {note}")
    print(f"{len(rows)} lists, {len(stored)} feeds stored")


def test_preferences_apply_at_once_and_persist(
    qtbot: QtBot, engine_factory: Callable[[Path], Engine], tmp_path: Path
) -> None:
    engine = engine_factory(tmp_path / "p")
    dialog = open_dialog(qtbot, engine, Answers())
    ui, library = dialog.ui, engine.library

    def change(key: str, action: Callable[[], object]) -> None:
        with qtbot.waitSignal(
            dialog.settings_changed, timeout=WAIT, check_params_cb=lambda k: k == key
        ):
            action()

    change(prefs.DEFAULT_INTERVAL.key, lambda: ui.defaultIntervalSpin.setValue(45))
    change(prefs.RETENTION_DAYS.key, lambda: ui.retentionDaysCheck.setChecked(True))
    change(prefs.RETENTION_DAYS.key, lambda: ui.retentionDaysSpin.setValue(14))
    change(prefs.RETENTION_PER_FEED.key, lambda: ui.retentionPerFeedCheck.setChecked(True))
    change(prefs.RETENTION_KEEP_UNREAD.key, lambda: ui.keepUnreadCheck.setChecked(False))
    change(prefs.IMAGES_POLICY.key, lambda: ui.imagesPolicyCombo.setCurrentIndex(1))
    change(prefs.THEME.key, lambda: ui.themeCombo.setCurrentIndex(2))
    change(prefs.READ_DELAY_MS.key, lambda: ui.readDelaySpin.setValue(3000))
    change(prefs.PROXY_MODE.key, lambda: ui.proxyModeCombo.setCurrentIndex(3))
    change(prefs.NETWORK_TIMEOUT.key, lambda: ui.timeoutSpin.setValue(45))
    change(prefs.DOWNLOAD_MAX_MB.key, lambda: ui.downloadMaxSpin.setValue(300))
    folder = str(tmp_path / "episodes")

    def type_folder() -> None:
        ui.downloadsDirEdit.setText(folder)
        ui.downloadsDirEdit.editingFinished.emit()

    change(prefs.DOWNLOADS_DIR.key, type_folder)
    assert library.setting(prefs.DOWNLOAD_MAX_MB.key) == 300
    assert library.setting(prefs.DOWNLOADS_DIR.key) == folder
    assert library.setting(prefs.DEFAULT_INTERVAL.key) == 2700
    assert library.setting(prefs.RETENTION_DAYS.key) == 14
    assert library.setting(prefs.RETENTION_PER_FEED.key) == 500
    assert library.setting(prefs.RETENTION_KEEP_UNREAD.key) is False
    assert library.setting(prefs.IMAGES_POLICY.key) == "ask"
    assert library.setting(prefs.THEME.key) == "dark"
    assert library.setting(prefs.READ_DELAY_MS.key) == 3000
    assert library.setting(prefs.PROXY_MODE.key) == "socks5" and ui.proxyHostEdit.isEnabled()
    change(prefs.RETENTION_DAYS.key, lambda: ui.retentionDaysCheck.setChecked(False))
    assert library.setting(prefs.RETENTION_DAYS.key) is None

    # A new dialog shows what was stored.
    dialog.close()
    again = open_dialog(qtbot, engine, Answers())
    assert again.ui.defaultIntervalSpin.value() == 45
    assert not again.ui.retentionDaysCheck.isChecked()
    assert again.ui.retentionPerFeedCheck.isChecked()
    assert again.ui.imagesPolicyCombo.currentIndex() == 1
    assert again.ui.timeoutSpin.value() == 45
    assert again.ui.downloadMaxSpin.value() == 300
    assert again.ui.downloadsDirEdit.text() == folder
