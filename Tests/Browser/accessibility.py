"""axe-core for the browser journeys: find it, run it on a page, report what it finds.

We use only the `axe.min.js` file that the PyPI package axe-playwright-python ships;
Playwright itself is never imported or needed.
"""

from __future__ import annotations

import glob
import importlib.util
import os
from dataclasses import dataclass, field

AXE_PACKAGE = "axe_playwright_python"

# Violations at these impacts fail the test; "minor" and "moderate" are only counted.
FAILING_IMPACTS = ("critical", "serious")

# How many CSS selectors to show for each failing rule.
TARGETS_SHOWN = 3

RUN_AXE = """
const done = arguments[arguments.length - 1];
axe.run(document, { resultTypes: ["violations"] })
  .then(results => done({ violations: results.violations }))
  .catch(error => done({ error: String(error) }));
"""


def find_axe_script() -> str:
    """Path of axe.min.js inside the installed axe_playwright_python package."""
    spec = importlib.util.find_spec(AXE_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(
            f"the Python package {AXE_PACKAGE} is not installed; "
            "run scripts/test (it installs it) or: python3 -m pip install --no-deps axe-playwright-python"
        )
    for folder in spec.submodule_search_locations:
        found = sorted(glob.glob(os.path.join(folder, "**", "axe.min.js"), recursive=True))
        if found:
            return found[0]
    raise RuntimeError(f"axe.min.js was not found under {list(spec.submodule_search_locations)}")


@dataclass
class PageCheck:
    url: str
    title: str
    failing: int
    other: int


@dataclass
class AxeChecker:
    """Runs axe-core on the current page of a WebDriver and remembers every page it checked."""

    script: str
    checks: list[PageCheck] = field(default_factory=list)

    @classmethod
    def from_installed_package(cls) -> "AxeChecker":
        with open(find_axe_script(), encoding="utf-8") as handle:
            return cls(handle.read())

    def check(self, driver) -> None:
        """Fail (AssertionError) if the page has any serious or critical violation."""
        # Each page load starts with no axe, so inject it afresh. WebDriver's scripts run
        # even when the page's own JavaScript is switched off, and are not bound by CSP.
        driver.execute_script(self.script)
        outcome = driver.execute_async_script(RUN_AXE)
        if "error" in outcome:
            raise AssertionError(f"axe-core could not run on {driver.current_url}: {outcome['error']}")
        violations = outcome["violations"]
        failing = [v for v in violations if v.get("impact") in FAILING_IMPACTS]
        self.checks.append(PageCheck(driver.current_url, driver.title, len(failing), len(violations) - len(failing)))
        if failing:
            raise AssertionError(describe(failing, driver.current_url))

    def summary_lines(self) -> list[str]:
        """What the session summary prints: each address checked, how often, what was found."""
        if not self.checks:
            return ["axe-core checked no pages"]
        by_url: dict[str, list[PageCheck]] = {}
        for check in self.checks:
            by_url.setdefault(check.url, []).append(check)
        lines = [f"axe-core checked {len(self.checks)} page load(s) at {len(by_url)} address(es):"]
        for url, checks in by_url.items():
            failing = sum(c.failing for c in checks)
            other = sum(c.other for c in checks)
            verdict = f"{failing} serious or critical" if failing else "ok"
            if other:
                verdict += f", {other} minor or moderate"
            lines.append(f"  {url}  ({len(checks)}x, {verdict})")
        return lines


def describe(violations: list[dict], url: str) -> str:
    """A readable list of violations: rule, impact, what to fix, where."""
    lines = [f"axe-core found {len(violations)} serious or critical accessibility problem(s) on {url}:"]
    for violation in violations:
        targets = [" ".join(str(t) for t in node.get("target", [])) for node in violation.get("nodes", [])]
        shown = "; ".join(targets[:TARGETS_SHOWN])
        more = f" (and {len(targets) - TARGETS_SHOWN} more)" if len(targets) > TARGETS_SHOWN else ""
        lines.append(f"  - {violation['id']} [{violation.get('impact')}]: {violation.get('help')}")
        lines.append(f"      at {shown}{more}")
        lines.append(f"      see {violation.get('helpUrl', '')}")
    return "\n".join(lines)
