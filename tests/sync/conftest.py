"""Fixtures for the sync tests: real Miniflux servers (2.2.6 and 2.3.x) on 127.0.0.1.

`miniflux_servers` starts one server per version for the whole session (the binary is
downloaded once into the cache folder by tools/miniflux-get.sh); `miniflux` hands a test that
server reset to its freshly seeded state. When the binary cannot be downloaded or the server
cannot start, the tests fail with the reason: they are never skipped.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.httpserver import TestServer
from tests.support.miniflux import MinifluxError, MinifluxServer

# (pytest id, Debian suite, expected version prefix)
VERSIONS = [("mf226", "trixie", "2.2.6"), ("mf23x", "forky", "2.3.")]


@pytest.fixture(scope="session", params=VERSIONS, ids=[v[0] for v in VERSIONS])
def miniflux_servers(request: pytest.FixtureRequest) -> Iterator[MinifluxServer]:
    _, suite, expected = request.param
    server = MinifluxServer(suite)
    try:
        server.start()
    except MinifluxError as e:
        pytest.fail(f"Miniflux from Debian {suite} could not be started: {e}", pytrace=False)
    try:
        if not server.version.startswith(expected):
            pytest.fail(
                f"Debian {suite} gave miniflux {server.version}, expected {expected}*",
                pytrace=False,
            )
        t = server.timings
        print(
            f"\nminiflux {server.version}: {'cold' if t.cold else 'warm'} start {t.start:.2f} s"
            f" (download {t.download:.2f}, cluster {t.cluster:.2f}, postgres"
            f" {t.postgres:.2f}, miniflux {t.miniflux:.2f})"
        )
        yield server
    finally:
        server.stop()


@pytest.fixture
def miniflux(miniflux_servers: MinifluxServer) -> MinifluxServer:
    """The session's server for this version, back in its freshly seeded state."""
    miniflux_servers.reset()
    return miniflux_servers


@pytest.fixture
def feedserver() -> Iterator[TestServer]:
    """A loopback HTTP server for the feeds Miniflux subscribes to (see FeedFarm)."""
    with TestServer() as server:
        yield server
