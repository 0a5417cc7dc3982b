import Fluent
import MASACore
import MASAWeb
import Reviews
import SQLKit
import Vapor

/// The list of SAR referrals with each one's acknowledgement clock and s44 basis.
enum SARReferralListController {
    enum Sort: String, CaseIterable, Sendable { case received, code, decided }

    /// A page of referrals, read with SQL: the columns shown, never the whole record as a model.
    @Sendable static func list(req: Request) async throws -> Response {
        let list = ListQuery<Sort>(req, default: .received, descending: true)
        let direction = list.sqlDirection
        let order: SQLQueryString = switch list.sort {
        case .received: "ORDER BY s.received_on \(direction), s.code"
        case .code: "ORDER BY s.code \(direction)"
        case .decided: "ORDER BY s.decided_on \(direction), s.code"
        }
        let page = try await list.paginate(count: { try await req.db.countRows(of: SARReferral.schema, as: "s") }) {
            try await SARReferralRows.read(order: "\(order) \($0)", on: req.db)
        }
        let context = try await ClockContext.make(req)
        let rows = try page.items.map { try row($0, context: context) }
        let table = TableView(columns: [list.column("Code", .code), TableView.column("Referring agency"),
                                        list.column("Received", .received), TableView.column("Acknowledgement"),
                                        TableView.column("Basis"), list.column("Decision", .decided)],
                              rows: rows, emptyText: "No SAR referrals recorded yet.",
                              pagination: list.pagination(page.metadata))
        let limit = ClockUnit.workingDays.describe(context.settings.sarAcknowledgementDays)
        var blocks: [Block] = [.paragraph("Referrals for a safeguarding adults review. Each must be acknowledged "
                                          + "within \(limit) of receipt.")]
        if try req.currentUser.can(.manageCaseReviews) {
            blocks.append(.buttons([.link("Add a SAR referral", AdultsPaths.newReferral.path),
                                    .link("Domestic homicide reviews", AdultsPaths.dhrs.path, secondary: true)]))
        }
        blocks.append(.table(table))
        let chrome = try await req.chrome(title: "SAR referrals", caption: "Case reviews",
                                          breadcrumbs: [Crumb("Case reviews", CaseReviewPaths.dashboard.path)])
        return try await req.renderPage(chrome, blocks)
    }

    static func row(_ referral: SARReferralRow, context: ClockContext) throws -> [TableView.Cell] {
        let clock = try SARReferral.acknowledgementClock(received: referral.received, acknowledged: referral.acknowledged,
                                                     days: context.settings.sarAcknowledgementDays,
                                                     today: context.today, calendar: context.calendar)
        return [
            TableView.Cell(referral.code, href: AdultsPaths.referral(referral.id)),
            TableView.Cell(referral.agency),
            TableView.Cell(referral.received.short),
            clock.map { TableView.Cell(nil, tag: AdultsClocks.tag($0), hint: "Due \($0.due.short)") }
                ?? TableView.Cell(nil),
            .tag(AdultsClocks.basisTag(referral.criteria.basis)),
            TableView.Cell(referral.decision?.label ?? "Not decided",
                           hint: referral.decided.map { "Decided \($0.short)" }),
        ]
    }
}
