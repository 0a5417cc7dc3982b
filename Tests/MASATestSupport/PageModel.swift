@testable import MASAWeb
import Foundation
import MASACore
import Vapor

/// Page models tested without a browser: blocks drawn by the kit's renderer, and the list query a request would
/// carry, so a query function can be called as its handler calls it. Every feature's page-model tests share it.
package enum PageModel {
    /// The blocks as the page would draw them, without the layout around them.
    package static func html(_ blocks: [Block]) -> String {
        var out = HTMLWriter()
        for block in blocks { BlockRenderer.render(block, into: &out) }
        return out.html
    }

    /// What a person reads: the drawn blocks without markup, entities decoded, spaces collapsed.
    package static func text(_ blocks: [Block]) -> String {
        var text = html(blocks).replacingOccurrences(of: #"<[^>]+>"#, with: " ", options: .regularExpression)
        for (entity, character) in [("&#39;", "'"), ("&quot;", "\""), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A request for `url` that no route handles: what a handler would read its list query and clocks from.
    package static func request(_ t: TestContext, _ url: String = "/") -> Request {
        Request(application: t.app, method: .GET, url: URI(string: url), on: t.app.eventLoopGroup.next())
    }

    /// The list query a GET of `url` would make, e.g. "/case-reviews/reviews?kind=sar&sort=code".
    package static func list<Sort>(_ t: TestContext, _ url: String, default sort: Sort, descending: Bool = false,
                                   keep: [String] = []) -> ListQuery<Sort> {
        ListQuery(request(t, url), default: sort, descending: descending, keep: keep)
    }

    package static let calendar = WorkingDayCalendar(adjustments: [])

    package static func date(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }
}
