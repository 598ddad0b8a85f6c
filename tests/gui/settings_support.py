"""Shared pieces of the settings dialog tests: an engine on a real profile, scripted prompts,
and a page on 127.0.0.1 that links to two feeds."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from newsreader.app.profile import Engine, open_engine, resolve_profile
from newsreader.app.settings_wiring import settings_context
from newsreader.gui.settings.context import Prompts
from newsreader.gui.settings.dialog import SettingsDialog
from tests.support.feeds import make_items, rss
from tests.support.httpserver import Reply, TestServer

RSS = {"Content-Type": "application/rss+xml; charset=utf-8"}
HTML = {"Content-Type": "text/html; charset=utf-8"}


@dataclass
class Answers:
    """What the scripted user answers, and what they were asked."""

    confirms: list[bool] = field(default_factory=list)
    choices: list[int | None] = field(default_factory=list)  # index of the answer; None: Cancel
    texts: list[str | None] = field(default_factory=list)
    files: list[str | None] = field(default_factory=list)
    asked: list[str] = field(default_factory=list)
    reports: list[tuple[str, str]] = field(default_factory=list)
    offered: list[tuple[str, ...]] = field(default_factory=list)  # the answers `choose` offered

    def prompts(self) -> Prompts:
        def confirm(_parent: QWidget, title: str, text: str) -> bool:
            self.asked.append(text)
            return self.confirms.pop(0)

        def choose(_parent: QWidget, _title: str, text: str, answers: Sequence[str]) -> int | None:
            self.asked.append(text)
            self.offered.append(tuple(answers))
            return self.choices.pop(0)

        def text(_parent: QWidget, _title: str, label: str, _value: str) -> str | None:
            self.asked.append(label)
            return self.texts.pop(0)

        def file(_parent: QWidget, title: str, _filters: str) -> str | None:
            self.asked.append(title)
            return self.files.pop(0)

        def report(_parent: QWidget, _title: str, summary: str, details: str) -> None:
            self.reports.append((summary, details))

        return Prompts(
            confirm=confirm,
            choose=choose,
            open_file=file,
            save_file=file,
            text=text,
            report=report,
        )


def serve_discovery_page(server: TestServer) -> tuple[str, str]:
    """A web page linking to two feeds; returns (page URL, URL of the second feed)."""
    server.routes["/one.xml"] = Reply(200, rss("First Feed", make_items("one", 3)), RSS)
    server.routes["/site/two.xml"] = Reply(200, rss("Second Feed", make_items("two", 6)), RSS)
    page = (
        "<html><head><title>News site</title>"
        '<link rel="alternate" type="application/rss+xml" title="Headlines" href="/one.xml">'
        '<link rel="alternate" type="application/rss+xml" title="Analysis" href="two.xml">'
        "</head><body><p>Welcome</p></body></html>"
    )
    server.routes["/site/"] = Reply(200, page.encode(), HTML)
    return server.url("/site/"), server.url("/site/two.xml")


@pytest.fixture
def engine_factory() -> Iterator[Callable[[Path], Engine]]:
    engines: list[Engine] = []

    def make(root: Path) -> Engine:
        engine = open_engine(resolve_profile(root))
        engines.append(engine)
        return engine

    yield make
    for engine in engines:
        engine.close()


def open_dialog(qtbot: QtBot, engine: Engine, answers: Answers) -> SettingsDialog:
    dialog = SettingsDialog(settings_context(engine), prompts=answers.prompts())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def files_containing(folder: Path, needle: bytes) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]
