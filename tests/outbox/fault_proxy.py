"""A fault-injecting HTTP proxy between the publishing client and the real server.

Real sockets on 127.0.0.1: the client's timeouts and connection handling are
exercised for real. Each request takes the next fault from a per-route queue
(``on(method, path_prefix, ...)``) or else from the global queue
(``script(...)``); with both empty it is passed through.

Faults:

* ``delay(seconds)`` — wait (past the client's timeout), then forward anyway:
  the server may commit a request whose client already gave up.
* ``status(code, retry_after=None)`` — answer ``code`` without forwarding.
* ``DROP_AFTER_FORWARD`` — forward, let the server answer (and commit), then
  reset the client connection without sending the answer.
* ``REFUSE`` — reset the connection without forwarding.

Every request is recorded in ``log`` (method, path, fault, upstream status).
Connections are one request each (``Connection: close`` both ways), which
keeps the proxy simple and makes every fault hit exactly one request.
"""

from __future__ import annotations

import contextlib
import json
import socket
import struct
import threading
import time
from collections import deque
from dataclasses import dataclass


@dataclass(frozen=True)
class Fault:
    kind: str  # "pass" | "delay" | "status" | "drop_after_forward" | "refuse"
    seconds: float = 0.0
    code: int = 0
    retry_after: str | None = None

    def __str__(self) -> str:
        if self.kind == "delay":
            return f"delay({self.seconds:g})"
        if self.kind == "status":
            extra = f", retry_after={self.retry_after!r}" if self.retry_after else ""
            return f"status({self.code}{extra})"
        return self.kind


PASS = Fault("pass")
DROP_AFTER_FORWARD = Fault("drop_after_forward")
REFUSE = Fault("refuse")


def delay(seconds: float) -> Fault:
    return Fault("delay", seconds=seconds)


def status(code: int, retry_after: str | None = None) -> Fault:
    return Fault("status", code=code, retry_after=retry_after)


@dataclass
class Record:
    method: str
    path: str
    fault: Fault
    upstream_status: int | None


def _read_request(conn: socket.socket) -> bytes | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        body += chunk
    return head + b"\r\n\r\n" + body


def _close_header(message: bytes) -> bytes:
    """Replace any Connection header with ``Connection: close``."""
    head, _, body = message.partition(b"\r\n\r\n")
    lines = [
        line
        for line in head.split(b"\r\n")
        if line.split(b":", 1)[0].strip().lower() not in {b"connection", b"keep-alive"}
    ]
    lines.insert(1, b"Connection: close")
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


def _reset(conn: socket.socket) -> None:
    """Close with RST (SO_LINGER 0), like a crashed peer or a broken middlebox."""
    with contextlib.suppress(OSError):
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()


class FaultProxy:
    def __init__(self, upstream_host: str, upstream_port: int) -> None:
        self.upstream = (upstream_host, upstream_port)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._global: deque[Fault] = deque()
        self._routes: list[tuple[str, str, deque[Fault]]] = []
        self._lock = threading.Lock()
        self.log: list[Record] = []
        self._stopped = False
        self._active = 0
        self._thread = threading.Thread(target=self._accept_loop, daemon=True)
        self._thread.start()

    # -- scripting -----------------------------------------------------------

    def script(self, *faults: Fault) -> None:
        with self._lock:
            self._global.extend(faults)

    def on(self, method: str, path_prefix: str, *faults: Fault) -> None:
        with self._lock:
            self._routes.append((method.upper(), path_prefix, deque(faults)))

    def clear(self) -> None:
        with self._lock:
            self._global.clear()
            self._routes.clear()

    def injected(self) -> list[Record]:
        return [record for record in self.log if record.fault.kind != "pass"]

    def _next_fault(self, method: str, path: str) -> Fault:
        with self._lock:
            for route_method, prefix, queue in self._routes:
                if route_method == method and path.startswith(prefix) and queue:
                    return queue.popleft()
            return self._global.popleft() if self._global else PASS

    # -- serving -----------------------------------------------------------------

    def close(self) -> None:
        self._stopped = True
        self._listener.close()
        self._thread.join(timeout=5)

    def _accept_loop(self) -> None:
        while not self._stopped:
            try:
                conn, _addr = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _forward(self, request: bytes) -> bytes | None:
        try:
            with socket.create_connection(self.upstream, timeout=30) as upstream:
                upstream.sendall(_close_header(request))
                chunks = []
                while chunk := upstream.recv(65536):
                    chunks.append(chunk)
        except OSError:
            return None
        return b"".join(chunks)

    def wait_idle(self, timeout: float = 10.0) -> None:
        """Wait until no request is in flight (a delayed one may still reach the server)."""
        deadline = time.monotonic() + timeout
        while self._active and time.monotonic() < deadline:
            time.sleep(0.01)
        assert not self._active, "proxy still busy"

    def _handle(self, conn: socket.socket) -> None:
        with self._lock:
            self._active += 1
        try:
            self._exchange(conn)
        finally:
            with self._lock:
                self._active -= 1

    def _exchange(self, conn: socket.socket) -> None:
        try:
            request = _read_request(conn)
            if request is None:
                conn.close()
                return
            method, path = request.split(b"\r\n", 1)[0].decode("latin-1").split(" ")[:2]
            fault = self._next_fault(method, path)
            record = Record(method, path, fault, None)
            with self._lock:
                self.log.append(record)
            if fault.kind == "refuse":
                _reset(conn)
                return
            if fault.kind == "status":
                conn.sendall(self._status_response(fault))
                conn.close()
                return
            if fault.kind == "delay":
                time.sleep(fault.seconds)
            response = self._forward(request)
            if response is None:  # upstream down: like a dead server behind us
                _reset(conn)
                return
            record.upstream_status = int(response.split(b" ", 2)[1])
            if fault.kind == "drop_after_forward":
                _reset(conn)
                return
            conn.sendall(_close_header(response))
            conn.close()
        except OSError:
            conn.close()

    @staticmethod
    def _status_response(fault: Fault) -> bytes:
        body = json.dumps(
            {"type": "about:blank", "title": "Injected", "status": fault.code, "detail": "fault"}
        ).encode()
        headers = [
            f"HTTP/1.1 {fault.code} Injected",
            "Content-Type: application/problem+json",
            f"Content-Length: {len(body)}",
            "Connection: close",
        ]
        if fault.retry_after is not None:
            headers.append(f"Retry-After: {fault.retry_after}")
        return ("\r\n".join(headers) + "\r\n\r\n").encode() + body
