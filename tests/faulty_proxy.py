"""A TCP proxy on loopback that a test can break: the site talks to a real server (Redis, PostgreSQL, the search
server) through it, and the test makes that server seem down or hung without touching the server itself.

- ``up``: bytes pass both ways;
- ``down``: every open connection is cut and new ones are refused, as when a server stops;
- ``hung``: connections stay open (and new ones are accepted) but nothing passes either way, as when a server
  stops answering; what was sent meanwhile is dropped.
"""

import contextlib
import socket
import threading


class FaultyProxy:
    def __init__(self, target_host, target_port):
        self.target = (target_host, target_port)
        self.mode = "up"
        self.lock = threading.Lock()
        self.connections = set()
        self.bytes_forwarded = 0  # both ways, while up
        self.listener = None
        self.port = None
        self._listen()

    @property
    def address(self):
        return f"127.0.0.1:{self.port}"

    def _listen(self):
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port or 0))
        listener.listen(128)
        self.port = listener.getsockname()[1]
        self.listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def _accept(self, listener):
        while True:
            try:
                client, _ = listener.accept()
            except OSError:  # closed: the proxy is down or stopped
                return
            if self.mode == "hung":
                with self.lock:
                    self.connections.add((client, None))
                threading.Thread(target=self._swallow, args=(client,), daemon=True).start()
                continue
            try:
                server = socket.create_connection(self.target, timeout=5)
                server.settimeout(None)
            except OSError:
                client.close()
                continue
            with self.lock:
                self.connections.add((client, server))
            for source, sink in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    def _pump(self, source, sink):
        while True:
            try:
                data = source.recv(65536)
            except OSError:
                data = b""
            if not data:
                break
            while self.mode == "hung":  # hold what arrived; it is dropped if the proxy goes down meanwhile
                threading.Event().wait(0.05)
            if self.mode == "down":
                break
            try:
                sink.sendall(data)
            except OSError:
                break
            with self.lock:
                self.bytes_forwarded += len(data)
        for end in (source, sink):
            with contextlib.suppress(OSError):
                end.shutdown(socket.SHUT_RDWR)

    def _swallow(self, client):
        with contextlib.suppress(OSError):
            while client.recv(65536):
                pass

    def _cut_all(self):
        with self.lock:
            connections, self.connections = self.connections, set()
        for pair in connections:
            for end in pair:
                if end is not None:
                    with contextlib.suppress(OSError):
                        end.shutdown(socket.SHUT_RDWR)
                    end.close()

    def set_mode(self, mode):
        assert mode in ("up", "down", "hung")
        previous, self.mode = self.mode, mode
        if mode == "down":
            self.listener.close()
            self._cut_all()
        elif previous == "down":
            self._listen()
        if previous == "hung" and mode == "up":
            self._cut_all()  # connections made while hung were never joined to the server

    def close(self):
        self.mode = "down"
        with contextlib.suppress(OSError):
            self.listener.close()
        self._cut_all()
