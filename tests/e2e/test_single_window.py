"""One window per profile: a second start raises the first instead of opening a rival."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.e2e.test_shutdown import subscribed_profile
from tests.support.httpserver import TestServer


def _start_window(profile: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NEWSREADER_OFFER_DEFAULTS": "no"}
    env.pop("NEWSREADER_PROFILE", None)
    return subprocess.Popen(
        [sys.executable, "-m", "newsreader", "--profile", str(profile)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def test_a_second_window_raises_the_first_and_leaves_the_library_alone(
    tmp_path: Path, http_server: TestServer
) -> None:
    profile = subscribed_profile(tmp_path, http_server)
    first = _start_window(profile)
    try:
        deadline = time.monotonic() + 60
        while not (profile / "newsreader.db-shm").exists():
            assert first.poll() is None, first.communicate()
            assert time.monotonic() < deadline, "the window did not open the profile"
            time.sleep(0.05)
        assert (profile / "window.lock").read_text().strip() == str(first.pid)
        second = _start_window(profile)
        _out, err = second.communicate(timeout=60)
        assert second.returncode == 0, err
        assert "already open for this profile" in err and err.count("\n") == 1
        assert first.poll() is None  # the first window is still running
        first.send_signal(signal.SIGTERM)
        _out, err = first.communicate(timeout=60)
    finally:
        if first.poll() is None:
            first.kill()
            first.communicate()
    assert first.returncode == 0, err
    log = next((profile / "logs").glob("*.log")).read_text()
    assert "another start on this profile: raising the window" in log
    # The lock went with the process: the profile opens again at once.
    again = _start_window(profile)
    try:
        deadline = time.monotonic() + 60
        while (profile / "window.lock").read_text().strip() != str(again.pid):
            assert again.poll() is None, again.communicate()
            assert time.monotonic() < deadline
            time.sleep(0.05)
    finally:
        again.kill()
        again.communicate()
