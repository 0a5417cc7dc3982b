"""An agency contributor sees and updates their own agency's actions, and only those."""

from demo import ACCOUNTS

AGENCY = "Northmere Community Health NHS Trust"  # Sam Whitfield's agency in the demo


def test_our_actions_lists_only_the_contributors_agency(signed_in):
    browser = signed_in("contributor")
    browser.visit("/actions?agency=mine")
    browser.expect_heading("Our actions")
    for status in ("outstanding", "all"):
        browser.visit(f"/actions?agency=mine&status={status}")
        browser.expect_heading("Our actions")
        rows = browser.table_rows()
        assert rows, f"the demo gives {AGENCY} some {status} actions"
        owners = [row[1] for row in rows]
        assert all(owner.startswith(AGENCY) for owner in owners), f"other agencies' actions in Our actions: {owners}"


def test_contributor_updates_progress_on_their_agencys_action(signed_in):
    browser = signed_in("contributor")
    browser.visit("/actions?agency=mine")
    title = browser.click_first_link_in_table()
    browser.expect_heading(title)
    assert browser.summary("Owner").endswith(f", {AGENCY}")
    action_page = browser.path
    note = "Named nurse has briefed the health visiting teams; report due at the next meeting."
    browser.click_link("Update progress")
    browser.expect_heading("Update progress")
    browser.choose("Status", "In progress")
    browser.fill("Progress update", note)
    browser.click_button("Save progress")
    browser.expect_no_error()
    browser.expect_notification("Progress saved")
    browser.expect_path(action_page)
    progress = browser.table_rows(caption="Progress")
    assert any(note in row and ACCOUNTS["contributor"].name in row and "In progress" in row for row in progress), progress


def test_contributor_cannot_update_another_agencys_action(signed_in):
    browser = signed_in("contributor")
    browser.visit("/actions?status=all")
    rows = browser.table_rows()
    links = browser.table_links()
    others = [path for row, (_, path) in zip(rows, links) if not row[1].startswith(AGENCY)]
    assert others, "the first page of all actions should include another agency's"
    action_page = others[0]

    # They may read it, but are offered no way to change it...
    browser.visit(action_page)
    assert not browser.summary("Owner").endswith(f", {AGENCY}")
    buttons = [b.text for b in browser.driver.find_elements("css selector", "main a[role=button], main .app-button")]
    assert "Update progress" not in buttons and "Change this action" not in buttons, buttons

    # ...and the progress page itself refuses them.
    assert browser.status_of(f"{action_page}/progress") == 403
    browser.visit(f"{action_page}/progress")
    browser.expect_heading("You do not have permission to see this page")
