import MASACore
import MASAWeb

/// One review's page as blocks: a warning when its clock is overdue, every field, the change button for those
/// who may change it, then what the learning part shows (worked out by the handler, as it depends on the viewer).
package struct ReviewPage: Sendable {
    package let facts: ReviewFacts
    package let canManage: Bool
    package let learning: [Block]

    package init(facts: ReviewFacts, canManage: Bool, learning: [Block]) {
        self.facts = facts
        self.canManage = canManage
        self.learning = learning
    }

    package func blocks() -> [Block] {
        var blocks: [Block] = []
        if let clock = facts.clock, clock.state == .overdue {
            // A SAR or a local learning review is timed to its final report, as neither carries a duty to publish.
            let late = [.safeguardingAdultsReview, .localLearningReview].contains(facts.kind)
                ? "The final report is overdue" : "Publication is overdue"
            blocks.append(.warning("\(late): it was due on \(clock.due.long)"))
        }
        blocks.append(.summary(facts.details))
        if canManage {
            blocks.append(.buttons([.link("Change this review", ReviewsPaths.editReview(facts.id), secondary: true)]))
        }
        return blocks + learning
    }
}
