"""A TCP proxy between a counter and the server that can fail on purpose (fault injection).

Modes: ``pass`` forwards; ``drop_request`` closes the counter's connection before the server
sees anything; ``drop_response`` lets the server handle (and commit) the request, then closes
the counter's connection without the answer; ``stall`` holds the answer past the counter's
timeout. ``on_request`` is called with the request number before it is forwarded.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable


class FaultProxy:
    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.mode = "pass"
        self.requests = 0
        self.on_request: Callable[[int], None] | None = None
        self._server = socket.socket()
        self._server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._server.bind(("127.0.0.1", 0))
        self._server.listen(16)
        self.port = int(self._server.getsockname()[1])
        self.url = f"http://127.0.0.1:{self.port}"
        self._stop = False
        threading.Thread(target=self._accept, daemon=True).start()

    def close(self) -> None:
        self._stop = True
        self._server.close()

    def _accept(self) -> None:
        while not self._stop:
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(client,), daemon=True).start()

    @staticmethod
    def _read_message(sock: socket.socket) -> bytes:
        """One HTTP/1.1 message (headers and a Content-Length body)."""
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(65536)
            if not chunk:
                return data
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n"):
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        while len(body) < length:
            chunk = sock.recv(65536)
            if not chunk:
                break
            body += chunk
        return head + b"\r\n\r\n" + body

    def _handle(self, client: socket.socket) -> None:
        with client:
            while True:
                request = self._read_message(client)
                if not request:
                    return
                self.requests += 1
                if self.on_request is not None:
                    self.on_request(self.requests)
                if self.mode == "drop_request":
                    return
                try:
                    upstream = socket.create_connection(("127.0.0.1", self.target_port), timeout=30)
                except OSError:
                    return  # the server is down: the counter sees a dropped connection
                with upstream:
                    upstream.sendall(request)
                    response = self._read_message(upstream)
                if self.mode == "drop_response" or not response:
                    return
                if self.mode == "stall":
                    time.sleep(3)
                    return
                client.sendall(response)
