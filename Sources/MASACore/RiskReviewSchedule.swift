/// One review of a risk as the schedule needs it: when, by whom, the score it left, and whether it was the
/// independent scrutineer's quarterly review.
package struct RiskReviewFact: Sendable, Equatable {
    package let date: LocalDate
    package let score: RiskScore
    package let reviewerName: String
    package let isIndependent: Bool

    package init(date: LocalDate, score: RiskScore, reviewerName: String, isIndependent: Bool) {
        self.date = date
        self.score = score
        self.reviewerName = reviewerName
        self.isIndependent = isIndependent
    }
}

/// The independent scrutineer's review of the whole register in one quarter: when, by whom, what was considered.
package struct RegisterReviewFact: Sendable, Equatable {
    package let date: LocalDate
    package let scrutineerName: String
    package let considered: Int
    package let challenged: Int

    package init(date: LocalDate, scrutineerName: String, considered: Int, challenged: Int) {
        self.date = date
        self.scrutineerName = scrutineerName
        self.considered = considered
        self.challenged = challenged
    }
}

/// The quarterly review cycle of the risk register. Every live risk is reviewed each financial quarter
/// (Q1 April–June ... Q4 January–March) and the independent scrutineer reviews the register once a quarter.
package struct RiskReviewSchedule: Sendable, Equatable {
    package let today: LocalDate
    package let year: FinancialYear
    /// 1...4
    package let quarter: Int

    package init(today: LocalDate) {
        self.today = today
        year = FinancialYear(containing: today)
        quarter = FinancialYear.quarter(of: today)
    }

    package var dates: ClosedRange<LocalDate> { year.quarter(quarter) }

    /// "Q3 2026/27"
    package var label: String { "Q\(quarter) \(year.label)" }

    package func isInCurrentQuarter(_ date: LocalDate) -> Bool { dates.contains(date) }

    package func isReviewedThisQuarter(_ reviewDates: [LocalDate]) -> Bool {
        reviewDates.contains(where: isInCurrentQuarter)
    }

    /// A live risk with no review dated in this quarter: the register flags it.
    package func isDue(_ status: RiskStatus, reviewDates: [LocalDate]) -> Bool {
        status.needsQuarterlyReview && !isReviewedThisQuarter(reviewDates)
    }

    package static func lastReview(_ reviewDates: [LocalDate]) -> LocalDate? { reviewDates.max() }

    /// The current score against the score the review before the latest one left. The latest review set the
    /// current score, so comparing with it would always say "no change"; one review alone has nothing to compare.
    /// `reviews` are in the order they were recorded; a back-dated review takes its place by date.
    package static func trend(_ reviews: [RiskReviewFact], current: RiskScore) -> RiskTrend? {
        let ordered = chronological(reviews)
        guard ordered.count >= 2 else { return nil }
        return RiskTrend(previous: ordered[ordered.count - 2].score.value, current: current.value)
    }

    /// The register's independent review this quarter, nil if not yet done. It is a record of its own: a
    /// scrutineer's review of one risk is that risk's review, and does not stand for the register.
    package func registerReview(among reviews: [RegisterReviewFact]) -> RegisterReviewFact? {
        reviews.filter { isInCurrentQuarter($0.date) }.max { $0.date < $1.date }
    }

    /// "Q3 2026/27" for any date: the quarter a register review stands for.
    package static func quarterLabel(of date: LocalDate) -> String {
        "Q\(FinancialYear.quarter(of: date)) \(FinancialYear(containing: date).label)"
    }

    /// Sorted by date, keeping recorded order within a day (the standard sort is stable).
    static func chronological(_ reviews: [RiskReviewFact]) -> [RiskReviewFact] {
        reviews.sorted { $0.date < $1.date }
    }
}
