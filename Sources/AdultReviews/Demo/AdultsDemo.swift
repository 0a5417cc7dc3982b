import Fluent
import Foundation
import MASACore
import MASAWeb
import Reviews

/// The demo partnership's SAR referrals over two financial years, with every decision and acknowledgement state,
/// the SARs commissioned from three of them at different stages, and two domestic homicide reviews.
enum AdultsDemo {
    /// One referral: code, referring agency key, received (days before today), working days to acknowledgement
    /// (nil: not yet), died, needs, concern about joint working, abuse types, serious, decision, days to decision, summary.
    struct Referral {
        let code: String, agency: String, receivedDaysAgo: Int, ackAfter: Int?
        let died: Bool, needs: Bool, jointWorking: Bool, abuse: [AdultAbuseType], serious: Bool
        let decision: SARDecision?, decidedAfter: Int, summary: String
        /// Whether the adult is in the board's area; nil on a referral recorded before the question was asked.
        var inArea: Bool? = true
    }

    static func referrals(_ seed: DemoSeed) -> [Referral] {
        let previousYear = FinancialYear(containing: seed.today).previous
        // Days back to early in the previous financial year, so that SAR was decided, concluded and published in it.
        let lastYear = previousYear.start.days(until: seed.today) - 5
        return [
            Referral(
                code: "Adult A", agency: "adultcare", receivedDaysAgo: lastYear, ackAfter: seed.int(1...4), died: false,
                needs: true,
                jointWorking: false, abuse: [.selfNeglect], serious: true, decision: .commission, decidedAfter: 30,
                summary:
                    "A man in his sixties living alone with severe self-neglect and hoarding; services closed the case repeatedly after missed visits."
            ),
            Referral(
                code: "Adult B", agency: "police", receivedDaysAgo: 160, ackAfter: seed.int(1...4), died: true,
                needs: true,
                jointWorking: true, abuse: [.domesticAbuse, .physical], serious: true, decision: .commission,
                decidedAfter: 35,
                summary:
                    "A woman in her seventies with dementia died after an assault by a family member who was also her carer."
            ),
            Referral(
                code: "Adult C", agency: "acute", receivedDaysAgo: 70, ackAfter: seed.int(1...4), died: false,
                needs: true,
                jointWorking: true, abuse: [.neglect, .organisational], serious: true, decision: .commission,
                decidedAfter: 28,
                summary:
                    "A woman with a learning disability in a residential care home was admitted to hospital with untreated pressure ulcers."
            ),
            Referral(
                code: "Adult E", agency: "mental", receivedDaysAgo: 120, ackAfter: seed.int(1...4), died: false,
                needs: true,
                jointWorking: false, abuse: [.financial], serious: false, decision: .otherLearning, decidedAfter: 30,
                summary:
                    "A man with a serious mental illness lost his tenancy after financial abuse by an acquaintance."),
            Referral(
                code: "Adult F", agency: "housing", receivedDaysAgo: lastYear - 90, ackAfter: seed.int(1...4),
                died: false, needs: false,
                jointWorking: true, abuse: [.psychological], serious: false, decision: .noReview, decidedAfter: 21,
                summary:
                    "A tenant without care and support needs was harassed by neighbours; dealt with under the anti-social behaviour process.",
                inArea: nil),
            Referral(
                code: "Adult G", agency: "ambulance", receivedDaysAgo: 30, ackAfter: 8, died: true, needs: true,
                jointWorking: false, abuse: [.selfNeglect], serious: false, decision: .moreInformation,
                decidedAfter: 20,
                summary:
                    "A man in his fifties with diabetes died at home; crews had attended several times in the preceding weeks."
            ),
            Referral(
                code: "Adult H", agency: "carehomes", receivedDaysAgo: 20, ackAfter: nil, died: false, needs: true,
                jointWorking: true, abuse: [.physical], serious: true, decision: nil, decidedAfter: 0,
                summary: "A resident with advanced dementia was found with unexplained fractures in a nursing home."),
            Referral(
                code: "Adult J", agency: "community", receivedDaysAgo: 1, ackAfter: nil, died: false, needs: true,
                jointWorking: false, abuse: [.modernSlavery], serious: true, decision: nil, decidedAfter: 0,
                summary: "A man found working unpaid at a car wash, with care and support needs from a brain injury."),
        ]
    }

    static func seed(_ seed: DemoSeed) async throws {
        let calendar = WorkingDayCalendar.englandAndWales
        var reviews: [String: UUID] = [:]
        for spec in referrals(seed) {
            let referral = make(spec, seed: seed, calendar: calendar)
            try await referral.create(on: seed.db)
            guard spec.decision == .commission, let decided = try referral.decided else { continue }
            let review = AdultsDemoReviews.review(for: referral, decided: decided, seed: seed)
            try await review.create(on: seed.db)
            referral.reviewID = review.id
            try await referral.save(on: seed.db)
            reviews[spec.code] = review.id
        }
        try await AdultsDemoReviews.inFlightWithoutReferral(seed)
        try await AdultsDemoReviews.dhrs(seed, linkedTo: reviews["Adult B"])
        try await AdultsDemoHistory.seed(seed)
    }

    static func make(_ spec: Referral, seed: DemoSeed, calendar: WorkingDayCalendar) -> SARReferral {
        let received = seed.today.adding(days: -spec.receivedDaysAgo)
        let referral = SARReferral()
        referral.id = seed.uuid()
        referral.code = spec.code
        referral.$referringAgency.id = seed.agency(spec.agency)
        referral.receivedOn = received.iso
        referral.acknowledgedOn = spec.ackAfter.map { calendar.adding(workingDays: $0, to: received).iso }
        referral.hasCareAndSupportNeeds = spec.needs
        referral.needsMet = spec.needs ? seed.pick(SARNeedsMet.allCases).rawValue : nil
        referral.died = spec.died
        referral.abuseTypes = StoredList.text(spec.abuse.map(\.rawValue))
        referral.abuseKnownOrSuspected = !spec.abuse.isEmpty
        referral.seriousAbuseOrNeglect = !spec.died && spec.serious
        referral.concernAboutJointWorking = spec.jointWorking
        referral.inArea = spec.inArea
        referral.summary = spec.summary
        referral.decision = spec.decision?.rawValue
        if let decision = spec.decision {
            let decided = received.adding(days: spec.decidedAfter)
            referral.decidedOn = decided.iso
            referral.reasons = reasons[decision]
            if spec.code == "Adult B" {
                referral.criteriaChangeReason = "The first answer on joint working was no; the GP's chronology "
                    + "showed three agencies had seen the bruising without sharing it, so it was changed to yes."
                referral.criteriaChangedOn = min(decided.adding(days: 10), seed.today).iso
            }
        }
        return referral
    }

    static let reasons: [SARDecision: String] = [
        .commission: "The panel agreed the criteria are met and multi-agency learning is likely.",
        .otherLearning:
            "Learning is for two agencies only; a single-agency learning review and a practice briefing will follow.",
        .noReview:
            "The adult has no care and support needs, so section 44 does not apply; referred to the community safety partnership.",
        .moreInformation:
            "Chronologies requested from the ambulance service, the GP and adult social care before the panel decides.",
    ]
}
