"""A child's serious case from notification to learning that has been acted on:
notify a serious incident, hold the rapid review, decide on a local child safeguarding
practice review (LCSPR), commission it, record a finding and a recommendation, agree an
action with an agency and complete it with evidence.

Each run notifies its own incident under a code no other run uses ("Child Z" and a
random number), so the journeys can run in any order, and again on the same database.
"""

import datetime
import random
import re

import pytest

from masa_browser import normalise

RAPID_REVIEW_CLOCK = "Rapid review sent (15 working days)"
COMPLETED_NOT_SENT = "Completed but not sent to the Panel"
LCSPR = "Local child safeguarding practice review"
SUMMARY_AGENCY = "Northmere Community Health NHS Trust"
OWNER_AGENCY = "Northmere Community Health NHS Trust"
RATIONALE = {
    "Rationale (a) Improvements needed, including any identified before":
        "Escalation of concerns about bruising in a non-mobile baby was not followed, as in an earlier review.",
    "Rationale (b) Recurrent themes": "Professional curiosity and challenge has recurred in three reviews.",
    "Rationale (c) Concerns about two or more agencies working together":
        "Health visiting and children's social care did not share the referral history.",
    "Rationale (d) Whether the Panel has said a local review is more appropriate":
        "The Panel has not asked for a national review; a local review is appropriate.",
}


def long_date(day: datetime.date) -> str:
    """As MASA writes a date in full: 2 November 2026."""
    return f"{day.day} {day:%B} {day.year}"


def service_today(browser) -> datetime.date:
    """The service's today, as the case reviews dashboard states it ("Today is 22 November 2026")."""
    browser.visit("/case-reviews")
    match = re.search(r"Today is (\d{1,2} \w+ \d{4})", normalise(browser.driver.find_element("css selector", "main").text))
    assert match, "the case reviews dashboard should say what today is"
    return datetime.datetime.strptime(match.group(1), "%d %B %Y").date()


def unique_code() -> str:
    return f"Child Z{random.randint(10000, 99999)}"


def dashboard_clock_states(browser, code: str) -> dict[str, str]:
    """The dashboard's open clocks for one record: clock type -> state. Each clock's cell ends with where its limit
    comes from, which is checked and then left off the type."""
    browser.visit("/case-reviews")
    browser.expect_heading("Case reviews")
    rows = [row for row in browser.table_rows(caption="Open clocks, most urgent first") if row[0] == code]
    sources = ("Statutory guidance", "Local target", "Regulations", "Statute")
    assert all(row[1].endswith(sources) for row in rows), rows
    return {row[1].rsplit(")", 1)[0] + ")": row[3] for row in rows}


def notify_incident(browser, code: str, today: datetime.date) -> dict[str, datetime.date]:
    """Fills in and sends the notification form (already open) for `code`; returns the dates used."""
    dates = {
        "incident": today - datetime.timedelta(days=20),
        "aware": today - datetime.timedelta(days=19),
        "panel": today - datetime.timedelta(days=17),
        "partners": today - datetime.timedelta(days=16),
    }
    browser.fill("Code or pseudonym", code)
    browser.fill("Notifying local authority", "Northmere Council")
    browser.fill_date("Incident date", dates["incident"].day, dates["incident"].month, dates["incident"].year)
    browser.fill_date("Date the local authority became aware", dates["aware"].day, dates["aware"].month, dates["aware"].year)
    browser.choose("Harm", "Seriously harmed")
    browser.choose("Abuse or neglect", "Physical")
    browser.choose("Is the abuse or neglect known or suspected?", "Suspected")
    browser.fill("Child's status", "Child in need")
    browser.fill_date("Date notified to the Panel", dates["panel"].day, dates["panel"].month, dates["panel"].year)
    browser.fill_date("Date notified to Ofsted", dates["panel"].day, dates["panel"].month, dates["panel"].year)
    browser.fill_date("Date the safeguarding partners were informed", dates["partners"].day, dates["partners"].month, dates["partners"].year)
    browser.choose("Parallel processes", "Police investigation")
    browser.fill("Summary", "A baby of four months with unexplained bruising; admitted to hospital.")
    browser.click_button("Record notification")
    return dates


