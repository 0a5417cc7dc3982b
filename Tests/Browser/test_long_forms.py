"""Long forms: a person pastes a long report into MASA, and all of it is saved.

The longest answers MASA takes are a meeting's notes (20,000 characters) and each of a rapid review's seven
answers (10,000 each), so a rapid review can carry 60,000 characters and more in one form. These journeys paste
1,000, 10,000 and 60,000 characters from the browser and check that the form is saved (not "Your form could not
be sent") and shows every character back. The same long form is then sent by hand over a socket, in several
packets with pauses between them and once with Transfer-Encoding: chunked, as slow links and proxies send it.
Last, no field cuts off what is typed: no `maxlength` below what the server accepts.
"""

from __future__ import annotations

import datetime
import html
import random
import re
import socket
import time
import urllib.parse

import pytest

from demo import ACCOUNTS
from masa_browser import normalise
from test_case_reviews import notify_incident, service_today, unique_code
from test_meetings_and_actions import ATTENDED, long_date, open_meeting_form

FORM_REFUSED = ("Your form could not be sent", "Your form could not be saved")

# The rapid review form's answers: the label on the form -> the key on the rapid review's page.
RAPID_REVIEW_ANSWERS = {
    "Immediate actions to keep children safe": "Immediate actions to keep children safe",
    "Learning identified": "Learning identified",
    "Context and equalities analysis": "Context and equalities",
    "Rationale (a) Improvements needed, including any identified before":
        "Rationale (a) Improvements needed, including any identified before",
    "Rationale (b) Recurrent themes": "Rationale (b) Recurrent themes",
    "Rationale (c) Concerns about two or more agencies working together":
        "Rationale (c) Concerns about two or more agencies working together",
}
RAPID_REVIEW_FIELDS = ["immediateActions", "learning", "contextEqualities", "rationaleA", "rationaleB", "rationaleC"]
ANSWER_MAX = 10_000  # RapidReviewForm.save: form.text(_, max: 10_000)
NOTES_MAX = 20_000  # MeetingForm: form.text("notes", max: 20000)

SENTENCES = [
    "The health visitor’s record of the new birth visit noted no concerns.",
    "At eight weeks the GP practice nurse saw a small bruise on the baby’s cheek and recorded it.",
    "The bruise was not shared with the health visitor or with children’s social care.",
    "Parents said the baby’s older sibling had fallen against the cot; this was not explored.",
    "The strategy discussion was held the same day, with police, health and the local authority.",
    "Learning: bruising in a non-mobile baby must always be escalated, whatever the explanation.",
    "Café staff at the family hub had seen the mother twice that week and had been worried.",
]


def long_text(characters: int, seed: int = 0) -> str:
    """Exactly `characters` characters of plausible report text, in paragraphs, with no space at either end
    (the server trims, so a trailing space would make the saved text one character shorter)."""
    chance = random.Random(seed)
    paragraphs, length = [], 0
    while length < characters:
        paragraph = " ".join(chance.choice(SENTENCES) for _ in range(6))
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
    text = "\n\n".join(paragraphs)[:characters].rstrip()
    return text + "." * (characters - len(text))


def paste(browser, label: str, text: str) -> None:
    """Paste `text` into the field labelled `label`, as a person pastes from a document: Chromium inserts it
    through its editing code (which honours maxlength), far faster than typing 60,000 keys."""
    field = browser.field(label)
    field.clear()
    field.click()
    browser.driver.execute_cdp_cmd("Input.insertText", {"text": text})
    held = field.get_property("value")
    assert held == text, f"'{label}' holds {len(held)} of the {len(text)} characters pasted"


def expect_saved(browser, notification: str) -> None:
    assert browser.heading not in FORM_REFUSED, f"the long form was refused: '{browser.heading}' on {browser.path}"
    browser.expect_no_error()
    browser.expect_notification(notification)


def new_incident(browser) -> tuple[str, str]:
    """A serious incident of this run's own (so no other journey's rapid review is touched): (code, its page)."""
    today = service_today(browser)
    code = unique_code()
    browser.visit("/case-reviews/incidents/new")
    notify_incident(browser, code, today)
    browser.expect_notification(f"{code} recorded")
    return code, browser.path


# --- from the browser ---------------------------------------------------------------------


@pytest.mark.parametrize("characters", [1_000, ANSWER_MAX], ids=["1 KB", "10 KB"])
def test_a_long_answer_pasted_into_a_rapid_review_is_saved_whole(signed_in, characters):
    browser = signed_in("business")
    code, incident = new_incident(browser)
    browser.visit(incident + "/rapid-review/edit")
    browser.expect_heading(f"Rapid review: {code}")
    text = long_text(characters, seed=characters)
    paste(browser, "Learning identified", text)
    browser.click_button("Save rapid review")
    expect_saved(browser, f"Rapid review for {code} saved")
    assert browser.summary("Learning identified") == normalise(text)


