import MASACore

/// The demo's serious incidents: invented, known by code only, laid out so every clock state, rapid review state,
/// decision and review stage appears at least once.
struct ChildrenDemoPlan {
    enum Rapid {
        case sent(onTime: Bool, RapidReviewDecision), completedNotSent(RapidReviewDecision), running, overdue
        /// A death notified with no abuse or neglect suspected, or a care leaver's: no rapid review follows.
        case notNeeded
    }
    enum Stage {
        case decided, commissioned, final, publishedOnTime, publishedLate, unpublished, publicationOverdue, national
    }

    let code: String
    let awareDaysAgo: Int
    let harm: ChildHarm
    let abuse: [ChildAbuseType]
    let status: ChildStatus
    /// Working days from becoming aware to notifying the Panel (nil: not yet), and to informing the partners.
    let panelDays: Int?
    let partnerDays: Int?
    let rapid: Rapid
    let stage: Stage?
    let summary: String
    /// Days after the decision for commissioned, draft, final and published, where a plan sets its own rather than
    /// its stage's (the history varies them).
    var reviewDays: [Int?]? = nil

    static let all: [ChildrenDemoPlan] = [
        .init(
            code: "Child A1", awareDaysAgo: 640, harm: .seriouslyHarmed, abuse: [.physical], status: .childInNeed,
            panelDays: 3, partnerDays: 2,
            rapid: .sent(onTime: true, .localReview), stage: .publishedOnTime,
            summary: "Non-accidental injury to a baby under one; bruising seen twice before."),
        .init(
            code: "Child A2", awareDaysAgo: 560, harm: .died, abuse: [.neglect], status: .childProtectionPlan,
            panelDays: 4, partnerDays: 4,
            rapid: .sent(onTime: false, .localLearningReview), stage: .publishedLate,
            summary: "Sudden death of an infant in an unsafe sleeping arrangement; chronic neglect."),
        .init(
            code: "Child A3", awareDaysAgo: 490, harm: .seriouslyHarmed, abuse: [.sexual, .emotional], status: .none,
            panelDays: 2, partnerDays: 3,
            rapid: .sent(onTime: true, .recommendNational), stage: .national,
            summary: "Child sexual exploitation across three local authority areas."),
        .init(
            code: "Child A4", awareDaysAgo: 430, harm: .seriouslyHarmed, abuse: [.physical, .emotional],
            status: .childInNeed, panelDays: 5, partnerDays: 5,
            rapid: .sent(onTime: true, .localReview), stage: .unpublished,
            summary: "Serious assault on a teenager; domestic abuse in the household."),
        .init(
            code: "Child A5", awareDaysAgo: 380, harm: .died, abuse: [.physical], status: .lookedAfter, panelDays: 3,
            partnerDays: 6,
            rapid: .sent(onTime: false, .localReview), stage: .publicationOverdue,
            summary: "Death of a looked-after young person after serious youth violence."),
        .init(
            code: "Child A6", awareDaysAgo: 330, harm: .seriouslyHarmed, abuse: [.neglect], status: .none, panelDays: 2,
            partnerDays: 2,
            rapid: .sent(onTime: true, .noFurtherReview), stage: nil,
            summary: "Serious self-neglect in a home with hoarding; learning already in hand."),
        .init(
            code: "Child A7", awareDaysAgo: 170, harm: .seriouslyHarmed, abuse: [.physical],
            status: .childProtectionPlan, panelDays: 3, partnerDays: 3,
            rapid: .sent(onTime: true, .localReview), stage: .final,
            summary: "Fractures in a toddler on a child protection plan; missed health appointments."),
        .init(
            code: "Child A8", awareDaysAgo: 120, harm: .seriouslyHarmed, abuse: [.emotional, .neglect],
            status: .childInNeed, panelDays: 4, partnerDays: 3,
            rapid: .sent(onTime: true, .localLearningReview), stage: .commissioned,
            summary: "Child missing from education; neglect and parental mental ill health."),
        .init(
            code: "Child A9", awareDaysAgo: 75, harm: .died, abuse: [.neglect], status: .childInNeed, panelDays: 3,
            partnerDays: 3,
            rapid: .sent(onTime: false, .localReview), stage: .decided,
            summary: "Death of a child with complex health needs; neglect of medical care."),
        .init(
            code: "Child A10", awareDaysAgo: 50, harm: .seriouslyHarmed, abuse: [.notYetKnown], status: .none,
            panelDays: 2, partnerDays: 2,
            rapid: .completedNotSent(.noFurtherReview), stage: nil,
            summary: "Head injury to a baby; medical explanation still being examined."),
        .init(
            code: "Child A11", awareDaysAgo: 40, harm: .seriouslyHarmed, abuse: [.physical], status: .childInNeed,
            panelDays: 7, partnerDays: 4,
            rapid: .overdue, stage: nil, summary: "Stabbing of a 15-year-old; criminal exploitation suspected."),
        .init(
            code: "Child A12", awareDaysAgo: 6, harm: .seriouslyHarmed, abuse: [.sexual], status: .childProtectionPlan,
            panelDays: 2, partnerDays: nil,
            rapid: .running, stage: nil, summary: "Sexual abuse disclosed by a child on a child protection plan."),
        .init(
            code: "Child A13", awareDaysAgo: 95, harm: .died, abuse: [], status: .lookedAfter, panelDays: 2,
            partnerDays: 2, rapid: .notNeeded, stage: nil,
            summary: "Death of a looked-after child from a long-standing illness; no abuse or neglect suspected."),
        .init(
            code: "Child A14", awareDaysAgo: 20, harm: .died, abuse: [], status: .careLeaver, panelDays: 3,
            partnerDays: 3, rapid: .notNeeded, stage: nil,
            summary: "Death of a 21-year-old care leaver in supported accommodation."),
    ]
}
