"""The business unit adds an expenditure line to the budget, after getting the amount wrong once."""

import re
import uuid


def pounds(text: str) -> int:
    """£362,000 -> 362000 (whole pounds; the journey only adds whole pounds)."""
    match = re.fullmatch(r"£([\d,]+)(\.\d\d)?", text)
    assert match, f"not an amount in pounds: '{text}'"
    return int(match.group(1).replace(",", ""))


def test_business_unit_adds_an_expenditure_line(signed_in):
    browser = signed_in("business")
    browser.visit("/budget")
    year = browser.heading.removeprefix("Budget ")
    expenditure_before = pounds(browser.summary("Total expenditure"))
    income = pounds(browser.summary("Total income"))
    description = f"Multi-agency conference venue ({uuid.uuid4().hex[:6]})"

    browser.click_link("Add expenditure")
    browser.expect_heading(f"Add expenditure for {year}")
    browser.choose("Heading", "Training and learning events")
    browser.fill("Description (optional unless the heading is Other)", description)
    browser.fill("Amount", "two thousand pounds")
    browser.fill("Notes (optional)", "Booked for the spring learning event")
    browser.click_button("Add expenditure")
    browser.expect_heading(f"Add expenditure for {year}")
    browser.expect_error("Enter the amount in pounds, like 12,500 or 12,500.50")
    browser.expect_field_error("Amount", "Enter the amount in pounds, like 12,500 or 12,500.50")
    assert browser.value_of("Description (optional unless the heading is Other)") == description
    assert browser.value_of("Amount") == "two thousand pounds", "the amount typed should be shown back to correct"

    browser.fill("Amount", "2,350")
    browser.click_button("Add expenditure")
    browser.expect_no_error()
    browser.expect_heading(f"Budget {year}")
    browser.expect_notification(f"added to {year}")
    expenditure_after = pounds(browser.summary("Total expenditure"))
    assert expenditure_after == expenditure_before + 2350, (expenditure_before, expenditure_after)
    assert pounds(browser.summary("Total income")) == income
    lines = browser.table_rows(caption="Expenditure by heading")
    assert any(description in row[0] and row[1] == "£2,350" for row in lines), lines
