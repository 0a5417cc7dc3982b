"""A signed-in person's traffic to MASA over plain HTTP, with the standard library only.

One `Client` is one person: one keep-alive connection and one session cookie, used from one thread.
A `Tally`, shared by every client of a test, counts requests, latencies and errors.
"""

from __future__ import annotations

import html
import math
import http.client
import re
import threading
import time
import urllib.parse
from dataclasses import dataclass, field

PASSWORD = "safeguarding-demo-2026"
COOKIE = "masa-session"
TOKEN = re.compile(r'name="(csrf_token|form_token)" value="([^"]*)"')
AGENCY_PATH = re.compile(r"^/agencies/[0-9A-Fa-f-]{36}$")


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: str
    seconds: float

    @property
    def location(self) -> str:
        return self.headers.get("location", "")


def tokens(page: str) -> dict[str, str]:
    """The hidden csrf_token and form_token of the (first) form on a page."""
    found: dict[str, str] = {}
    for name, value in TOKEN.findall(page):
        found.setdefault(name, html.unescape(value))
    return found


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile; 0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[max(1, math.ceil(share * len(ordered))) - 1]


@dataclass
class Tally:
    """Everything the clients of one test saw. Thread-safe."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    latencies: dict[str, list[float]] = field(default_factory=dict)  # by kind: sign-in, read, write
    errors: list[str] = field(default_factory=list)
    error_times: list[float] = field(default_factory=list)  # time.monotonic() of each error
    writes: dict[str, str] = field(default_factory=dict)  # acknowledged: path -> name

    def timed(self, kind: str, seconds: float) -> None:
        with self.lock:
            self.latencies.setdefault(kind, []).append(seconds)

    def error(self, text: str) -> None:
        with self.lock:
            self.errors.append(text)
            self.error_times.append(time.monotonic())

    def errors_before(self, moment: float) -> list[str]:
        with self.lock:
            return [text for text, at in zip(self.errors, self.error_times) if at < moment]

    def acknowledged(self, path: str, name: str) -> None:
        with self.lock:
            self.writes[path] = name

    @property
    def requests(self) -> int:
        return sum(len(values) for values in self.latencies.values())

    def figures(self, kind: str) -> str:
        values = self.latencies.get(kind, [])
        return (f"{kind}: {len(values)} requests, p50 {percentile(values, 0.5) * 1000:.0f} ms, "
                f"p95 {percentile(values, 0.95) * 1000:.0f} ms, max {max(values, default=0) * 1000:.0f} ms")


class Client:
    def __init__(self, base_url: str, tally: Tally, timeout: float = 30):
        self.base_url = base_url
        parts = urllib.parse.urlsplit(base_url)
        self.connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
        self.tally = tally
        self.cookies: dict[str, str] = {}  # the session cookie, and before sign-in the form cookie
        self.pending_sign_in: dict[str, str] | None = None

    def close(self) -> None:
        self.connection.close()

    def set_timeout(self, seconds: float) -> None:
        """How long to wait for an answer from now on (sign-in may queue behind many others; pages should not)."""
        self.connection.timeout = seconds
        if self.connection.sock is not None:
            self.connection.sock.settimeout(seconds)

    # --- one request ----------------------------------------------------------------

    def send(self, method: str, path: str, form: dict[str, str] | None = None, kind: str = "read") -> Reply:
        """One request on this client's connection; the session cookie is kept up to date."""
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())} if self.cookies else {}
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        started = time.monotonic()
        self.connection.request(method, path, body=body, headers=headers)
        response = self.connection.getresponse()
        text = response.read().decode("utf-8", errors="replace")
        seconds = time.monotonic() - started
        self.tally.timed(kind, seconds)
        for header in response.msg.get_all("Set-Cookie") or []:
            self.keep_cookie(header)
        return Reply(response.status, {k.lower(): v for k, v in response.getheaders()}, text, seconds)

    def expect(self, method: str, path: str, status: int, form: dict[str, str] | None = None, kind: str = "read") -> Reply | None:
        """A request whose status must be `status`; anything else (or no answer) is counted as an error."""
        try:
            reply = self.send(method, path, form, kind)
        except (OSError, http.client.HTTPException) as error:
            self.tally.error(f"{method} {path}: no answer ({type(error).__name__}: {error})")
            # The connection is in an unknown state; the next request opens a new one.
            self.connection.close()
            return None
        if reply.status != status:
            self.tally.error(f"{method} {path}: {reply.status} (expected {status}) {summary_of(reply)}")
            return None
        return reply

    def keep_cookie(self, header: str) -> None:
        """As a browser does: keep the value, or forget the cookie when the server expires it."""
        pair, *attributes = header.split(";")
        name, _, value = pair.strip().partition("=")
        expired = not value or any(
            a.strip().lower() in ("max-age=0", "max-age=-1") or "1970" in a for a in attributes)
        if expired:
            self.cookies.pop(name, None)
        else:
            self.cookies[name] = value

    @property
    def session(self) -> str:
        return self.cookies.get(COOKIE, "")

    # --- what a person does ---------------------------------------------------------

    def open_sign_in(self, email: str) -> bool:
        """Load the sign-in page (its tokens belong to this session), ready for `finish_sign_in`."""
        page = self.expect("GET", "/sign-in", 200)
        if page is None:
            return False
        self.pending_sign_in = {"email": email, "password": PASSWORD, **tokens(page.body)}
        return True

    def finish_sign_in(self) -> bool:
        reply = self.expect("POST", "/sign-in", 303, self.pending_sign_in, kind="sign-in")
        if reply is None:
            return False
        if reply.location != "/":
            self.tally.error(f"sign-in as {self.pending_sign_in['email']} went to {reply.location!r}, not /")
            return False
        return True

    def sign_in(self, email: str) -> bool:
        return self.open_sign_in(email) and self.finish_sign_in()

    def submit(self, form_path: str, fields: dict[str, str]) -> Reply | None:
        """Load a form for fresh tokens, then post it; the reply must be a 303 (saved)."""
        page = self.expect("GET", form_path, 200)
        if page is None:
            return None
        return self.expect("POST", form_path, 303, {**fields, **tokens(page.body)}, kind="write")

    def add_agency(self, name: str) -> str | None:
        """Add an agency as the business unit; its path once the server has said it is saved."""
        reply = self.submit("/agencies/new", {"name": name, "kind": "other", "active": "true"})
        if reply is None:
            return None
        if not AGENCY_PATH.match(reply.location):
            self.tally.error(f"adding '{name}' went to {reply.location!r}, not an agency's page")
            return None
        self.tally.acknowledged(reply.location, name)
        return reply.location


def summary_of(reply: Reply) -> str:
    """The page's title, to say which error page came back."""
    title = re.search(r"<title>(.*?)</title>", reply.body, re.S)
    return f"('{html.unescape(title.group(1)).strip()}')" if title else f"({len(reply.body)} bytes)"


def missing_writes(base_url: str, email: str, writes: dict[str, str], threads: int = 8) -> list[str]:
    """Every acknowledged write that is not there now: its page must answer 200 and show its name."""
    problems: list[str] = []
    lock = threading.Lock()
    items = list(writes.items())

    def check(share: list[tuple[str, str]]) -> None:
        tally = Tally()
        client = Client(base_url, tally)
        if not client.sign_in(email):
            with lock:
                problems.append(f"could not sign in to check the writes: {tally.errors}")
            return
        for path, name in share:
            reply = client.expect("GET", path, 200)
            if reply is None:
                with lock:
                    problems.append(f"{path} ('{name}'): {tally.errors[-1]}")
            elif html.escape(name, quote=False) not in reply.body:
                with lock:
                    problems.append(f"{path}: 200, but the name '{name}' is not on the page")
        client.close()

    workers = [threading.Thread(target=check, args=(items[i::threads],)) for i in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return problems
