import MASACore
import Vapor

/// What a form shows: the values (as typed, or from the record) and the error against each field.
package struct FormState: Sendable {
    package var values: [String: [String]]
    package var errors: [(field: String, message: String)] = []

    package init(values: [String: [String]] = [:]) { self.values = values }

    package func value(_ name: String) -> String? { values[name]?.first }
    package func all(_ name: String) -> [String] { values[name] ?? [] }
    package func error(_ name: String) -> String? { errors.first { $0.field == name }?.message }
    package var hasErrors: Bool { !errors.isEmpty }

    package mutating func set(_ name: String, _ value: String?) { values[name] = value.map { [$0] } ?? [] }
    package mutating func set(_ name: String, all: [String]) { values[name] = all }
    package mutating func set(_ name: String, date: LocalDate?) {
        set("\(name)-day", date.map { String($0.day) })
        set("\(name)-month", date.map { String($0.month) })
        set("\(name)-year", date.map { String($0.year) })
    }
    package mutating func set(_ name: String, flag: Bool) { set(name, flag ? "true" : nil) }

    /// Links for the error summary; a date's link goes to its first box.
    package var errorLinks: [PageChrome.ErrorLink] {
        errors.map { PageChrome.ErrorLink(href: "#\($0.field)", message: $0.message) }
    }

    /// Reads an `application/x-www-form-urlencoded` body, keeping repeated names (checkboxes) as lists. Read once
    /// a request: the CSRF check, the once-only check and the handler all ask, and a body can be 2 MB.
    package static func posted(_ req: Request) -> FormState {
        if let read = req.storage[PostedKey.self] { return read }
        guard let body = req.body.string else { return FormState() }
        let state = parse(body)
        req.storage[PostedKey.self] = state
        return state
    }

    private struct PostedKey: StorageKey { typealias Value = FormState }

    static func parse(_ body: String) -> FormState {
        var values: [String: [String]] = [:]
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            // Browsers send a textarea's line breaks as CRLF; one kind of line break keeps "one item to a line" true.
            func decode(_ text: Substring) -> String {
                let plain =
                    String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(text)
                return plain.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            }
            let key = decode(parts[0])
            values[key, default: []].append(parts.count > 1 ? decode(parts[1]) : "")
        }
        return FormState(values: values)
    }
}
