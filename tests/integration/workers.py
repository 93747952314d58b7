"""Running the real stream workers as subprocesses for integration tests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PORT_SETTING = {
    "ingest": "CHIPWIRE_INGEST_PORT",
    "tagger": "CHIPWIRE_TAGGER_PORT",
    "indexer": "CHIPWIRE_INDEXER_PORT",
    "deals": "CHIPWIRE_DEALS_PORT",
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def unique_prefix() -> str:
    return f"t{uuid.uuid4().hex[:8]}."


@dataclass
class Worker:
    name: str
    port: int
    env: dict[str, str]
    log_path: Path
    proc: subprocess.Popen[bytes] | None = None
    _log: object = field(default=None, repr=False)

    def start(self, timeout_s: float = 90.0) -> None:
        log = self.log_path.open("ab")
        self._log = log
        self.proc = subprocess.Popen(
            [sys.executable, "-m", f"services.{self.name}"],
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited early:\n{self.tail()}")
            try:
                with urllib.request.urlopen(self.metrics_url, timeout=2) as resp:
                    if resp.status == 200:
                        return
            except OSError:
                time.sleep(0.5)
        raise RuntimeError(f"{self.name} not ready in {timeout_s}s:\n{self.tail()}")

    @property
    def metrics_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/metrics"

    def metrics(self) -> str:
        with urllib.request.urlopen(self.metrics_url, timeout=5) as resp:
            return str(resp.read().decode())

    def tail(self, n: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return ""

    def stop(self, *, kill: bool = False) -> None:
        if self.proc and self.proc.poll() is None:
            if kill:
                self.proc.kill()
            else:
                self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        self.proc = None


@dataclass
class Pipeline:
    prefix: str
    env: dict[str, str]
    workers: dict[str, Worker]

    def stop(self) -> None:
        for w in reversed(list(self.workers.values())):
            w.stop()


def pipeline_env(prefix: str, tmp: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "CHIPWIRE_TOPIC_PREFIX": prefix,
            "CHIPWIRE_INDEX_PREFIX": prefix.rstrip(".").lower() + "-chipwire",
            "CHIPWIRE_DATA_DIR": str(tmp / "faust"),
            "CHIPWIRE_BATCH_WITHIN_S": "0.05",
        }
    )
    env.update(extra or {})
    return env


@contextmanager
def running(names: list[str], env: dict[str, str], tmp: Path) -> Iterator[Pipeline]:
    workers: dict[str, Worker] = {}
    for name in names:
        port = free_port()
        wenv = dict(env)
        wenv[PORT_SETTING[name]] = str(port)
        workers[name] = Worker(name, port, wenv, tmp / f"{name}.log")
    pipe = Pipeline(env["CHIPWIRE_TOPIC_PREFIX"], env, workers)
    try:
        for w in workers.values():
            w.start()
        yield pipe
    finally:
        pipe.stop()


def chipwire(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run the ``chipwire`` command line as a user would, in a subprocess."""
    return subprocess.run(
        [sys.executable, "-m", "shared.cli.main", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
