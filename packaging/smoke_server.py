"""Feed server for packaging/smoke.sh: a folder over HTTP and HTTPS on 127.0.0.1.

Standard library only, because it runs on the system's python3, never the project's venv (the
smoke test proves the frozen app needs no project Python). Paths under /private/ need HTTP
Basic auth, for the keyring round trip. Prints `http=PORT https=PORT` once both listen, then
serves until terminated.

    python3 smoke_server.py ROOT USER:PASSWORD CERT.pem KEY.pem
"""

from __future__ import annotations

import base64
import functools
import http.server
import ssl
import sys
import threading
from typing import Any


class FeedHandler(http.server.SimpleHTTPRequestHandler):
    """Static files; /private/ behind Basic auth. One thread per request (ThreadingHTTPServer)."""

    expected_auth = ""

    def do_GET(self) -> None:
        if self.path.startswith("/private/") and not self._authorized():
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="smoke"')
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        super().do_GET()

    def _authorized(self) -> bool:
        header = self.headers.get("Authorization", "")
        return header == f"Basic {self.expected_auth}"

    def guess_type(self, path: Any) -> str:
        if str(path).endswith((".rss", ".xml")):
            return "application/rss+xml"
        return super().guess_type(path)

    def log_message(self, format: str, *args: Any) -> None:
        sys.stderr.write(f"smoke_server: {format % args}\n")


def main(argv: list[str]) -> int:
    if len(argv) != 4:
        sys.stderr.write(__doc__ or "")
        return 2
    root, credentials, cert, key = argv
    FeedHandler.expected_auth = base64.b64encode(credentials.encode()).decode()
    handler = functools.partial(FeedHandler, directory=root)
    plain = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    secure = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    secure.socket = context.wrap_socket(secure.socket, server_side=True)
    for server in (plain, secure):
        threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"http={plain.server_address[1]} https={secure.server_address[1]}", flush=True)
    threading.Event().wait()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
