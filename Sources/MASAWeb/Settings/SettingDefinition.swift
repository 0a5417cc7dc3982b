/// One partnership setting, declared by the feature that owns it and shown with every other on the Settings page.
/// Values are stored as text under `key`; each kind says what text is valid, so what is saved is always readable.
package struct SettingDefinition: Sendable {
    package struct Option: Sendable {
        package let value: String
        package let label: String
        package let hint: String?

        package init(_ value: String, _ label: String, hint: String? = nil) {
            self.value = value
            self.label = label
            self.hint = hint
        }
    }

    package enum Kind: Sendable {
        case choice([Option])
        case number(ClosedRange<Int>)
        case flag
    }

    /// Unique across features; also the form field's name.
    package let key: String
    package let label: String
    package let hint: String?
    package let kind: Kind
    package let defaultValue: String
    /// The heading it appears under on the Settings page ("Case reviews").
    package let heading: String
    /// What the error says when it is left blank or out of range ("the working days to acknowledge a SAR referral").
    package let describes: String
    package private(set) var feature = "kit"

    package init(_ key: String, _ label: String, hint: String? = nil, kind: Kind, default defaultValue: String,
                heading: String, describes: String) {
        self.key = key
        self.label = label
        self.hint = hint
        self.kind = kind
        self.defaultValue = defaultValue
        self.heading = heading
        self.describes = describes
    }

    func owned(by feature: String) -> SettingDefinition {
        var copy = self
        copy.feature = feature
        return copy
    }

    /// The text to store for what was sent, or the message saying what is wrong with it.
    func validate(_ sent: String?) -> Result<String, SettingProblem> {
        let text = (sent ?? "").trimmingCharacters(in: .whitespaces)
        switch kind {
        case .flag:
            return .success(text == "true" ? "true" : "false")
        case .choice(let options):
            guard options.contains(where: { $0.value == text }) else { return .failure(.init("Select \(describes)")) }
            return .success(text)
        case .number(let range):
            guard !text.isEmpty else { return .failure(.init("Enter \(describes)")) }
            guard let number = Int(text) else { return .failure(.init("Enter \(describes) as a whole number")) }
            guard range.contains(number) else {
                return .failure(.init("Enter \(describes) from \(range.lowerBound) to \(range.upperBound)"))
            }
            return .success(String(number))
        }
    }
}

package struct SettingProblem: Error, Sendable {
    package let message: String
    init(_ message: String) { self.message = message }
}
