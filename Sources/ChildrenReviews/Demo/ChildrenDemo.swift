import Fluent
import MASACore
import MASAWeb
import Reviews

/// Demo serious incidents, rapid reviews and reviews for the Northmere partnership, relative to the demo's today.
enum ChildrenDemo {
    static let calendar = WorkingDayCalendar.englandAndWales

    static func seed(_ seed: DemoSeed) async throws {
        for plan in ChildrenDemoPlan.all { try await make(plan, seed) }
        try await ChildrenDemoReviews.legacy(seed)
        try await ChildrenDemoHistory.seed(seed)
    }

    /// One planned incident with its rapid review and, when the plan has a stage, the review that followed.
    static func make(_ plan: ChildrenDemoPlan, _ seed: DemoSeed) async throws {
        let incident = try await makeIncident(plan, seed)
        guard plan.rapid.isNeeded else { return }
        let rapid = try await makeRapidReview(plan, incident, seed)
        guard let stage = plan.stage else { return }
        try await ChildrenDemoReviews.make(stage, plan, incident, decided: rapid.decided ?? seed.today, seed)
    }

    static func workingDay(_ daysAgo: Int, _ seed: DemoSeed) -> LocalDate {
        calendar.previousWorkingDay(onOrBefore: seed.today.adding(days: -daysAgo))
    }

    static func makeIncident(_ plan: ChildrenDemoPlan, _ seed: DemoSeed) async throws -> SeriousIncident {
        let aware = workingDay(plan.awareDaysAgo, seed)
        let incident = SeriousIncident()
        incident.id = seed.uuid()
        incident.code = plan.code
        incident.notifyingAuthority =
            plan.code == "Child A3" ? "Wealdshire County Council" : "Northmere Borough Council"
        incident.becameAwareOn = aware.iso
        incident.incidentOn = aware.adding(days: -seed.int(0...3)).iso
        incident.harm = plan.harm.rawValue
        incident.abuseTypes = StoredList.text(plan.abuse.map(\.rawValue))
        let certainty: AbuseCertainty = !plan.rapid.isNeeded ? .notSuspected : seed.chance(0.5) ? .known : .suspected
        incident.abuseCertainty = certainty.rawValue
        incident.childStatus = plan.status.rawValue
        incident.lookedAfterDeath = plan.harm == .died && plan.status == .lookedAfter
        incident.sentToPanelOn = plan.panelDays.map { calendar.adding(workingDays: $0, to: aware).iso }
        incident.sentToOfstedOn = incident.sentToPanelOn
        incident.partnersInformedOn = plan.partnerDays.map { calendar.adding(workingDays: $0, to: aware).iso }
        let parallel: [ParallelProcess] =
            plan.harm == .died ? [.policeInvestigation, .coroner] : [.policeInvestigation]
        incident.parallelProcesses = StoredList.text(parallel.map(\.rawValue))
        incident.parallelNotes = nil
        incident.summary = plan.summary
        try await incident.create(on: seed.db)
        return incident
    }

    static func makeRapidReview(
        _ plan: ChildrenDemoPlan, _ incident: SeriousIncident, _ seed: DemoSeed
    ) async throws -> RapidReview {
        let review = RapidReview(incidentID: try incident.requireID())
        review.id = seed.uuid()
        let start = try incident.sentToPanel ?? incident.becameAware
        switch plan.rapid {
        case .sent(let onTime, let decision):
            let completed = calendar.adding(workingDays: onTime ? seed.int(10...13) : seed.int(16...18), to: start)
            complete(review, decision, on: completed, seed)
            review.sentToPanelOn =
                calendar.adding(workingDays: onTime ? seed.int(0...1) : seed.int(1...3), to: completed).iso
        case .completedNotSent(let decision):
            complete(review, decision, on: calendar.adding(workingDays: 12, to: start), seed)
        case .running, .overdue, .notNeeded:
            review.immediateActions = "Safety plans reviewed for the siblings; strategy discussion held."
        }
        try await review.create(on: seed.db)
        try await ChildrenDemoReviews.agencySummaries(review, count: plan.rapid.isStarted ? 4 : 2, seed)
        return review
    }

    static func complete(_ review: RapidReview, _ decision: RapidReviewDecision, on day: LocalDate, _ seed: DemoSeed) {
        review.immediateActions = seed.pick(ChildrenDemoText.actions)
        review.learning = seed.pick(ChildrenDemoText.learning)
        review.contextEqualities = seed.pick(ChildrenDemoText.equalities)
        review.decision = decision.rawValue
        let local = decision == .localReview || decision == .localLearningReview
        review.rationaleA =
            local
            ? "Yes: practice improvements are needed, some found in earlier reviews."
            : "Improvements are already in hand."
        review.rationaleB =
            local ? "Recurrent theme: professional curiosity and challenge." : "No new recurrent themes."
        review.rationaleC =
            local
            ? "Yes: information was not shared between health and children's social care."
            : "Agencies worked well together."
        review.rationaleD =
            decision == .recommendNational
            ? "The Panel is considering a national review." : "The Panel has not commented."
        review.localAuthoritySignedOn = calendar.adding(workingDays: -2, to: day).iso
        review.policeSignedOn = calendar.adding(workingDays: -1, to: day).iso
        review.icbSignedOn = day.iso
        review.completedOn = day.iso
        // The partners decide at the rapid review meeting, a day or two before it is written up as completed.
        review.decidedOn = calendar.adding(workingDays: -seed.int(0...2), to: day).iso
    }
}

extension ChildrenDemoPlan.Rapid {
    var isStarted: Bool {
        switch self {
        case .sent, .completedNotSent: true
        case .running, .overdue, .notNeeded: false
        }
    }

    var isNeeded: Bool {
        if case .notNeeded = self { return false }
        return true
    }
}
