"""Single sign-on, end to end: a real OpenID provider (oidc-provider-mock) on this machine, a `masa demo` of its
own configured to use it, and headless Chromium going from MASA's sign-in page to the provider's form and back.

MASA's pages are checked as everywhere else (one h1, axe-core); the provider's own page is not MASA's to check.
"""

from __future__ import annotations

import shutil

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

import sso_servers
from demo import ACCOUNTS
from masa_browser import PAGE_LOAD_SECONDS, Browser

BUTTON = "Sign in with Northmere Council"


@pytest.fixture(scope="module")
def servers():
    folder = sso_servers.new_folder()
    provider = sso_servers.start_provider(folder)
    try:
        masa = sso_servers.start_masa(folder, issuer=provider.url)
    except Exception:
        provider.stop()
        raise
    yield provider, masa
    masa.stop()
    provider.stop()
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def sso(servers, chromium, axe):
    provider, masa = servers
    chromium.get("about:blank")
    browser = Browser(chromium, masa.url, axe)
    browser.forget_session()
    return browser, provider


def go_to_provider(browser: Browser, provider) -> None:
    """Press MASA's button and wait for the provider's own form (not MASA's page, so not checked here)."""
    browser.button(BUTTON, within="main").click()
    WebDriverWait(browser.driver, PAGE_LOAD_SECONDS).until(
        lambda d: d.current_url.startswith(provider.url + "/oauth2/authorize")
    )


def press_at_provider(browser: Browser, words: str) -> None:
    """Press a button on the provider's form, wait until MASA's page has loaded, and check that page."""
    browser.driver.find_element(By.XPATH, f"//button[normalize-space()='{words}']").click()
    WebDriverWait(browser.driver, PAGE_LOAD_SECONDS).until(
        lambda d: d.current_url.startswith(browser.base_url + "/")
        and d.execute_script("return document.readyState") == "complete"
    )
    browser.check_page()


def sign_in_at_provider(browser: Browser, provider, subject: str) -> None:
    go_to_provider(browser, provider)
    browser.driver.find_element(By.NAME, "sub").send_keys(subject)
    press_at_provider(browser, "Authorize")


def test_an_entra_style_account_signs_in_and_lands_where_it_was_going(sso):
    browser, provider = sso
    person = ACCOUNTS["business"]
    # As Microsoft Entra ID often does: no email claim, the work address in preferred_username, another case.
    claims = {"preferred_username": person.email.title(), "name": person.name}
    sso_servers.set_claims(provider, "entra-oid-priya", claims)
    browser.visit("/agencies")
    browser.expect_path("/sign-in")
    browser.expect_heading("Sign in")
    sign_in_at_provider(browser, provider, "entra-oid-priya")
    browser.expect_path("/agencies")
    assert person.name in browser.header_text(), f"expected {person.name} in the header: {browser.header_text()}"
    browser.sign_out()
    browser.expect_path("/sign-in")


def test_a_person_without_a_masa_account_is_told_to_ask_their_administrator(sso):
    browser, provider = sso
    browser.visit("/sign-in")
    sign_in_at_provider(browser, provider, "newcomer@northmere.example")
    browser.expect_heading("Your organisation's account is not set up in MASA")
    browser.expect_text("Ask your administrator")
    assert "newcomer@northmere.example" not in browser.driver.page_source
    browser.click_link("Go to the sign-in page")
    browser.expect_heading("Sign in")
    browser.visit("/")
    browser.expect_path("/sign-in")


def test_cancelling_at_the_provider_comes_back_to_a_plain_page(sso):
    browser, provider = sso
    browser.visit("/sign-in")
    go_to_provider(browser, provider)
    press_at_provider(browser, "Deny")
    browser.expect_heading("You were not signed in")
    browser.visit("/")
    browser.expect_path("/sign-in")
