import Fluent
import Vapor

/// `?page=N&per_page=M`, read strictly: a program sent it, so a value that is not a sensible number is a 400 with
/// a message saying what is allowed, never a silent default (unlike the pages, which forgive a typed address).
/// A page past the end is empty, with the total, so a client can tell it has read everything.
package struct APIPaging: Sendable {
    package static let defaultPerPage = 100
    package static let maximumPerPage = 500
    /// Far beyond any register's size; keeps `offset` arithmetic well away from overflow.
    package static let maximumPage = 1_000_000

    package let number: Int
    package let perPage: Int

    package var offset: Int { (number - 1) * perPage }

    package init(number: Int = 1, perPage: Int = APIPaging.defaultPerPage) {
        self.number = number
        self.perPage = perPage
    }

    init(_ req: Request) throws {
        number = try Self.read("page", on: req, default: 1, in: 1...Self.maximumPage)
        perPage = try Self.read("per_page", on: req, default: Self.defaultPerPage, in: 1...Self.maximumPerPage)
    }

    private static func read(
        _ name: String, on req: Request, default value: Int,
        in range: ClosedRange<Int>
    ) throws -> Int {
        guard let raw = try APIQuery.text(name, on: req) else { return value }
        // Digits only: Int("+5") and Int(" 5") would pass, and a number too long for Int gives nil, not a crash.
        guard !raw.isEmpty, raw.allSatisfy(\.isASCII), raw.allSatisfy(\.isNumber), let number = Int(raw),
            range.contains(number)
        else {
            throw APIError(
                .badRequest, "\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    /// One page of a query: counted first, then fetched with offset and limit.
    package func fetch<M: Model>(_ query: QueryBuilder<M>) async throws -> (items: [M], total: Int) {
        let total = try await query.copy().count()
        guard offset < total else { return ([], total) }
        return (try await query.copy().offset(offset).limit(perPage).all(), total)
    }

    /// One page of rows already in memory (lists whose order or filter is worked out in Swift).
    package func slice<Item>(_ all: [Item]) -> (items: [Item], total: Int) {
        guard offset < all.count else { return ([], all.count) }
        return (Array(all[offset..<min(all.count, offset + perPage)]), all.count)
    }

    /// The next page's address with the same size and the route's own query values, or nil on the last page.
    func next(total: Int, keeping names: [String], on req: Request) -> String? {
        guard number < Self.maximumPage, number * perPage < total else { return nil }
        let kept = names.compactMap { name in
            (try? APIQuery.text(name, on: req)).flatMap { $0 }.flatMap { $0.isEmpty ? nil : (name, $0) }
        }
        let items = kept + [("page", String(number + 1)), ("per_page", String(perPage))]
        let allowed = CharacterSet.urlQueryAllowed.subtracting(CharacterSet(charactersIn: "&+=#?"))
        let query = items.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? $0.1)" }
        return req.url.path + "?" + query.joined(separator: "&")
    }
}

/// The `page` block of every list.
struct APIPageInfo: Encodable {
    let number: Int
    let perPage: Int
    let total: Int
    /// The path and query of the next page, or null on the last one.
    let next: String?

    enum CodingKeys: String, CodingKey { case number, perPage, total, next }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(number, forKey: .number)
        try container.encode(perPage, forKey: .perPage)
        try container.encode(total, forKey: .total)
        // Written as null rather than left out: "no next page" is the answer a client loops on.
        try container.encode(next, forKey: .next)
    }
}

/// Query values as text, for the routes' own parameters.
package enum APIQuery {
    /// The value of `name` exactly as sent; nil when absent, "" when sent blank (which no parameter accepts as a value).
    /// A name given twice is refused rather than one copy guessed.
    package static func text(_ name: String, on req: Request) throws -> String? {
        let raw = req.url.query ?? ""
        let values = raw.split(separator: "&").compactMap { pair -> String? in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.first.map(String.init)?.removingPercentEncoding == name else { return nil }
            let value = parts.count > 1 ? String(parts[1]).replacingOccurrences(of: "+", with: " ") : ""
            return value.removingPercentEncoding ?? value
        }
        guard values.count <= 1 else { throw APIError(.badRequest, "\(name) must be given once") }
        return values.first
    }
}

extension APIQuery {
    /// One value of a code list, or nil when absent; anything else is a 400 listing what is allowed.
    package static func value<E: RawRepresentable & CaseIterable>(
        _ name: String, _ type: E.Type, on req: Request
    ) throws -> E? where E.RawValue == String {
        guard let raw = try text(name, on: req) else { return nil }
        guard let value = E(rawValue: raw) else {
            throw APIError(
                .badRequest, "\(name) must be one of: " + type.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return value
    }

    /// A record's id, or nil when absent; anything that is not a UUID is a 400.
    package static func id(_ name: String, on req: Request) throws -> UUID? {
        guard let raw = try text(name, on: req) else { return nil }
        guard let id = UUID(uuidString: raw) else {
            throw APIError(.badRequest, "\(name) must be a record's id (a UUID)")
        }
        return id
    }
}
