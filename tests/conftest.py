"""Fixtures shared by every test folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.httpserver import TestServer

REPO = Path(__file__).resolve().parent.parent
# The real-world corpus lives beside the repository and is never copied into it.
CORPUS = REPO.parent / "shared" / "corpus"


@pytest.fixture
def http_server() -> Iterator[TestServer]:
    with TestServer() as server:
        yield server


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.fail(f"test corpus not found at {CORPUS} (expected ../shared/corpus)")
    return CORPUS
