import MASACore
import MASAWeb
import Reviews

/// One SAR referral's page as blocks: the facts, each s44 criterion on its own, the basis they give, the
/// acknowledgement clock and the panel's decision, with the buttons for those who may act on it.
struct SARReferralPage: Sendable {
    let facts: SARReferralFacts
    let canManage: Bool

    func blocks(csrf: String) -> [Block] {
        var blocks: [Block] = [.summary(facts.details), .summary(Self.criteria(facts.criteria)),
                               .summary(facts.acknowledgement), .summary(facts.decision)]
        if canManage {
            var buttons: [ButtonLink] = [.link("Change this referral", AdultsPaths.editReferral(facts.id),
                                               secondary: true)]
            if facts.canCommission {
                buttons.insert(.post("Commission the SAR", AdultsPaths.commission(facts.id), csrf: csrf,
                                     secondary: false), at: 0)
            }
            blocks.append(.buttons(buttons))
        }
        return blocks
    }

    /// Each criterion separately, cited as the Act is written, so a reader can see which one a review turned on.
    static func criteria(_ criteria: SARCriteria) -> SummaryList {
        func yes(_ value: Bool) -> String { value ? "Yes" : "No" }
        let harm = criteria.died ? "s44(1)(b) Condition 1, s44(2): died, abuse or neglect known or suspected"
            : "s44(1)(b) Condition 2, s44(3): alive, serious abuse or neglect known or suspected"
        return SummaryList(title: "Care Act 2014 section 44 criteria", rows: [
            .init("s44(1) The adult has needs for care and support (met or not)",
                  yes(criteria.hasCareAndSupportNeeds)),
            .init("s44(1) The adult is in the board's area", criteria.inArea.map(yes) ?? "Not recorded"),
            .init("s44(1)(a) Reasonable cause for concern about how the board, its members or others worked together",
                  yes(criteria.concernAboutJointWorking)),
            .init("The adult died", yes(criteria.died)),
            .init("Abuse or neglect known or suspected", yes(criteria.abuseOrNeglectKnownOrSuspected)),
            .init("The abuse or neglect was serious (adult alive)",
                  criteria.died ? "Not applicable: the adult died" : yes(criteria.seriousAbuseOrNeglect)),
            .init(harm, yes(criteria.harmConditionMet)),
            .init("Basis", criteria.basis.label, tag: AdultsClocks.basisTag(criteria.basis)),
        ])
    }
}
