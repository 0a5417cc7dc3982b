/// What the law says a partnership's yearly report must contain: for children, Working Together to Safeguard
/// Children 2023; for adults, the Care Act 2014, Schedule 2, paragraph 4. A report section names the elements it
/// covers, so the report can say which are covered and which are missing.
package enum ReportElement: String, CaseIterable, Sendable {
    // Working Together 2023: the yearly report on the multi-agency safeguarding arrangements.
    case childrenImpact = "wt-impact"
    case childrenReviewLearning = "wt-review-learning"
    case childrenLittleProgress = "wt-little-progress"
    case childrenRecommendations = "wt-recommendations"
    case childrenFeedback = "wt-feedback"
    // Care Act 2014, Schedule 2, paragraph 4(1)(a) to (g): the Safeguarding Adults Board's annual report.
    case adultsObjective = "ca-a"
    case adultsStrategy = "ca-b"
    case adultsMembers = "ca-c"
    case adultsSARFindings = "ca-d"
    case adultsSAROngoing = "ca-e"
    case adultsImplementingFindings = "ca-f"
    case adultsNotImplementing = "ca-g"

    /// Children's elements for a children's report, adults' for an adults' one, both for an all-age report.
    package static func required(for scope: Scope) -> [ReportElement] {
        allCases.filter { scope == .allAge || $0.scope == scope }
    }

    package var scope: Scope {
        rawValue.hasPrefix("wt-") ? .children : .adults
    }

    /// Where the duty is written.
    package var source: String {
        switch self {
        case .childrenImpact, .childrenReviewLearning, .childrenLittleProgress, .childrenRecommendations,
             .childrenFeedback: "Working Together 2023"
        default: "Care Act 2014, Schedule 2, paragraph 4(1)(\(rawValue.dropFirst(3)))"
        }
    }

    package var label: String {
        switch self {
        case .childrenImpact: "Evidence of the impact of the partners' and agencies' work, including training, "
            + "on outcomes for children and families"
        case .childrenReviewLearning: "What was learned from child safeguarding practice reviews, and how effective "
            + "the arrangements were"
        case .childrenLittleProgress: "An analysis of any area with little or no progress on the agreed priorities"
        case .childrenRecommendations: "The decisions and actions taken to implement the recommendations of local "
            + "and national reviews, and the improvements that followed"
        case .childrenFeedback: "How the partners sought and used feedback from children and families"
        case .adultsObjective: "What the board did during the year to achieve its objective"
        case .adultsStrategy: "What the board did during the year to implement its strategy"
        case .adultsMembers: "What each member did during the year to implement the strategy"
        case .adultsSARFindings: "The findings of the safeguarding adults reviews concluded in the year"
        case .adultsSAROngoing: "The safeguarding adults reviews still going on at the end of the year"
        case .adultsImplementingFindings: "What the board did to implement the findings of reviews"
        case .adultsNotImplementing: "Where the board decided not to implement a finding, the reasons"
        }
    }
}
