import Fluent
import MASACore
import MASAWeb
import Reviews
import Vapor

/// Recording that a learning product reached people: the audience, the agencies present, the date and how many.
enum DisseminationController {
    @Sendable static func new(req: Request) async throws -> Response {
        var state = FormState()
        state.set("date", date: req.today)
        return try await render(req, state, product: try await LearningProduct.find("productID", in: req))
    }

    static func render(
        _ req: Request, _ state: FormState, product: LearningProduct, status: HTTPStatus = .ok
    ) async throws -> Response {
        let id = try product.requireID()
        let agencies = try await Agency.query(on: req.db).filter(\.$isActive == true).sort(\.$name).all()
        let form = FormView(
            action: LearningPaths.newDissemination(id), submit: "Save", cancel: LearningPaths.product(id),
            csrf: req.csrfToken,
            fields: [
                .text("audience", "Audience", hint: "For example, health visitors and midwives", state),
                .choice(
                    "agencies", "Agencies reached", hint: "Select all that apply", kind: .checkboxes,
                    options: try agencies.map { .init(try $0.requireID().uuidString, $0.name) }, state),
                .date("date", "Date", state),
                .text("reach", "Number of people reached", width: "5", kind: .number, state),
            ])
        let chrome = try await req.chrome(
            title: "Record dissemination", caption: product.title,
            breadcrumbs: [
                Crumb("Learning products", LearningPaths.products.path),
                Crumb(product.title, LearningPaths.product(id)),
            ],
            errors: state.errorLinks)
        return try await req.renderPage(chrome, [.form(form)], status: status)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let product = try await LearningProduct.find("productID", in: req)
        var form = FormReader(req)
        let audience = form.text("audience", missing: "Enter the audience", max: 300, label: "Audience")
        let date = form.date("date", label: "Date", required: true)
        if let date, date > req.today { form.fail("date", "The date must be today or in the past") }
        let reach = form.int(
            "reach", label: "Number of people reached", in: 0...1_000_000, missing: "Enter the number of people reached"
        )
        let wanted = Set(form.state.all("agencies").compactMap(UUID.init(uuidString:)))
        let agencyIDs =
            wanted.isEmpty
            ? [] : try await Agency.query(on: req.db).filter(\.$id ~~ Array(wanted)).all().compactMap(\.id)
        guard !form.hasErrors, let audience, let date, let reach else {
            return try await render(req, form.state, product: product, status: .unprocessableEntity)
        }
        let record = Dissemination()
        record.$product.id = try product.requireID()
        record.audience = audience
        record.agencyIDs = StoredList.text(agencyIDs.map(\.uuidString).sorted())
        record.date = date.iso
        record.reach = reach
        try await record.create(on: req.db)
        req.flash("Dissemination recorded")
        return req.redirect(to: LearningPaths.product(try product.requireID()))
    }
}
