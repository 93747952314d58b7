#!/usr/bin/env python3
"""Health probes for deploy/local/stack.sh (stdlib only: it runs before any venv exists).

    probe.py port HOST PORT          exit 0 if a TCP connect succeeds
    probe.py kafka HOST PORT         exit 0 if the broker answers a Metadata request
    probe.py kafka-topics HOST PORT  print the broker's topic names, one per line
    probe.py es URL                  exit 0 if cluster health is yellow or green
    probe.py http URL                exit 0 on HTTP 200 (Prometheus /-/ready)
    probe.py kafka-cluster-id        print a new random Kafka cluster id

Every probe is quick (short timeouts) and prints the reason on failure to stderr.
"""

from __future__ import annotations

import base64
import json
import os
import socket
import struct
import sys
import urllib.error
import urllib.request

TIMEOUT = 3.0


def _port(host: str, port: int) -> None:
    with socket.create_connection((host, port), timeout=TIMEOUT):
        pass


def _recv_exact(sock: socket.socket, n: int) -> bytes:
    buf = bytearray()
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise ConnectionError("connection closed by broker")
        buf += chunk
    return bytes(buf)


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def take(self, fmt: str) -> int:
        (value,) = struct.unpack_from(fmt, self.data, self.pos)
        self.pos += struct.calcsize(fmt)
        return int(value)

    def string(self) -> str | None:
        n = self.take(">h")
        if n < 0:
            return None
        s = self.data[self.pos : self.pos + n].decode()
        self.pos += n
        return s


def _metadata(host: str, port: int) -> tuple[list[tuple[int, str, int]], list[str]]:
    """Metadata v1 for all topics (a null topic list never auto-creates topics)."""
    client_id = b"chipwire-probe"
    body = struct.pack(">hhih", 3, 1, 7, len(client_id)) + client_id + struct.pack(">i", -1)
    with socket.create_connection((host, port), timeout=TIMEOUT) as sock:
        sock.settimeout(TIMEOUT)
        sock.sendall(struct.pack(">i", len(body)) + body)
        (size,) = struct.unpack(">i", _recv_exact(sock, 4))
        r = _Reader(_recv_exact(sock, size))
    if r.take(">i") != 7:
        raise ValueError("bad correlation id")
    brokers = []
    for _ in range(r.take(">i")):
        node_id = r.take(">i")
        bhost = r.string() or ""
        bport = r.take(">i")
        r.string()  # rack
        brokers.append((node_id, bhost, bport))
    r.take(">i")  # controller id
    topics = []
    for _ in range(r.take(">i")):
        r.take(">h")  # error code
        name = r.string() or ""
        r.take(">b")  # is_internal
        for _ in range(r.take(">i")):  # partitions
            r.take(">h")
            r.take(">i")
            r.take(">i")
            for _ in range(r.take(">i")):  # replicas
                r.take(">i")
            for _ in range(r.take(">i")):  # isr
                r.take(">i")
        topics.append(name)
    return brokers, topics


def _get_json(url: str) -> object:
    with urllib.request.urlopen(url, timeout=TIMEOUT) as resp:
        return json.load(resp)


def _cluster_id() -> str:
    # as Kafka's Uuid.toString(): URL-safe base64 of 16 random bytes, unpadded, no leading "-"
    while True:
        cid = base64.urlsafe_b64encode(os.urandom(16)).decode().rstrip("=")
        if not cid.startswith("-"):
            return cid


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    cmd, args = argv[0], argv[1:]
    try:
        if cmd == "port":
            _port(args[0], int(args[1]))
        elif cmd == "kafka":
            brokers, _ = _metadata(args[0], int(args[1]))
            if not brokers:
                print("broker answered metadata without brokers", file=sys.stderr)
                return 1
        elif cmd == "kafka-topics":
            _, topics = _metadata(args[0], int(args[1]))
            print("\n".join(sorted(topics)))
        elif cmd == "es":
            health = _get_json(args[0].rstrip("/") + "/_cluster/health")
            status = health.get("status") if isinstance(health, dict) else None
            if status not in ("yellow", "green"):
                print(f"cluster health is {status}", file=sys.stderr)
                return 1
        elif cmd == "http":
            with urllib.request.urlopen(args[0], timeout=TIMEOUT) as resp:
                if resp.status != 200:
                    return 1
        elif cmd == "kafka-cluster-id":
            print(_cluster_id())
        else:
            print(f"unknown probe {cmd!r}", file=sys.stderr)
            return 2
    except (OSError, ValueError, struct.error, urllib.error.URLError) as exc:
        print(f"{cmd}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