def test_incident_to_rapid_review_to_lcspr_to_an_implemented_recommendation(signed_in):
    browser = signed_in("business")
    today = service_today(browser)
    code = unique_code()

    # --- From the dashboard to the notifications list, by links ------------------------
    # The dashboard links each record with a clock; its breadcrumb leads to the list.
    browser.click_first_link_in_table(caption="Open clocks, most urgent first")
    browser.click_link("Serious incidents", within=".app-breadcrumbs")
    browser.expect_heading("Serious incident notifications")
    browser.click_link("Record a notification")
    browser.expect_heading("Record a serious incident notification")

    # --- A bad first try: no code, and the local authority "became aware" tomorrow ------
    tomorrow = today + datetime.timedelta(days=1)
    incident_on = today - datetime.timedelta(days=20)
    summary = f"Bruising to a baby; typed before the error ({code})."
    browser.fill("Notifying local authority", "Northmere Council")
    browser.fill_date("Incident date", incident_on.day, incident_on.month, incident_on.year)
    browser.fill_date("Date the local authority became aware", tomorrow.day, tomorrow.month, tomorrow.year)
    browser.choose("Harm", "Died")
    browser.choose("Abuse or neglect", "Neglect")
    browser.fill("Child's status", "On a child protection plan")
    browser.fill("Summary", summary)
    browser.click_button("Record notification")

    browser.expect_heading("Record a serious incident notification")
    browser.expect_error("Enter the code or pseudonym")
    browser.expect_field_error("Code or pseudonym", "Enter the code or pseudonym")
    future = "Date the local authority became aware cannot be in the future"
    browser.expect_error(future)
    browser.expect_field_error("Date the local authority became aware", future)
    assert browser.value_of("Notifying local authority") == "Northmere Council"
    assert browser.value_of("Summary") == summary
    assert browser.value_of("Child's status") == "child-protection-plan", "the child's status chosen was lost"
    assert browser.date_of("Incident date") == (str(incident_on.day), str(incident_on.month), str(incident_on.year))
    assert browser.date_of("Date the local authority became aware") == (str(tomorrow.day), str(tomorrow.month), str(tomorrow.year))
    assert browser.field("Died").is_selected(), "the harm chosen was lost"
    assert browser.field("Neglect").is_selected(), "the abuse ticked was lost"
    browser.tick("Neglect", ticked=False)  # the notification sent next says physical abuse only

    # --- Now properly -------------------------------------------------------------------
    dates = notify_incident(browser, code, today)
    browser.expect_no_error()
    browser.expect_notification(f"{code} recorded")
    browser.expect_heading(code)
    incident_page = browser.path
    assert browser.summary("Code or pseudonym") == code
    assert browser.summary("Local authority became aware") == long_date(dates["aware"])
    assert browser.summary("Harm") == "Seriously harmed"
    assert browser.summary("Abuse or neglect") == "Physical"
    assert browser.summary("Child's status") == "Child in need"
    assert browser.summary("Sent to the Panel") == long_date(dates["panel"])
    assert browser.summary("Parallel processes") == "Police investigation"
    # Clock, where its limit comes from, started, due, done, state.
    rows = browser.table_rows(caption="Clocks")
    assert all(row[1].startswith("Statutory guidance:") for row in rows), "each clock says where its limit comes from"
    clocks = {row[0]: row[2:] for row in rows}
    assert set(clocks) == {"Panel notified (5 working days)", "Partners informed (5 working days)", RAPID_REVIEW_CLOCK}, clocks
    assert clocks["Panel notified (5 working days)"][0] == long_date(dates["aware"]), clocks
    assert clocks["Panel notified (5 working days)"][2] == long_date(dates["panel"]), clocks
    assert clocks["Partners informed (5 working days)"][2] == long_date(dates["partners"]), clocks
    assert clocks[RAPID_REVIEW_CLOCK][2] == "Not yet", clocks
    assert browser.summary("Status", titled="Rapid review") in ("Running", "Due today", "Overdue")

    # --- The rapid review: an agency summary first --------------------------------------
    browser.click_link("Not started")
    browser.expect_heading(f"Rapid review: {code}")
    rapid_page = browser.path
    browser.expect_text("No agency summaries yet.")
    browser.click_link("Add an agency summary")
    browser.expect_heading("Add an agency summary")
    involvement = "Health visitor saw the baby at the new birth visit and at eight weeks; no concerns were recorded."
    episodes = "A bruise noted by the GP practice nurse was not shared with the health visitor."
    browser.fill("Agency", SUMMARY_AGENCY)
    browser.fill("Involvement with the child and family", involvement)
    browser.fill("Key practice episodes", episodes)
    browser.click_button("Add summary")
    browser.expect_no_error()
    browser.expect_notification("Agency summary added")
    browser.expect_path(rapid_page)
    assert browser.summary("Involvement", titled=SUMMARY_AGENCY) == involvement
    assert browser.summary("Key practice episodes", titled=SUMMARY_AGENCY) == episodes

    # --- The rapid review itself: decided, reasoned, signed off and completed, not sent ---
    signed = today - datetime.timedelta(days=5)
    completed = today - datetime.timedelta(days=4)
    browser.click_link("Change the rapid review")
    browser.expect_heading(f"Rapid review: {code}")
    browser.fill("Immediate actions to keep children safe", "Sibling seen the same day; strategy discussion held.")
    browser.fill("Learning identified", "Bruising in non-mobile babies is not always escalated.")
    browser.fill("Context and equalities analysis", "Young parents, recently moved into the area.")
    browser.choose("Decision", LCSPR)
    for question, rationale in RATIONALE.items():
        browser.fill(question, rationale)
    for legend in ("Date the local authority signed off", "Date the police signed off", "Date the ICB signed off"):
        browser.fill_date(legend, signed.day, signed.month, signed.year)
    browser.fill_date("Date completed", completed.day, completed.month, completed.year)
    # The partners decided at the meeting, the day they signed off: the review's clock starts on that day.
    browser.fill_date("Date the partners decided", signed.day, signed.month, signed.year)
    browser.click_button("Save rapid review")
    browser.expect_no_error()
    browser.expect_notification(f"Rapid review for {code} saved")
    browser.expect_path(rapid_page)
    assert COMPLETED_NOT_SENT in browser.warnings(), browser.warnings()
    assert browser.summary("Status") == COMPLETED_NOT_SENT
    assert browser.summary("Decision") == LCSPR
    for question, rationale in RATIONALE.items():
        assert browser.summary(question) == rationale
    assert browser.summary("Completed") == long_date(completed)
    assert browser.summary("Date the partners decided") == long_date(signed)
    assert browser.summary("Sent to the Panel") == "Not recorded"

    # The incident page and the dashboard both warn.
    browser.visit(incident_page)
    assert COMPLETED_NOT_SENT in browser.warnings(), browser.warnings()
    assert browser.summary("Status", titled="Rapid review") == COMPLETED_NOT_SENT
    assert browser.summary("Decision", titled="Rapid review") == LCSPR
    states = dashboard_clock_states(browser, code)
    assert states.get(RAPID_REVIEW_CLOCK) == COMPLETED_NOT_SENT, states
    assert any("completed but not sent" in warning for warning in browser.warnings()), browser.warnings()

    # --- Sent to the Panel: the warning goes -------------------------------------------
    sent = today - datetime.timedelta(days=2)
    browser.visit(rapid_page)
    browser.click_link("Change the rapid review")
    assert browser.value_of(next(iter(RATIONALE))) == next(iter(RATIONALE.values())), "the form should show what was saved"
    browser.fill_date("Date sent to the Panel", sent.day, sent.month, sent.year)
    browser.click_button("Save rapid review")
    browser.expect_no_error()
    browser.expect_notification(f"Rapid review for {code} saved")
    assert COMPLETED_NOT_SENT not in browser.warnings(), browser.warnings()
    assert browser.summary("Status") in ("Sent on time", "Sent late")
    assert browser.summary("Sent to the Panel") == long_date(sent)
    browser.visit(incident_page)
    assert browser.warnings() == [], browser.warnings()
    assert browser.summary("Status", titled="Rapid review") in ("Sent on time", "Sent late")
    # Clock, where its limit comes from, started, due, done, state.
    rows = browser.table_rows(caption="Clocks")
    assert all(row[1].startswith("Statutory guidance:") for row in rows), "each clock says where its limit comes from"
    clocks = {row[0]: row[2:] for row in rows}
    assert clocks[RAPID_REVIEW_CLOCK][2] == long_date(sent), clocks
    states = dashboard_clock_states(browser, code)
    assert RAPID_REVIEW_CLOCK not in states, f"a sent rapid review's clock is no longer open: {states}"

    # --- Commission the LCSPR -----------------------------------------------------------
    browser.visit(rapid_page)
    browser.click_button("Commission the review")
    browser.expect_notification(f"{LCSPR} for {code} commissioned")
    browser.expect_heading(code)
    review_page = browser.path
    assert browser.summary("Kind") == LCSPR
    assert browser.summary("Decided") == long_date(signed), "the clock starts on the partners' decision"
    assert browser.summary("Serious incident notification") == code
    browser.expect_text("0 of 0 recommendations implemented (0 of 0 actions complete)")
    # Both the rapid review and the incident now point to it, and it cannot be commissioned twice.
    browser.visit(rapid_page)
    assert browser.summary(LCSPR, titled="Review").endswith(code)
    assert not [b for b in browser.driver.find_elements("css selector", "main button") if normalise(b.text) == "Commission the review"]

    # --- A finding and a recommendation that answers it ---------------------------------
    browser.visit(review_page)
    finding = "Practitioners did not apply the bruising protocol to a non-mobile baby."
    browser.click_link("Add a finding")
    browser.expect_heading("Add a finding")
    browser.fill("Finding", finding)
    browser.click_button("Add finding")
    browser.expect_no_error()
    browser.expect_notification("Finding added")
    browser.expect_path(review_page)
    findings = browser.table_rows(caption="Findings")
    assert findings and findings[0][:2] == ["1", finding], findings

    recommendation = "Partners should audit the use of the bruising protocol in primary care."
    browser.click_link("Add a recommendation")
    browser.expect_heading("Add a recommendation")
    browser.fill("Recommendation", recommendation)
    browser.fill("Finding it answers", f"1. {finding}")
    browser.click_button("Add recommendation")
    browser.expect_no_error()
    browser.expect_notification("Recommendation added")
    browser.expect_path(review_page)
    recommendations = browser.table_rows(caption="Recommendations")
    assert len(recommendations) == 1, recommendations
    assert recommendations[0][0] == "1" and recommendation in recommendations[0][1], recommendations
    assert "Answers finding 1" in recommendations[0][1], recommendations
    assert recommendations[0][2] == "No actions yet", recommendations
    browser.expect_text("0 of 1 recommendation implemented (0 of 0 actions complete)")

    # --- An action owned by an agency, with a due date -----------------------------------
    due = today + datetime.timedelta(days=90)
    title = f"Audit the bruising protocol in GP practices ({code})"
    browser.click_link("Add an action")
    browser.expect_heading("Add an action")
    browser.fill("Action", title)
    browser.fill("Owner agency", OWNER_AGENCY)
    browser.fill("Owner", "Dr Lena Ortiz, Designated Doctor")
    browser.fill_date("Due date", due.day, due.month, due.year)
    browser.click_button("Add action")
    browser.expect_no_error()
    browser.expect_notification("Action added")
    browser.expect_heading(title)
    action_page = browser.path
    assert browser.summary("Status") == "Not started"
    assert browser.summary("Review") == code
    assert browser.summary("Recommendation") == f"1. {recommendation}"
    assert browser.summary("Owner") == f"Dr Lena Ortiz, Designated Doctor, {OWNER_AGENCY}"
    assert browser.summary("Due") == long_date(due)

    # --- "Complete" needs evidence -------------------------------------------------------
    browser.click_link("Update progress")
    browser.expect_heading("Update progress")
    note = "Audit of twelve GP practices finished; protocol now on every practice's intranet."
    browser.choose("Status", "Complete")
    browser.fill("Progress update", note)
    browser.click_button("Save progress")
    browser.expect_heading("Update progress")
    browser.expect_error("Enter the evidence that the action is complete")
    browser.expect_field_error("Evidence", "Enter the evidence that the action is complete")
    assert browser.value_of("Progress update") == note, "the progress update typed was lost"
    assert browser.field("Complete").is_selected(), "the status chosen was lost"

    # With evidence of impact it also needs the impact judgement.
    evidence = "Audit report of 3 March, with the practice-by-practice results."
    browser.choose("Status", "Complete, with evidence of impact")
    browser.fill("Evidence", evidence)
    browser.click_button("Save progress")
    browser.expect_error("Enter the impact judgement")
    browser.expect_field_error("Impact judgement", "Enter the impact judgement")
    assert browser.value_of("Evidence") == evidence

    impact = "Referrals for bruising in non-mobile babies from primary care rose from 2 to 11 a quarter."
    browser.fill("Impact judgement", impact)
    browser.click_button("Save progress")
    browser.expect_no_error()
    browser.expect_notification("Progress saved")
    browser.expect_path(action_page)
    assert browser.summary("Status") == "Complete, with evidence of impact"
    assert browser.summary("Evidence") == evidence
    assert browser.summary("Impact") == impact
    assert browser.summary("Completed on") == long_date(today)
    progress = browser.table_rows(caption="Progress")
    assert any(note in row and "Complete, with evidence of impact" in row for row in progress), progress

    # --- The review's roll-up -------------------------------------------------------------
    browser.click_link(code, within="main")
    browser.expect_path(review_page)
    browser.expect_text("1 of 1 recommendation implemented (1 of 1 action complete)")
    recommendations = browser.table_rows(caption="Recommendations")
    assert recommendations[0][2] == "Implemented", recommendations
    actions = browser.table_rows(caption="Actions")
    assert len(actions) == 1, actions
    assert actions[0][1] == title and actions[0][2].startswith(OWNER_AGENCY), actions
    assert actions[0][4] == "Complete, with evidence of impact", actions


