import MASACore
import MASAWeb

/// Date checks every case review form makes.
package enum DateRules {
    /// An optional date that cannot be in the future; with `missing`, required.
    package static func past(
        _ form: inout FormReader, _ name: String, _ label: String, today: LocalDate, missing: String? = nil
    ) -> LocalDate? {
        let before = form.state.errors.count
        let date = form.date(name, label: label, required: false)
        if date == nil, let missing, form.state.errors.count == before { form.fail(name, missing) }
        if let date, date > today { form.fail(name, "\(label) cannot be in the future") }
        return date
    }

    /// Each date in order must be on or after the one before it that is filled in.
    package static func inOrder(_ form: inout FormReader, _ dates: [(name: String, label: String, date: LocalDate?)]) {
        var latest: (label: String, date: LocalDate)?
        for item in dates {
            guard let date = item.date else { continue }
            if let previous = latest, date < previous.date {
                form.fail(item.name, "\(item.label) cannot be before \(previous.label.lowercased())")
            }
            latest = (item.label, date)
        }
    }
}
