"""The service works with JavaScript switched off (GOV.UK's progressive enhancement)."""

from demo import ACCOUNTS


def test_sign_in_and_out_without_javascript(nojs_browser):
    account = ACCOUNTS["business"]
    nojs_browser.sign_in_as(account)
    assert account.name in nojs_browser.header_text()
    nojs_browser.sign_out()
    nojs_browser.expect_path("/sign-in")


def test_sign_in_errors_without_javascript(nojs_browser):
    nojs_browser.sign_in(ACCOUNTS["member"].email, "")
    nojs_browser.expect_path("/sign-in")
    nojs_browser.expect_error("Enter your password")
