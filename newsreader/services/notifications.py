"""A client of the desktop's notification service (org.freedesktop.Notifications) over jeepney.

One call, `notify`, opens the session bus, sends `Notify` and closes the connection: it
blocks on the bus, so it runs off the GUI thread (the window's notifier runs it as a
QThreadPool task). The specification lets a server read the body as markup (when it lists
"body-markup" among its capabilities), so the body is escaped for such a server; the summary
is plain text by the specification. Issue 16.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from jeepney import DBusAddress, Message, MessageType, new_method_call
from jeepney.io.blocking import open_dbus_connection

log = logging.getLogger("newsreader.services.notifications")

BUS_NAME = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
CALL_TIMEOUT_S = 3.0
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

    def notify(self, notice: Notice, replaces_id: int = 0) -> int:
        """Show `notice`; returns the server's id. Raises OSError/ConnectionError/KeyError
        (no session bus), TimeoutError, or RuntimeError when the service answered an error."""
        address = DBusAddress(OBJECT_PATH, bus_name=BUS_NAME, interface=INTERFACE)
        with open_dbus_connection("SESSION", auth_timeout=CALL_TIMEOUT_S) as conn:
            caps = conn.send_and_get_reply(
                new_method_call(address, "GetCapabilities"), timeout=CALL_TIMEOUT_S
            )
            if caps.header.message_type is MessageType.error:
                raise RuntimeError(f"the notification service refused: {caps.body!r}")
            markup = "body-markup" in caps.body[0]
            reply = conn.send_and_get_reply(
                self._message(address, notice, replaces_id, markup), timeout=CALL_TIMEOUT_S
            )
        if reply.header.message_type is MessageType.error:
            raise RuntimeError(f"the notification service refused: {reply.body!r}")
        (server_id,) = reply.body
        return int(server_id)

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
