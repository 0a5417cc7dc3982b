import Fluent
import MASACore
import MASAWeb
import Reviews
import Vapor

/// The serious incident notification form: fields, validation, saving.
enum IncidentForm {
    static func state(of incident: SeriousIncident) throws -> FormState {
        var state = FormState()
        state.set("code", incident.code)
        state.set("authority", incident.notifyingAuthority)
        state.set("incidentOn", date: try incident.incident)
        state.set("becameAwareOn", date: try incident.becameAware)
        state.set("harm", incident.harm)
        state.set("abuseTypes", all: SeriousIncident.codes(incident.abuseTypes))
        state.set("abuseCertainty", incident.abuseCertainty)
        state.set("childStatus", incident.childStatus)
        state.set("lookedAfterDeath", flag: incident.lookedAfterDeath)
        state.set("sentToPanelOn", date: try incident.sentToPanel)
        state.set("sentToOfstedOn", date: try incident.sentToOfsted)
        state.set("partnersInformedOn", date: try incident.partnersInformed)
        state.set("parallel", all: SeriousIncident.codes(incident.parallelProcesses))
        state.set("parallelNotes", incident.parallelNotes)
        state.set("summary", incident.summary)
        return state
    }

    static func render(
        _ req: Request, _ state: FormState, incident: SeriousIncident?, status: HTTPStatus = .ok
    ) async throws -> Response {
        let id = try incident?.requireID()
        let form = FormView(
            action: id.map(ChildrenPaths.editIncident) ?? ChildrenPaths.newIncident.path,
            submit: incident == nil ? "Record notification" : "Save changes",
            cancel: id.map(ChildrenPaths.incident) ?? ChildrenPaths.incidents.path, csrf: req.csrfToken,
            fields: [
                .text(
                    "code", "Code or pseudonym", hint: "For example, Child U1. Never the child's name.", width: "10",
                    state),
                .text("authority", "Notifying local authority", width: "30", state),
                .date("incidentOn", "Incident date", state),
                .date(
                    "becameAwareOn", "Date the local authority became aware",
                    hint: "This starts the 5-working-day clocks", state),
                .choice("harm", "Harm", kind: .radios, options: .from(ChildHarm.self) { $0.label }, state),
                .choice(
                    "abuseTypes", "Abuse or neglect", hint: "Select all that apply", kind: .checkboxes,
                    options: .from(ChildAbuseType.self) { $0.label }, state),
                .choice(
                    "abuseCertainty", "Is the abuse or neglect known or suspected?", kind: .radios,
                    options: .from(AbuseCertainty.self) { $0.label }, state),
                .choice(
                    "childStatus", "Child's status", options: .from(ChildStatus.self) { $0.label },
                    blank: "Select a status", state),
                .checkbox(
                    "lookedAfterDeath", "This is the death of a looked-after child",
                    hint: "Notified whether or not abuse or neglect is suspected", state),
                .date("sentToPanelOn", "Date notified to the Panel", state),
                .date("sentToOfstedOn", "Date notified to Ofsted", state),
                .date("partnersInformedOn", "Date the safeguarding partners were informed", state),
                .choice(
                    "parallel", "Parallel processes", hint: "Select all that apply", kind: .checkboxes,
                    options: .from(ParallelProcess.self) { $0.label }, state),
                .text("parallelNotes", "Other parallel processes", width: "30", state),
                .textarea(
                    "summary", "Summary",
                    hint: "A short, anonymised description: no names, addresses or dates of birth", state),
            ])
        let title = incident.map { "Change \($0.code)" } ?? "Record a serious incident notification"
        let chrome = try await req.chrome(
            title: title,
            breadcrumbs: CaseReviewPaths.crumbs + [Crumb("Serious incidents", ChildrenPaths.incidents.path)],
            errors: state.errorLinks)
        return try await req.renderPage(chrome, [.form(form)], status: status)
    }

    static func save(_ req: Request, incident existing: SeriousIncident?) async throws -> Response {
        var form = FormReader(req)
        let input = read(&form, today: req.today)
        if let code = input.code,
            try await SeriousIncident.query(on: req.db).filter(\.$code == code).all().contains(where: {
                $0.id != existing?.id
            })
        {
            form.fail("code", "A notification with the code \(code) already exists")
        }
        guard !form.hasErrors, let code = input.code, let authority = input.authority,
            let incidentOn = input.incidentOn,
            let aware = input.aware, let harm = input.harm, let certainty = input.certainty, let status = input.status,
            let summary = input.summary
        else {
            return try await render(req, form.state, incident: existing, status: .unprocessableEntity)
        }
        let incident = existing ?? SeriousIncident()
        incident.code = code; incident.notifyingAuthority = authority
        incident.incidentOn = incidentOn.iso; incident.becameAwareOn = aware.iso
        incident.harm = harm.rawValue; incident.abuseTypes = StoredList.text(input.abuse.map(\.rawValue))
        incident.abuseCertainty = certainty.rawValue; incident.childStatus = status.rawValue
        incident.lookedAfterDeath = input.lookedAfterDeath
        incident.sentToPanelOn = input.sentToPanel?.iso; incident.sentToOfstedOn = input.sentToOfsted?.iso
        incident.partnersInformedOn = input.partnersInformed?.iso
        incident.parallelProcesses = StoredList.text(input.parallel.map(\.rawValue))
        incident.parallelNotes = input.parallelNotes; incident.summary = summary
        try await incident.save(on: req.db)
        req.flash(existing == nil ? "\(code) recorded" : "\(code) saved")
        return req.redirect(to: ChildrenPaths.incident(try incident.requireID()))
    }
}
