import Fluent
import MASACore
import MASAWeb
import Reviews

/// The demo's reviews, one at every stage, and the agencies' rapid review summaries.
enum ChildrenDemoReviews {
    /// Days after the decision for commissioned, draft, final and published (nil where the stage is not reached).
    static func offsets(_ stage: ChildrenDemoPlan.Stage) -> [Int?] {
        switch stage {
        case .decided: [nil, nil, nil, nil]
        case .commissioned: [20, nil, nil, nil]
        case .publicationOverdue: [30, 150, nil, nil]
        case .final: [25, 90, 130, nil]
        case .publishedOnTime: [30, 110, 150, 170]
        case .publishedLate: [35, 140, 190, 220]
        case .unpublished: [30, 120, 160, nil]
        case .national: [60, nil, nil, nil]
        }
    }

    static func make(
        _ stage: ChildrenDemoPlan.Stage, _ plan: ChildrenDemoPlan, _ incident: SeriousIncident, decided: LocalDate,
        _ seed: DemoSeed
    ) async throws {
        let kind: ReviewKind =
            switch (stage, plan.rapid) {
            case (.national, _): .nationalReview
            case (_, .sent(_, .localLearningReview)): .localLearningReview
            default: .lcspr
            }
        let review = base(
            code: plan.code, kind: kind, summary: plan.summary, decided: decided, stage: stage,
            offsets: plan.reviewDays, seed)
        review.sourceID = try incident.requireID()
        try await review.create(on: seed.db)
    }

    /// A legacy serious case review from before the 2018 arrangements, published late.
    static func legacy(_ seed: DemoSeed) async throws {
        let decided = ChildrenDemo.workingDay(700, seed)
        let review = base(
            code: "Child Q", kind: .seriousCaseReview,
            summary: "Legacy serious case review: a young child's death from neglect.",
            decided: decided, stage: .publishedLate, seed)
        try await review.create(on: seed.db)
    }

    /// The Panel's notice before publication: a planned date once the final report is agreed, the improvements
    /// published when the report is not, and the reason where a report went out on shorter notice than 7 working
    /// days (as partnerships sometimes agree with the Panel).
    static func notice(
        _ review: Review, kind: ReviewKind, final: LocalDate?, published: LocalDate?, stage: ChildrenDemoPlan.Stage,
        _ seed: DemoSeed
    ) {
        guard kind == .lcspr, let final else { return }
        if published == nil, stage != .unpublished { review.plannedPublicationOn = final.adding(days: 45).iso }
        if stage == .unpublished { review.improvementsPublishedOn = min(final.adding(days: 30), seed.today).iso }
        if let published, let sent = review.sentToPanelOn.flatMap(LocalDate.init(iso:)),
           !PublicationNotice.gives(sent: sent, published: published, workingDays: 7, calendar: ChildrenDemo.calendar) {
            review.shortNoticeReason = "Agreed with the Panel so that publication came before the inquest."
        }
    }

    static func base(
        code: String, kind: ReviewKind, summary: String, decided: LocalDate, stage: ChildrenDemoPlan.Stage,
        offsets: [Int?]? = nil, _ seed: DemoSeed
    ) -> Review {
        let review = Review()
        review.id = seed.uuid()
        review.code = code; review.kind = kind.rawValue; review.summary = summary
        review.decidedOn = decided.iso
        let days = (offsets ?? Self.offsets(stage)).map { offset in
            offset.map { min(decided.adding(days: $0), seed.today) }
        }
        (review.commissionedOn, review.draftOn, review.finalOn, review.publishedOn) = (
            days[0]?.iso, days[1]?.iso, days[2]?.iso, days[3]?.iso
        )
        review.sentToPanelOn = days[2].map { min($0.adding(days: 5), seed.today).iso }
        notice(review, kind: kind, final: days[2], published: days[3], stage: stage, seed)
        review.decidedNotToPublish = stage == .unpublished
        review.notPublishedReason =
            stage == .unpublished
            ? "Publication would identify the child's siblings; a learning summary was shared instead." : nil
        review.publishedLink = review.publishedOn.map { _ in
            "https://northmere.example/reviews/\(code.lowercased().replacingOccurrences(of: " ", with: "-"))"
        }
        if days[0] != nil {
            review.reviewer =
                kind == .nationalReview
                ? "Child Safeguarding Practice Review Panel" : seed.pick(ChildrenDemoText.reviewers)
            review.methodology = seed.pick(ChildrenDemoText.methods)
            review.termsOfReference =
                "The period from the pregnancy to the incident; the key lines of enquiry agreed by the partners."
            review.familyInvolvement = seed.pick(ChildrenDemoText.family)
        }
        return review
    }

    static func agencySummaries(_ review: RapidReview, count: Int, _ seed: DemoSeed) async throws {
        let keys = ["childrens", "police", "community", "acute", "secondary", "early", "primary", "youth"]
        let first = seed.int(0...(keys.count - 1))
        for offset in 0..<count {
            guard let agency = seed.agencies[keys[(first + offset) % keys.count]] else { continue }
            let summary = RapidReviewAgencySummary()
            summary.id = seed.uuid()
            summary.$rapidReview.id = try review.requireID(); summary.$agency.id = agency
            summary.involvement = seed.pick(ChildrenDemoText.involvement)
            summary.keyEpisodes = seed.pick(ChildrenDemoText.episodes)
            try await summary.create(on: seed.db)
        }
    }
}

/// Invented wording for the demo records; nothing here describes a real child.
enum ChildrenDemoText {
    static let actions = [
        "Siblings' safety plans reviewed within 48 hours.",
        "Strategy discussion held and a child protection enquiry begun.",
        "Health visiting caseloads checked for similar concerns.",
    ]
    static let learning = [
        "Bruising in a non-mobile baby was not referred as the protocol requires.",
        "Fathers and male carers were not seen or assessed.", "Information held by schools did not reach the MASH.",
    ]
    static let equalities = [
        "The family's first language was not English; interpreters were used inconsistently.",
        "Disability of a parent affected engagement; reasonable adjustments were not offered.",
        "Poverty and overcrowded housing shaped the family's circumstances.",
    ]
    static let reviewers = [
        "Independent reviewer (social work)", "Independent reviewer (health)", "Independent reviewer (police)",
    ]
    static let methods = [
        "Systems methodology with practitioner learning events", "Appreciative inquiry",
        "Significant incident learning process",
    ]
    static let family = [
        "The mother met the reviewer twice; the father declined.",
        "Family members were invited and contributed in writing.",
        "The young person's views were gathered by an advocate.",
    ]
    static let involvement = [
        "Universal services only; routine contacts.", "Open to the service for six months before the incident.",
        "Two referrals in the year before; neither met the threshold.",
    ]
    static let episodes = [
        "A missed appointment was not followed up.", "A disclosure at school was shared the same day.",
        "Concerns were discussed at a strategy meeting but not escalated.",
    ]
}
