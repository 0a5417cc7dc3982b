/// A form and its questions as GOV.UK components: labels tied to inputs, hints and errors tied by
/// `aria-describedby`, every typed value put back exactly as it was sent.
enum FormRenderer {
    static func render(_ form: FormView, into out: inout HTMLWriter) {
        out.markup(form.isGet ? "<form method=\"get\"" : "<form method=\"post\"")
        out.attribute("action", form.action)
        out.markup(" novalidate>")
        if !form.isGet {
            PageRenderer.hiddenInput("csrf_token", form.csrfToken, &out)
            PageRenderer.hiddenInput("form_token", form.formToken, &out)
        }
        for item in form.hidden { PageRenderer.hiddenInput(item.name, item.value, &out) }
        out.markup("\n")
        for field in form.fields {
            switch field.kind {
            case .radios, .checkboxes, .date: fieldset(field, &out)
            case .checkbox: checkbox(field, &out)
            case .text, .email, .password, .number, .url, .textarea, .select: single(field, &out)
            }
            out.markup("\n")
        }
        out.markup("<div class=\"app-button-group\">")
        out.markup("<button type=\"submit\" class=\"app-button\" data-prevent-double-click=\"true\">")
        out.text(form.submitLabel)
        out.markup("</button>\n")
        if let cancel = form.cancelHref { out.link("Cancel", href: cancel) }
        out.markup("</div></form>")
    }

    /// A question with several inputs: radios, checkboxes or the three boxes of a date.
    private static func fieldset(_ field: FieldView, _ out: inout HTMLWriter) {
        group(field, &out)
        out.markup("<fieldset class=\"app-fieldset\"")
        describedBy(field, &out)
        if field.kind == .date { out.markup(" role=\"group\"") }
        out.markup(">")
        out.element("legend", class: "app-fieldset__legend app-fieldset__legend--s", field.label)
        out.markup("\n")
        hintAndError(field, &out)
        if field.kind == .date {
            out.markup("<div class=\"app-date-input\">")
            datePart(field, "Day", id: field.name, name: field.name + "-day", value: field.day, width: 2, &out)
            let month = field.name + "-month", year = field.name + "-year"
            datePart(field, "Month", id: month, name: month, value: field.month, width: 2, &out)
            datePart(field, "Year", id: year, name: year, value: field.year, width: 4, &out)
            out.markup("</div>")
        } else {
            options(field, &out)
        }
        out.markup("</fieldset></div>")
    }

    private static func datePart(
        _ field: FieldView, _ label: String, id: String, name: String, value: String?,
        width: Int, _ out: inout HTMLWriter
    ) {
        out.markup("<div class=\"app-date-input__item\"><div class=\"app-form-group\">")
        out.element("label", ["class": "app-label app-date-input__label", "for": id], label)
        out.markup("<input")
        out.classes(
            "app-input app-date-input__input app-input--width-\(width)", ("app-input--error", field.error != nil))
        out.attribute("id", id)
        out.attribute("name", name)
        out.markup(" type=\"text\" inputmode=\"numeric\"")
        out.attribute("value", value ?? "")
        out.markup("></div></div>")
    }

    private static func options(_ field: FieldView, _ out: inout HTMLWriter) {
        let part = field.kind == .radios ? "app-radios" : "app-checkboxes"
        out.markup("<div class=\"\(part) \(part)--small\">")
        for (index, option) in (field.options ?? []).enumerated() {
            let id = index == 0 ? field.name : "\(field.name)-\(index)"
            let hintID = "\(field.name)-\(index)-hint"
            out.markup("<div class=\"\(part)__item\"><input class=\"\(part)__input\"")
            out.attribute("id", id)
            out.attribute("name", field.name)
            out.markup(field.kind == .radios ? " type=\"radio\"" : " type=\"checkbox\"")
            out.attribute("value", option.value)
            if option.isSelected { out.markup(" checked") }
            if option.hint != nil { out.attribute("aria-describedby", hintID) }
            out.markup(">")
            out.element("label", ["class": "app-label \(part)__label", "for": id], option.label)
            if let hint = option.hint { out.element("div", ["id": hintID, "class": "app-hint \(part)__hint"], hint) }
            out.markup("</div>\n")
        }
        out.markup("</div>")
    }

