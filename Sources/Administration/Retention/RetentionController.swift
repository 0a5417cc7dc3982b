import MASACore
import MASAWeb
import Vapor

/// `GET /admin/retention`: every retention rule the features declare, with how many records are past their period
/// today. Nothing is removed: removal is a later change, and this page is how the partnership checks the periods
/// with its records manager first.
enum RetentionController {
    @Sendable static func list(req: Request) async throws -> Response {
        let facts = try await RetentionFacts.read(req.application.registry.retentionRules, today: req.today,
                                                  on: req.db)
        let chrome = try await req.chrome(title: "Records retention", caption: "Today is \(facts.today.long)")
        return try await req.renderPage(chrome, RetentionPage(facts: facts).blocks())
    }
}

/// The words the page and `masa retention` share.
enum RetentionReport {
    static let nothingRemoved = "Nothing is removed yet. These periods are the partnership's retention schedule "
        + "defaults: confirm them with your records manager before removal is turned on in a later version."
    static let auditTrailKept = "The audit trail is kept in full and never removed: it is the record of what "
        + "was done, by whom and when."
    static let unreadableAdvice = "Some records have a start date that cannot be read as a date. They are not "
        + "counted as past their period; mend the dates so they are."

    /// "case-reviews" → "Case reviews".
    static func featureName(_ id: String) -> String {
        let words = id.replacingOccurrences(of: "-", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    /// One tab-separated line a rule, after a heading line, for the command.
    static func lines(_ statuses: [RetentionStatus], today: LocalDate) -> [String] {
        var lines = ["Records past their retention period on \(today.long)",
                     nothingRemoved, auditTrailKept, "",
                     ["Feature", "Records", "Kept for", "Past their period", "Oldest past",
                      "Dates that cannot be read", "Basis"].joined(separator: "\t")]
        for status in statuses {
            lines.append([featureName(status.rule.feature), status.rule.recordKind, status.rule.period.label,
                          String(status.pastPeriod), status.oldest ?? "None", String(status.unreadable),
                          status.rule.basis].joined(separator: "\t"))
        }
        if statuses.contains(where: { $0.unreadable > 0 }) { lines += ["", unreadableAdvice] }
        return lines
    }
}
