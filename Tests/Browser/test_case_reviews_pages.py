"""Every case reviews and learning page, so axe-core checks each of them, and what an
agency contributor may (and may not) do with recommendation actions.

The Browser runs axe-core on every page it loads (masa_browser.py). Records are reached
as a person reaches them, through the lists, so nothing depends on the demo's ids. Apart
from the contributor's progress note, nothing here changes data: forms are opened, never sent.
"""

import re
import uuid

import pytest

from demo import ACCOUNTS
from masa_browser import normalise

CONTRIBUTOR_AGENCY = "Northmere Community Health NHS Trust"  # Sam Whitfield's agency in the demo

# (address, heading)
LIST_AND_FORM_PAGES = [
    ("/case-reviews", "Case reviews"),
    ("/case-reviews/incidents", "Serious incident notifications"),
    ("/case-reviews/incidents?sort=code&order=asc", "Serious incident notifications"),
    ("/case-reviews/incidents/new", "Record a serious incident notification"),
    ("/case-reviews/reviews", "Reviews"),
    ("/case-reviews/reviews?kind=sar", "Reviews"),
    ("/case-reviews/reviews/new", "Add a review"),
    ("/case-reviews/sar-referrals", "SAR referrals"),
    ("/case-reviews/sar-referrals/new", "Add a SAR referral"),
    ("/case-reviews/dhrs", "Domestic homicide reviews"),
    ("/case-reviews/dhrs/new", "Add a domestic homicide review"),
    ("/learning", "Learning from reviews"),
    ("/learning/themes", "Manage themes"),
    ("/learning/recommendations", "Recommendation actions"),
    ("/learning/recommendations?status=overdue", "Recommendation actions"),
    ("/learning/recommendations?status=complete-with-impact", "Recommendation actions"),
    ("/learning/adults-report", "Safeguarding adults reviews for the annual report"),
    ("/learning/search", "Search learning"),
    ("/learning/search?q=neglect", "Search learning"),
    ("/learning/products", "Learning products"),
    ("/learning/products/new", "Add a learning product"),
]


@pytest.mark.parametrize("path, heading", LIST_AND_FORM_PAGES, ids=[p for p, _ in LIST_AND_FORM_PAGES])
def test_case_reviews_and_learning_page(signed_in, path, heading):
    browser = signed_in("business")
    browser.visit(path)
    assert browser.status_of(path) == 200, f"{path} did not answer 200"
    browser.expect_heading(heading)
    browser.expect_no_error()


def visit_expecting(browser, path: str, heading: str) -> None:
    browser.visit(path)
    browser.expect_heading(heading)
    browser.expect_no_error()


def first_link(browser, path: str, caption: str | None = None) -> tuple[str, str]:
    """The first link (words, path) in the (captioned) table of the list at `path`."""
    browser.visit(path)
    links = browser.table_links(caption=caption)
    assert links, f"the list at {path} should have a record in the demo"
    return links[0]


# --- one record of each kind, with its forms ---------------------------------------------


def test_an_incident_its_rapid_review_and_their_forms(signed_in):
    browser = signed_in("business")
    code, incident = first_link(browser, "/case-reviews/incidents")
    visit_expecting(browser, incident, code)
    assert browser.table_rows(caption="Clocks"), "an incident shows its clocks"
    visit_expecting(browser, f"{incident}/edit", f"Change {code}")
    assert browser.value_of("Code or pseudonym") == code
    visit_expecting(browser, f"{incident}/rapid-review", f"Rapid review: {code}")
    visit_expecting(browser, f"{incident}/rapid-review/edit", f"Rapid review: {code}")
    visit_expecting(browser, f"{incident}/rapid-review/agency-summaries/new", "Add an agency summary")


def test_an_incident_completed_but_not_sent_is_flagged_in_the_demo(signed_in):
    browser = signed_in("business")
    browser.visit("/case-reviews/incidents")
    flagged = [row[0] for row in browser.table_rows() if row[-1] == "Completed but not sent to the Panel"]
    assert flagged, "the demo has a rapid review completed but not sent"
    browser.click_link(flagged[0], within="main table")
    browser.expect_heading(flagged[0])
    assert "Completed but not sent to the Panel" in browser.warnings(), browser.warnings()


