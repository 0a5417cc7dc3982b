"""The demo partnership's accounts, as `masa demo` seeds them (Sources/MASAWeb/Demo)."""

from __future__ import annotations

from dataclasses import dataclass

PASSWORD = "safeguarding-demo-2026"


@dataclass(frozen=True)
class Account:
    key: str
    email: str
    name: str
    role: str
    password: str = PASSWORD


ACCOUNTS = {
    account.key: account
    for account in (
        Account("admin", "admin@northmere.example", "Alex Morgan", "System administrator"),
        Account("business", "business@northmere.example", "Priya Shah", "Business unit"),
        Account("partner_lead", "partner.lead@northmere.example", "Detective Superintendent Owen Hale", "Statutory partner lead"),
        Account("scrutineer", "scrutineer@northmere.example", "Dr Ruth Adeyemi", "Independent scrutineer"),
        Account("contributor", "contributor@northmere.example", "Sam Whitfield", "Agency contributor"),
        Account("member", "member@northmere.example", "Jo Lindqvist", "Group member"),
        Account("viewer", "viewer@northmere.example", "Chris Pennant", "Viewer"),
    )
}
