"""A desktop notification server for tests: owns org.freedesktop.Notifications on a private
session bus (`bare_bus`) and records every `Notify` call it answers.

It runs on a thread of the test process with its own jeepney connection, answers
GetCapabilities (with "body-markup", as GNOME's and KDE's servers do, so the client must
escape the body), GetServerInformation and Notify, and keeps the calls in `calls`.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jeepney import DBusAddress, MessageType, new_error, new_method_return, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

from tests.support.secret_service import bare_bus

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


@dataclass(frozen=True)
class NotifyCall:
    id: int
    app_name: str
    replaces_id: int
    icon: str
    summary: str
    body: str
    actions: tuple[str, ...]
    hints: dict[str, Any]
    timeout: int


class NotificationServer:
    """Answers the Notifications interface until `stop`; `calls` lists what it was asked."""

    def __init__(self, address: str, capabilities: tuple[str, ...] = ("body", "body-markup")):
        self.address = address
        self.capabilities = list(capabilities)
        self.calls: list[NotifyCall] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._signals: list[tuple[str, str, tuple[Any, ...]]] = []
        self._thread = threading.Thread(target=self._serve, name="notify-server", daemon=True)

    def start(self) -> None:
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError(f"the notification server did not start: {self._error!r}")

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)

    def click(self, call: NotifyCall, action: str = "default") -> None:
        """Act as the person clicking the notification: ActionInvoked, then NotificationClosed
        (reason 2: dismissed), as servers send them."""
        with self._lock:
            self._signals.append(("ActionInvoked", "us", (call.id, action)))
            self._signals.append(("NotificationClosed", "uu", (call.id, 2)))

    def notified(self) -> list[NotifyCall]:
        with self._lock:
            return list(self.calls)

    def _serve(self) -> None:
        try:
            conn = open_dbus_connection(self.address)
        except BaseException as exc:
            self._error = exc
            return
        with conn:
            reply = conn.send_and_get_reply(message_bus.RequestName(NAME, 0x4), timeout=5)
            if reply.body != (1,):  # 1: the primary owner
                self._error = RuntimeError(f"RequestName answered {reply.body!r}")
                return
            self._ready.set()
            next_id = 1
            while not self._stop.is_set():
                with self._lock:
                    signals, self._signals = self._signals, []
                for member, signature, body in signals:
                    emitter = DBusAddress(PATH, interface=NAME)
                    conn.send(new_signal(emitter, member, signature, body))
                try:
                    msg = conn.receive(timeout=0.1)
                except TimeoutError:
                    continue
                header = msg.header
                if header.message_type is not MessageType.method_call:
                    continue
                member = header.fields.get(3)  # HeaderFields.member
                if member == "GetCapabilities":
                    conn.send(new_method_return(msg, "as", (self.capabilities,)))
                elif member == "GetServerInformation":
                    info = ("test-notifications", "newsreader-tests", "1.0", "1.2")
                    conn.send(new_method_return(msg, "ssss", info))
                elif member == "Notify":
                    app, replaces, icon, summary, body, actions, hints, timeout = msg.body
                    with self._lock:
                        self.calls.append(
                            NotifyCall(
                                next_id,
                                app,
                                replaces,
                                icon,
                                summary,
                                body,
                                tuple(actions),
                                hints,
                                timeout,
                            )
                        )
                    conn.send(new_method_return(msg, "u", (next_id,)))
                    next_id += 1
                else:
                    error = "org.freedesktop.DBus.Error.UnknownMethod"
                    conn.send(new_error(msg, error, "s", (f"no method {member}",)))


@contextmanager
def notification_server(root: Path) -> Iterator[tuple[NotificationServer, dict[str, str]]]:
    """A private session bus with a recording notification server; yields it and the bus's
    environment (DBUS_SESSION_BUS_ADDRESS for the client)."""
    with bare_bus(root) as env:
        server = NotificationServer(env["DBUS_SESSION_BUS_ADDRESS"])
        server.start()
        try:
            yield server, env
        finally:
            server.stop()
