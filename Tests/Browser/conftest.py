"""Fixtures for MASA's browser journeys: headless Chromium against a running `masa demo`.

scripts/test starts the demo and sets MASA_BASE_URL; to run these by hand, start
`masa demo --port 8080` and run `MASA_BASE_URL=http://127.0.0.1:8080 python3 -m pytest Tests/Browser`.

Fixtures:
  browser        a Browser (masa_browser.py) on a shared Chromium, cookies cleared per test
  nojs_browser   the same, on a second Chromium with JavaScript switched off
  signed_in      signed_in("viewer") -> the browser, signed in as that demo account
  base_url       the demo's address
"""

from __future__ import annotations

import os
import re

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

from accessibility import AxeChecker
from demo import ACCOUNTS
from masa_browser import Browser, set_scripts

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"

# One checker for the whole session, so the summary covers every page of every test.
_axe: AxeChecker | None = None


def pytest_configure(config):
    if not os.environ.get("MASA_BASE_URL"):
        raise pytest.UsageError(
            "MASA_BASE_URL is not set: run `scripts/test --only browser`, "
            "or start `masa demo` and point MASA_BASE_URL at it"
        )


@pytest.fixture(scope="session")
def base_url() -> str:
    return os.environ["MASA_BASE_URL"].rstrip("/")


@pytest.fixture(scope="session")
def axe() -> AxeChecker:
    global _axe
    if _axe is None:
        _axe = AxeChecker.from_installed_package()  # raises, loudly, if axe.min.js is missing
    return _axe


def start_chromium():
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(30)
    return driver


def fresh_browser(driver, base_url: str, axe: AxeChecker, javascript: bool = True) -> Browser:
    """Each test starts on a blank page, signed out, with a new session."""
    driver.get("about:blank")
    browser = Browser(driver, base_url, axe, javascript)
    browser.forget_session()
    return browser


@pytest.fixture(scope="session")
def chromium():
    driver = start_chromium()
    yield driver
    driver.quit()


@pytest.fixture(scope="session")
def chromium_without_javascript():
    driver = start_chromium()
    # The pages' own scripts are switched off, as in a browser with JavaScript disabled
    # (Chrome DevTools' "Disable JavaScript"). WebDriver's own scripts still run, and the
    # Browser switches page scripts on briefly for axe-core (see Browser.check_page).
    set_scripts(driver, enabled=False)
    # Prove the switch works before trusting any test that relies on it.
    driver.get("data:text/html,<title>off</title><script>document.title = 'on'</script>")
    assert driver.title == "off", "JavaScript is still running in the no-JavaScript browser"
    yield driver
    driver.quit()


@pytest.fixture
def browser(chromium, base_url, axe) -> Browser:
    return fresh_browser(chromium, base_url, axe)


@pytest.fixture
def nojs_browser(chromium_without_javascript, base_url, axe) -> Browser:
    return fresh_browser(chromium_without_javascript, base_url, axe, javascript=False)


@pytest.fixture
def signed_in(browser):
    """signed_in("viewer") signs in as that demo account (demo.py) and returns the browser on the dashboard."""

    def sign_in(key: str) -> Browser:
        browser.sign_in_as(ACCOUNTS[key])
        return browser

    return sign_in


# --- when a test fails, keep a screenshot and the page for whoever reads the log --------


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    folder = os.environ.get("MASA_BROWSER_ARTIFACTS")
    if not folder or report.when != "call" or not report.failed:
        return
    for name in ("browser", "nojs_browser"):
        page = item.funcargs.get(name)
        if isinstance(page, Browser):
            os.makedirs(folder, exist_ok=True)
            stem = os.path.join(folder, re.sub(r"[^\w.-]+", "_", f"{item.name}-{name}"))
            try:
                page.driver.save_screenshot(stem + ".png")
                with open(stem + ".html", "w", encoding="utf-8") as handle:
                    handle.write(page.driver.page_source)
            except Exception as error:  # the browser may be what broke
                report.sections.append(("artifacts", f"could not save the page: {error}"))
            else:
                report.sections.append(("artifacts", f"screenshot and page saved as {stem}.png/.html"))


def pytest_terminal_summary(terminalreporter):
    terminalreporter.section("accessibility (axe-core)")
    lines = _axe.summary_lines() if _axe else ["axe-core did not run"]
    for line in lines:
        terminalreporter.write_line(line)
