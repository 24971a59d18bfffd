"""A real ``redis-server`` for tests: on a free port of 127.0.0.1, in a temporary folder, no persistence.

Tests that claim Redis works use this, never a mock. Without ``redis-server`` (Debian package
``redis-server``) they are skipped with the reason, except under CI=true, where that is a failure.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import threading
from pathlib import Path

import pytest

READY = "Ready to accept connections"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def require_redis_server() -> str:
    path = shutil.which("redis-server")
    if path is None:
        reason = ("redis-server is not installed (Debian/Ubuntu: apt-get install redis-server); "
                  "the tests of the Redis state store need a real one")
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return path


class RedisServer:
    def __init__(self, directory: Path) -> None:
        self.binary = require_redis_server()
        self.directory = directory
        self.port = free_port()
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> RedisServer:
        """Start (again, on the same port) and return once it accepts connections."""
        self.process = subprocess.Popen(
            [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.directory),
             "--save", "", "--appendonly", "no", "--daemonize", "no", "--loglevel", "notice"],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        seen = []
        for line in self.process.stdout:  # the server says when it is ready: no polling, no sleeping
            seen.append(line)
            if READY in line:
                break
        else:
            self.process.wait(10)
            raise RuntimeError("redis-server did not start:\n" + "".join(seen[-20:]))
        # keep reading what it logs, so a full pipe never blocks it
        threading.Thread(target=self.process.stdout.read, name="redis-log", daemon=True).start()
        return self

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(10)
        self.process = None

    def client(self):
        import redis

        return redis.Redis.from_url(self.url)
