import Vapor

/// The Settings page's forms, built from every feature's declared settings: one form a heading, each saving only
/// its own settings, so a partnership with eighteen features still reads its settings section by section.
package enum SettingsForm {
    static let sectionField = "section"

    /// Headings in the order features declared them, with their settings.
    static func sections(_ definitions: [SettingDefinition]) -> [(heading: String, settings: [SettingDefinition])] {
        var order: [String] = []
        var byHeading: [String: [SettingDefinition]] = [:]
        for definition in definitions {
            if byHeading[definition.heading] == nil { order.append(definition.heading) }
            byHeading[definition.heading, default: []].append(definition)
        }
        return order.map { ($0, byHeading[$0] ?? []) }
    }

    /// The saved values as form state, for showing the forms before anything is changed.
    package static func state(_ req: Request) async throws -> FormState {
        let values = try await req.settings()
        var state = FormState()
        for definition in req.application.registry.settings {
            if case .flag = definition.kind {
                state.set(definition.key, flag: try values.flag(definition))
            } else {
                state.set(definition.key, try values.text(definition))
            }
        }
        return state
    }

    /// One heading and form a section; `action` is where they post.
    package static func blocks(_ req: Request, state: FormState, action: String) -> [Block] {
        sections(req.application.registry.settings).flatMap { section -> [Block] in
            var form = FormView(action: action, submit: "Save \(section.heading.lowercased()) settings",
                                csrf: req.csrfToken, fields: section.settings.map { field($0, state) })
            form.hidden = [HiddenValue(name: sectionField, value: section.heading)]
            return [.heading(section.heading), .form(form)]
        }
    }

    static func field(_ definition: SettingDefinition, _ state: FormState) -> FieldView {
        switch definition.kind {
        case .flag:
            .checkbox(definition.key, definition.label, hint: definition.hint, state)
        case .choice(let options):
            .choice(definition.key, definition.label, hint: definition.hint, kind: .radios,
                    options: options.map { FieldView.Option($0.value, $0.label, hint: $0.hint) }, state)
        case .number:
            .text(definition.key, definition.label, hint: definition.hint, width: "3", kind: .number, state)
        }
    }

    /// Validates the posted section (every setting when none is named) and saves it. On a problem nothing is
    /// saved, and the state returned shows what was typed in that section, the saved values elsewhere, and errors.
    package static func save(_ req: Request) async throws -> FormState? {
        let posted = FormState.posted(req)
        let section = posted.value(sectionField)
        let definitions = req.application.registry.settings.filter { section == nil || $0.heading == section }
        var values: [String: String] = [:]
        var errors: [(field: String, message: String)] = []
        for definition in definitions {
            switch definition.validate(posted.value(definition.key)) {
            case .success(let value): values[definition.key] = value
            case .failure(let problem): errors.append((definition.key, problem.message))
            }
        }
        guard errors.isEmpty else {
            var state = try await Self.state(req)
            for definition in definitions { state.set(definition.key, posted.value(definition.key)) }
            state.errors = errors
            return state
        }
        try await SettingValues.save(values, on: req.db)
        return nil
    }
}
