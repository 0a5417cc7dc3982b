"""A person's view of MASA for the browser journeys.

Journeys use only the methods of `Browser`. Every method that loads a page (visit,
click_link, click_button) then checks that page: exactly one h1, and no serious or
critical axe-core violation. So no page a journey reaches goes unchecked.

Elements are found the way a person finds them: fields by their label, radios by their
question (legend) and option, buttons and links by their words.
"""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from urllib.parse import urljoin, urlsplit

from selenium.common.exceptions import TimeoutException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from accessibility import AxeChecker

PAGE_LOAD_SECONDS = 20


def normalise(text: str | None) -> str:
    """Collapse runs of whitespace, as a person reads the words."""
    return re.sub(r"\s+", " ", text or "").strip()


# Set on the old page before a click; a new page does not have it.
LEAVING = "window.__masaLeaving = true"
ARRIVED = "return !window.__masaLeaving && document.readyState === 'complete'"


class Browser:
    def __init__(self, driver, base_url: str, axe: AxeChecker, javascript: bool = True):
        self.driver = driver
        self.base_url = base_url.rstrip("/")
        self.axe = axe
        # False for a browser whose pages' scripts are switched off (see conftest.py).
        self.javascript = javascript

    # --- where we are -------------------------------------------------------------------

    @property
    def path(self) -> str:
        """The current address's path, e.g. "/sign-in"."""
        return urlsplit(self.driver.current_url).path

    def url(self, path: str) -> str:
        return urljoin(self.base_url + "/", path.lstrip("/"))

    # --- moving around (each of these checks the page it lands on) ----------------------

    def visit(self, path: str) -> None:
        self.driver.get(self.url(path))
        self._wait_until_loaded()
        self.check_page()

    def click_link(self, text: str, within: str | None = None) -> None:
        """Follow the link whose words are `text` (inside the CSS selector `within`, if given)."""
        self._navigate_by(self.link(text, within).click, f"link '{text}'")

    def click_button(self, text: str, within: str | None = None) -> None:
        """Press the button whose words are `text`; it must load a new page (all MASA buttons submit forms)."""
        self._navigate_by(self.button(text, within).click, f"button '{text}'")

    # Submitting a form is pressing its button.
    submit = click_button

    def sign_in(self, email: str, password: str) -> None:
        """Sign in through the real form (fresh CSRF token and all)."""
        self.visit("/sign-in")
        self.fill("Email address", email)
        self.fill("Password", password)
        self.click_button("Sign in")

    def sign_in_as(self, account) -> None:
        """Sign in as a demo account (see demo.py) and check we reached the dashboard."""
        self.sign_in(account.email, account.password)
        self.expect_path("/")

    def sign_out(self) -> None:
        self.click_button("Sign out", within="header")

    def forget_session(self) -> None:
        """Drop every cookie, as if the session had expired (the page stays as it is)."""
        self.driver.execute_cdp_cmd("Network.clearBrowserCookies", {})

    # --- filling in forms ---------------------------------------------------------------

    def fill(self, label: str, value: str, within: str | None = None) -> None:
        """Type into (or pick from, for a select) the field labelled `label`."""
        field = self.field(label, within)
        tag = field.tag_name.lower()
        kind = (field.get_dom_attribute("type") or "").lower()
        if tag == "select":
            Select(field).select_by_visible_text(value)
        elif kind in ("radio", "checkbox"):
            raise AssertionError(f"'{label}' is a {kind}: use choose() or tick()")
        else:
            field.clear()
            field.send_keys(value)

    def choose(self, legend: str, option: str) -> None:
        """Pick the radio (or checkbox) `option` in the group whose question is `legend`."""
        group = self.fieldset(legend)
        label = self._one_by_text(group.find_elements(By.TAG_NAME, "label"), option, f"option in '{legend}'")
        control = self._control_for(label, option)
        if not control.is_selected():
            label.click()
        assert control.is_selected(), f"could not choose '{option}' in '{legend}'"

    def tick(self, label: str, ticked: bool = True) -> None:
        """Tick (or untick) the single checkbox labelled `label`."""
        box = self.field(label)
        if box.is_selected() != ticked:
            self.driver.find_element(By.CSS_SELECTOR, f"label[for='{box.get_dom_attribute('id')}']").click()
        assert box.is_selected() == ticked, f"could not {'tick' if ticked else 'untick'} '{label}'"

    def fill_date(self, legend: str, day: int, month: int, year: int) -> None:
        """A GOV.UK date input: Day, Month and Year fields under one question."""
        group = self.fieldset(legend)
        for part, value in (("Day", day), ("Month", month), ("Year", year)):
            label = self._one_by_text(group.find_elements(By.TAG_NAME, "label"), part, f"'{part}' in '{legend}'")
            field = self._control_for(label, part)
            field.clear()
            field.send_keys(str(value))

    def field(self, label: str, within: str | None = None):
        """The input, select or textarea that the <label> with these words is for."""
        labels = self._scope(within).find_elements(By.TAG_NAME, "label")
        return self._control_for(self._one_by_text(labels, label, "field label"), label)

    def link(self, text: str, within: str | None = None):
        """The one visible link with these words."""
        return self._one_by_text(self._scope(within).find_elements(By.TAG_NAME, "a"), text, "link")

    def button(self, text: str, within: str | None = None):
        """The one visible button (or link styled as a button) with these words."""
        candidates = self._scope(within).find_elements(By.CSS_SELECTOR, "button, input[type=submit], a[role=button]")
        return self._one_by_text(candidates, text, "button")

    def fieldset(self, legend: str):
        """The <fieldset> whose <legend> has these words."""
        fieldsets = self.driver.find_elements(By.TAG_NAME, "fieldset")
        matching = [f for f in fieldsets if self._legend_text(f) == normalise(legend)]
        if len(matching) != 1:
            found = [self._legend_text(f) for f in fieldsets]
            raise AssertionError(f"expected one question '{legend}' on {self.path}, found {len(matching)}; questions there: {found}")
        return matching[0]

    # --- what a person sees -------------------------------------------------------------

    @property
    def heading(self) -> str:
        return normalise(self.driver.find_element(By.TAG_NAME, "h1").text)

    def expect_path(self, path: str) -> None:
        assert self.path == path, f"expected to be on {path}, but on {self.driver.current_url} ('{self.heading_or_none()}')"

    def expect_heading(self, text: str) -> None:
        assert self.heading == normalise(text), f"expected the heading '{text}' on {self.path}, found '{self.heading}'"

    def expect_text(self, text: str, within: str = "main") -> None:
        """The words appear (visibly) inside `within`, the main content by default."""
        shown = normalise(self.driver.find_element(By.CSS_SELECTOR, within).text)
        assert normalise(text) in shown, f"expected '{text}' in {within} on {self.path}; it says: {shown[:500]}"

    def expect_notification(self, text: str) -> None:
        banners = [normalise(b.text) for b in self.driver.find_elements(By.CSS_SELECTOR, ".app-notification-banner")]
        assert any(normalise(text) in b for b in banners), (
            f"expected a notification banner saying '{text}' on {self.path}; banners: {banners or 'none'}"
        )

    def expect_error(self, text: str) -> None:
        """The error summary lists `text`, as a link to a field that exists on the page."""
        summaries = self.driver.find_elements(By.CSS_SELECTOR, ".app-error-summary")
        assert summaries, f"expected an error summary (.app-error-summary) on {self.path}, found none"
        summary = summaries[0]
        links = [a for a in summary.find_elements(By.TAG_NAME, "a") if normalise(text) in normalise(a.text)]
        assert links, f"expected the error '{text}' as a link in the error summary; it says: {normalise(summary.text)}"
        target = links[0].get_dom_attribute("href") or ""
        assert target.startswith("#") and self.driver.find_elements(By.ID, target[1:]), (
            f"the error '{text}' links to '{target}', which is not a field on the page"
        )

    def expect_field_error(self, label: str, text: str) -> None:
        """The field labelled `label` (or the question whose legend is `label`) shows the error
        `text` beside it, tied to it by aria-describedby so a screen reader hears it there too."""
        questions = [f for f in self.driver.find_elements(By.TAG_NAME, "fieldset") if self._legend_text(f) == normalise(label)]
        described = questions[0] if len(questions) == 1 else self.field(label)
        ids = (described.get_dom_attribute("aria-describedby") or "").split()
        messages = [
            normalise(element.get_property("textContent"))
            for id in ids
            for element in self.driver.find_elements(By.ID, id)
            if "app-error-message" in (element.get_dom_attribute("class") or "").split()
        ]
        assert any(normalise(text) in message for message in messages), (
            f"expected the error '{text}' beside '{label}' on {self.path}; its messages: {messages or 'none'}"
        )

    def expect_no_error(self) -> None:
        summaries = [normalise(s.text) for s in self.driver.find_elements(By.CSS_SELECTOR, ".app-error-summary")]
        assert not summaries, f"unexpected error summary on {self.path}: {summaries}"

    def summary(self, key: str, titled: str | None = None) -> str:
        """The value beside `key` in a summary list (.app-summary-list) on the page; with `titled`,
        in the list under the heading with those words (pages with several lists repeat keys)."""
        if titled is None:
            rows = self.driver.find_elements(By.CSS_SELECTOR, ".app-summary-list__row")
        else:
            lists = [
                heading.find_element(By.XPATH, "following-sibling::*[1]")
                for heading in self.driver.find_elements(By.CSS_SELECTOR, "main h2")
                if normalise(heading.text) == normalise(titled)
            ]
            lists = [element for element in lists if "app-summary-list" in (element.get_dom_attribute("class") or "").split()]
            assert len(lists) == 1, f"expected one summary list titled '{titled}' on {self.path}, found {len(lists)}"
            rows = lists[0].find_elements(By.CSS_SELECTOR, ".app-summary-list__row")
        keys = []
        for row in rows:
            found = normalise(row.find_element(By.CSS_SELECTOR, ".app-summary-list__key").text)
            keys.append(found)
            if found == normalise(key):
                return normalise(row.find_element(By.CSS_SELECTOR, ".app-summary-list__value").text)
        raise AssertionError(f"no '{key}' in a summary list on {self.path}; keys there: {keys}")

    def table_rows(self, within: str | None = None, caption: str | None = None) -> list[list[str]]:
        """The body rows of the (first) table, or of the table with this caption, as the words in each cell."""
        return [
            [normalise(cell.text) for cell in row.find_elements(By.CSS_SELECTOR, "th, td")]
            for row in self._table(within, caption).find_elements(By.CSS_SELECTOR, "tbody tr")
        ]

    def has_table(self, within: str | None = None) -> bool:
        """Whether the page shows a table: an empty list is said in words instead."""
        return bool(self._scope(within).find_elements(By.CSS_SELECTOR, "table"))

    def table_links(self, within: str | None = None, caption: str | None = None) -> list[tuple[str, str]]:
        """The links in the body of the (first, or captioned) table, as (words, path) in the order shown."""
        return [
            (normalise(a.text), urlsplit(a.get_property("href")).path)
            for a in self._table(within, caption).find_elements(By.CSS_SELECTOR, "tbody a")
            if a.is_displayed()
        ]

    def click_first_link_in_table(self, within: str | None = None, caption: str | None = None) -> str:
        """Follow the first link in the body of the (first, or captioned) table; returns the link's words."""
        links = [a for a in self._table(within, caption).find_elements(By.CSS_SELECTOR, "tbody a") if a.is_displayed()]
        assert links, f"the table on {self.path} has no links"
        words = normalise(links[0].text)
        self._navigate_by(links[0].click, f"first link in the table ('{words}')")
        return words

    def warnings(self) -> list[str]:
        """The words of each warning (.app-warning-text) in the main content, without the hidden "Warning"."""
        return [
            normalise(element.get_property("textContent")).removeprefix("!").strip().removeprefix("Warning").strip()
            for element in self.driver.find_elements(By.CSS_SELECTOR, "main .app-warning-text")
        ]

    def date_of(self, legend: str) -> tuple[str, str, str]:
        """What a GOV.UK date input under this question holds: (day, month, year), as typed."""
        group = self.fieldset(legend)
        return tuple(
            self._control_for(self._one_by_text(group.find_elements(By.TAG_NAME, "label"), part, f"'{part}' in '{legend}'"), part)
            .get_property("value") or ""
            for part in ("Day", "Month", "Year")
        )

    def value_of(self, label: str, within: str | None = None) -> str:
        """What the field labelled `label` holds now (what was typed, or what the server sent back)."""
        return self.field(label, within).get_property("value") or ""

    def header_text(self) -> str:
        return normalise(self.driver.find_element(By.TAG_NAME, "header").text)

    def heading_or_none(self) -> str | None:
        headings = self.driver.find_elements(By.TAG_NAME, "h1")
        return normalise(headings[0].text) if headings else None

    def status_of(self, path: str) -> int:
        """The HTTP status of GET path, sent with this browser's cookies, without following redirects."""
        cookies = "; ".join(f"{c['name']}={c['value']}" for c in self.driver.get_cookies())
        request = urllib.request.Request(self.url(path), headers={"Cookie": cookies})
        opener = urllib.request.build_opener(_NoRedirects)
        try:
            with opener.open(request, timeout=10) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code

    # --- checks run on every page -------------------------------------------------------

    def check_page(self) -> None:
        count = len(self.driver.find_elements(By.TAG_NAME, "h1"))
        assert count == 1, f"{self.driver.current_url} has {count} h1 elements; every page needs exactly one"
        if self.javascript:
            self.axe.check(self.driver)
            return
        # axe-core needs timers, which do not fire while scripts are off. Switch them on
        # just for the check: the page's own scripts were skipped when it loaded and do
        # not run now, so axe still sees the page as a person without JavaScript does.
        set_scripts(self.driver, enabled=True)
        try:
            self.axe.check(self.driver)
        finally:
            set_scripts(self.driver, enabled=False)

    # --- internals ----------------------------------------------------------------------

    def _table(self, within: str | None, caption: str | None):
        tables = self._scope(within).find_elements(By.CSS_SELECTOR, "table")
        assert tables, f"no table on {self.path}"
        if caption is None:
            return tables[0]
        captions = [normalise(c.text) for t in tables for c in t.find_elements(By.TAG_NAME, "caption")]
        matching = [t for t in tables if any(normalise(c.text) == normalise(caption) for c in t.find_elements(By.TAG_NAME, "caption"))]
        assert len(matching) == 1, f"expected one table captioned '{caption}' on {self.path}; captions there: {captions}"
        return matching[0]

    def _scope(self, within: str | None):
        return self.driver.find_element(By.CSS_SELECTOR, within) if within else self.driver

    def _navigate_by(self, action, what: str) -> None:
        """Do `action`, wait until a new page has replaced this one and loaded, then check it."""
        self.driver.execute_script(LEAVING)
        action()
        try:
            self._wait_until_loaded()
        except TimeoutException:
            raise AssertionError(f"pressing the {what} on {self.path} did not load a new page") from None
        self.check_page()

    def _wait_until_loaded(self) -> None:
        # While one page gives way to the next, WebDriver calls can fail; just try again.
        WebDriverWait(self.driver, PAGE_LOAD_SECONDS, ignored_exceptions=(WebDriverException,)).until(
            lambda d: d.execute_script(ARRIVED)
        )

    @staticmethod
    def _words(element) -> set[str]:
        """The words a person sees on an element, and the words a screen reader hears
        (which include visually hidden text), so either can be used to find it."""
        words = {normalise(element.text), normalise(element.get_property("textContent"))}
        if element.tag_name.lower() == "input":
            words.add(normalise(element.get_dom_attribute("value")))
        return words - {""}

    def _one_by_text(self, elements, text: str, what: str):
        wanted = normalise(text)
        matches = [e for e in elements if e.is_displayed() and wanted in self._words(e)]
        if len(matches) == 1:
            return matches[0]
        shown = sorted({normalise(e.text) for e in elements if e.is_displayed()} - {""})
        if not matches:
            raise AssertionError(f"no {what} '{text}' on {self.path}; there are: {shown}")
        raise AssertionError(f"{len(matches)} {what}s '{text}' on {self.path}; pass within= to say which")

    def _control_for(self, label, text: str):
        target = label.get_dom_attribute("for")
        if target:
            controls = self.driver.find_elements(By.ID, target)
            assert controls, f"the label '{text}' is for '#{target}', which is not on {self.path}"
            return controls[0]
        nested = label.find_elements(By.CSS_SELECTOR, "input, select, textarea")
        assert nested, f"the label '{text}' has no 'for' and wraps no field"
        return nested[0]

    @staticmethod
    def _legend_text(fieldset) -> str:
        legends = fieldset.find_elements(By.TAG_NAME, "legend")
        return normalise(legends[0].text) if legends else ""


def set_scripts(driver, enabled: bool) -> None:
    """Switch the pages' own JavaScript on or off (it stays so across page loads)."""
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": not enabled})


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None
