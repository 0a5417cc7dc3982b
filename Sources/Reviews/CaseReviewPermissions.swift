import MASACore
import MASAWeb

extension Permission {
    /// Reading serious incident notifications, rapid reviews, SAR referrals, DHRs and reviews, the clocks dashboard,
    /// theme details and search. Dates and circumstances can identify a child or an adult in a small area, so only
    /// the roles that run, sign off or scrutinise reviews hold it, and every read is recorded. Administrators run
    /// accounts, not reviews, so they have none.
    package static let viewCaseReviews = Permission(
        "viewCaseReviews", "Read case reviews, their clocks, themes' reviews and search", personalData: true,
        grantedTo: [.businessUnit, .statutoryPartnerLead, .independentScrutineer])
    /// The module holds codes and pseudonyms only ("Child U1"), never names.
    package static let manageCaseReviews = Permission(
        "manageCaseReviews", "Record notifications, rapid reviews, referrals, reviews, findings and learning",
        personalData: true, grantedTo: [.businessUnit, .statutoryPartnerLead])
}
