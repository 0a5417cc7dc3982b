import Fluent
import MASACore
import MASAWeb
import Reviews

/// The adults' report must give the findings of the safeguarding adults reviews concluded in the year, name those
/// still going on at its end, say what was done in the year to implement the findings of any of them, and give the
/// reasons for each decision in the year not to implement one (Care Act 2014, Schedule 2, paragraph 4(1)(d) to (g)).
/// A review is concluded when its final report is agreed.
package enum SARReportSection {
    package static let section = ReportSection(id: "case-reviews.sars", title: "Safeguarding adults reviews", order: 40,
                                       scopes: [.adults], covers: [.adultsSARFindings, .adultsSAROngoing,
                                                .adultsImplementingFindings, .adultsNotImplementing],
                                       build: build)

    @Sendable static func build(_ context: ReportContext) async throws -> ReportContent {
        let end = context.year.end.iso
        let reviews = try await Review.query(on: context.db)
            .filter(\.$kind == ReviewKind.safeguardingAdultsReview.rawValue).filter(\.$decidedOn <= end)
            .sort(\.$decidedOn).all()
        let concluded = reviews.filter { review in
            review.finalOn.map { $0 >= context.year.start.iso && $0 <= end } ?? false
        }
        let ongoing = reviews.filter { review in review.finalOn.map { $0 > end } ?? true }
        let ids = try concluded.map { try $0.requireID() }
        let findings = ids.isEmpty ? [] : try await Finding.query(on: context.db).filter(\.$review.$id ~~ ids).all()
        let findingsByReview = Dictionary(grouping: findings, by: { $0.$review.id })
        let year = context.year.label
        let concludedRows: [[ReportValue]] = try concluded.map { review in
            let texts = (findingsByReview[try review.requireID()] ?? []).sorted { $0.position < $1.position }
            return [.text(review.code), .text(try review.finalAgreed?.long ?? "Not recorded"),
                    .text(texts.isEmpty ? "No findings recorded" : texts.map(\.text).joined(separator: " "))]
        }
        let ongoingRows: [[ReportValue]] = try ongoing.map { review in
            [.text(review.code), .text(try review.decided.long),
             .text(try review.stage.label)]
        }
        let implementation = try await SARImplementation.make(context.year, on: context.db)
        return ReportContent([
            .sentence("\(.count(concluded.count)) safeguarding adults reviews were concluded in \(.text(year)) and "
                + "\(.count(ongoing.count)) were still going on at its end."),
            .table(ReportTable(caption: "Reviews concluded in \(year), with their findings",
                               columns: ["Review", "Final report agreed", "Findings"], rows: concludedRows,
                               emptyText: "No safeguarding adults review was concluded in \(year).")),
            .table(ReportTable(caption: "Reviews going on at 31 March \(context.year.startYear + 1)",
                               columns: ["Review", "Decided", "Stage"], rows: ongoingRows,
                               emptyText: "No safeguarding adults review was going on at the end of \(year).")),
        ] + implementationTables(implementation, year: year))
    }

    /// (f) and (g): every SAR's work in the year, whatever year it began or concluded in, and the decisions in the
    /// year not to implement a finding or recommendation.
    static func implementationTables(_ report: SARImplementation, year: String) -> [ReportContent.Part] {
        [
            .table(ReportTable(
                caption: "What was done in \(year) to implement the findings of safeguarding adults reviews",
                columns: ["Review", "Recommendation", "Action", "Agency", "Date", "What was done"],
                rows: report.work.map { work in
                    [.text(work.review), .text(String(work.recommendation)), .text(work.action), .text(work.agency),
                     .text(work.date.long), .text("\(work.what) (\(work.status.label))")]
                },
                emptyText: "Nothing was recorded in \(year) on the findings of any safeguarding adults review.")),
            .table(ReportTable(
                caption: "Decisions in \(year) not to implement a finding, with the reasons",
                columns: ["Review", "Finding or recommendation", "Decided", "Decided by", "Reason"],
                rows: report.notImplemented.map { item in
                    [.text(item.review), .text("\(item.item): \(item.text)"),
                     .text(item.decision.decided?.long ?? "Not recorded"),
                     .text(item.decision.decidedBy ?? "Not recorded"), .text(item.decision.reason)]
                },
                emptyText: "The board decided in \(year) to implement every finding.")),
        ]
    }
}