def test_a_rapid_review_cannot_be_completed_without_its_rationale(signed_in):
    browser = signed_in("business")
    today = service_today(browser)
    code = unique_code()
    browser.visit("/case-reviews/incidents/new")
    notify_incident(browser, code, today)
    browser.expect_notification(f"{code} recorded")
    browser.click_link("Not started")
    browser.click_link("Start the rapid review")
    browser.expect_heading(f"Rapid review: {code}")
    completed = today - datetime.timedelta(days=3)
    learning = "Typed before the error."
    browser.fill("Learning identified", learning)
    browser.fill_date("Date completed", completed.day, completed.month, completed.year)
    browser.fill_date("Date sent to the Panel", completed.day, completed.month, completed.year)
    browser.click_button("Save rapid review")

    browser.expect_heading(f"Rapid review: {code}")
    browser.expect_error("Select the decision before recording the rapid review as completed")
    browser.expect_field_error("Decision", "Select the decision before recording the rapid review as completed")
    for question in RATIONALE:
        letter = question.removeprefix("Rationale ")[:3]
        message = f"Enter the rationale against regulation 11 {letter} before recording the rapid review as completed"
        browser.expect_error(message)
        browser.expect_field_error(question, message)
    assert browser.value_of("Learning identified") == learning
    assert browser.date_of("Date completed") == (str(completed.day), str(completed.month), str(completed.year))
    # Nothing was saved.
    browser.click_link("Cancel", within="main form")
    browser.expect_heading(f"Rapid review: {code}")
    assert browser.summary("Status") in ("Running", "Due today", "Overdue")
    assert browser.summary("Completed") == "Not recorded"
    assert browser.summary("Learning identified") == "Not recorded"
