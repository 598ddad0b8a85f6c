"""Fixtures shared by every test folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import secret_service
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


@pytest.fixture
def keyring_env(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A private D-Bus session with gnome-keyring unlocked: the environment for clients."""
    missing = secret_service.available()
    if missing:
        pytest.fail(missing)  # .ci/run installs them; a missing keyring is a broken setup
    with secret_service.secret_service(tmp_path / "keyring") as env:
        yield env
