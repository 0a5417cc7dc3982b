import MASACore
import MASAWeb
import Reviews

/// The parts of the incident page: its facts, its clocks and where its rapid review stands.
enum IncidentSummary {
    static func details(_ incident: SeriousIncident) throws -> SummaryList {
        let parallel = try incident.parallel.map(\.label) + [incident.parallelNotes].compactMap { $0 }
        return SummaryList(rows: [
            .init("Code or pseudonym", incident.code),
            .init("Notifying local authority", incident.notifyingAuthority),
            .init("Incident date", try incident.incident.long),
            .init("Local authority became aware", try incident.becameAware.long),
            .init("Harm", try incident.childHarm.label),
            .init("Abuse or neglect", try incident.abuse.map(\.label).joined(separator: ", ")),
            .init("Known or suspected", try incident.certainty.label),
            .init("Child's status", try incident.status.label),
            .init(
                "Death of a looked-after child",
                incident.lookedAfterDeath ? "Yes: notified whether or not abuse or neglect is suspected" : "No"),
            .init("Notification", try incident.notification.label),
            .init("Sent to the Panel", try incident.sentToPanel?.long),
            .init("Sent to Ofsted", try incident.sentToOfsted?.long),
            .init("Partners informed", try incident.partnersInformed?.long),
            .init("Parallel processes", parallel.isEmpty ? "None recorded" : parallel.joined(separator: "; ")),
            .init("Summary", incident.summary),
        ])
    }

    static func clockTable(_ clocks: IncidentClocks) -> TableView {
        var rows: [(ClockRule, StatutoryClock, Tag)] = [
            (ClockRules.panelNotified, clocks.panel, ReviewTags.clock(clocks.panel)),
            (ClockRules.partnersInformed, clocks.partners, ReviewTags.clock(clocks.partners)),
        ]
        if let clock = clocks.rapidReview {
            rows.append((ClockRules.rapidReviewSent, clock, ChildrenTags.status(clocks.status)))
        }
        return TableView(
            caption: "Clocks",
            columns: [
                TableView.column("Clock"), TableView.column("Source of the limit"), TableView.column("Started"),
                TableView.column("Due"), TableView.column("Done"), TableView.column("State"),
            ],
            rows: rows.map { rule, clock, tag in
                [
                    TableView.Cell(rule.type), TableView.Cell(rule.sourceText), TableView.Cell(clock.start.long),
                    TableView.Cell(clock.due.long),
                    TableView.Cell(clock.completed?.long ?? "Not yet"), .tag(tag),
                ]
            }, emptyText: "No clocks.")
    }

    static func rapidReview(
        _ incident: SeriousIncident, _ review: RapidReview?, _ clocks: IncidentClocks
    ) throws
        -> SummaryList
    {
        let href = incident.id.map(ChildrenPaths.rapidReview)
        guard let clock = clocks.rapidReview else {
            return SummaryList(
                title: "Rapid review",
                rows: [
                    .init("Status", nil, tag: ChildrenTags.status(clocks.status)),
                    .init("Why", try incident.notification.noRapidReviewReason),
                ])
        }
        return SummaryList(
            title: "Rapid review",
            rows: [
                .init("Status", nil, tag: ChildrenTags.status(clocks.status)),
                .init("Clock started from", clocks.rapidReviewStartedFrom),
                .init("Due", clock.due.long),
                .init("Decision", try review?.reviewDecision?.label),
                .init("Completed", try review?.completed?.long),
                .init("Sent to the Panel", try review?.sentToPanel?.long),
                .init("Rapid review record", review == nil ? "Not started" : "View the rapid review", href: href),
            ])
    }
}