def test_a_rapid_review_of_60_kb_from_the_browser_is_saved_whole(signed_in):
    browser = signed_in("business")
    code, incident = new_incident(browser)
    browser.visit(incident + "/rapid-review/edit")
    texts = {label: long_text(ANSWER_MAX, seed=n) for n, label in enumerate(RAPID_REVIEW_ANSWERS)}
    for label, text in texts.items():
        paste(browser, label, text)
    browser.click_button("Save rapid review")
    expect_saved(browser, f"Rapid review for {code} saved")
    for label, key in RAPID_REVIEW_ANSWERS.items():
        assert browser.summary(key) == normalise(texts[label]), f"'{key}' was not saved whole"


def test_the_longest_meeting_notes_allowed_are_saved_whole(signed_in):
    browser = signed_in("business")
    today = open_meeting_form(browser)
    # A date of its own, so that the notification names this meeting.
    held_on = today - datetime.timedelta(days=random.randint(30, 300))
    notes = long_text(NOTES_MAX, seed=20)
    browser.fill_date("Date of the meeting", held_on.day, held_on.month, held_on.year)
    browser.choose("Status", "Held")
    browser.choose(ATTENDED, "Attended")
    paste(browser, "Notes", notes)
    browser.click_button("Save meeting")
    expect_saved(browser, f"Meeting of {long_date(held_on)} recorded")
    assert browser.summary("Notes") == normalise(notes)


# --- by hand, over a socket -------------------------------------------------------------------


