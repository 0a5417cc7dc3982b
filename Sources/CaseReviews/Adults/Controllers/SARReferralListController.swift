import Fluent
import MASACore
import MASAWeb
import Vapor

/// The list of SAR referrals with each one's acknowledgement clock and s44 basis.
enum SARReferralListController {
    enum Sort: String, CaseIterable, Sendable { case received, code, decided }

    @Sendable static func list(req: Request) async throws -> Response {
        let list = ListQuery<Sort>(req, default: .received, descending: true)
        let direction: DatabaseQuery.Sort.Direction = list.descending ? .descending : .ascending
        var query = SARReferral.query(on: req.db).with(\.$referringAgency)
        switch list.sort {
        case .received: query = query.sort(\.$receivedOn, direction).sort(\.$code)
        case .code: query = query.sort(\.$code, direction)
        case .decided: query = query.sort(\.$decidedOn, direction).sort(\.$code)
        }
        let page = try await list.paginate(query)
        let context = try await ClockContext.make(req)
        let rows = try page.items.map { try row($0, context: context) }
        let table = TableView(columns: [list.column("Code", .code), TableView.column("Referring agency"), list.column("Received", .received),
                                        TableView.column("Acknowledgement"), TableView.column("Basis"), list.column("Decision", .decided)],
                              rows: rows, emptyText: "No SAR referrals recorded yet.", pagination: list.pagination(page.metadata))
        var blocks: [Block] = [.paragraph("Referrals for a safeguarding adults review. Each must be acknowledged within "
                                          + "\(ClockUnit.workingDays.describe(context.settings.sarAcknowledgementDays)) of receipt.")]
        if try req.currentUser.can(.manageCaseReviews) {
            blocks.append(.buttons([.link("Add a SAR referral", AdultsPaths.newReferral.path), .link("Domestic homicide reviews", AdultsPaths.dhrs.path, secondary: true)]))
        }
        blocks.append(.table(table))
        let chrome = try await req.chrome(title: "SAR referrals", caption: "Case reviews", breadcrumbs: [Crumb("Case reviews", CaseReviewPaths.dashboard.path)])
        return try await req.renderPage(chrome, blocks)
    }

    static func row(_ referral: SARReferral, context: ClockContext) throws -> [TableView.Cell] {
        let clock = referral.acknowledgementClock(days: context.settings.sarAcknowledgementDays, today: context.today, calendar: context.calendar)
        return [
            TableView.Cell(referral.code, href: AdultsPaths.referral(try referral.requireID())),
            TableView.Cell(referral.referringAgency.name),
            TableView.Cell(referral.received?.short ?? referral.receivedOn),
            clock.map { TableView.Cell(nil, tag: AdultsClocks.tag($0), hint: "Due \($0.due.short)") } ?? TableView.Cell(nil),
            .tag(AdultsClocks.basisTag(referral.criteria.basis)),
            TableView.Cell(referral.sarDecision?.label ?? "Not decided", hint: referral.decided.map { "Decided \($0.short)" }),
        ]
    }
}
