import MASACore
import MASAWeb
import Reviews

/// The SAR referrals list as blocks: the acknowledgement rule, the buttons for those who may add, and the page of
/// referrals with each one's acknowledgement clock and s44 basis.
struct SARReferralListPage: Sendable {
    let facts: SARReferralListFacts
    let canManage: Bool

    func blocks() -> [Block] {
        let limit = ClockUnit.workingDays.describe(facts.acknowledgementDays)
        let sar = ClockRules.sarFinalReportAgreed(months: facts.finalReportMonths)
        var blocks: [Block] = [
            .paragraph(
                "Referrals for a safeguarding adults review. Each must be acknowledged "
                    + "within \(limit) of receipt."),
            .hint(
                "A SAR's final report is timed at \(sar.unit.describe(sar.limit)) from the decision "
                    + "to arrange it. \(sar.sourceText)."),
        ]
        if canManage {
            blocks.append(
                .buttons([
                    .link("Add a SAR referral", AdultsPaths.newReferral.path),
                    .link(
                        "Add a SAR without a referral", AdultsPaths.newSARWithoutReferral,
                        secondary: true),
                    .link("Domestic homicide reviews", AdultsPaths.dhrs.path, secondary: true),
                ]))
        }
        return blocks + [.table(table)]
    }

    var table: TableView {
        let list = facts.referrals.list
        return TableView(
            columns: [
                list.column("Code", .code), TableView.column("Referring agency"),
                list.column("Received", .received), TableView.column("Acknowledgement"),
                TableView.column("Basis"), list.column("Decision", .decided),
            ],
            rows: facts.referrals.items.map(Self.row), emptyText: "No SAR referrals recorded yet.",
            pagination: facts.referrals.pagination)
    }

    static func row(_ item: SARReferralListItem) -> [TableView.Cell] {
        let referral = item.referral
        return [
            TableView.Cell(referral.code, href: AdultsPaths.referral(referral.id)),
            TableView.Cell(referral.agency),
            TableView.Cell(referral.received.short),
            item.clock.map { TableView.Cell(nil, tag: AdultsClocks.tag($0), hint: "Due \($0.due.short)") }
                ?? TableView.Cell(nil),
            .tag(AdultsClocks.basisTag(referral.criteria.basis)),
            TableView.Cell(
                referral.decision?.label ?? "Not decided",
                hint: referral.decided.map { "Decided \($0.short)" }),
        ]
    }
}
