import Foundation
import MASACore
import MASATestSupport
@testable import MASAWeb
import SnapshotTesting
import Testing

/// Whole pages as the renderer writes them, compared line by line with the copies in `__Snapshots__`. A change to
/// the markup shows here as a diff to read and accept (delete the copy and run again to record it anew), never
/// silently. Tokens and ids that differ on every run are replaced before comparing.
@Suite("Rendered pages: snapshots")
struct PageSnapshotTests {
    /// Every component on one page, from fixed values, with text that must be escaped in content and attributes.
    @Test func everyComponentOnOnePage() {
        let html = PageRenderer.page(SnapshotPage.chrome, SnapshotPage.everyComponent)
        assertSnapshot(of: Snapshot.stable(html), as: .lines)
    }

    /// A form sent back with problems: the error summary, each field's error, every value as typed.
    @Test func aFormWithProblems() {
        var state = FormState(values: ["title": ["Review \"A\" <draft>"], "due-day": ["31"], "due-month": ["2"],
                                       "due-year": ["2026"], "owner": ["police"], "notes": ["Line one\nLine two"]])
        state.errors = [("title", "Title must be 200 characters or fewer"), ("due", "Due date must be a real date")]
        let form = FormView(action: "/actions/new", submit: "Save", cancel: "/actions", csrf: "CSRF", fields: [
            .text("title", "Title", hint: "What is to be done", state),
            .date("due", "Due date", state),
            .choice("owner", "Owner", options: [.init("council", "Council"), .init("police", "Police")],
                    blank: "Choose an agency", state),
            .textarea("notes", "Notes", state),
        ])
        let chrome = PageChrome(title: "Add an action", serviceName: "Testshire Safeguarding Partnership",
                                errors: state.errorLinks, csrfToken: "CSRF")
        assertSnapshot(of: Snapshot.stable(PageRenderer.page(chrome, [.form(form)])), as: .lines)
    }

    /// The main pages of every feature, signed in as the business unit on the test partnership.
    @Test(arguments: ["/", "/partnership", "/groups", "/meetings", "/actions", "/risks", "/budget", "/case-reviews",
                      "/case-reviews/incidents", "/learning", "/learning/recommendations", "/settings", "/audit",
                      "/admin/retention", "/search"])
    func mainPage(_ path: String) async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            let page = try await browser.get(path)
            #expect(page.status == .ok)
            let name = path == "/" ? "home" : path.dropFirst().replacingOccurrences(of: "/", with: "-")
            assertSnapshot(of: Snapshot.stable(page.html), as: .lines, named: name)
        }
    }

    @Test func signInPage() async throws {
        try await withMASA { t in
            let page = try await t.anonymous().get("/sign-in")
            assertSnapshot(of: Snapshot.stable(page.html), as: .lines)
        }
    }
}

/// What changes from run to run, replaced with fixed words so a snapshot compares only what the page says.
enum Snapshot {
    static func stable(_ html: String) -> String {
        var text = html
        let replacements: [(String, String)] = [
            (#"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"#, "ID"),
            (#"name="(csrf_token|form_token)" value="[^"]*""#, #"name="$1" value="TOKEN""#),
            (#"\b[0-9a-f]{64}\b"#, "HASH"),
            (#"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z"#, "TIMESTAMP"),
        ]
        for (pattern, replacement) in replacements {
            text = text.replacingOccurrences(of: pattern, with: replacement, options: .regularExpression)
        }
        return text
    }
}
