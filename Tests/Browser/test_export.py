"""Downloading a page's table as CSV and as a spreadsheet, and reading the files as a person's tools would.

The CSV is read with Python's csv module and the XLSX with openpyxl (the same library many analysts use): figures
must arrive as numbers, dates as dates, the header in bold, the sheet named after the table, and the page's filters
applied to every row, not just the first page.
"""

from __future__ import annotations

import csv
import datetime
import io
import re
import urllib.request
from urllib.parse import urlsplit

import openpyxl
from selenium.webdriver.common.by import By


def download(browser, path: str) -> tuple[dict[str, str], bytes]:
    """GET path with the browser's session cookie; the response's headers and body."""
    cookies = "; ".join(f"{c['name']}={c['value']}" for c in browser.driver.get_cookies())
    request = urllib.request.Request(browser.url(path), headers={"Cookie": cookies})
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.status == 200, f"{path} answered {response.status}"
        return {name.lower(): value for name, value in response.headers.items()}, response.read()


def download_links(browser) -> dict[str, str]:
    """The download links under the page's tables, by their words, as paths with their queries."""
    links = browser.driver.find_elements(By.CSS_SELECTOR, "main .app-download-links a")
    return {link.get_property("textContent").split(":")[0].strip(): urlsplit(link.get_property("href"))._replace(
        scheme="", netloc="").geturl() for link in links}


def listed_count(browser) -> int:
    """How many rows the list has in all: the pagination summary's total, or the rows shown when there is one page."""
    summary = re.search(r"Showing \d+ to \d+ of (\d+)", browser.driver.find_element(By.TAG_NAME, "main").text)
    return int(summary.group(1)) if summary else len(browser.table_rows())


def test_the_actions_list_downloads_as_csv_with_its_filter(signed_in):
    browser = signed_in("business")
    browser.visit("/actions?status=all")
    browser.expect_heading("Actions")
    links = download_links(browser)
    assert set(links) == {"Download as CSV", "Download as spreadsheet (XLSX)"}, links
    assert links["Download as CSV"] == "/actions?status=all&format=csv", links
    headers, body = download(browser, links["Download as CSV"])
    assert headers["content-type"].startswith("text/csv"), headers
    assert re.fullmatch(r'attachment; filename="actions-\d{4}-\d{2}-\d{2}\.csv"', headers["content-disposition"])
    assert body.startswith(b"\xef\xbb\xbf"), "UTF-8 with a byte-order mark, so Excel reads it as UTF-8"
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"), newline="")))
    assert rows[0] == ["Action", "Owner", "Due", "Status"], rows[0]
    assert len(rows) - 1 == listed_count(browser), "every action the list has, not one page"
    for row in rows[1:]:
        datetime.date.fromisoformat(row[2])  # a real date, not "3 Dec 2026"

    browser.visit("/actions?status=overdue")
    _, body = download(browser, "/actions?status=overdue&format=csv")
    overdue = list(csv.reader(io.StringIO(body.decode("utf-8-sig"), newline="")))
    assert overdue[1:], "the demo has overdue actions"
    assert {row[3] for row in overdue[1:]} == {"Overdue"}, "the filter applies to the download"
    assert len(overdue) - 1 == listed_count(browser)


def test_the_actions_list_downloads_as_a_spreadsheet_with_real_dates(signed_in):
    browser = signed_in("business")
    browser.visit("/actions?status=all")
    headers, body = download(browser, download_links(browser)["Download as spreadsheet (XLSX)"])
    assert headers["content-type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", headers
    assert re.fullmatch(r'attachment; filename="actions-\d{4}-\d{2}-\d{2}\.xlsx"', headers["content-disposition"])
    sheet = openpyxl.load_workbook(io.BytesIO(body)).active
    assert sheet.title == "Actions"
    header = [cell.value for cell in sheet[1]]
    assert header == ["Action", "Owner", "Due", "Status"], header
    assert all(cell.font.b for cell in sheet[1]), "the header row is bold"
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == listed_count(browser)
    assert all(isinstance(row[2], datetime.datetime) for row in rows), [row[2] for row in rows[:3]]
    assert all(isinstance(row[0], str) for row in rows)


def test_attendance_figures_download_as_numbers(signed_in):
    browser = signed_in("business")
    browser.visit("/groups/attendance")
    browser.expect_heading("Attendance")
    links = browser.driver.find_elements(By.CSS_SELECTOR, "main .app-download-links a")
    hrefs = [link.get_property("href") for link in links]
    assert any(href.endswith("format=xlsx&table=2") for href in hrefs), "the second table has links of its own"
    _, body = download(browser, "/groups/attendance?format=xlsx&table=2")
    sheet = openpyxl.load_workbook(io.BytesIO(body)).active
    captions = [c.text for c in browser.driver.find_elements(By.TAG_NAME, "caption")]
    caption = next(text for text in captions if text.startswith("Attendance by agency"))
    assert sheet.title == caption.replace("/", "-")[:31], (sheet.title, caption)
    assert [cell.value for cell in sheet[1]][:5] == ["Agency", "Groups", "Meetings held", "Attended", "Apologies"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(browser.table_rows(caption=caption)), "the same rows as the page"
    for row in rows:
        assert isinstance(row[0], str)
        assert all(isinstance(value, int) and not isinstance(value, bool) for value in row[1:5]), row
