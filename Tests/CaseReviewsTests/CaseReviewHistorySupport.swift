@testable import AdultReviews
@testable import CaseReviews
@testable import ChildrenReviews
@testable import Learning
@testable import Reviews
import Fluent
import Foundation
import MASACore
import MASAWeb
import Testing

/// The forms' rules, checked on every history record the demo laid down (the forms would have refused anything
/// else), and a fingerprint of the history for comparing runs.
enum HistoryRules {
    static func check(_ db: any Database, today: LocalDate) async throws {
        let incidents = try await SeriousIncident.query(on: db).all().filter(\.isHistory)
        let byID = Dictionary(uniqueKeysWithValues: incidents.map { ($0.id!, $0) })
        for incident in incidents {
            let aware = try incident.becameAware
            #expect(try incident.incident <= aware && aware <= today, "\(incident.code)")
            let sent = [try incident.sentToPanel, try incident.sentToOfsted, try incident.partnersInformed]
            #expect(sent.allSatisfy { $0.map { $0 >= aware && $0 <= today } == true }, "\(incident.code) notified")
            #expect(try !incident.abuse.isEmpty && incident.certainty != .notSuspected)
            #expect(try !incident.lookedAfterDeath || (incident.childHarm == .died && incident.status == .lookedAfter))
        }
        for rapid in try await RapidReview.query(on: db).all() {
            guard let incident = byID[rapid.$incident.id] else { continue }
            let completed = try #require(try rapid.completed), sent = try #require(try rapid.sentToPanel)
            let signed = [try rapid.localAuthoritySigned, try rapid.policeSigned, try rapid.icbSigned]
            let aware = try incident.becameAware
            #expect(
                signed.allSatisfy { $0.map { $0 >= aware && $0 <= completed } == true },
                "\(incident.code) signed off before completion")
            #expect(try incident.becameAware <= completed && completed <= sent && sent <= today)
            #expect(try rapid.reviewDecision != nil && rapid.rationale.allSatisfy { $0.1 != nil })
        }
        for review in try await Review.query(on: db).all() where DemoHistory.isHistory(review.code) {
            let dates = [review.decidedOn, review.commissionedOn, review.draftOn, review.finalOn, review.publishedOn]
            #expect(
                dates.allSatisfy { $0 != nil } && dates == dates.sorted { ($0 ?? "") < ($1 ?? "") },
                "\(review.code) in order")
            #expect(dates.allSatisfy { $0! <= today.iso })
            let sar = try review.reviewKind == .safeguardingAdultsReview
            #expect(review.sentToPanelOn.map { $0 >= review.finalOn! } ?? sar)
            #expect(review.publishedLink?.hasPrefix("https://") == true && !review.decidedNotToPublish)
        }
        for referral in try await SARReferral.query(on: db).all() where DemoHistory.isHistory(referral.code) {
            let received = try referral.received
            #expect(
                try referral.acknowledged! >= received && referral.decided! >= received && referral.decided! <= today)
            #expect(try referral.reasons != nil && !referral.abuseTypeList.isEmpty)
            #expect(try referral.hasCareAndSupportNeeds == (referral.needsMetAnswer != nil))
            #expect(try referral.sarDecision != .commission || referral.criteria.basis != .notEligible)
        }
        #expect(try await DomesticHomicideReview.query(on: db).all().allSatisfy { try $0.notified <= today })
        for action in try await RecommendationAction.query(on: db).all() {
            let status = try action.actionStatus
            let done = action.completedOn.map { $0 <= today.iso } == true
            #expect(!status.isImplemented || (action.evidence != nil && done))
            #expect(status != .completeWithImpact || action.impact != nil)
            #expect(status != .notAccepted || action.notAcceptedReason != nil)
        }
        #expect(try await RecommendationActionUpdate.query(on: db).all().allSatisfy { $0.date <= today.iso })
        #expect(try await LearningProduct.query(on: db).all().allSatisfy { ($0.publishedOn ?? "") <= today.iso })
        #expect(try await Dissemination.query(on: db).all().allSatisfy { $0.date <= today.iso })
    }

    /// Codes, dates and states of everything history made (learning rows have ids of their own each run).
    static func fingerprint(_ db: any Database) async throws -> [String] {
        var lines = try await SeriousIncident.query(on: db).sort(\.$code).all().map {
            "\($0.id!) \($0.code) \($0.becameAwareOn) \($0.sentToPanelOn ?? "-") \($0.summary)"
        }
        lines += try await RapidReview.query(on: db).sort(\.$id).all().map {
            "\($0.id!) \($0.completedOn ?? "-") \($0.sentToPanelOn ?? "-") \($0.decision ?? "-")"
        }
        lines += try await Review.query(on: db).sort(\.$code).all().map {
            "\($0.id!) \($0.code) \($0.decidedOn) \($0.finalOn ?? "-") \($0.publishedOn ?? "-")"
        }
        lines += try await SARReferral.query(on: db).sort(\.$code).all().map {
            "\($0.id!) \($0.code) \($0.receivedOn) \($0.acknowledgedOn ?? "-") \($0.decision ?? "-")"
        }
        lines += try await DomesticHomicideReview.query(on: db).sort(\.$code).all()
            .map { "\($0.code) \($0.notifiedOn)" }
        lines += try await RecommendationAction.query(on: db).all().map {
            "\($0.title) \($0.due) \($0.status) \($0.completedOn ?? "-") \($0.ownerName)"
        }.sorted()
        lines += try await RecommendationActionUpdate.query(on: db).all()
            .map { "\($0.date) \($0.statusAfter)" }.sorted()
        lines += try await LearningProduct.query(on: db).all().map { "\($0.title) \($0.publishedOn ?? "-")" }.sorted()
        return lines
    }
}

extension SeriousIncident { var isHistory: Bool { DemoHistory.isHistory(code) } }
extension SARReferral { var isHistory: Bool { DemoHistory.isHistory(code) } }
extension Review { var isHistory: Bool { DemoHistory.isHistory(code) } }
