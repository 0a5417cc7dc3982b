import Foundation
import VaporTesting

/// One request and answer as a person meets them, compared whole: the status, where it sends them, the page's
/// title, the success banner and the error summary. Comparing the whole value means an extra banner, a lost
/// error or a redirect to the wrong place fails the test even when no one thought to check for it.
package struct Exchange: Equatable, CustomStringConvertible {
    package var status: UInt
    package var location: String?
    package var title: String?
    package var banner: String?
    /// The error summary's links, as (field id, message).
    package var errors: [String]

    package init(status: UInt, location: String? = nil, title: String? = nil, banner: String? = nil,
                errors: [String] = []) {
        self.status = status
        self.location = location
        self.title = title
        self.banner = banner
        self.errors = errors
    }

    package init(_ response: TestingHTTPResponse) {
        let html = response.html
        status = response.status.code
        location = response.location
        title = Self.first(#"<h1 class="app-heading-l">(.*?)</h1>"#, in: html)
        banner = Self.first(#"<p class="app-notification-banner__heading">(.*?)</p>"#, in: html)
        let summary = Self.first(#"<ul class="app-list app-error-summary__list">(.*?)</ul>"#, in: html) ?? ""
        errors = Self.all(#"<li><a href="(#[^"]*)">(.*?)</a></li>"#, in: summary).map { "\($0[0]) \($0[1])" }
    }

    package var description: String {
        "\(status) → \(location ?? "-") | \(title ?? "-") | banner: \(banner ?? "-") | errors: \(errors)"
    }

    static func first(_ pattern: String, in text: String) -> String? {
        all(pattern, in: text).first?.first
    }

    static func all(_ pattern: String, in text: String) -> [[String]] {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]) else {
            return []
        }
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (1..<match.numberOfRanges).compactMap { Range(match.range(at: $0), in: text).map { String(text[$0]) } }
        }
    }
}
