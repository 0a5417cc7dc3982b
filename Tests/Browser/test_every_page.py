"""Every list and form page, and one record of each kind, so axe-core checks each of them.

The Browser runs axe-core on every page it loads (masa_browser.py); these journeys make
sure that covers the whole service, and that each page says what it is in its heading.
Nothing here changes data: forms are opened, never sent.
"""

import re

import pytest

# (address, heading): a heading given as a compiled pattern must match the whole heading.
BUSINESS_UNIT_PAGES = [
    ("/", "Dashboard"),
    ("/partnership", "About the partnership"),
    ("/partnership/edit", "Partnership profile"),
    ("/agencies", "Agencies"),
    ("/agencies/new", "Add an agency"),
    ("/groups", "Groups"),
    ("/groups/new", "Add a group"),
    ("/groups/membership", "Membership matrix"),
    ("/groups/attendance", "Attendance"),
    ("/meetings", "Meetings"),
    ("/actions", "Actions"),
    ("/actions?agency=mine", "Our actions"),
    ("/actions?status=overdue", "Actions"),
    ("/risks", "Risk register"),
    ("/risks?review=due", "Risk register"),
    ("/risks/new", "Add a risk"),
    ("/budget", re.compile(r"Budget \d{4}/\d{2}")),
    ("/budget/lines/new?kind=income", re.compile(r"Add income for \d{4}/\d{2}")),
    ("/budget/lines/new?kind=expenditure", re.compile(r"Add expenditure for \d{4}/\d{2}")),
    ("/audit", "Audit trail"),
    ("/settings", "Settings"),
    ("/settings/holidays", "Bank holidays"),
    ("/settings/sessions", "Sign-in sessions"),
    ("/settings/api-tokens", "API tokens"),
    ("/settings/api-tokens/new", "Issue an API token"),
    ("/admin/retention", "Records retention"),
    ("/search", "Search"),
    ("/search?q=safeguarding", "Search"),
    ("/account/two-factor", "Set up two-factor sign-in"),
    ("/case-reviews", "Case reviews"),
    ("/reports/figures", re.compile(r"Annual report figures \d{4}/\d{2}")),
    ("/reports/figures/internal?scope=adults", re.compile(r"Annual report figures \d{4}/\d{2}")),
]

ADMINISTRATOR_PAGES = [
    ("/admin/users", "Users"),
    ("/admin/users/new", "Add a user"),
    ("/settings", "Settings"),
    ("/settings/holidays", "Bank holidays"),
    ("/audit", "Audit trail"),
    ("/admin/retention", "Records retention"),
    ("/search?q=board", "Search"),
]


def expect_heading_like(browser, expected):
    if isinstance(expected, re.Pattern):
        assert expected.fullmatch(browser.heading), (
            f"expected a heading like '{expected.pattern}' on {browser.path}, found '{browser.heading}'"
        )
    else:
        browser.expect_heading(expected)


@pytest.mark.parametrize("path, heading", BUSINESS_UNIT_PAGES, ids=[p for p, _ in BUSINESS_UNIT_PAGES])
def test_business_unit_page(signed_in, path, heading):
    browser = signed_in("business")
    browser.visit(path)
    assert browser.status_of(path) == 200, f"{path} did not answer 200"
    expect_heading_like(browser, heading)
    browser.expect_no_error()


@pytest.mark.parametrize("path, heading", ADMINISTRATOR_PAGES, ids=[p for p, _ in ADMINISTRATOR_PAGES])
def test_administrator_page(signed_in, path, heading):
    browser = signed_in("admin")
    browser.visit(path)
    assert browser.status_of(path) == 200, f"{path} did not answer 200"
    expect_heading_like(browser, heading)
    browser.expect_no_error()


# --- one record of each kind, reached as a person reaches it: the first link in its list ---


def test_an_agency_and_its_form(signed_in):
    browser = signed_in("business")
    browser.visit("/agencies")
    name = browser.click_first_link_in_table()
    browser.expect_heading(name)
    browser.click_link("Change this agency")
    browser.expect_heading(f"Change {name}")


def test_a_group_and_its_forms(signed_in):
    browser = signed_in("business")
    browser.visit("/groups")
    name = browser.click_first_link_in_table()
    browser.expect_heading(name)
    group_page = browser.path
    browser.click_link("Change this group")
    browser.expect_heading(f"Change {name}")
    browser.visit(group_page)
    browser.click_link("Record a meeting")
    browser.expect_heading("Record a meeting")


def test_a_meeting_and_its_forms(signed_in):
    browser = signed_in("business")
    browser.visit("/meetings")
    date = browser.click_first_link_in_table()
    assert browser.heading.endswith(f": {date}"), f"expected the meeting's heading to end with its date, found '{browser.heading}'"
    meeting_page = browser.path
    for button, heading in (
        ("Change meeting and attendance", "Change meeting"),
        ("Record a decision", "Record a decision"),
        ("Add an action", "Add an action"),
    ):
        browser.visit(meeting_page)
        browser.click_link(button)
        browser.expect_heading(heading)


def test_an_action_and_its_forms(signed_in):
    browser = signed_in("business")
    browser.visit("/actions")
    title = browser.click_first_link_in_table()
    browser.expect_heading(title)
    action_page = browser.path
    browser.click_link("Update progress")
    browser.expect_heading("Update progress")
    browser.visit(action_page)
    browser.click_link("Change this action")
    browser.expect_heading("Change action")


def test_a_risk_and_its_forms(signed_in):
    browser = signed_in("business")
    browser.visit("/risks")
    title = browser.click_first_link_in_table()
    browser.expect_heading(title)
    reference = browser.summary("Reference")
    risk_page = browser.path
    browser.click_link("Record a review")
    browser.expect_heading(f"Review {reference}: {title}")
    browser.visit(risk_page)
    browser.click_link("Change this risk")
    browser.expect_heading(f"Change {reference}")


def test_a_budget_line_form(signed_in):
    browser = signed_in("business")
    browser.visit("/budget")
    browser.click_first_link_in_table(caption="Income by agency")
    browser.expect_heading("Change income line")
    browser.visit("/budget")
    browser.click_first_link_in_table(caption="Expenditure by heading")
    browser.expect_heading("Change expenditure line")


def test_an_audit_entry(signed_in):
    browser = signed_in("business")
    browser.visit("/audit")
    seq = browser.click_first_link_in_table()
    browser.expect_heading(f"Audit entry {seq}")


def test_a_user_form(signed_in):
    browser = signed_in("admin")
    browser.visit("/admin/users")
    browser.click_first_link_in_table()
    assert browser.heading.startswith("Change "), f"expected 'Change <name>' on {browser.path}, found '{browser.heading}'"
    assert browser.value_of("Email address").endswith("@northmere.example")
