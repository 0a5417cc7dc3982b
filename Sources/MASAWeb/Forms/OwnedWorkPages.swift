import Fluent
import Vapor

/// The "Update progress" page and its post for one kind of owned work: the feature says only where things are.
package struct OwnedWorkPages<Work: OwnedWorkRecord>: Sendable {
    /// The route parameter naming the work.
    let parameter: String
    let progressPath: @Sendable (UUID) -> String
    let workPath: @Sendable (UUID) -> String
    /// The list the work belongs to, for the breadcrumbs.
    let list: Crumb

    package init(parameter: String, progress: @escaping @Sendable (UUID) -> String,
                 work: @escaping @Sendable (UUID) -> String, list: Crumb) {
        self.parameter = parameter
        self.progressPath = progress
        self.workPath = work
        self.list = list
    }

    package func new(_ req: Request) async throws -> Response {
        let work = try await req.ownedWork(Work.self, parameter)
        return try await render(req, OwnedWorkProgress.state(work), work)
    }

    package func create(_ req: Request) async throws -> Response {
        let work = try await req.ownedWork(Work.self, parameter)
        if let problems = try await OwnedWorkProgress.save(req, work) {
            return try await render(req, problems, work, status: .unprocessableEntity)
        }
        req.flash("Progress saved")
        return req.redirect(to: workPath(try work.requireID()))
    }

    private func render(_ req: Request, _ state: FormState, _ work: Work, status: HTTPStatus = .ok) async throws
        -> Response {
        let id = try work.requireID()
        let form = FormView(action: progressPath(id), submit: "Save progress", cancel: workPath(id),
                            csrf: req.csrfToken, fields: OwnedWorkProgress.fields(Work.self, state))
        let chrome = try await req.chrome(title: "Update progress", caption: work.title,
                                          breadcrumbs: [list, Crumb("Action", workPath(id))], errors: state.errorLinks)
        return try await req.renderPage(chrome, [.form(form)], status: status)
    }
}
