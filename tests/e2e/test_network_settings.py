"""Proxy and timeout settings reach the fetcher, at start and when they change."""

from __future__ import annotations

from pathlib import Path

from newsreader.app.profile import ProfilePaths, apply_network_settings, open_engine
from newsreader.update import network
from tests.support.feeds import ConditionalFeed, make_items, rss
from tests.support.httpserver import TestServer
from tests.support.socks5 import Connect, Socks5Proxy


def test_a_manual_http_proxy_carries_every_feed_request(
    tmp_path: Path, http_server: TestServer
) -> None:
    # The test server plays the proxy: a proxied request names the absolute URL.
    target = "http://feeds.invalid/world.xml"
    http_server.routes[target] = ConditionalFeed(rss("Via proxy", make_items("p", 3)))
    paths = ProfilePaths(tmp_path, tmp_path / "cache", tmp_path / "logs")
    engine = open_engine(paths, parse_workers=1)
    try:
        engine.writer.call(lambda s: s.add_feed(target, "World", "", 3600))
        for key, value in (
            (network.PROXY_MODE, "http"),
            (network.PROXY_HOST, "127.0.0.1"),
            (network.PROXY_PORT, http_server.port),
            (network.NETWORK_TIMEOUT, 7),
        ):
            engine.writer.call(lambda s, k=key, v=value: s.set_setting(k, v))
        apply_network_settings(engine.fetcher, engine.library)
        assert engine.fetcher.limits.read_timeout == 7.0
        summary = engine.refresher.refresh(all_feeds=True)
        assert summary.new_articles == 3, summary.errors
        assert [r.path for r in http_server.log] == [target]

        engine.writer.call(lambda s: s.set_setting(network.PROXY_MODE, "none"))
        apply_network_settings(engine.fetcher, engine.library)
        failed = engine.refresher.refresh(all_feeds=True)
        assert failed.failed == 1  # without the proxy, feeds.invalid does not resolve
        assert len(http_server.log) == 1
    finally:
        engine.close()


def test_a_socks5_proxy_setting_carries_every_feed_request(
    tmp_path: Path, http_server: TestServer
) -> None:
    # Settings › Network › SOCKS5: the name is resolved by the proxy (socks5h), not here.
    http_server.routes["/world.xml"] = ConditionalFeed(rss("Via SOCKS", make_items("s", 3)))
    target = f"http://localhost:{http_server.port}/world.xml"
    paths = ProfilePaths(tmp_path, tmp_path / "cache", tmp_path / "logs")
    engine = open_engine(paths, parse_workers=1)
    try:
        with Socks5Proxy() as proxy:
            engine.writer.call(lambda s: s.add_feed(target, "World", "", 3600))
            for key, value in (
                (network.PROXY_MODE, "socks5"),
                (network.PROXY_HOST, "127.0.0.1"),
                (network.PROXY_PORT, proxy.port),
            ):
                engine.writer.call(lambda s, k=key, v=value: s.set_setting(k, v))
            apply_network_settings(engine.fetcher, engine.library)
            summary = engine.refresher.refresh(all_feeds=True)
        assert summary.new_articles == 3, summary.errors
        assert proxy.log == [Connect("name", "localhost", http_server.port)]
    finally:
        engine.close()


def test_settings_are_read_when_the_engine_opens(tmp_path: Path) -> None:
    paths = ProfilePaths(tmp_path, tmp_path / "cache", tmp_path / "logs")
    engine = open_engine(paths)
    engine.writer.call(lambda s: s.set_setting(network.NETWORK_TIMEOUT, 45))
    engine.close()
    engine = open_engine(paths)
    try:
        assert engine.fetcher.limits.connect_timeout == 45.0
        assert engine.fetcher.limits.total_deadline == 45.0  # the per-feed deadline too
    finally:
        engine.close()


def test_malformed_settings_fall_back_to_defaults() -> None:
    values = {network.PROXY_MODE: "http", network.PROXY_HOST: "", network.NETWORK_TIMEOUT: "x"}

    def setting(key: str, default: object) -> object:
        return values.get(key, default)

    assert network.proxies(setting) == {}
    assert network.fetch_limits(setting).read_timeout == 20.0
    assert network.proxies(
        lambda k, d: "system" if k == network.PROXY_MODE else d,
        system=lambda: {"https": "http://corp:3128", "ftp": "x"},
    ) == {"https": "http://corp:3128"}
