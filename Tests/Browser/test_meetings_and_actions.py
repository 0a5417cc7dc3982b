"""Recording a meeting with its attendance, a decision and an action, and seeing the action through to done.

The journeys create their own meeting and action (with a title no other run uses), so
they do not depend on, or disturb, what other journeys do with the demo data.
"""

import datetime
import uuid

GROUP = "Quality Assurance"
ATTENDED = "Northmere Adult Social Care"
APOLOGIES = "Wealdshire Police"
OWNER_AGENCY = "Northmere Early Years Network"


def long_date(day: datetime.date) -> str:
    """As MASA writes a date in full: 2 November 2026."""
    return f"{day.day} {day:%B} {day.year}"


def open_meeting_form(browser) -> datetime.date:
    """From the groups list to the Quality Assurance group's meeting form; returns the date
    the form offers, which is the service's today."""
    browser.visit("/groups")
    browser.click_link(GROUP, within="main")
    browser.expect_heading(GROUP)
    browser.click_link("Record a meeting")
    browser.expect_heading("Record a meeting")
    return datetime.date(int(browser.value_of("Year")), int(browser.value_of("Month")), int(browser.value_of("Day")))


def filter_actions(browser, status: str, agency: str) -> list[str]:
    """The titles of the actions the /actions filter shows for this status and owner agency."""
    browser.visit("/actions")
    browser.fill("Status", status)
    browser.fill("Owner agency", agency)
    browser.click_button("Filter")
    browser.expect_heading("Actions")
    if not browser.has_table("main"):
        browser.expect_text("No actions")
        return []
    return [title for title, _ in browser.table_links()]


def test_record_a_meeting_decision_and_action_and_complete_the_action(signed_in):
    browser = signed_in("business")
    today = open_meeting_form(browser)
    # Three weeks ago, so that an action due a week after the meeting is overdue today.
    held_on = today - datetime.timedelta(days=21)
    notes = "Audit of neglect cases discussed; partners agreed the findings."
    people = "Femi Adebayo, Head of Adult Safeguarding"

    browser.fill_date("Date of the meeting", held_on.day, held_on.month, held_on.year)
    browser.choose("Status", "Held")
    browser.choose("Was the meeting quorate?", "Yes")
    browser.fill("Agenda items", "Minutes of the last meeting\nMulti-agency audit of neglect cases")
    browser.fill("Notes", notes)
    browser.choose(ATTENDED, "Attended")
    browser.fill(f"People from {ATTENDED} (optional)", people)
    browser.choose(APOLOGIES, "Sent apologies")
    browser.click_button("Save meeting")

    browser.expect_no_error()
    browser.expect_notification(f"Meeting of {long_date(held_on)} recorded")
    browser.expect_heading(f"{GROUP}: {long_date(held_on)}")
    assert browser.summary("Group") == GROUP
    assert browser.summary("Status") == "Held"
    assert browser.summary("Quorate") == "Yes"
    assert browser.summary("Notes") == notes
    agenda = browser.summary("Agenda")
    assert "Minutes of the last meeting" in agenda and "Multi-agency audit of neglect cases" in agenda, agenda
    attendance = {row[0]: row[1:] for row in browser.table_rows(caption="Attendance")}
    assert attendance[ATTENDED] == ["Attended", people], attendance
    assert attendance[APOLOGIES] == ["Apologies", ""], attendance
    others = {agency: cells for agency, cells in attendance.items() if agency not in (ATTENDED, APOLOGIES)}
    assert others, "the Quality Assurance group should have more than two member agencies"
    assert all(cells == ["Did not attend", ""] for cells in others.values()), others
    meeting_page = browser.path

    # A decision.
    decision = "The neglect audit findings go to the Accountability and Leadership Board."
    browser.click_link("Record a decision")
    browser.expect_heading("Record a decision")
    browser.fill("Decision", decision)
    browser.click_button("Record decision")
    browser.expect_notification("Decision recorded")
    browser.expect_path(meeting_page)
    assert [decision] in browser.table_rows(caption="Decisions")

    # An action owned by an agency, due a week after the meeting (so already overdue).
    title = f"Share the neglect audit findings with early years settings ({uuid.uuid4().hex[:8]})"
    due = held_on + datetime.timedelta(days=7)
    browser.click_link("Add an action")
    browser.expect_heading("Add an action")
    browser.fill("Action", title)
    browser.fill("Owner agency", OWNER_AGENCY)
    browser.fill("Owner", "Iona Reid")
    browser.fill_date("Due date", due.day, due.month, due.year)
    browser.click_button("Add action")
    browser.expect_no_error()
    browser.expect_notification("Action added")
    browser.expect_heading(title)
    action_page = browser.path
    assert browser.summary("Owner") == f"Iona Reid, {OWNER_AGENCY}"
    assert browser.summary("Due") == long_date(due)
    assert browser.summary("Status") == "Overdue"
    assert title in filter_actions(browser, "Overdue", OWNER_AGENCY)

    # The meeting lists the action it agreed.
    browser.visit(meeting_page)
    assert title in [t for t, _ in browser.table_links(caption="Actions")]

    # Done needs evidence.
    browser.visit(action_page)
    browser.click_link("Update progress")
    browser.expect_heading("Update progress")
    note = "Findings shared at the early years network meeting."
    browser.choose("Status", "Done")
    browser.fill("Progress update", note)
    browser.click_button("Save progress")
    browser.expect_heading("Update progress")
    browser.expect_error("Enter the evidence that the action is done")
    browser.expect_field_error("Evidence of completion", "Enter the evidence that the action is done")
    assert browser.value_of("Progress update") == note, "the progress update typed was lost"

    # With evidence it is done.
    evidence = "Minutes of the network meeting of 14 November, and the circulation list."
    browser.choose("Status", "Done")
    browser.fill("Evidence of completion", evidence)
    browser.click_button("Save progress")
    browser.expect_no_error()
    browser.expect_notification("Progress saved")
    browser.expect_path(action_page)
    assert browser.summary("Status") == "Done"
    assert browser.summary("Evidence of completion") == evidence
    assert browser.summary("Completed on") == long_date(today)
    progress = browser.table_rows(caption="Progress")
    assert any(note in row and "Done" in row for row in progress), progress

    # No longer overdue; listed among the done ones.
    assert title not in filter_actions(browser, "Overdue", OWNER_AGENCY)
    assert title in filter_actions(browser, "Done", OWNER_AGENCY)


