import MASACore
import MASAWeb

/// The register's filters, read from the query string (`?status=open&band=red&review=due`) so a filtered list
/// can be bookmarked and the dashboard can link to one. Values not on a list are ignored, not refused.
struct RiskFilter: Sendable {
    static let keys = ["status", "band", "review"]
    static let due = "due"

    let status: RiskStatus?
    let band: RAG?
    let dueOnly: Bool

    init(_ values: [String: String]) {
        status = values["status"].flatMap(RiskStatus.init(rawValue:))
        band = values["band"].flatMap(RAG.init(rawValue:))
        dueOnly = values["review"] == Self.due
    }

    func apply(_ entries: [RegisterEntry]) -> [RegisterEntry] {
        entries.filter { entry in
            (status.map { entry.status == $0 } ?? true)
                && (band.map { entry.score.band == $0 } ?? true)
                && (!dueOnly || entry.isDue)
        }
    }

    /// A GET form: filtering changes nothing, so it carries no CSRF token.
    func form(action: String) -> FormView {
        var state = FormState()
        state.set("status", status?.rawValue)
        state.set("band", band?.rawValue)
        state.set("review", dueOnly ? Self.due : nil)
        return FormView(
            action: action, submit: "Filter risks", csrf: "",
            fields: [
                .choice("status", "Status", options: .from(RiskStatus.self) { $0.label }, blank: "Any status", state),
                .choice("band", "Score band", options: .from(RAG.self) { $0.label }, blank: "Any band", state),
                .choice(
                    "review", "Review", options: [FieldView.Option(Self.due, "Not reviewed this quarter")],
                    blank: "Any", state),
            ]
        ).asGet()
    }
}