def test_a_review_at_each_stage(signed_in):
    browser = signed_in("business")
    browser.visit("/case-reviews/reviews")
    stages = [option.text for option in browser.field("Stage").find_elements("tag name", "option") if option.get_dom_attribute("value")]
    assert len(stages) == 6, stages
    seen = {}
    for stage in stages:
        browser.visit("/case-reviews/reviews")
        browser.fill("Stage", stage)
        browser.click_button("Filter")
        browser.expect_heading("Reviews")
        rows = browser.table_rows()
        links = browser.table_links()
        if not links:
            continue
        assert all(stage in row for row in rows), f"the filter for '{stage}' shows other stages: {rows}"
        code, review = links[0]
        visit_expecting(browser, review, code)
        assert normalise(browser.summary("Stage")) == stage
        seen[stage] = review
    # The demo has reviews at most stages of their life.
    assert len(seen) >= 4, f"reviews found only at the stages {list(seen)}"

    # One review's forms.
    review = next(iter(seen.values()))
    browser.visit(review)
    code = browser.heading
    visit_expecting(browser, f"{review}/edit", f"Change {code}")
    review_id = review.rsplit("/", 1)[-1]
    visit_expecting(browser, f"/learning/reviews/{review_id}/themes", "Themes")
    visit_expecting(browser, f"/learning/reviews/{review_id}/findings/new", "Add a finding")
    visit_expecting(browser, f"/learning/reviews/{review_id}/recommendations/new", "Add a recommendation")


def test_a_recommendation_action_its_review_and_their_forms(signed_in):
    browser = signed_in("business")
    title, action = first_link(browser, "/learning/recommendations")
    visit_expecting(browser, action, title)
    visit_expecting(browser, f"{action}/edit", "Change action")
    assert browser.value_of("Action") == title
    visit_expecting(browser, f"{action}/progress", "Update progress")

    # Its review, with the change forms its learning tables link to.
    browser.visit(action)
    code = browser.summary("Review")
    browser.click_link(code, within="main")
    browser.expect_heading(code)
    recommendations = browser.table_links(caption="Recommendations")
    changes = [path for words, path in recommendations if words.startswith("Change")]
    adds = [path for words, path in recommendations if words.startswith("Add an action")]
    assert changes and adds, recommendations
    visit_expecting(browser, changes[0], "Change recommendation")
    visit_expecting(browser, adds[0], "Add an action")
    # A finding to change: the first review in the recommendations list that has one.
    browser.visit("/learning/recommendations")
    for _, review in [link for link in browser.table_links() if link[1].startswith("/case-reviews/reviews/")]:
        browser.visit(review)
        findings = [path for words, path in browser.table_links(caption="Findings") if words.startswith("Change")]
        if findings:
            visit_expecting(browser, findings[0], "Change finding")
            break
    else:
        pytest.fail("no review in the demo's recommendation actions has a finding")


def test_a_sar_referral_and_a_dhr_and_their_forms(signed_in):
    browser = signed_in("business")
    code, referral = first_link(browser, "/case-reviews/sar-referrals")
    visit_expecting(browser, referral, code)
    visit_expecting(browser, f"{referral}/edit", f"Change SAR referral {code}")
    # The referrals list links to the DHRs.
    browser.visit("/case-reviews/sar-referrals")
    browser.click_link("Domestic homicide reviews", within="main")
    browser.expect_heading("Domestic homicide reviews")
    code, dhr = browser.table_links()[0]
    visit_expecting(browser, dhr, code)
    visit_expecting(browser, f"{dhr}/edit", f"Change domestic homicide review {code}")


def test_learning_shows_recurring_themes_and_a_themes_page(signed_in):
    browser = signed_in("business")
    browser.visit("/learning")
    browser.expect_heading("Learning from reviews")
    recurring = [w for w in browser.warnings() if re.fullmatch(r".+ has come up in \d+ reviews within \d+ months: .+", w)]
    assert recurring, f"the demo data has a recurring theme; warnings: {browser.warnings()}"
    theme = recurring[0].split(" has come up in ")[0]
    rows = browser.table_rows(caption="Reviews behind recurring themes")
    assert any(row[0] == theme for row in rows), rows
    themes = dict(browser.table_links(caption="Themes by financial year of the decision to review"))
    assert theme in themes, f"'{theme}' should link to its page from the themes table: {list(themes)}"
    visit_expecting(browser, themes[theme], theme)
    theme_id = themes[theme].rsplit("/", 1)[-1]
    visit_expecting(browser, f"/learning/themes/{theme_id}/edit", "Change theme")


