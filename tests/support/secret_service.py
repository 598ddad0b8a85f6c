"""A real Secret Service for tests: a private D-Bus session bus and an unlocked gnome-keyring.

HOME and XDG_DATA_HOME point into a fresh temporary folder, so no keyring from an earlier run
(which would stay locked) is ever found. The environment returned is what a subprocess needs
to reach the keyring; nothing in the test process's own environment changes.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

KEYRING_PASSWORD = "test-keyring-password"


def available() -> str | None:
    """None when the daemons are installed, else what is missing."""
    for tool in ("dbus-daemon", "gnome-keyring-daemon"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (Debian packages: dbus, gnome-keyring)"
    return None


@contextmanager
def secret_service(root: Path) -> Iterator[dict[str, str]]:
    """Start the bus and the keyring daemon; yield the environment for clients."""
    home = root / "home"
    (home / ".local" / "share").mkdir(parents=True)
    runtime = root / "run"
    runtime.mkdir(mode=0o700)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_RUNTIME_DIR": str(runtime),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "LANG": "C.UTF-8",
    }
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1", "--nopidfile"],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert bus.stdout is not None
    address = bus.stdout.readline().strip()
    if not address:
        bus.kill()
        raise RuntimeError("dbus-daemon did not print its address")
    env["DBUS_SESSION_BUS_ADDRESS"] = address
    daemon = subprocess.Popen(
        ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert daemon.stdin is not None
    daemon.stdin.write(KEYRING_PASSWORD)
    daemon.stdin.close()
    try:
        _wait_for_secrets(env)
        yield env
    finally:
        for proc in (daemon, bus):
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()


def _wait_for_secrets(env: dict[str, str]) -> None:
    """Wait until the daemon owns org.freedesktop.secrets on the bus."""
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        probe = subprocess.run(
            [
                "dbus-send",
                "--session",
                "--print-reply",
                "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus.NameHasOwner",
                "string:org.freedesktop.secrets",
            ],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        if "boolean true" in probe.stdout:
            return
        time.sleep(0.1)
    raise RuntimeError("gnome-keyring-daemon did not register org.freedesktop.secrets")


_BARE_BUS_CONFIG = """<busconfig>
  <type>session</type>
  <listen>unix:dir={runtime}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


@contextmanager
def bare_bus(root: Path) -> Iterator[dict[str, str]]:
    """A session bus with no Secret Service, not even an activatable one; yields its env.

    The stock session config would activate gnome-keyring on demand (its .service file is
    installed), so this bus gets its own config without service directories.
    """
    runtime = root / "run"
    runtime.mkdir(parents=True, mode=0o700)
    config = root / "bus.conf"
    config.write_text(_BARE_BUS_CONFIG.format(runtime=runtime), encoding="utf-8")
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(root),
        "XDG_RUNTIME_DIR": str(runtime),
        "LANG": "C.UTF-8",
    }
    bus = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address=1", "--nopidfile"],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert bus.stdout is not None
    address = bus.stdout.readline().strip()
    try:
        if not address:
            raise RuntimeError("dbus-daemon did not print its address")
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        yield env
    finally:
        bus.send_signal(signal.SIGTERM)
        try:
            bus.wait(5)
        except subprocess.TimeoutExpired:
            bus.kill()
