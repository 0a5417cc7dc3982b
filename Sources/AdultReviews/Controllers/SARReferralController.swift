import Fluent
import MASACore
import MASAWeb
import Reviews
import Vapor

/// One SAR referral: the facts, each s44 criterion on its own, the basis they give, the acknowledgement clock and
/// the panel's decision, with the review it led to.
enum SARReferralPage {
    @Sendable static func show(req: Request) async throws -> Response {
        try await render(req, try await SARReferral.find("referralID", in: req))
    }

    /// Also shown again, with the reason, when commissioning is refused.
    static func render(_ req: Request, _ referral: SARReferral, errors: [PageChrome.ErrorLink] = [], status: HTTPStatus = .ok) async throws -> Response {
        try await referral.$referringAgency.load(on: req.db)
        let context = try await ClockContext.make(req)
        var review: Review?
        if let reviewID = referral.reviewID { review = try await Review.find(reviewID, on: req.db) }
        var blocks: [Block] = [.summary(try facts(referral)), .summary(criteria(referral.criteria)),
                               .summary(try acknowledgement(referral, context: context)), .summary(try decision(referral, review: review))]
        let id = try referral.requireID()
        if try req.currentUser.can(.manageCaseReviews) {
            var buttons: [ButtonLink] = [.link("Change this referral", AdultsPaths.editReferral(id), secondary: true)]
            if try referral.canCommission { buttons.insert(.post("Commission the SAR", AdultsPaths.commission(id), csrf: req.csrfToken, secondary: false), at: 0) }
            blocks.append(.buttons(buttons))
        }
        let chrome = try await req.chrome(title: referral.code, caption: "SAR referral",
                                          breadcrumbs: [Crumb("Case reviews", CaseReviewPaths.dashboard.path), Crumb("SAR referrals", AdultsPaths.referrals.path)], errors: errors)
        return try await req.renderPage(chrome, blocks, status: status)
    }

    static func facts(_ referral: SARReferral) throws -> SummaryList {
        let types = try referral.abuseTypeList.map(\.label).joined(separator: ", ")
        return SummaryList(title: "Referral", rows: [
            .init("Code", referral.code),
            .init("Referring agency", referral.referringAgency.name),
            .init("Received", try referral.received.long),
            .init("Summary", referral.summary),
            .init("Type of abuse or neglect", types.isEmpty ? "None recorded" : types),
            .init("Needs being met", referral.hasCareAndSupportNeeds ? try referral.needsMetAnswer?.label : "No care and support needs"),
        ])
    }

    /// Each criterion separately, so a reader can see which one a mandatory review turned on.
    static func criteria(_ criteria: SARCriteria) -> SummaryList {
        func yes(_ value: Bool) -> String { value ? "Yes" : "No" }
        return SummaryList(title: "Care Act 2014 section 44 criteria", rows: [
            .init("s44(1)(a) The adult has needs for care and support (met or not)", yes(criteria.hasCareAndSupportNeeds)),
            .init("s44(1)(b) Concern that partners could have worked more effectively together", yes(criteria.concernAboutJointWorking)),
            .init("The adult died", yes(criteria.died)),
            .init("Abuse or neglect known or suspected", yes(criteria.abuseOrNeglectKnownOrSuspected)),
            .init("The abuse or neglect was serious (adult alive)", criteria.died ? "Not applicable: the adult died" : yes(criteria.seriousAbuseOrNeglect)),
            .init(criteria.died ? "s44(2) Died, abuse or neglect known or suspected" : "s44(3) Alive, serious abuse or neglect known or suspected",
                  yes(criteria.harmConditionMet)),
            .init("Basis", criteria.basis.label, tag: AdultsClocks.basisTag(criteria.basis)),
        ])
    }

    static func acknowledgement(_ referral: SARReferral, context: ClockContext) throws -> SummaryList {
        let days = context.settings.sarAcknowledgementDays
        let clock = try referral.acknowledgementClock(days: days, today: context.today, calendar: context.calendar)
        return SummaryList(title: "Acknowledgement", rows: [
            .init("Time limit", "\(ClockUnit.workingDays.describe(days)) from receipt"),
            .init("Acknowledged", try referral.acknowledged?.long ?? "Not yet acknowledged"),
            .init("Clock", clock.map { "Due \($0.due.long)" }, tag: clock.map(AdultsClocks.tag)),
        ])
    }

    static func decision(_ referral: SARReferral, review: Review?) throws -> SummaryList {
        var rows: [SummaryList.Row] = [
            .init("Decision", try referral.sarDecision?.label ?? "Not decided yet"),
            .init("Decided", try referral.decided?.long),
            .init("Reasons", referral.reasons),
        ]
        if let review, let id = review.id {
            rows.append(.init("Safeguarding adults review", "\(review.code): \(try review.stage.label)", href: AdultsPaths.review(id)))
        } else if try referral.sarDecision == .commission {
            rows.append(.init("Safeguarding adults review", "Not yet commissioned"))
        }
        return SummaryList(title: "Panel decision", rows: rows)
    }
}
