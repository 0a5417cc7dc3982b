import MASACore
import Testing

/// The one progress flow asks for evidence, a reason or an impact judgement by these answers.
@Suite("Owned work: what each state needs")
struct WorkStatusTests {
    @Test func meetingActions() {
        #expect(ActionStatus.allCases.filter(\.isDone) == [.done])
        #expect(ActionStatus.allCases.filter(\.isDeclined) == [.dropped])
        #expect(!ActionStatus.allCases.contains { $0.needsImpact })
    }

    @Test func recommendationActions() {
        #expect(RecommendationStatus.allCases.filter(\.isDone) == [.complete, .completeWithImpact])
        #expect(RecommendationStatus.allCases.filter(\.isDeclined) == [.notAccepted],
                "the adults' report must give the reason a finding was not implemented")
        #expect(RecommendationStatus.allCases.filter(\.needsImpact) == [.completeWithImpact])
    }

    @Test func nothingIsBothDoneAndDeclined() {
        #expect(!ActionStatus.allCases.contains { $0.isDone && $0.isDeclined })
        #expect(!RecommendationStatus.allCases.contains { $0.isDone && $0.isDeclined })
    }
}