def test_a_learning_product_and_its_forms(signed_in):
    browser = signed_in("business")
    title, product = first_link(browser, "/learning/products")
    visit_expecting(browser, product, title)
    visit_expecting(browser, f"{product}/edit", "Change learning product")
    visit_expecting(browser, f"{product}/disseminations/new", "Record dissemination")


def test_search_finds_neglect(signed_in):
    browser = signed_in("business")
    browser.visit("/learning")
    browser.fill("Search reviews, findings and recommendations", "neglect")
    browser.click_button("Search")
    browser.expect_heading("Search learning")
    browser.expect_no_error()
    browser.expect_text("neglect")


def test_the_case_reviews_dashboard_links_to_each_list(signed_in):
    browser = signed_in("business")
    browser.visit("/case-reviews")
    links = {path for path in (a.get_property("href") for a in browser.driver.find_elements("css selector", "main a")) if path}
    paths = {re.sub(r"^https?://[^/]+", "", link) for link in links}
    missing = [p for p in ("/case-reviews/incidents", "/case-reviews/reviews", "/case-reviews/sar-referrals", "/case-reviews/dhrs")
               if p not in paths]
    assert not missing, f"the case reviews dashboard has no link to {missing}"


# --- an agency contributor and recommendation actions --------------------------------------


def test_contributor_updates_progress_on_their_agencys_recommendation_action(signed_in):
    browser = signed_in("contributor")
    browser.visit("/learning/recommendations")
    browser.fill("Owner agency", "My agency")
    browser.fill("Status", "Outstanding (not started or in progress)")
    browser.click_button("Filter")
    browser.expect_heading("Our agency's recommendation actions")
    rows = browser.table_rows()
    assert rows, f"the demo gives {CONTRIBUTOR_AGENCY} outstanding recommendation actions"
    assert all(row[2].startswith(CONTRIBUTOR_AGENCY) for row in rows), f"other agencies' actions shown: {rows}"

    title = browser.click_first_link_in_table()
    browser.expect_heading(title)
    assert browser.summary("Owner").endswith(f", {CONTRIBUTOR_AGENCY}")
    action_page = browser.path
    note = f"Named nurse has briefed the health visiting teams ({uuid.uuid4().hex[:8]})."
    browser.click_link("Update progress")
    browser.expect_heading("Update progress")
    browser.choose("Status", "In progress")
    browser.fill("Progress update", note)
    browser.click_button("Save progress")
    browser.expect_no_error()
    browser.expect_notification("Progress saved")
    browser.expect_path(action_page)
    assert browser.summary("Status") in ("In progress", "Overdue")
    progress = browser.table_rows(caption="Progress")
    assert any(note in row and ACCOUNTS["contributor"].name in row and "In progress" in row for row in progress), progress


def test_contributor_cannot_update_another_agencys_recommendation_action(signed_in):
    browser = signed_in("contributor")
    browser.visit("/learning/recommendations?status=all")
    rows = browser.table_rows()
    actions = [path for _, path in browser.table_links() if path.startswith("/learning/actions/")]
    assert len(rows) == len(actions), (rows, actions)
    others = [path for row, path in zip(rows, actions) if not row[2].startswith(CONTRIBUTOR_AGENCY)]
    assert others, "the first page of all recommendation actions should include another agency's"
    action_page = others[0]

    # They may read it, but are offered no way to change it...
    browser.visit(action_page)
    assert not browser.summary("Owner").endswith(f", {CONTRIBUTOR_AGENCY}")
    buttons = [normalise(b.text) for b in browser.driver.find_elements("css selector", "main a[role=button], main .app-button")]
    assert "Update progress" not in buttons and "Change this action" not in buttons, buttons

    # ...and the progress page itself refuses them.
    assert browser.status_of(f"{action_page}/progress") == 403
    browser.visit(f"{action_page}/progress")
    browser.expect_heading("You do not have permission to see this page")
