import Testing
@testable import MASACore

private func date(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }
private func score(_ likelihood: Int, _ impact: Int) -> RiskScore { RiskScore(likelihood: likelihood, impact: impact)! }
private func review(
    _ iso: String, _ likelihood: Int, _ impact: Int, by name: String = "Priya Shah",
    independent: Bool = false
) -> RiskReviewFact {
    RiskReviewFact(date: date(iso), score: score(likelihood, impact), reviewerName: name, isIndependent: independent)
}

struct RiskReviewScheduleTests {
    @Test func quarterIsTheFinancialQuarterContainingToday() {
        let schedule = RiskReviewSchedule(today: date("2026-11-18"))
        #expect(schedule.label == "Q3 2026/27")
        #expect(schedule.dates == date("2026-10-01")...date("2026-12-31"))
        #expect(
            RiskReviewSchedule(today: date("2027-02-10")).label == "Q4 2026/27",
            "January to March is Q4 of the year before")
        #expect(RiskReviewSchedule(today: date("2026-04-01")).label == "Q1 2026/27")
        #expect(RiskReviewSchedule(today: date("2026-03-31")).label == "Q4 2025/26")
    }

    @Test func reviewedThisQuarterOnlyCountsDatesInsideIt() {
        let schedule = RiskReviewSchedule(today: date("2026-11-18"))
        #expect(schedule.isReviewedThisQuarter([date("2026-06-30"), date("2026-10-01")]))
        #expect(!schedule.isReviewedThisQuarter([date("2026-09-30")]), "the last day of Q2 is not Q3")
        #expect(!schedule.isReviewedThisQuarter([date("2025-11-18")]), "the same quarter a year ago does not count")
        #expect(!schedule.isReviewedThisQuarter([]))
    }

    @Test func onlyLiveRisksAreDue() {
        let schedule = RiskReviewSchedule(today: date("2026-11-18"))
        let old = [date("2026-08-01")]
        #expect(schedule.isDue(.open, reviewDates: old))
        #expect(schedule.isDue(.tolerated, reviewDates: old), "a tolerated risk is still reviewed")
        #expect(!schedule.isDue(.closed, reviewDates: old))
        #expect(schedule.isDue(.open, reviewDates: []), "never reviewed")
        #expect(!schedule.isDue(.open, reviewDates: [date("2026-11-02")]))
    }

    @Test func lastReviewIsTheLatestDateWhateverTheOrder() {
        #expect(
            RiskReviewSchedule.lastReview([date("2026-11-02"), date("2025-05-01"), date("2026-07-09")])
                == date("2026-11-02"))
        #expect(RiskReviewSchedule.lastReview([]) == nil)
    }

    @Test func trendComparesWithTheReviewBeforeTheLatest() {
        let rising = [review("2026-05-01", 3, 3), review("2026-08-01", 4, 4)]
        #expect(RiskReviewSchedule.trend(rising, current: score(4, 4)) == RiskTrend(previous: 9, current: 16))
        #expect(RiskReviewSchedule.trend(rising, current: score(4, 4))?.label == "Up from 9")
        let falling = [review("2026-05-01", 4, 4), review("2026-08-01", 2, 4)]
        #expect(RiskReviewSchedule.trend(falling, current: score(2, 4))?.direction == .down)
        #expect(RiskReviewSchedule.trend(falling, current: score(2, 4))?.label == "Down from 16")
        let steady = [review("2026-05-01", 2, 3), review("2026-08-01", 3, 2)]
        #expect(
            RiskReviewSchedule.trend(steady, current: score(3, 2))?.label == "No change",
            "same score, different factors")
        #expect(
            RiskReviewSchedule.trend([review("2026-05-01", 2, 3)], current: score(2, 3)) == nil,
            "one review has nothing to compare")
    }

    @Test func backDatedReviewTakesItsPlaceByDate() {
        let recorded = [review("2026-08-01", 4, 4), review("2026-05-01", 2, 2)]
        #expect(RiskReviewSchedule.trend(recorded, current: score(4, 4))?.previous == 4)
        let sameDay = [review("2026-08-01", 2, 2), review("2026-08-01", 3, 3)]
        #expect(RiskReviewSchedule.trend(sameDay, current: score(3, 3))?.previous == 4, "recorded order within a day")
    }

    @Test func independentReviewOfTheRegisterThisQuarter() {
        let schedule = RiskReviewSchedule(today: date("2026-11-18"))
        func register(_ day: String) -> RegisterReviewFact {
            RegisterReviewFact(date: date(day), scrutineerName: "Dr Ruth Adeyemi", considered: 6, challenged: 1)
        }
        // 30 September is the last day of Q2; 1 October the first of Q3 (financial quarters, not calendar ones).
        #expect(schedule.registerReview(among: [register("2026-09-30")]) == nil)
        let both = [register("2026-10-01"), register("2026-09-30")]
        #expect(schedule.registerReview(among: both) == register("2026-10-01"))
        #expect(RiskReviewSchedule(today: date("2027-01-04")).registerReview(among: [register("2026-12-31")]) == nil)
        #expect(RiskReviewSchedule.quarterLabel(of: date("2027-03-31")) == "Q4 2026/27")
        #expect(RiskReviewSchedule.quarterLabel(of: date("2026-04-01")) == "Q1 2026/27")
    }
}

struct RiskCodeTests {
    @Test func referencesArePaddedAndNeverReused() {
        #expect(RiskReference.code(7) == "R07")
        #expect(RiskReference.code(12) == "R12")
        #expect(RiskReference.code(104) == "R104")
        #expect(RiskReference.next(after: nil) == 1)
        #expect(RiskReference.next(after: 11) == 12)
    }

    @Test func scoresShowNumberAndBand() {
        #expect(score(4, 4).label == "16 Red")
        #expect(score(3, 3).label == "9 Amber")
        #expect(score(2, 3).label == "6 Green", "the highest green: 7 cannot be made from two factors of 1–5")
        #expect(score(2, 4).label == "8 Amber" && score(3, 4).label == "12 Amber")
        #expect(score(3, 5).label == "15 Red")
        #expect(
            RiskScore(likelihood: 9, impact: 0) == nil && RiskScore(likelihood: 3, impact: 6) == nil,
            "off the scale is no score: a stored one is an error naming its record, never pulled onto the scale")
    }

    @Test func scaleWordsExplainEachPoint() {
        #expect(RiskScale.likelihoodLabel(4) == "4 – Likely")
        #expect(RiskScale.impactLabel(5) == "5 – Severe")
        #expect(RiskScale.likelihoodLabel(0) == nil && RiskScale.impactLabel(6) == nil)
    }

    @Test func statusesAndWhichNeedReview() {
        #expect(RiskStatus.allCases.map(\.label) == ["Open", "Tolerated", "Closed"])
        #expect(RiskStatus.allCases.filter(\.needsQuarterlyReview) == [.open, .tolerated])
    }
}
