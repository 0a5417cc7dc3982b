import Testing
@testable import MASACore

@Suite("SAR criteria, recurring themes and rapid review status")
struct CaseReviewLogicTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> LocalDate { LocalDate(year: y, month: m, day: d)! }

    @Test func mandatoryWhenAllThreeConditionsHold() {
        let died = SARCriteria(
            hasCareAndSupportNeeds: true, inArea: true, concernAboutJointWorking: true, died: true,
            abuseOrNeglectKnownOrSuspected: true, seriousAbuseOrNeglect: false)
        #expect(died.basis == .mandatory, "a death needs no separate 'serious' finding")
        let alive = SARCriteria(
            hasCareAndSupportNeeds: true, inArea: true, concernAboutJointWorking: true, died: false,
            abuseOrNeglectKnownOrSuspected: true, seriousAbuseOrNeglect: true)
        #expect(alive.basis == .mandatory)
    }

    @Test func discretionaryWhenAConditionIsMissing() {
        var criteria = SARCriteria(
            hasCareAndSupportNeeds: true, inArea: true, concernAboutJointWorking: false, died: true,
            abuseOrNeglectKnownOrSuspected: true, seriousAbuseOrNeglect: true)
        #expect(criteria.basis == .discretionary, "no concern about joint working")
        criteria.concernAboutJointWorking = true
        criteria.died = false
        criteria.seriousAbuseOrNeglect = false
        #expect(criteria.basis == .discretionary, "alive, abuse not serious")
        #expect(!criteria.harmConditionMet)
        criteria.hasCareAndSupportNeeds = false
        criteria.seriousAbuseOrNeglect = true
        #expect(criteria.basis == .notEligible, "no care and support needs: not a SAR at all")
    }

    @Test func aThemeInThreeReviewsWithinTwoYearsRecurs() {
        let taggings: [ThemeRecurrence.Tagging] = [
            .init(theme: "neglect", review: "Child U1", date: day(2023, 5, 1)),
            .init(theme: "neglect", review: "Child V2", date: day(2024, 2, 10)),
            .init(theme: "neglect", review: "Adult D", date: day(2025, 4, 30)),
            .init(theme: "safe-sleeping", review: "Child U1", date: day(2023, 5, 1)),
            .init(theme: "safe-sleeping", review: "Child W3", date: day(2025, 6, 1)),
        ]
        let found = ThemeRecurrence.recurring(taggings)
        #expect(
            found == [
                .init(
                    theme: "neglect", reviews: ["Child U1", "Child V2", "Adult D"], from: day(2023, 5, 1),
                    to: day(2025, 4, 30))
            ])
    }

    @Test func theWindowEdgeCountsAndADayMoreDoesNot() {
        let edge: [ThemeRecurrence.Tagging] = [
            .init(theme: "t", review: "A", date: day(2023, 1, 31)),
            .init(theme: "t", review: "B", date: day(2024, 1, 1)),
            .init(theme: "t", review: "C", date: day(2025, 1, 31)),
        ]
        #expect(ThemeRecurrence.recurring(edge).count == 1, "exactly 24 months apart is within")
        let beyond = edge.dropLast() + [.init(theme: "t", review: "C", date: day(2025, 2, 1))]
        #expect(ThemeRecurrence.recurring(Array(beyond)).isEmpty)
        #expect(ThemeRecurrence.recurring(Array(beyond), windowMonths: 36).count == 1, "the window is a setting")
        #expect(
            ThemeRecurrence.recurring(Array(beyond), threshold: 2).first?.reviews == ["A", "B"],
            "the threshold is a setting")
    }

    @Test func aReviewTaggedTwiceCountsOnce() {
        let taggings: [ThemeRecurrence.Tagging] = [
            .init(theme: "t", review: "A", date: day(2024, 1, 1)),
            .init(theme: "t", review: "A", date: day(2024, 3, 1)),
            .init(theme: "t", review: "B", date: day(2024, 5, 1)),
        ]
        #expect(ThemeRecurrence.recurring(taggings).isEmpty)
        #expect(ThemeRecurrence.recurring([]).isEmpty)
    }

    @Test func rapidReviewStates() {
        let calendar = WorkingDayCalendar.englandAndWales
        let start = day(2026, 11, 2)  // due 15 working days later: Monday 23 November 2026
        func status(today: LocalDate, completed: LocalDate? = nil, sent: LocalDate? = nil) -> RapidReviewStatus {
            let clock = StatutoryClock(
                start: start, limit: 15, unit: .workingDays, completed: sent, today: today, calendar: calendar)
            return RapidReviewStatus(clock: clock, completed: completed, sentToPanel: sent)
        }
        #expect(status(today: day(2026, 11, 18)) == .running)
        #expect(status(today: day(2026, 11, 23)) == .dueToday)
        #expect(status(today: day(2026, 11, 24)) == .overdue)
        #expect(status(today: day(2026, 11, 20), completed: day(2026, 11, 19)) == .completedNotSent)
        #expect(status(today: day(2026, 12, 1), completed: day(2026, 11, 19), sent: day(2026, 11, 23)) == .sentOnTime)
        #expect(status(today: day(2026, 12, 1), completed: day(2026, 11, 19), sent: day(2026, 11, 24)) == .sentLate)
        #expect(RapidReviewStatus.completedNotSent.needsAttention && !RapidReviewStatus.sentLate.needsAttention)
    }

    @Test func recommendationStatuses() {
        #expect(RecommendationStatus.completeWithImpact.isImplemented && RecommendationStatus.complete.isImplemented)
        #expect(RecommendationStatus.notAccepted.isClosed && !RecommendationStatus.notAccepted.isImplemented)
        #expect(!RecommendationStatus.inProgress.isClosed)
        #expect(ReviewKind.safeguardingAdultsReview.scope == .adults && ReviewKind.lcspr.scope == .children)
    }
}
