import Fluent
import Foundation
import MASACore
import MASAWeb
import Reviews
import SQLKit

enum SARReferralListSort: String, CaseIterable, Sendable { case received, code, decided }

/// A SAR referral in the list, with its acknowledgement clock worked out for today.
struct SARReferralListItem: Sendable {
    let referral: SARReferralRow
    /// Nil only when there is no receipt date to count from.
    let clock: StatutoryClock?
}

/// A page of SAR referrals and the acknowledgement time limit in working days (a local setting) they are held to.
struct SARReferralListFacts: Sendable {
    let referrals: ListPageFacts<SARReferralListSort, SARReferralListItem>
    let acknowledgementDays: Int
    /// The months a commissioned SAR's final report is timed by (a setting: the guidance is unconfirmed).
    let finalReportMonths: Int
}

/// One referral as its page shows it: the summaries already read from the stored values.
struct SARReferralFacts: Sendable {
    let id: UUID
    let code: String
    let details: SummaryList
    let criteria: SARCriteria
    let acknowledgement: SummaryList
    let decision: SummaryList
    /// Decided on a SAR, eligible, dated and not yet commissioned.
    let canCommission: Bool
}

/// The adults' part's questions of the database for its pages, callable from handlers and tests alike.
enum AdultsQueries {
    /// A page of referrals, read with SQL: the columns shown, never the whole record as a model.
    static func referrals(_ list: ListQuery<SARReferralListSort>, _ context: ClockContext) async throws
        -> SARReferralListFacts {
        let db = context.db
        let direction = list.sqlDirection
        let order: SQLQueryString = switch list.sort {
        case .received: "ORDER BY s.received_on \(direction), s.code"
        case .code: "ORDER BY s.code \(direction)"
        case .decided: "ORDER BY s.decided_on \(direction), s.code"
        }
        let page = try await list.paginate(count: { try await db.countRows(of: SARReferral.schema, as: "s") }) {
            try await SARReferralRows.read(order: "\(order) \($0)", on: db)
        }
        let days = context.settings.sarAcknowledgementDays
        let items = page.items.map { referral in
            SARReferralListItem(referral: referral, clock: SARReferral.acknowledgementClock(
                received: referral.received, acknowledged: referral.acknowledged, days: days, today: context.today,
                calendar: context.calendar))
        }
        return SARReferralListFacts(referrals: .init(list: list, items: items, metadata: page.metadata),
                                    acknowledgementDays: days,
                                    finalReportMonths: context.settings.sarFinalReportMonths)
    }

    /// The referral's page, for a referral the handler found (a missing one is its 404), with the review it led to.
    static func referral(_ referral: SARReferral, _ context: ClockContext) async throws -> SARReferralFacts {
        try await referral.$referringAgency.load(on: context.db)
        var review: Review?
        if let reviewID = referral.reviewID { review = try await Review.find(reviewID, on: context.db) }
        return SARReferralFacts(id: try referral.requireID(), code: referral.code,
                                details: try SARReferralSummary.details(referral), criteria: referral.criteria,
                                acknowledgement: try SARReferralSummary.acknowledgement(referral, context: context),
                                decision: try SARReferralSummary.decision(referral, review: review),
                                canCommission: try referral.canCommission)
    }
}
