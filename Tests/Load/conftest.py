"""Fixtures for MASA's load tests: real `masa` server processes, on SQLite and on PostgreSQL.

scripts/test (stage `load`) starts a throwaway PostgreSQL server and sets:
  MASA_LOAD_POSTGRES_URL  postgres://user@127.0.0.1:port/db on that server (each test makes its own database there)
  MASA_LOAD_PSQL          the psql to make those databases with
  MASA_LOAD_LOGS          where the servers' logs and the figures go
  MASA_BINARY             the masa to run (default .build/debug/masa)
By hand: `python3 -m pytest Tests/Load -k sqlite` needs none of them. MASA_LOAD_SESSIONS (200) and
MASA_LOAD_SECONDS (30) size the concurrency test, for trying a bigger or smaller load.

Fixtures:
  servers     servers(kind) -> a started Server (masa_server.py) on fresh data; all are stopped after the test
  record      record("text"): a line for the figures printed at the end of the run and kept in the log folder
"""

from __future__ import annotations

import os
import re
import tempfile
import time

import pytest

import masa_server

_figures: list[str] = []


@pytest.fixture(scope="session")
def log_dir() -> str:
    folder = os.environ.get("MASA_LOAD_LOGS") or tempfile.mkdtemp(prefix="masa-load-logs.")
    os.makedirs(folder, exist_ok=True)
    return folder


@pytest.fixture(scope="session")
def postgres_server_url() -> str:
    url = os.environ.get("MASA_LOAD_POSTGRES_URL", "")
    if not url:
        # Failing, not skipping: a run that silently left PostgreSQL out would look like a pass.
        pytest.fail("MASA_LOAD_POSTGRES_URL is not set: run `scripts/test --only load`, or deselect with -k sqlite")
    return url


@pytest.fixture
def servers(request, log_dir, tmp_path):
    started: list[masa_server.Server] = []
    made: list[masa_server.Database] = []
    test = re.sub(r"[^\w.-]+", "_", request.node.name)

    def start(kind: str) -> masa_server.Server:
        if kind == "postgres":
            server_url = request.getfixturevalue("postgres_server_url")
            database = masa_server.postgres_database(server_url)
            made.append(database)
        else:
            database = masa_server.sqlite_database(str(tmp_path / f"data-{len(started)}"))
            os.makedirs(os.path.dirname(database.path), exist_ok=True)
        server = masa_server.Server(database, os.path.join(log_dir, f"{test}-{len(started)}.log"))
        started.append(server)
        server.start()
        return server

    yield start
    for server in started:
        server.stop()
    for database in made:
        masa_server.drop_postgres_database(os.environ["MASA_LOAD_POSTGRES_URL"], database)


@pytest.fixture
def record(request):
    test = request.node.name
    started = time.monotonic()

    def add(text: str) -> None:
        line = f"{test}: {text}"
        _figures.append(line)
        print(line, flush=True)

    yield add
    _figures.append(f"{test}: took {time.monotonic() - started:.1f} s")


def pytest_terminal_summary(terminalreporter):
    terminalreporter.section("load figures")
    for line in _figures or ["no figures were recorded"]:
        terminalreporter.write_line(line)
    folder = os.environ.get("MASA_LOAD_LOGS")
    if folder and _figures:
        with open(os.path.join(folder, "figures.txt"), "w", encoding="utf-8") as handle:
            handle.write("\n".join(_figures) + "\n")
