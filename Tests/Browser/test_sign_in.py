"""Signing in and out, as each kind of person in the demo partnership."""

import pytest
from selenium.webdriver.common.by import By

from demo import ACCOUNTS


def test_sign_in_page_asks_for_email_and_password(browser):
    browser.visit("/sign-in")
    browser.expect_heading("Sign in")
    browser.expect_no_error()
    assert browser.field("Email address").get_dom_attribute("name") == "email"
    password = browser.field("Password")
    assert password.get_dom_attribute("name") == "password"
    assert password.get_dom_attribute("type") == "password"
    assert browser.button("Sign in", within="main")
    tokens = browser.driver.find_elements(By.CSS_SELECTOR, "main form input[type=hidden][name=csrf_token]")
    assert tokens and tokens[0].get_dom_attribute("value"), "the sign-in form has no CSRF token"


def test_wrong_password_shows_an_error_and_stays_on_the_page(browser):
    browser.sign_in(ACCOUNTS["viewer"].email, "not-the-password")
    browser.expect_path("/sign-in")
    browser.expect_error("Enter a correct email address and password")
    # The password is never sent back in the page.
    assert not browser.field("Password").get_dom_attribute("value")
    # And we are still signed out.
    browser.visit("/")
    browser.expect_path("/sign-in")


@pytest.mark.parametrize("key", list(ACCOUNTS))
def test_every_demo_account_reaches_the_dashboard(browser, key):
    account = ACCOUNTS[key]
    browser.sign_in_as(account)
    browser.expect_no_error()
    assert browser.heading, "the dashboard has an empty heading"
    assert account.name in browser.header_text(), (
        f"expected {account.name} in the header, which says: {browser.header_text()}"
    )


def test_sign_out_returns_to_the_sign_in_page(signed_in):
    browser = signed_in("business")
    browser.sign_out()
    browser.expect_path("/sign-in")
    browser.expect_heading("Sign in")
    browser.expect_no_error()
    assert ACCOUNTS["business"].name not in browser.header_text()
    # The session really has ended: the dashboard asks us to sign in again.
    browser.visit("/")
    browser.expect_path("/sign-in")


def test_an_expired_sign_in_form_is_refused(browser):
    browser.visit("/sign-in")
    browser.forget_session()  # the session, and with it the form's CSRF token, has gone
    browser.fill("Email address", ACCOUNTS["viewer"].email)
    browser.fill("Password", ACCOUNTS["viewer"].password)
    browser.click_button("Sign in")
    browser.expect_text("Your form could not be sent")
    browser.visit("/")
    browser.expect_path("/sign-in")
