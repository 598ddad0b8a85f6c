"""A client of the desktop's notification service (org.freedesktop.Notifications) over jeepney.

One call, `notify`, opens the session bus, sends `Notify` and closes the connection: it
blocks on the bus, so it runs off the GUI thread (the window's notifier runs it as a
QThreadPool task). The specification lets a server read the body as markup (when it lists
"body-markup" among its capabilities), so the body is escaped for such a server; the summary
is plain text by the specification. Issue 16.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from jeepney import DBusAddress, HeaderFields, MatchRule, Message, MessageType, new_method_call
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection


def _checked(reply: Message) -> Message:
    if reply.header.message_type is MessageType.error:
        raise RuntimeError(f"the notification service refused: {reply.body!r}")
    return reply


log = logging.getLogger("newsreader.services.notifications")

BUS_NAME = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
CALL_TIMEOUT_S = 3.0
POLL_S = 0.25  # how often a wait for a click looks at `stop`
EXPIRE_DEFAULT = -1  # the server decides how long it stays


@dataclass(frozen=True, slots=True)
class Notice:
    """One notification: plain-text summary and body, and what clicking it opens."""

    summary: str
    body: str
    target: str = ""  # a tree node key ("section:3", "feed:7") the window shows on click


def escape_body(text: str) -> str:
    """The body as text a markup-reading server shows literally (`&`, `<`, `>` escaped)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class NotificationClient:
    """Sends `Notify` calls to the session bus (the environment's, or `bus_address`)."""

    def __init__(self, app_name: str = "Newsreader", icon: str = "newsreader") -> None:
        self.app_name = app_name
        self.icon = icon

    def notify(
        self,
        notice: Notice,
        replaces_id: int = 0,
        *,
        wait_s: float = 0.0,
        stop: Callable[[], bool] = lambda: False,
        on_sent: Callable[[int], None] = lambda _id: None,
    ) -> str | None:
        """Show `notice`; `on_sent(id)` runs once the server has taken it.

        With `wait_s` (and a target), then wait that long, or until `stop()` or the server
        closes it, for the person to click it: returns the action invoked ("default"), else
        None. Raises OSError/ConnectionError/KeyError (no session bus), TimeoutError, or
        RuntimeError when the service answered an error."""
        address = DBusAddress(OBJECT_PATH, bus_name=BUS_NAME, interface=INTERFACE)
        watching = wait_s > 0 and bool(notice.target)
        rule = MatchRule(type="signal", interface=INTERFACE, path=OBJECT_PATH)
        with open_dbus_connection("SESSION", auth_timeout=CALL_TIMEOUT_S) as conn:
            caps = _checked(
                conn.send_and_get_reply(
                    new_method_call(address, "GetCapabilities"), timeout=CALL_TIMEOUT_S
                )
            )
            markup = "body-markup" in caps.body[0]
            if watching:  # before Notify, so that no click is missed
                _checked(
                    conn.send_and_get_reply(message_bus.AddMatch(rule), timeout=CALL_TIMEOUT_S)
                )
            with conn.filter(rule, bufsize=16) as signals:
                reply = _checked(
                    conn.send_and_get_reply(
                        self._message(address, notice, replaces_id, markup),
                        timeout=CALL_TIMEOUT_S,
                    )
                )
                (server_id,) = reply.body
                on_sent(int(server_id))
                if not watching:
                    return None
                deadline = time.monotonic() + wait_s
                while not stop() and (left := deadline - time.monotonic()) > 0:
                    try:
                        signal = conn.recv_until_filtered(signals, timeout=min(POLL_S, left))
                    except TimeoutError:
                        continue
                    member = signal.header.fields.get(HeaderFields.member)
                    if not signal.body or signal.body[0] != server_id:
                        continue
                    if member == "ActionInvoked":
                        return str(signal.body[1])
                    if member == "NotificationClosed":
                        return None
        return None

    def _message(
        self, address: DBusAddress, notice: Notice, replaces_id: int, markup: bool
    ) -> Message:
        actions = ["default", "Open"] if notice.target else []
        message: Message = new_method_call(
            address,
            "Notify",
            "susssasa{sv}i",
            (
                self.app_name,
                replaces_id,
                self.icon,
                notice.summary,
                escape_body(notice.body) if markup else notice.body,
                actions,
                {"desktop-entry": ("s", "io.github.newsreader.Newsreader")},
                EXPIRE_DEFAULT,
            ),
        )
        return message
