"""Another process holding SQLite's write lock (a `masa` command, a backup, someone in the sqlite3 shell).

MASA must not hang while it waits: GET /health, which load balancers poll, must answer within 2 seconds throughout,
and so must a page a signed-in person reads (the journal is in WAL mode, so readers need no lock). A save that
arrives meanwhile waits its turn and is saved once the lock is released.
"""

from __future__ import annotations

import sqlite3
import threading
import time

from masa_client import Client, Tally
from masa_server import health

HOLD_SECONDS = 5
ANSWER_WITHIN = 2.0


class HeldWriteLock:
    """`BEGIN IMMEDIATE` from this process: SQLite's one write lock, held until the block ends."""

    def __init__(self, path: str):
        self.connection = sqlite3.connect(path, timeout=10, isolation_level=None)

    def __enter__(self) -> "HeldWriteLock":
        self.connection.execute("BEGIN IMMEDIATE")
        return self

    def __exit__(self, *exc) -> None:
        self.connection.execute("ROLLBACK")
        self.connection.close()


def test_health_and_reads_answer_while_another_process_holds_the_write_lock(servers, record):
    server = servers("sqlite")
    tally = Tally()
    reader = Client(server.base_url, tally, timeout=ANSWER_WITHIN)
    # Signed in, and the first page seen (it makes the session's form token), before the lock is taken: both write.
    assert reader.sign_in("viewer@northmere.example") and reader.expect("GET", "/", 200), tally.errors
    checks: list[tuple[str, int | None, float]] = []
    with HeldWriteLock(server.database.path):
        deadline = time.monotonic() + HOLD_SECONDS
        while time.monotonic() < deadline:
            started = time.monotonic()
            checks.append(("/health", health(server.base_url, timeout=ANSWER_WITHIN), time.monotonic() - started))
            started = time.monotonic()
            page = reader.expect("GET", "/risks", 200)
            checks.append(("/risks", page and page.status, time.monotonic() - started))
            time.sleep(0.2)
    reader.close()

    slow = [c for c in checks if c[1] != 200 or c[2] >= ANSWER_WITHIN]
    worst = max(seconds for _, _, seconds in checks)
    record(f"{len(checks)} requests while the lock was held {HOLD_SECONDS} s, slowest {worst * 1000:.0f} ms, "
           f"{len(slow)} late or failed")
    assert not slow, (f"while another process held the write lock, these did not answer 200 within {ANSWER_WITHIN} s "
                      f"(path, status, seconds): {slow[:10]}; errors: {tally.errors[:5]}\n{server.log_tail()}")


def test_a_save_waits_for_another_process_to_release_the_write_lock(servers, record):
    server = servers("sqlite")
    tally = Tally()
    writer = Client(server.base_url, tally, timeout=HOLD_SECONDS + 30)
    assert writer.sign_in("business@northmere.example"), tally.errors
    outcome: dict[str, object] = {}

    def save() -> None:
        started = time.monotonic()
        outcome["path"] = writer.add_agency("Agency saved while the database was locked")
        outcome["seconds"] = time.monotonic() - started

    with HeldWriteLock(server.database.path):
        thread = threading.Thread(target=save)
        thread.start()
        time.sleep(HOLD_SECONDS)
        still_waiting = thread.is_alive()
    thread.join(timeout=30)
    writer.close()

    record(f"a save sent while the lock was held: {outcome.get('path') or tally.errors} "
           f"after {outcome.get('seconds', 0):.1f} s")
    assert still_waiting, f"the save finished before the lock was released: {tally.errors or outcome}"
    assert outcome.get("path"), f"the save was not saved once the lock was released: {tally.errors}\n{server.log_tail()}"
