import Testing
@testable import MASACore

/// Working Together 2023 and the Panel's guidance: which notifications need a rapid review.
@Suite("What a child notification needs")
struct ChildNotificationTests {
    @Test func aSeriousIncidentNeedsARapidReview() {
        for harm in ChildHarm.allCases {
            for status in [ChildStatus.childInNeed, .childProtectionPlan, .none, .lookedAfter] {
                let notification = ChildNotification(harm: harm, status: status, abuseOrNeglectSuspected: true)
                #expect(notification == .seriousIncident && notification.needsRapidReview, "\(harm) \(status)")
                #expect(notification.noRapidReviewReason == nil)
            }
        }
    }

    @Test func aLookedAfterChildsDeathWithoutSuspectedAbuseIsNotifiedButNeedsNoRapidReview() {
        let death = ChildNotification(harm: .died, status: .lookedAfter, abuseOrNeglectSuspected: false)
        #expect(death == .lookedAfterChildDeath && !death.needsRapidReview)
        #expect(death.noRapidReviewReason?.contains("no rapid review") == true)
        let suspected = ChildNotification(harm: .died, status: .lookedAfter, abuseOrNeglectSuspected: true)
        #expect(suspected.needsRapidReview, "with abuse or neglect suspected it is a serious incident too")
    }

    @Test func aCareLeaversDeathIsItsOwnNotificationAndNeedsNoRapidReview() {
        for suspected in [true, false] {
            let death = ChildNotification(harm: .died, status: .careLeaver, abuseOrNeglectSuspected: suspected)
            #expect(death == .careLeaverDeath && !death.needsRapidReview)
            #expect(death.label.contains("care leaver aged 24 or under"))
        }
    }

    @Test func theRapidReviewStatusSaysWhenNoneIsNeeded() {
        #expect(RapidReviewStatus.notNeeded.label == "No rapid review needed")
        #expect(!RapidReviewStatus.notNeeded.needsAttention)
    }
}

@Suite("Rapid review sign-off")
struct RapidReviewSignOffTests {
    func day(_ d: Int) -> LocalDate { LocalDate(year: 2026, month: 11, day: d)! }

    @Test func allThreePartnersOnOrBeforeTheDaySent() {
        let sent = day(17)
        #expect(RapidReviewSignOff.problem(signedOff: [day(13), day(13), day(17)], sent: sent, reason: nil) == nil)
        #expect(RapidReviewSignOff.problem(signedOff: [day(13), nil, day(16)], sent: sent, reason: nil) != nil)
        #expect(RapidReviewSignOff.problem(signedOff: [day(13), day(18), day(16)], sent: sent, reason: "")?
            .contains("after the date sent") == true)
        #expect(RapidReviewSignOff.problem(signedOff: [day(13), nil, day(18)], sent: sent, reason: "On leave") == nil)
        #expect(RapidReviewSignOff.problem(signedOff: [nil, nil, nil], sent: nil, reason: nil) == nil, "not yet sent")
    }
}
