import Fluent
import MASACore
@testable import MASAWeb

/// A page holding one of every component, from fixed values, for the snapshot of the renderer. The hostile text
/// is there to show it escaped, in element content and in attribute values alike.
enum SnapshotPage {
    static let hostile = "Smith & Sons <script>alert('x')</script> \"quoted\""

    static let chrome = PageChrome(
        title: "Every component", caption: "Snapshot", serviceName: "Testshire Safeguarding Partnership",
        userName: "Ann Example", userAgency: "Testshire Council",
        navigation: [
            .init(label: "Partnership", href: "/partnership", isCurrent: true),
            .init(label: "Learning", href: "/learning"),
        ],
        subNavigation: [.init(label: "Agencies", href: "/agencies", isCurrent: true)],
        breadcrumbs: [.init(label: "Home", href: "/"), .init(label: hostile, href: "/x?a=1&b=\"2\"")],
        notification: "Saved " + hostile, csrfToken: "CSRF")

    static var everyComponent: [Block] {
        let table = TableView(
            caption: "Actions",
            columns: [
                TableView.Column(
                    label: "Title", sortHref: "/actions?sort=title&order=desc", ariaSort: "ascending",
                    isNumeric: false),
                TableView.column("Status"), TableView.column("Days", numeric: true),
            ],
            rows: [
                [
                    TableView.Cell(hostile, href: "/actions/1", hint: "Owner: Police"), .tag(Tag("Overdue", "red")),
                    .number(12),
                ],
                [TableView.Cell(nil), TableView.Cell("Done", tag: Tag("Complete", "green")), .number(0)],
            ], emptyText: "No actions",
            pagination: Pagination(metadata: PageMetadata(page: 2, per: 2, total: 9)) {
                "/actions?page=\($0)"
            })
        var downloadable = table
        downloadable.downloads = TableDownloads(
            csvHref: "/actions?format=csv", xlsxHref: "/actions?format=xlsx",
            csvText: "Download as CSV", xlsxText: "Download as spreadsheet",
            tableName: "Actions")
        let state = FormState(values: ["q": [hostile], "kind": ["b"], "ok": ["true"]])
        let filter = FormView(
            action: "/search", submit: "Search", csrf: "CSRF",
            fields: [
                .text("q", "Search", hint: "Words in the title", width: "20", state),
                .text("amount", "Amount", kind: .number, state),
                .text("password", "Password", kind: .password, state),
                .choice(
                    "kind", "Kind", kind: .radios, options: [.init("a", "A", hint: "The first"), .init("b", "B")], state
                ),
                .choice("tags", "Tags", kind: .checkboxes, options: [.init("x", "X"), .init("y", hostile)], state),
                .checkbox("ok", "Confirmed", hint: "Tick if so", state),
            ]
        ).asGet()
        return [
            .heading("Large", size: .l), .heading(hostile), .heading("Small", size: .s),
            .paragraph(hostile), .hint("A hint"), .inset("Inset"), .warning(hostile),
            .summary(
                SummaryList(
                    title: "Details",
                    rows: [
                        .init("Name", hostile, changeHref: "/edit?field=name"),
                        .init("Link", "Open", href: "/open?a=1&b=2"),
                        .init("State", "since May", tag: Tag("Open", "blue")),
                        .init("Blank", nil),
                    ])),
            .table(downloadable), .table(TableView(caption: "Empty", columns: [], rows: [], emptyText: "Nothing yet")),
            .form(filter),
            .buttons([
                .link("Add", "/add"), .link("Back", "/", secondary: true), .post("Close", "/close", csrf: "CSRF"),
            ]),
            .cards([
                DashboardCard(title: "Overdue", count: 3, body: hostile, href: "/actions", isAlert: true, order: 1),
                DashboardCard(title: "Risks", count: 0, body: "None due", href: "/risks", isAlert: false, order: 2),
            ]),
            .secret("ABCD EFGH"), .secrets(["1234-5678", "8765-4321"]),
            .qrCode(try! QRCode(text: "otpauth://totp/MASA:ann?secret=ABCD"), title: "Scan with your app"),
            .chart(.line(LineChartTests.spc())),
            .markdown("## Summary\n\nA **good** year <script>x</script> [link](https://example.org)"),
        ]
    }
}
