import Vapor

/// A path parameter in a typed address: `.key` when the route is registered, `.value(x)` when a link is built.
/// One enum case per page then gives both, so a link can never drift from its route.
package enum Param<Value: CustomStringConvertible & Sendable>: Sendable {
    case key
    case value(Value)

    /// This parameter as the segment named `name` (":riskID" when registering, the value when linking).
    package func named(_ name: String) -> PathSegment {
        switch self {
        case .key: .parameter(name: name, value: nil)
        case .value(let value): .parameter(name: name, value: value.description)
        }
    }
}

package enum PathSegment: Sendable, ExpressibleByStringLiteral {
    case constant(String)
    case parameter(name: String, value: String?)

    package init(stringLiteral value: String) { self = .constant(value) }
}

/// A feature's addresses, one case a page (the shape of SwiftPackageIndex-Server's `SiteURL`).
package protocol SitePath: Sendable {
    var segments: [PathSegment] { get }
}

extension SitePath {
    /// The link: "/risks/6F1C…/edit". A parameter still at `.key` shows as its name, which no route matches.
    package var path: String {
        "/" + segments.map { segment in
            switch segment {
            case .constant(let text): text
            case .parameter(let name, let value):
                value?.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? ":\(name)"
            }
        }.joined(separator: "/")
    }

    /// The link with a query string; items with an empty value are left out.
    package func path(query items: [(String, String)]) -> String {
        let kept = items.filter { !$0.1.isEmpty }
        guard !kept.isEmpty else { return path }
        return path + "?" + kept.map { "\($0.0)=\(Self.encodeQuery($0.1))" }.joined(separator: "&")
    }

    /// A query value as people read it ("year=2026/27"), with only what would end or split it escaped.
    static func encodeQuery(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: queryValueAllowed) ?? value
    }

    /// The route pattern Vapor registers.
    package var pathComponents: [PathComponent] {
        segments.map { segment in
            switch segment {
            case .constant(let text): .constant(text)
            case .parameter(let name, _): .parameter(name)
            }
        }
    }

    /// "risks/:riskID/edit", as tests and the access page print it.
    package var pattern: String { "/" + pathComponents.map(\.description).joined(separator: "/") }
}

private let queryValueAllowed = CharacterSet.urlQueryAllowed.subtracting(CharacterSet(charactersIn: "&+=#?"))
