"""kill -9 while people are saving: what the server said it saved must still be there, and the audit trail whole.

SIGKILL gives MASA no chance to finish anything, as when a machine loses power or the kernel's OOM killer strikes.
A 303 to the new record's page is MASA's word that the record is saved; after a restart on the same data, every
record it gave its word for must be there, and `masa audit verify` must find the hash chain unbroken.
"""

from __future__ import annotations

import threading
import time
import uuid

import pytest

from masa_client import Client, Tally, missing_writes

WRITERS = 20
WRITE_SECONDS_BEFORE_KILL = 6
EMAIL = "business@northmere.example"


def sign_in_all(base_url: str, tally: Tally, count: int) -> list[Client]:
    clients = [Client(base_url, tally, timeout=60) for _ in range(count)]
    threads = [threading.Thread(target=client.sign_in, args=(EMAIL,)) for client in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return clients


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_kill_9_during_writes_loses_no_acknowledged_write(kind, servers, record):
    server = servers(kind)
    tally = Tally()
    clients = sign_in_all(server.base_url, tally, WRITERS)
    assert not tally.errors, f"signing in the writers failed: {tally.errors[:5]}"
    run = f"{kind}-{uuid.uuid4().hex[:6]}"
    stop = threading.Event()

    def writer(number: int, client: Client) -> None:
        for count in range(1, 100_000):
            if stop.is_set():
                break
            client.add_agency(f"Crash test agency {run} w{number:02d} n{count:04d}")
        client.close()

    threads = [threading.Thread(target=writer, args=(n, c), daemon=True) for n, c in enumerate(clients)]
    for thread in threads:
        thread.start()
    time.sleep(WRITE_SECONDS_BEFORE_KILL)
    acknowledged_before = len(tally.writes)
    stop.set()  # no new saves; the ones already sent are still in flight (a save is a GET and a POST)
    killed_at = time.monotonic()
    server.kill()
    for thread in threads:
        thread.join(timeout=60)
    # Requests cut off by the kill fail, as they must; anything that failed before it is a fault.
    before = tally.errors_before(killed_at)
    cut_off = len(tally.errors) - len(before)
    assert not before, f"writes failed before the kill on {kind}:\n  " + "\n  ".join(before[:20])
    assert acknowledged_before > 0, "no write was acknowledged before the kill: the test did not exercise anything"

    server.start()  # the same data; start() waits for GET /health to answer 200
    missing = missing_writes(server.base_url, EMAIL, tally.writes)
    # The server must carry on writing, and chaining audit entries, after the crash.
    after = Tally()
    survivor = Client(server.base_url, after)
    survivor.sign_in(EMAIL) and survivor.add_agency(f"Crash test agency {run} after the restart")
    survivor.close()
    audit = server.audit_verify()

    record(f"{WRITERS} writers, {len(tally.writes)} acknowledged writes ({acknowledged_before} seen before the kill), "
           f"{cut_off} requests cut off by the kill, {len(missing)} missing after the restart, "
           f"audit verify exit {audit.returncode}: {audit.stdout.strip() or audit.stderr.strip()}")
    record(tally.figures("write"))
    assert not missing, f"{len(missing)} acknowledged writes were lost on {kind}:\n  " + "\n  ".join(missing[:20])
    assert not after.errors, f"after the restart, MASA could not sign in or save: {after.errors}\n{server.log_tail()}"
    assert audit.returncode == 0, f"masa audit verify failed after kill -9 on {kind}:\n{audit.stdout}\n{audit.stderr}"