    /// A single yes/no box.
    private static func checkbox(_ field: FieldView, _ out: inout HTMLWriter) {
        group(field, &out)
        error(field, &out)
        out.markup("<div class=\"app-checkboxes app-checkboxes--small\"><div class=\"app-checkboxes__item\">")
        out.markup("<input class=\"app-checkboxes__input\"")
        out.attribute("id", field.name)
        out.attribute("name", field.name)
        out.markup(" type=\"checkbox\" value=\"true\"")
        if field.isChecked == true { out.markup(" checked") }
        if field.hint != nil { out.attribute("aria-describedby", field.name + "-hint") }
        out.markup(">")
        out.element("label", ["class": "app-label app-checkboxes__label", "for": field.name], field.label)
        if let hint = field.hint {
            out.element("div", ["id": field.name + "-hint", "class": "app-hint app-checkboxes__hint"], hint)
        }
        out.markup("</div></div></div>")
    }

    /// A question with one input: text of a kind, a textarea or a select.
    private static func single(_ field: FieldView, _ out: inout HTMLWriter) {
        group(field, &out)
        out.element("label", ["class": "app-label app-label--s", "for": field.name], field.label)
        out.markup("\n")
        hintAndError(field, &out)
        let invalid = field.error != nil
        switch field.kind {
        case .textarea:
            out.markup("<textarea")
            out.classes("app-textarea", ("app-textarea--error", invalid))
            identify(field, &out)
            out.markup(" rows=\"5\"")
            describedBy(field, &out)
            out.markup(">")
            out.text(field.value ?? "")
            out.markup("</textarea>")
        case .select:
            out.markup("<select")
            out.classes("app-select", ("app-select--error", invalid))
            identify(field, &out)
            describedBy(field, &out)
            out.markup(">")
            for option in field.options ?? [] {
                out.markup("<option")
                out.attribute("value", option.value)
                if option.isSelected { out.markup(" selected") }
                out.markup(">")
                out.text(option.label)
                out.markup("</option>\n")
            }
            out.markup("</select>")
        default:
            out.markup("<input")
            out.classes(
                "app-input", (field.width.map { "app-input--width-\($0)" } ?? "", field.width != nil),
                ("app-input--error", invalid))
            identify(field, &out)
            out.markup(field.kind == .number ? " type=\"text\"" : " type=\"\(field.kind.rawValue)\"")
            // A password is never sent back to the browser, even after a problem.
            if field.kind != .password { out.attribute("value", field.value ?? "") }
            out.attribute("autocomplete", field.autocomplete)
            if field.kind == .number { out.markup(" inputmode=\"numeric\"") }
            describedBy(field, &out)
            out.markup(">")
        }
        out.markup("</div>")
    }

    private static func group(_ field: FieldView, _ out: inout HTMLWriter) {
        out.markup("<div")
        out.classes("app-form-group", ("app-form-group--error", field.error != nil))
        out.markup(">")
    }

    private static func identify(_ field: FieldView, _ out: inout HTMLWriter) {
        out.attribute("id", field.name)
        out.attribute("name", field.name)
    }

    private static func describedBy(_ field: FieldView, _ out: inout HTMLWriter) {
        let ids = [field.hint.map { _ in field.name + "-hint" }, field.error.map { _ in field.name + "-error" }]
        let present = ids.compactMap { $0 }
        if !present.isEmpty { out.attribute("aria-describedby", present.joined(separator: " ")) }
    }

    private static func hintAndError(_ field: FieldView, _ out: inout HTMLWriter) {
        if let hint = field.hint {
            out.element("div", ["id": field.name + "-hint", "class": "app-hint"], hint)
            out.markup("\n")
        }
        error(field, &out)
    }

    private static func error(_ field: FieldView, _ out: inout HTMLWriter) {
        guard let error = field.error else { return }
        out.open("p", ["id": field.name + "-error", "class": "app-error-message"])
        out.markup("<span class=\"app-visually-hidden\">Error:</span> ")
        out.text(error)
        out.markup("</p>\n")
    }
}
