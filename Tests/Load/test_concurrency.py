"""Many people at once: 200 sessions sign in at the same moment, then read and write side by side.

Nothing may fail (no 5xx, no dropped connection, no unexpected status, no failed sign-in), and every agency the
server said it saved (a 303 to its page) must be there afterwards. Run on SQLite and on PostgreSQL, because
they take turns in different ways (SQLite: one writer at a time in this process; PostgreSQL: row locks and the
audit chain's advisory lock).
"""

from __future__ import annotations

import os
import random
import threading
import time
import uuid

import pytest

from masa_client import Client, Tally, missing_writes

SESSIONS = int(os.environ.get("MASA_LOAD_SESSIONS", "200"))
BUSINESS = SESSIONS * 3 // 4  # the rest are viewers, who only read
TRAFFIC_SECONDS = float(os.environ.get("MASA_LOAD_SECONDS", "30"))
REQUESTS_PER_SESSION = 60  # a fixed count too, so a fast machine does not hammer for the whole window
WRITE_SHARE = 0.25  # of a business-unit session's turns
# A person reads a page before the next click; even a quick one pauses. Without a pause this is 200 scripts firing
# as fast as the machine answers, which measures only how long the queue for two cores is.
THINK_SECONDS = (1.0, 3.0)
# Sign-in checks a bcrypt hash, deliberately slow, on threads of its own: 200 at once queue for the CPU, and a
# sign-in slower than this has failed. How long each took is in the figures.
SIGN_IN_TIMEOUT = 120
# A page slower than this has failed for the person waiting, whatever else the machine is doing.
PAGE_TIMEOUT = 30
# Whatever happens, the test ends: sign-in queue + traffic window + one slow page + a margin.
HARD_LIMIT = SIGN_IN_TIMEOUT + TRAFFIC_SECONDS + PAGE_TIMEOUT + 30

BUSINESS_EMAIL = "business@northmere.example"
VIEWER_EMAIL = "viewer@northmere.example"
READS = ["/", "/meetings", "/actions", "/agencies?page={page}", "/risks"]


def person(number: int, client: Client, email: str, writes: bool, at_once: threading.Barrier,
           traffic: threading.Barrier, window: dict, run: str) -> None:
    """One session: ready the sign-in form, sign in with everyone else, then browse (and, for the business unit, add agencies)."""
    chance = random.Random(number)  # the same mix on every run
    ready = client.open_sign_in(email)
    try:
        at_once.wait(timeout=HARD_LIMIT)
        signed_in = ready and client.finish_sign_in()
        # Everyone's traffic starts together too, so 200 sessions really are busy at once.
        traffic.wait(timeout=HARD_LIMIT)
    except threading.BrokenBarrierError:
        client.tally.error(f"session {number}: the others never arrived at the barrier")
        return
    if not signed_in:
        return
    client.set_timeout(PAGE_TIMEOUT)
    written = 0
    for turn in range(REQUESTS_PER_SESSION):
        if turn:
            time.sleep(chance.uniform(*THINK_SECONDS))
        if time.monotonic() >= window["end"]:
            break
        if writes and chance.random() < WRITE_SHARE:
            written += 1
            client.add_agency(f"Load test agency {run} s{number:03d} n{written:03d}")
        else:
            path = chance.choice(READS).format(page=chance.randint(1, 4))
            client.expect("GET", path, 200)
    client.close()


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_200_sessions_sign_in_at_once_then_read_and_write(kind, servers, record):
    server = servers(kind)
    tally = Tally()
    run = f"{kind}-{uuid.uuid4().hex[:6]}"
    window = {"end": 0.0}
    at_once = threading.Barrier(SESSIONS)
    traffic = threading.Barrier(SESSIONS, action=lambda: window.update(end=time.monotonic() + TRAFFIC_SECONDS))
    threads = []
    for number in range(SESSIONS):
        business = number < BUSINESS
        client = Client(server.base_url, tally, timeout=SIGN_IN_TIMEOUT)
        args = (number, client, BUSINESS_EMAIL if business else VIEWER_EMAIL, business, at_once, traffic, window, run)
        threads.append(threading.Thread(target=person, args=args, daemon=True))

    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=max(0.0, started + HARD_LIMIT - time.monotonic()))
    finished = time.monotonic()
    traffic_started = window["end"] - TRAFFIC_SECONDS if window["end"] else finished
    still_running = sum(thread.is_alive() for thread in threads)
    if still_running:
        tally.error(f"{still_running} sessions were still waiting for MASA after {HARD_LIMIT:.0f} s")
        at_once.abort()
        traffic.abort()

    missing = missing_writes(server.base_url, BUSINESS_EMAIL, tally.writes) if not still_running else []
    record(f"{SESSIONS} sessions ({BUSINESS} business unit, {SESSIONS - BUSINESS} viewer), {tally.requests} requests, "
           f"{len(tally.writes)} acknowledged writes, {len(tally.errors)} errors, {len(missing)} writes missing; "
           f"signing in took {traffic_started - started:.1f} s, the traffic {finished - traffic_started:.1f} s")
    for kind_of_request in ("sign-in", "read", "write"):
        record(tally.figures(kind_of_request))

    assert not tally.errors, (f"{len(tally.errors)} errors under load on {kind}; the first:\n  "
                              + "\n  ".join(tally.errors[:20]) + f"\nserver log ({server.log_path}):\n{server.log_tail()}")
    assert tally.writes, "no agency was added: the test did not exercise writes"
    assert not missing, f"{len(missing)} acknowledged writes are missing on {kind}:\n  " + "\n  ".join(missing[:20])
