"""MASA server processes for the load tests: started on a free port, stopped (or killed) by the test.

A server is `masa demo` on a SQLite file, or `masa seed` then `masa serve` on a PostgreSQL database of its own.
Each server's output goes to a log file in the stage's log folder, so a failure can be read afterwards.
"""

from __future__ import annotations

import base64
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass, field

# scripts/test sets these; by hand, the defaults work from the repository's root.
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BINARY = os.environ.get("MASA_BINARY", os.path.join(ROOT, ".build", "debug", "masa"))
PSQL = os.environ.get("MASA_LOAD_PSQL", "psql")

# The first start migrates and seeds, which takes a few seconds on a debug build.
START_SECONDS = 90


def free_port() -> int:
    """A port on 127.0.0.1 that nothing is listening on (the kernel picks it)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def health(base_url: str, timeout: float = 2.0) -> int | None:
    """The status of GET /health, or None when nothing answered in time."""
    try:
        with urllib.request.urlopen(base_url + "/health", timeout=timeout) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return None


@dataclass
class Database:
    """Where a server keeps its data: a SQLite file, or a PostgreSQL database URL."""

    kind: str  # "sqlite" or "postgres"
    path: str = ""  # the SQLite file
    url: str = ""  # the PostgreSQL URL
    # PostgreSQL needs the key that seals the audit trail from outside the database (SQLite keeps one beside its file);
    # the same key on every start and for `masa audit verify`, as in production.
    audit_key: str = ""

    def environment(self) -> dict[str, str]:
        """What a `masa` command needs to find this database (the demo takes --data instead)."""
        # A developer's own settings must not point the tests at another database or key.
        ignored = ("DATABASE_URL", "MASA_DATA", "MASA_AUDIT_KEY", "MASA_AUDIT_KEY_FILE")
        env = {key: value for key, value in os.environ.items() if key not in ignored}
        env["MASA_ROOT"] = ROOT
        # The lowest work factor MASA accepts: two hundred sign-ins on a debug build then cost seconds of CPU, not
        # minutes. It changes how long hashing takes, not how sessions, reads or writes behave under load.
        env["MASA_PASSWORD_COST"] = "10"
        if self.kind == "postgres":
            env["DATABASE_URL"] = self.url
            env["MASA_AUDIT_KEY"] = self.audit_key
        else:
            env["MASA_DATA"] = self.path
        return env


def sqlite_database(folder: str) -> Database:
    return Database("sqlite", path=os.path.join(folder, "masa.sqlite"))


def postgres_database(server_url: str) -> Database:
    """A new, empty database on the stage's PostgreSQL server, so no test sees another's data."""
    name = "masa_load_" + uuid.uuid4().hex[:12]
    run([PSQL, server_url, "-v", "ON_ERROR_STOP=1", "-q", "-c", f"CREATE DATABASE {name}"])
    base, _, _ = server_url.rpartition("/")
    return Database("postgres", url=f"{base}/{name}", audit_key=base64.b64encode(os.urandom(32)).decode())


def drop_postgres_database(server_url: str, database: Database) -> None:
    name = database.url.rpartition("/")[2]
    run([PSQL, server_url, "-q", "-c", f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"])


def run(command: list[str], env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run a short command; fail the test with its output if it fails."""
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0:
        raise AssertionError(f"{' '.join(command[:3])} … exited with {done.returncode}:\n{done.stdout}\n{done.stderr}")
    return done


@dataclass
class Server:
    database: Database
    log_path: str
    port: int = 0
    process: subprocess.Popen | None = None
    starts: int = 0
    _log_handles: list = field(default_factory=list)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        """Start (or start again, on the same data) and wait until GET /health answers 200."""
        assert self.process is None or self.process.poll() is not None, "the server is already running"
        self.starts += 1
        self.port = free_port()
        log = open(self.log_path, "a", encoding="utf-8")
        self._log_handles.append(log)
        log.write(f"\n===== start {self.starts} on port {self.port} ({time.strftime('%H:%M:%S')}) =====\n")
        log.flush()
        env = self.database.environment()
        if self.database.kind == "sqlite":
            command = [BINARY, "demo", "--hostname", "127.0.0.1", "--port", str(self.port), "--data", self.database.path]
        else:
            if self.starts == 1:
                # `masa seed` migrates and lays down the demo partnership, as `masa demo` does on SQLite.
                seeded = run([BINARY, "seed"], env=env, timeout=START_SECONDS)
                log.write(seeded.stdout + seeded.stderr)
                log.flush()
            env["MASA_SECURE_COOKIES"] = "false"  # plain HTTP on this machine
            command = [BINARY, "serve", "--hostname", "127.0.0.1", "--port", str(self.port)]
        self.process = subprocess.Popen(command, env=env, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=log,
                                        stderr=subprocess.STDOUT)
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"masa exited with {self.process.returncode} before answering /health; see {self.log_path}")
            if health(self.base_url, timeout=1) == 200:
                return
            time.sleep(0.25)
        raise AssertionError(f"masa did not answer GET /health with 200 within {START_SECONDS} s; see {self.log_path}")

    def kill(self) -> None:
        """SIGKILL: no shutdown, no flushing, as when a machine loses power or the OOM killer strikes."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        for handle in self._log_handles:
            handle.close()
        self._log_handles.clear()

    def audit_verify(self) -> subprocess.CompletedProcess:
        """`masa audit verify` on this server's data; the caller checks the exit status."""
        return subprocess.run([BINARY, "audit", "verify"], env=self.database.environment(), cwd=ROOT,
                              capture_output=True, text=True, timeout=120)

    def log_tail(self, lines: int = 40) -> str:
        try:
            with open(self.log_path, encoding="utf-8", errors="replace") as handle:
                return "".join(handle.readlines()[-lines:])
        except OSError:
            return "(no log)"
