import Fluent
import Foundation
import MASACore
import MASATestSupport
import MASAWeb
@testable import Risks

func day(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

/// The part of a page from its first table on, so counts skip the filter form above it.
func tablePart(_ html: String) -> String {
    guard let start = html.range(of: "<table") else { return "" }
    return String(html[start.lowerBound...])
}

func occurrences(of text: String, in html: String) -> Int {
    html.components(separatedBy: text).count - 1
}

/// Builds register rows straight in the database, so each test sets up exactly the history it checks.
struct RiskMaker {
    let t: TestContext

    @discardableResult
    func risk(
        _ number: Int, _ title: String, score: (Int, Int), status: RiskStatus = .open, owner: UUID? = nil,
        added: String = "2025-04-10", reviews: [(date: String, score: (Int, Int))] = []
    ) async throws -> Risk {
        let risk = Risk()
        risk.number = number
        risk.createdOn = added
        RiskInput(
            title: title, details: "About \(title)", scope: .allAge, ownerAgencyID: owner ?? t.f.council,
            ownerName: "Owner of \(title)", score: RiskScore(likelihood: score.0, impact: score.1)!, target: nil,
            controls: "Controls for \(title)", mitigatingActions: "Actions for \(title)", status: status
        ).apply(to: risk)
        try await risk.create(on: t.db)
        for review in reviews { try await self.review(risk, review.date, score: review.score) }
        return risk
    }

    @discardableResult
    func review(
        _ risk: Risk, _ date: String, score: (Int, Int), independent: Bool = false,
        comment: String = "Routine review"
    ) async throws -> RiskReview {
        let role: Role = independent ? .independentScrutineer : .businessUnit
        let review = RiskReview(
            riskID: try risk.requireID(), date: day(date), reviewerID: t.f.users[role],
            reviewerName: "\(role.label) Person", isIndependent: independent,
            score: RiskScore(likelihood: score.0, impact: score.1)!, comment: comment)
        try await review.create(on: t.db)
        return review
    }

    /// The scrutineer's review of the whole register, considering `risks` and challenging `challenged`.
    @discardableResult
    func registerReview(
        _ date: String, considering risks: [Risk], challenging challenged: [Risk] = []
    ) async throws -> RegisterReview {
        let review = RegisterReview(date: day(date), scrutineerID: t.f.users[.independentScrutineer],
                                    scrutineerName: "Dr Ruth Adeyemi", statement: "Reasonable assurance")
        try await review.create(on: t.db)
        for risk in risks {
            try await RegisterReviewRisk(reviewID: review.id!, riskID: risk.id!,
                                         challenged: challenged.contains { $0.id == risk.id }).create(on: t.db)
        }
        return review
    }
}
