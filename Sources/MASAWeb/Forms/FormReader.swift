import MASACore
import Vapor

/// Validates a posted form field by field, collecting GOV.UK-style messages ("Enter the agency name") and keeping
/// every value as typed so the form can be shown again with nothing lost.
package struct FormReader: Sendable {
    package private(set) var state: FormState

    package init(_ req: Request) { state = FormState.posted(req) }
    package init(state: FormState) { self.state = state }

    package var hasErrors: Bool { state.hasErrors }

    package mutating func fail(_ field: String, _ message: String) {
        if state.error(field) == nil { state.errors.append((field, message)) }
    }

    func trimmed(_ name: String) -> String? {
        guard let raw = state.value(name)?.trimmingCharacters(in: .whitespacesAndNewlines), !raw.isEmpty else {
            return nil
        }
        return raw
    }

    /// Text; nil when blank. `missing` is the message when it is required.
    package mutating func text(
        _ name: String, missing: String? = nil, max: Int = 2000, label: String = "This"
    ) -> String? {
        guard let value = trimmed(name) else {
            if let missing { fail(name, missing) }
            return nil
        }
        if value.count > max { fail(name, "\(label) must be \(max) characters or fewer") }
        return value
    }

    package mutating func email(_ name: String, missing: String?) -> String? {
        guard let value = text(name, missing: missing, max: 254, label: "Email address") else { return nil }
        let parts = value.split(separator: "@", omittingEmptySubsequences: false)
        if parts.count != 2 || parts[0].isEmpty || !parts[1].contains(".") || value.contains(" ") {
            fail(name, "Enter an email address in the correct format, like name@example.org")
        }
        return value
    }

    /// A whole number in `range`; commas and spaces are tolerated ("1,250").
    package mutating func int(_ name: String, label: String, in range: ClosedRange<Int>, missing: String? = nil) -> Int?
    {
        guard let raw = trimmed(name) else {
            if let missing { fail(name, missing) }
            return nil
        }
        guard let value = Int(raw.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: " ", with: ""))
        else {
            fail(name, "\(label) must be a whole number")
            return nil
        }
        guard range.contains(value) else {
            fail(name, "\(label) must be between \(range.lowerBound) and \(range.upperBound)")
            return nil
        }
        return value
    }

    /// Money in pounds ("£1,250.50", "1250") as whole pence.
    package mutating func pence(_ name: String, label: String, missing: String? = nil) -> Int? {
        guard let raw = trimmed(name) else {
            if let missing { fail(name, missing) }
            return nil
        }
        guard let value = Money.pence(fromPounds: raw) else {
            fail(name, "\(label) must be an amount in pounds, like 1250 or 1,250.50")
            return nil
        }
        return value
    }

    /// A GOV.UK date input: `name-day`, `name-month`, `name-year`.
    package mutating func date(_ name: String, label: String, required: Bool) -> LocalDate? {
        let day = trimmed("\(name)-day"), month = trimmed("\(name)-month"), year = trimmed("\(name)-year")
        if day == nil && month == nil && year == nil {
            if required { fail(name, "Enter \(label.lowercased())") }
            return nil
        }
        guard let d = day, let m = month, let y = year else {
            let missing = [("a day", day), ("a month", month), ("a year", year)].filter { $0.1 == nil }.map(\.0)
            fail(name, "\(label) must include \(missing.joined(separator: " and "))")
            return nil
        }
        guard let dn = Int(d), let mn = Int(m) ?? Self.monthNumber(m), let yn = Int(y), y.count == 4,
            let date = LocalDate(year: yn, month: mn, day: dn)
        else {
            fail(name, "\(label) must be a real date")
            return nil
        }
        return date
    }

    static func monthNumber(_ text: String) -> Int? {
        let lower = text.lowercased()
        guard lower.count >= 3 else { return nil }
        return LocalDate.monthNames.firstIndex { $0.lowercased().hasPrefix(lower) }.map { $0 + 1 }
    }

    /// One value of a code list; anything not on the list is refused.
    package mutating func choice<E: RawRepresentable>(_ name: String, _ type: E.Type, missing: String?) -> E?
    where E.RawValue == String {
        guard let raw = trimmed(name) else {
            if let missing { fail(name, missing) }
            return nil
        }
        guard let value = E(rawValue: raw) else {
            fail(name, missing ?? "Select a valid option")
            return nil
        }
        return value
    }

    /// Every ticked checkbox; values not on the list are ignored.
    package func choices<E: RawRepresentable>(_ name: String, _ type: E.Type) -> [E] where E.RawValue == String {
        state.all(name).compactMap(E.init(rawValue:))
    }

    package func flag(_ name: String) -> Bool { ["true", "on", "yes"].contains(state.value(name) ?? "") }

    /// A record chosen from a list, by its UUID.
    package mutating func id(_ name: String, missing: String?) -> UUID? {
        guard let raw = trimmed(name) else {
            if let missing { fail(name, missing) }
            return nil
        }
        guard let id = UUID(uuidString: raw) else {
            fail(name, missing ?? "Select a valid option")
            return nil
        }
        return id
    }
}
