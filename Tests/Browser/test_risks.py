"""The risk register: the independent scrutineer's quarterly review, and adding a risk."""

import uuid

FLAG = "Not reviewed this quarter"
INDEPENDENT = "Independent quarterly review"

# Column positions in the register's table.
REFERENCE, RISK, SCORE, LAST_REVIEWED = 0, 1, 3, 6


def register_rows(browser) -> dict[str, list[str]]:
    """The register's rows by reference (R04 and so on); every risk fits on the first page in the demo."""
    browser.visit("/risks")
    browser.expect_heading("Risk register")
    return {row[REFERENCE]: row for row in browser.table_rows()}


def test_scrutineer_reviews_a_flagged_risk(signed_in):
    browser = signed_in("scrutineer")
    rows = register_rows(browser)
    flagged = [row for row in rows.values() if row[LAST_REVIEWED].startswith(FLAG)]
    assert flagged, f"the demo register should have a risk flagged '{FLAG}'"
    reference, title = flagged[0][REFERENCE], flagged[0][RISK]

    browser.click_link(title, within="table")
    browser.expect_heading(title)
    browser.expect_text(f"This risk has not been reviewed in")
    likelihood = int(browser.summary("Likelihood").split()[0])
    impact = int(browser.summary("Impact").split()[0])
    # Rescore: one point less likely (or more, if it is already rare), the same impact.
    new_likelihood = likelihood - 1 if likelihood > 1 else 2
    new_score = new_likelihood * impact

    browser.click_link("Record a review")
    browser.expect_heading(f"Review {reference}: {title}")
    browser.expect_text("so this review of the risk is marked independent")
    browser.expect_text("review of the whole register")
    comment = f"Independent review: controls tested with the owner; likelihood lowered ({uuid.uuid4().hex[:8]})."
    likelihood_labels = {1: "1 – Rare", 2: "2 – Unlikely", 3: "3 – Possible", 4: "4 – Likely", 5: "5 – Almost certain"}
    browser.choose("Likelihood", likelihood_labels[new_likelihood])

    # The comment is required.
    browser.click_button("Record review")
    browser.expect_error("Enter a comment on the review")
    browser.expect_field_error("Comment", "Enter a comment on the review")
    assert browser.field(likelihood_labels[new_likelihood]).is_selected(), "the new likelihood was lost"

    browser.fill("Comment", comment)
    browser.click_button("Record review")
    browser.expect_no_error()
    browser.expect_notification(f"Review of {reference} recorded")
    browser.expect_heading(title)
    assert browser.summary("Likelihood") == likelihood_labels[new_likelihood]
    assert browser.summary("Current score").startswith(str(new_score)), browser.summary("Current score")
    history = browser.table_rows(caption="Review history")
    newest = history[0]
    assert newest[1] == "Dr Ruth Adeyemi" and newest[2] == INDEPENDENT and newest[4] == comment, history[:2]
    assert newest[3].startswith(str(new_score)), newest
    assert "This risk has not been reviewed in" not in browser.driver.find_element("css selector", "main").text

    # The flag has gone from the register for this risk.
    row = register_rows(browser)[reference]
    assert not row[LAST_REVIEWED].startswith(FLAG), row
    assert row[SCORE].startswith(str(new_score)), row


def test_business_unit_adds_a_risk_after_a_validation_error(signed_in):
    browser = signed_in("business")
    browser.visit("/risks")
    browser.click_link("Add a risk")
    browser.expect_heading("Add a risk")
    title = f"Interpreters not booked for child protection conferences ({uuid.uuid4().hex[:8]})"
    description = "Families whose first language is not English may not follow the plan agreed for their child."

    # Everything but the title.
    browser.fill("Description (optional)", description)
    browser.choose("Whom the risk affects", "Children")
    browser.fill("Owner agency", "Northmere Children's Services")
    browser.fill("Risk owner (optional)", "Head of Safeguarding and Quality")
    browser.choose("Likelihood", "3 – Possible")
    browser.choose("Impact", "4 – Major")
    browser.choose("Status", "Open")
    browser.click_button("Add risk")
    browser.expect_heading("Add a risk")
    browser.expect_error("Enter a title for the risk")
    browser.expect_field_error("Risk title", "Enter a title for the risk")
    assert browser.value_of("Description (optional)") == description, "the description typed was lost"
    assert browser.field("4 – Major").is_selected(), "the impact chosen was lost"

    browser.fill("Risk title", title)
    browser.click_button("Add risk")
    browser.expect_no_error()
    browser.expect_heading(title)
    reference = browser.summary("Reference")
    browser.expect_notification(f"Risk {reference} added")
    assert browser.summary("Owner agency") == "Northmere Children's Services"
    assert browser.summary("Whom it affects") == "Children"
    assert browser.summary("Current score").startswith("12"), browser.summary("Current score")
    assert browser.summary("Last reviewed") == "Never"

    row = register_rows(browser)[reference]
    assert row[RISK] == title
