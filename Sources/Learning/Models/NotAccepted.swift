import Fluent
import Foundation
import MASACore
import MASAWeb
import Reviews

/// A review's finding or recommendation the board decided not to implement ("not accepted"): the adults' annual
/// report must give the reasons for each such decision made in the year (Care Act 2014, Schedule 2, paragraph
/// 4(1)(g)), so the decision is the record's own, with its date and who made it, not a status of an action.
protocol NotAcceptable: Model, Sendable where IDValue == UUID {
    /// ISO date the decision was made; nil while it has not been.
    var notAcceptedOn: String? { get set }
    var notAcceptedBy: String? { get set }
    var notAcceptedReason: String? { get set }
    var reviewID: UUID { get }
    /// "finding" or "recommendation", for the page's words.
    static var noun: String { get }
    var position: Int { get }
    var text: String { get }
    /// The decision, read through the typed accessor; nil while none is recorded.
    var notAccepted: NotAcceptedDecision? { get throws }
}

/// The decision as read from its three columns.
struct NotAcceptedDecision: Sendable, Equatable {
    /// Nil only for a decision carried over from an action, which recorded no date.
    let decided: LocalDate?
    let decidedBy: String?
    let reason: String

    init(decided: LocalDate?, decidedBy: String?, reason: String) {
        (self.decided, self.decidedBy, self.reason) = (decided, decidedBy, reason)
    }

    /// `record`'s decision, its date already read through the record's typed accessor; nil when none is recorded.
    init?(_ record: some NotAcceptable, decided: LocalDate?) {
        guard let reason = record.notAcceptedReason else { return nil }
        self.init(decided: decided, decidedBy: record.notAcceptedBy, reason: reason)
    }

    /// "Not accepted on 3 March 2026 by the board: reason", for a hint under the record's text.
    var summary: String {
        let when = decided.map { " on \($0.long)" } ?? ""
        return "Not accepted\(when)\(decidedBy.map { " by \($0)" } ?? ""): \(reason)"
    }
}

extension Finding: NotAcceptable {
    static var noun: String { "finding" }
    var reviewID: UUID { $review.id }
    var notAccepted: NotAcceptedDecision? {
        get throws { try NotAcceptedDecision(self, decided: stored(\.$notAcceptedOn, LocalDate.init(iso:))) }
    }
}

extension Recommendation: NotAcceptable {
    static var noun: String { "recommendation" }
    var reviewID: UUID { $review.id }
    var notAccepted: NotAcceptedDecision? {
        get throws { try NotAcceptedDecision(self, decided: stored(\.$notAcceptedOn, LocalDate.init(iso:))) }
    }
}