class RawHTTP:
    """HTTP/1.1 written by hand, so the test decides how the body travels: in pieces, with pauses, or chunked."""

    def __init__(self, base_url: str):
        parts = urllib.parse.urlsplit(base_url)
        self.host, self.port = parts.hostname, parts.port
        self.cookies: dict[str, str] = {}

    def exchange(self, method: str, path: str, form: dict[str, str] | None = None, pieces: int = 1,
                 pause: float = 0.0, chunked: bool = False) -> tuple[int, dict[str, str], str]:
        body = urllib.parse.urlencode(form).encode() if form is not None else b""
        head = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}", "Connection: close"]
        if self.cookies:
            head.append("Cookie: " + "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        if form is not None:
            head.append("Content-Type: application/x-www-form-urlencoded")
            head.append("Transfer-Encoding: chunked" if chunked else f"Content-Length: {len(body)}")
        size = -(-len(body) // pieces) if body else 0
        parts = [body[i:i + size] for i in range(0, len(body), size)] if body else []
        with socket.create_connection((self.host, self.port), timeout=30) as connection:
            # No Nagle: each piece leaves as its own packet, as from a slow link.
            connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            connection.sendall(("\r\n".join(head) + "\r\n\r\n").encode())
            for part in parts:
                time.sleep(pause)
                connection.sendall(b"%x\r\n%s\r\n" % (len(part), part) if chunked else part)
            if chunked and form is not None:
                connection.sendall(b"0\r\n\r\n")
            reply = b""
            while chunk := connection.recv(65536):
                reply += chunk
        return self._read(reply)

    def _read(self, reply: bytes) -> tuple[int, dict[str, str], str]:
        head, _, body = reply.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        headers: dict[str, str] = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            name, value = name.strip().lower(), value.strip()
            if name == "set-cookie":
                pair = value.split(";", 1)[0]
                key, _, cookie = pair.partition("=")
                self.cookies[key] = cookie
            headers[name] = value
        if headers.get("transfer-encoding", "").lower() == "chunked":
            body = _unchunk(body)
        return status, headers, body.decode("utf-8", errors="replace")

    def sign_in(self, email: str, password: str, **how) -> None:
        status, _, page = self.exchange("GET", "/sign-in")
        assert status == 200, f"GET /sign-in: {status}"
        status, headers, _ = self.exchange("POST", "/sign-in", {"email": email, "password": password, **tokens(page)}, **how)
        assert status == 303 and headers.get("location") == "/", f"signing in by hand: {status} to {headers.get('location')}"


def _unchunk(body: bytes) -> bytes:
    out = b""
    while body:
        size_line, _, rest = body.partition(b"\r\n")
        size = int(size_line.split(b";")[0], 16)
        if size == 0:
            break
        out += rest[:size]
        body = rest[size + 2:]
    return out


def tokens(page: str) -> dict[str, str]:
    return {name: html.unescape(value) for name, value in re.findall(r'name="(csrf_token|form_token)" value="([^"]*)"', page)}


def page_title(page: str) -> str:
    found = re.search(r"<title>(.*?)</title>", page, re.S)
    return html.unescape(found.group(1)).strip() if found else "(no title)"


@pytest.mark.parametrize("how", [{"pieces": 12, "pause": 0.05}, {"pieces": 12, "pause": 0.05, "chunked": True}],
                         ids=["in 12 packets", "chunked"])
def test_a_60_kb_rapid_review_sent_by_hand_is_saved(signed_in, base_url, how):
    # The incident is made in the browser (every page checked); the rapid review is then sent by hand.
    _, incident = new_incident(signed_in("business"))
    account = ACCOUNTS["business"]
    raw = RawHTTP(base_url)
    raw.sign_in(account.email, account.password, **how)
    status, _, form_page = raw.exchange("GET", incident + "/rapid-review/edit")
    assert status == 200, f"the rapid review form: {status}"
    texts = {name: long_text(ANSWER_MAX, seed=100 + n) for n, name in enumerate(RAPID_REVIEW_FIELDS)}
    fields = {**texts, **tokens(form_page)}
    assert len(urllib.parse.urlencode(fields)) > 60_000
    status, headers, reply = raw.exchange("POST", incident + "/rapid-review/edit", fields, **how)
    assert status == 303, f"the 60 KB rapid review was not saved: {status} ('{page_title(reply)}')"
    assert headers.get("location") == incident + "/rapid-review", headers.get("location")

    status, _, saved = raw.exchange("GET", incident + "/rapid-review")
    assert status == 200
    shown = normalise(html.unescape(re.sub(r"<[^>]+>", " ", saved)))
    for name, text in texts.items():
        assert normalise(text) in shown, f"'{name}' was not saved whole"


# --- no field cuts off what is typed -------------------------------------------------------------

# What the server accepts, per field (the `max:` of each form.text in the Swift source), for the forms below.
SERVER_LIMITS = {
    "/sign-in": {"email": 254, "password": 72},
    "/agencies/new": {"name": 200, "contactName": 200, "contactEmail": 254},
    "/risks/new": {"title": 200, "description": 4000, "ownerName": 200, "controls": 4000, "actions": 4000},
}


def value_for(name: str, limit: int) -> str:
    """As long as the server allows: an email address for an email field, report text for the rest."""
    if "email" in name.lower():
        domain = "@northmere.example"
        return "a" * (limit - len(domain)) + domain
    return long_text(limit, seed=limit).replace("\n", " ")


def check_fields(browser, limits: dict[str, int], typed: set[str] | None = None) -> None:
    """Every text field on the page: no maxlength under what the server accepts; and into the fields in `typed`
    (all in `limits` by default) the longest value the server accepts, read back whole. Inputs are typed key by
    key; textareas, whose limits run to thousands, are pasted (Chromium honours maxlength for both)."""
    typed = set(limits) if typed is None else typed
    fields = browser.driver.find_elements("css selector", "main input:not([type=hidden]):not([type=radio])"
                                          ":not([type=checkbox]), main textarea")
    for field in fields:
        name = field.get_dom_attribute("name") or ""
        maxlength = field.get_dom_attribute("maxlength")
        if maxlength is not None:
            assert name in limits, f"'{name}' on {browser.path} has maxlength={maxlength}; add its server limit to the test"
            assert int(maxlength) >= limits[name], (
                f"'{name}' on {browser.path} has maxlength={maxlength}, but the server accepts {limits[name]}")
        if name not in typed:
            continue
        value = value_for(name, limits[name])
        field.clear()
        if field.tag_name.lower() == "textarea":
            field.click()
            browser.driver.execute_cdp_cmd("Input.insertText", {"text": value})
        else:
            field.send_keys(value)
        held = field.get_property("value")
        assert held == value, f"'{name}' on {browser.path} kept {len(held)} of the {len(value)} characters entered"
        # The value really is longer than the field shows, so a field that cut off at its width would be caught.
        longer = browser.driver.execute_script(
            "const f = arguments[0]; return f.scrollWidth > f.clientWidth || f.scrollHeight > f.clientHeight;", field)
        assert longer, f"'{name}' on {browser.path} shows all {len(value)} characters, so the check proves nothing"


@pytest.mark.parametrize("path", ["/agencies/new", "/risks/new"])
def test_no_field_cuts_off_a_long_value(signed_in, path):
    browser = signed_in("business")
    browser.visit(path)
    check_fields(browser, SERVER_LIMITS[path])


def test_the_sign_in_fields_take_the_longest_values_the_server_accepts(browser):
    browser.visit("/sign-in")
    check_fields(browser, SERVER_LIMITS["/sign-in"])


def test_the_meeting_form_takes_its_longest_values(signed_in):
    browser = signed_in("business")
    open_meeting_form(browser)
    limits = {"agenda": 8000, "notes": NOTES_MAX}
    people = [f.get_dom_attribute("name") for f in browser.driver.find_elements("css selector", "main input[name^='people-']")]
    assert people, "the meeting form should ask who came from each agency"
    limits.update({name: 500 for name in people})
    # Every field's maxlength is checked; typing 500 keys into each of two dozen agencies' fields adds nothing.
    check_fields(browser, limits, typed={"agenda", "notes", *people[:2]})


def test_the_clipping_check_catches_a_maxlength(browser):
    """Proof that the checks above can fail: in a field with a short maxlength, typed and pasted text is cut off,
    and get_property('value') shows it."""
    page = ('<!doctype html><html lang="en"><title>maxlength</title><main><h1>maxlength</h1>'
            '<label for="short">Short</label><input id="short" name="short" maxlength="5"></main></html>')
    browser.driver.get("data:text/html;charset=utf-8," + urllib.parse.quote(page))
    browser.check_page()
    field = browser.driver.find_element("id", "short")
    field.send_keys("typed far too long")
    assert field.get_property("value") == "typed"
    field.clear()
    field.click()
    browser.driver.execute_cdp_cmd("Input.insertText", {"text": "pasted far too long"})
    assert field.get_property("value") == "paste"
