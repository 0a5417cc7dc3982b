import Vapor

/// A form as the shared template draws it: fields top to bottom, a submit button, an optional cancel link.
package struct FormView: Sendable {
    package let action: String
    package let submitLabel: String
    package let cancelHref: String?
    package let csrfToken: String
    /// Made anew for each rendering: a second post of the same rendering (a double click, a browser retry) is
    /// recognised and sent where the first went, instead of saving twice (`FormOnceMiddleware`).
    package let formToken = RandomToken.make()
    package let fields: [FieldView]
    /// Values carried unchanged, as typed: the "send again" form after a problem holds everything this way.
    package var hidden: [HiddenValue] = []
    /// POST for forms that change something; GET for filters, which carry no CSRF token.
    package private(set) var isGet = false

    package init(action: String, submit: String, cancel: String? = nil, csrf: String, fields: [FieldView]) {
        self.action = action
        self.submitLabel = submit
        self.cancelHref = cancel
        self.csrfToken = csrf
        self.fields = fields
    }

    /// The same form submitted as a query string: for filters and searches.
    package func asGet() -> FormView {
        var copy = self
        copy.isGet = true
        return copy
    }
}

package struct HiddenValue: Sendable {
    package let name: String
    package let value: String
}

/// Which GOV.UK component asks a question.
package enum FieldKind: String, Sendable {
    /// One-line inputs: `number` is a text input with a numeric keyboard (GOV.UK advises against type="number").
    case text, email, password, number, url
    case textarea, select, radios, checkboxes, date
    /// A single yes/no box.
    case checkbox
}

/// One question on a form; `kind` picks the GOV.UK component.
package struct FieldView: Sendable {
    package struct Option: Sendable {
        package let value: String
        package let label: String
        package let hint: String?
        package var isSelected: Bool

        package init(_ value: String, _ label: String, hint: String? = nil) {
            self.value = value
            self.label = label
            self.hint = hint
            self.isSelected = false
        }
    }

    package let kind: FieldKind
    package let name: String
    package let label: String
    package var hint: String?
    package var value: String?
    package var error: String?
    package var options: [Option]?
    package var width: String?
    package var autocomplete: String?
    package var day: String?
    package var month: String?
    package var year: String?
    package var isChecked: Bool?

    init(kind: FieldKind, name: String, label: String, hint: String?, state: FormState) {
        self.kind = kind
        self.name = name
        self.label = label
        self.hint = hint
        self.value = state.value(name)
        self.error = state.error(name)
    }

    package static func text(
        _ name: String, _ label: String, hint: String? = nil, width: String? = nil,
        autocomplete: String? = nil, kind: FieldKind = .text, _ state: FormState
    ) -> FieldView {
        var field = FieldView(kind: kind, name: name, label: label, hint: hint, state: state)
        field.width = width
        field.autocomplete = autocomplete
        return field
    }

    package static func textarea(_ name: String, _ label: String, hint: String? = nil, _ state: FormState) -> FieldView
    {
        FieldView(kind: .textarea, name: name, label: label, hint: hint, state: state)
    }

    /// Select, radios or checkboxes; the chosen options are marked from the state.
    package static func choice(
        _ name: String, _ label: String, hint: String? = nil, kind: FieldKind = .select,
        options: [Option], blank: String? = nil, _ state: FormState
    ) -> FieldView {
        var field = FieldView(kind: kind, name: name, label: label, hint: hint, state: state)
        let chosen = Set(state.all(name))
        let all = (blank.map { [Option("", $0)] } ?? []) + options
        field.options = all.map {
            var option = $0; option.isSelected = chosen.contains($0.value); return option
        }
        return field
    }

    package static func date(
        _ name: String, _ label: String, hint: String? = "For example, 27 3 2025", _ state: FormState
    ) -> FieldView {
        var field = FieldView(kind: .date, name: name, label: label, hint: hint, state: state)
        field.day = state.value("\(name)-day")
        field.month = state.value("\(name)-month")
        field.year = state.value("\(name)-year")
        return field
    }

    package static func checkbox(_ name: String, _ label: String, hint: String? = nil, _ state: FormState) -> FieldView
    {
        var field = FieldView(kind: .checkbox, name: name, label: label, hint: hint, state: state)
        field.isChecked = ["true", "on", "yes"].contains(state.value(name) ?? "")
        return field
    }
}

extension Array where Element == FieldView.Option {
    /// Options from a code list with labels.
    package static func from<E: RawRepresentable & CaseIterable>(
        _ type: E.Type, label: (E) -> String
    ) -> [FieldView.Option] where E.RawValue == String {
        E.allCases.map { FieldView.Option($0.rawValue, label($0)) }
    }
}