def test_a_meeting_form_with_an_error_keeps_what_was_typed(signed_in):
    browser = signed_in("business")
    today = open_meeting_form(browser)
    next_month = today + datetime.timedelta(days=30)
    notes = f"Notes typed before the error ({uuid.uuid4().hex[:8]})"
    agenda = "Terms of reference\nAny other business"
    people = "Dr Kemi Ade, Named Doctor"

    browser.fill_date("Date of the meeting", next_month.day, next_month.month, next_month.year)
    browser.choose("Status", "Held")
    browser.fill("Agenda items", agenda)
    browser.fill("Notes", notes)
    browser.choose(ATTENDED, "Attended")
    browser.fill(f"People from {ATTENDED} (optional)", people)
    browser.click_button("Save meeting")

    browser.expect_heading("Record a meeting")
    browser.expect_error("A meeting on a future date cannot have been held yet")
    browser.expect_field_error("Status", "A meeting on a future date cannot have been held yet")
    assert browser.value_of("Notes") == notes
    assert browser.value_of("Agenda items") == agenda
    assert browser.value_of(f"People from {ATTENDED} (optional)") == people
    assert (browser.value_of("Day"), browser.value_of("Month"), browser.value_of("Year")) == (
        str(next_month.day), str(next_month.month), str(next_month.year)
    )
    held = browser.field("Held")
    assert held.is_selected(), "the status chosen was lost"
    # Nothing was saved: the group has no held meeting on that date.
    browser.visit("/groups")
    browser.click_link(GROUP, within="main")
    assert [long_date(next_month), "Held"] not in browser.table_rows(caption="Recent meetings")


def test_agenda_items_typed_one_to_a_line_are_numbered_one_by_one(signed_in):
    # The form says "One item to a line". A browser sends a textarea's line breaks as CR LF.
    browser = signed_in("business")
    today = open_meeting_form(browser)
    held_on = today - datetime.timedelta(days=7)
    browser.fill_date("Date of the meeting", held_on.day, held_on.month, held_on.year)
    browser.choose("Status", "Held")
    browser.fill("Agenda items", "Apologies and introductions\nSection 11 audit results\nAny other business")
    browser.choose(ATTENDED, "Attended")
    browser.click_button("Save meeting")
    browser.expect_notification(f"Meeting of {long_date(held_on)} recorded")
    assert browser.summary("Agenda") == (
        "1. Apologies and introductions 2. Section 11 audit results 3. Any other business"
    )
