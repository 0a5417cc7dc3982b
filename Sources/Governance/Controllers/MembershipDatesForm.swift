import Fluent
import MASACore
import MASAWeb
import Vapor

/// A group's membership history: when each agency joined and left, corrected or added to. Attendance for a year
/// expects an agency only at meetings held while it was a member, so these dates are what a past year is measured by.
enum MembershipDatesForm {
    @Sendable static func edit(req: Request) async throws -> Response {
        let group = try await Group.find("groupID", in: req)
        var state = FormState()
        for membership in try await memberships(of: group, on: req.db) {
            let id = try membership.requireID()
            state.set("from-\(id)", date: try membership.fromDate)
            state.set("to-\(id)", date: try membership.toDate)
        }
        return try await render(req, state, group: group)
    }

    /// By agency, then earliest first.
    static func memberships(of group: Group, on db: any Database) async throws -> [GroupMembership] {
        try await GroupMembership.query(on: db).filter(\.$group.$id == group.requireID()).with(\.$agency).all()
            .sorted { ($0.agency.name, $0.from) < ($1.agency.name, $1.from) }
    }

    static func render(
        _ req: Request, _ state: FormState, group: Group, status: HTTPStatus = .ok
    ) async throws -> Response {
        var fields: [FieldView] = []
        for membership in try await memberships(of: group, on: req.db) {
            let id = try membership.requireID(), agency = membership.agency.name
            fields.append(.date("from-\(id)", "\(agency): member from", state))
            fields.append(
                .date(
                    "to-\(id)", "\(agency): member until",
                    hint: "The last day as a member. Leave blank while it still sits on the group", state))
        }
        let agencies = try await Agency.query(on: req.db).filter(\.$isActive == true).sort(\.$name).all()
        fields += [
            .choice(
                "newAgency", "Add an earlier or later membership",
                hint: "For an agency that sat on the group before, or will join",
                options: try agencies.map { .init(try $0.requireID().uuidString, $0.name) },
                blank: "No membership to add", state),
            .date("newFrom", "Member from", state),
            .date("newTo", "Member until", hint: "Leave blank if it still sits on the group", state),
        ]
        let groupID = try group.requireID()
        let form = FormView(
            action: GovernancePaths.members(groupID), submit: "Save membership dates",
            cancel: GovernancePaths.group(groupID), csrf: req.csrfToken, fields: fields)
        let chrome = try await req.chrome(
            title: "Membership dates", caption: group.name,
            breadcrumbs: [
                Crumb("Groups", GovernancePaths.groups.path), Crumb(group.name, GovernancePaths.group(groupID)),
            ],
            errors: state.errorLinks)
        return try await req.renderPage(chrome, [.form(form)], status: status)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let group = try await Group.find("groupID", in: req)
        let groupID = try group.requireID()
        let existing = try await memberships(of: group, on: req.db)
        var form = FormReader(req)
        // Each membership's dates as asked for, with the field that reports a clash with it.
        var periods: [(agency: UUID, period: MembershipPeriod, field: String)] = []
        var changes: [(GroupMembership, LocalDate, LocalDate?)] = []
        for membership in existing {
            let id = try membership.requireID(), agency = membership.agency.name
            let dates = read(&form, from: "from-\(id)", to: "to-\(id)", naming: agency)
            guard let from = dates.from else { continue }
            periods.append(
                (membership.$agency.id, MembershipPeriod(groupID: "", from: from, to: dates.to), "from-\(id)"))
            if from.iso != membership.from || dates.to?.iso != membership.to {
                changes.append((membership, from, dates.to))
            }
        }
        var added: (agency: UUID, from: LocalDate, to: LocalDate?)?
        if let agency = form.id("newAgency", missing: nil) {
            if try await Agency.find(agency, on: req.db) == nil {
                form.fail("newAgency", "Select an agency from the list")
            }
            let dates = read(&form, from: "newFrom", to: "newTo", naming: "the membership you are adding")
            if let from = dates.from {
                added = (agency, from, dates.to)
                periods.append((agency, MembershipPeriod(groupID: "", from: from, to: dates.to), "newFrom"))
            }
        }
        for (index, one) in periods.enumerated() {
            if periods[..<index].contains(where: { $0.agency == one.agency && $0.period.overlaps(one.period) }) {
                form.fail(
                    one.field,
                    "An agency cannot sit on the group twice at once: these dates overlap another "
                        + "membership of the same agency")
            }
        }
        guard !form.hasErrors else {
            return try await render(req, form.state, group: group, status: .unprocessableEntity)
        }
        let saving = changes, adding = added
        try await req.db.transaction { db in
            for (membership, from, to) in saving {
                membership.from = from.iso
                membership.to = to?.iso
                try await membership.save(on: db)
            }
            if let adding {
                try await GroupMembership(groupID: groupID, agencyID: adding.agency, from: adding.from, to: adding.to)
                    .create(on: db)
            }
        }
        req.flash("Membership dates saved")
        return req.redirect(to: GovernancePaths.group(groupID))
    }

    /// A membership's first day (required) and last day (optional, not before the first).
    static func read(
        _ form: inout FormReader, from: String, to: String, naming who: String
    ) -> (from: LocalDate?, to: LocalDate?) {
        // Read as optional and reported here, since a missing date's message would lower-case an agency's name.
        let first = form.date(from, label: "The date \(who) joined", required: false)
        if first == nil, form.state.error(from) == nil { form.fail(from, "Enter the date \(who) joined") }
        let last = form.date(to, label: "The date \(who) left", required: false)
        if let first, let last, last < first {
            form.fail(to, "The date \(who) left must be on or after the date it joined")
        }
        return (first, last)
    }
}
