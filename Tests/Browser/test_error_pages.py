"""Pages for addresses that do not exist and for pages a role may not see."""

from demo import ACCOUNTS


def test_unknown_address_shows_page_not_found_with_a_way_home(signed_in):
    browser = signed_in("viewer")
    browser.visit("/no-such-page")
    assert browser.status_of("/no-such-page") == 404
    browser.expect_heading("Page not found")
    browser.click_link("Go to the home page", within="main")
    browser.expect_path("/")


def test_viewer_is_refused_user_administration(signed_in):
    browser = signed_in("viewer")
    browser.visit("/admin/users")
    assert browser.status_of("/admin/users") == 403
    browser.expect_heading("You do not have permission to see this page")
    # Nothing from the page leaks onto the refusal.
    assert ACCOUNTS["admin"].email not in browser.driver.page_source


def test_administrator_can_open_user_administration(signed_in):
    # The control for the test above: the page exists, and the refusal is about the role.
    browser = signed_in("admin")
    browser.visit("/admin/users")
    assert browser.status_of("/admin/users") == 200
    browser.expect_path("/admin/users")
    browser.expect_text(ACCOUNTS["viewer"].email)
