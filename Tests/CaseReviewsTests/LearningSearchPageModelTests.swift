@testable import Learning
@testable import MASAWeb
@testable import Reviews
import Foundation
import MASATestSupport
import Testing

/// The learning search as a page model: what the query reads for words typed in any case and accent, what it says
/// about a search that is too long, and how the results read.
@Suite("Learning search page model")
struct LearningSearchPageModelTests {
    typealias L = LearningFixture

    @Test func theQueryFindsReviewsHoldingEveryWordAndKeepsTheTextAsTyped() async throws {
        try await withMASA { t in
            let a = try await L.review(t, "Child A", summary: "Missed escalation of bruising.")
            let b = try await L.review(t, "Child B", summary: "Escalation worked well.")
            try await L.finding(t, a, "Bruising was not escalated to the strategy meeting.")
            try await L.finding(t, b, "A café worker raised the first concern.")
            let corpus = LearningSearchCorpus()
            let read = { (q: String) in
                try await LearningSearchFacts.read(query: q, corpus: corpus, on: t.db, now: testNow)
            }
            let both = try await read("  BRUISING escalation ")
            #expect(both.query == "BRUISING escalation" && both.problem == nil)
            #expect(both.hits?.map(\.code) == ["Child A"], "every word must appear")
            #expect(both.hits?.first?.matches.count == 1, "only the summary holds both words")
            #expect(try await read("cafe").hits?.map(\.code) == ["Child B"], "accents fold")
            #expect(try await read("   ").hits == nil, "no words: nothing searched")
            #expect(try await read("nothing-like-this").hits?.isEmpty == true)
            let long = try await read(String(repeating: "a", count: SearchQuery.maxLength + 1))
            #expect(long.problem == "Search for \(SearchQuery.maxLength) characters or fewer" && long.hits == nil)
            #expect(long.query.count == SearchQuery.maxLength, "the text is kept, cut to the limit")
        }
    }

    @Test func theResultsSayHowManyReviewsMatchAndLinkEachPlace() {
        let review = UUID()
        let hit = LearningSearch.Hit(
            reviewID: review, code: "Child A",
            matches: [
                .init(place: "Summary", text: "Missed escalation of bruising."),
                .init(place: "Finding 1", text: "Bruising was not escalated."),
            ])
        let one = LearningSearchPage(facts: .init(query: "bruising", problem: nil, hits: [hit]))
        let text = PageModel.text(one.blocks(csrf: "t"))
        #expect(text.contains("1 review matches bruising."))
        #expect(text.contains("Summary Missed escalation of bruising.") && text.contains("Finding 1"))
        #expect(PageModel.html(one.blocks(csrf: "t")).contains("href=\"\(LearningPaths.review(review))\""))
        let none = LearningSearchPage(facts: .init(query: "zebra", problem: nil, hits: []))
        #expect(PageModel.text(none.blocks(csrf: "t")).contains("Nothing matches zebra."))
        let empty = LearningSearchPage(facts: .init(query: "", problem: nil, hits: nil))
        #expect(empty.blocks(csrf: "t").count == 1, "the form alone")
        let long = LearningSearchPage(
            facts: .init(query: "aaa", problem: "Search for 200 characters or fewer", hits: nil))
        #expect(long.state.errors.map(\.1) == ["Search for 200 characters or fewer"])
    }
}
