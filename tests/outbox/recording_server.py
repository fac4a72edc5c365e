"""A server on 127.0.0.1 that writes down every request and answers 401.

For the token-scope tests: what matters is exactly what a server was *sent*
(above all the Authorization header), so this one keeps it all and refuses
everything, like a server the token does not belong to.
"""

from __future__ import annotations

import contextlib
import http.server
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any


@dataclass
class RecordingServer:
    """What the server was sent: (method, path, Authorization header) per request."""

    url: str
    requests: list[tuple[str, str, str]] = field(default_factory=list)

    def authorizations(self) -> list[str]:
        return [auth for _method, _path, auth in self.requests if auth]


@contextlib.contextmanager
def recording_server() -> Iterator[RecordingServer]:
    """Serve until the block ends; ``url`` has no trailing slash."""
    record = RecordingServer("")

    class Handler(http.server.BaseHTTPRequestHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            record.requests.append(
                (self.command, self.path, self.headers.get("Authorization") or "")
            )
            body = json.dumps({"title": "unauthorized", "status": 401}).encode()
            self.send_response(401)
            self.send_header("Content-Type", "application/problem+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_PUT = do_POST = do_DELETE = _answer

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    record.url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield record
    finally:
        server.shutdown()
        server.server_close()
