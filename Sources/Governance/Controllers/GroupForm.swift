import Fluent
import MASACore
import MASAWeb
import Vapor

/// The group form: fields, validation and saving the group with this year's plan and its member agencies in one
/// transaction. Members are today's; their dates are changed on the membership page.
enum GroupForm {
    static func state(of group: Group, today: LocalDate, on db: any Database) async throws -> FormState {
        let id = try group.requireID()
        let members = try await MembershipQueries.members(of: id, on: today, on: db)
        let plans = try await MembershipQueries.plans(in: FinancialYear(containing: today), on: db)
        var state = FormState()
        state.set("name", group.name)
        state.set("kind", group.kind)
        state.set("scope", group.scope)
        state.set("purpose", group.purpose)
        state.set("chairName", group.chairName)
        state.set("chairAgency", group.$chairAgency.id?.uuidString)
        state.set("deputyName", group.deputyName)
        state.set("deputyAgency", group.$deputyAgency.id?.uuidString)
        state.set("termsLastReviewed", date: try group.lastReviewed)
        state.set("termsNextReview", date: try group.nextReview)
        state.set("planned", String(plans[id] ?? 0))
        state.set("members", all: members.map(\.uuidString))
        state.set("active", flag: group.isActive)
        return state
    }

    static func render(
        _ req: Request, _ state: FormState, group: Group?, status: HTTPStatus = .ok
    ) async throws -> Response {
        let agencies = try await Agency.query(on: req.db).filter(\.$isActive == true).sort(\.$name).all()
        let options = try agencies.map { FieldView.Option(try $0.requireID().uuidString, $0.name) }
        let id = try group?.requireID()
        let form = FormView(
            action: id.map(GovernancePaths.editGroup) ?? GovernancePaths.newGroup.path,
            submit: group == nil ? "Add group" : "Save changes", cancel: GovernancePaths.groups.path,
            csrf: req.csrfToken,
            fields: [
                .text("name", "Group name", width: "30", state),
                .choice(
                    "kind", "Kind of group", options: .from(GroupKind.self) { $0.label }, blank: "Select a kind", state),
                .choice("scope", "Covers", kind: .radios, options: .from(Scope.self) { $0.label }, state),
                .textarea("purpose", "Purpose", hint: "What the group is for, as its terms of reference say", state),
                .text("chairName", "Chair", width: "20", state),
                .choice("chairAgency", "Chair's agency", options: options, blank: "Select an agency", state),
                .text("deputyName", "Deputy chair", width: "20", state),
                .choice(
                    "deputyAgency", "Deputy chair's agency",
                    hint: "The deputy comes from a different agency from the chair", options: options,
                    blank: "Select an agency", state),
                .date("termsLastReviewed", "Terms of reference last reviewed", state),
                .date(
                    "termsNextReview", "Terms of reference next review due",
                    hint: "Usually a year after the last review", state),
                .text(
                    "planned", "Meetings planned in \(FinancialYear(containing: req.today).label)",
                    hint: "Past years keep their own plans; change them from the group's page", width: "3",
                    kind: .number, state),
                .choice(
                    "members", "Member agencies",
                    hint: "Select every agency that sits on this group today. An agency you add joins today; one "
                        + "you remove leaves today and stays in the group's membership history",
                    kind: .checkboxes, options: options, state),
                .checkbox("active", "The group still meets", state),
            ])
        let chrome = try await req.chrome(
            title: group.map { "Change \($0.name)" } ?? "Add a group",
            breadcrumbs: [Crumb("Groups", GovernancePaths.groups.path)], errors: state.errorLinks)
        return try await req.renderPage(chrome, [.form(form)], status: status)
    }

    static func save(_ req: Request, group existing: Group?) async throws -> Response {
        var form = FormReader(req)
        let name = form.text("name", missing: "Enter the group's name", max: 200, label: "Group name")
        let kind = form.choice("kind", GroupKind.self, missing: "Select the kind of group")
        let scope = form.choice("scope", Scope.self, missing: "Select whom the group covers")
        let purpose = form.text("purpose", missing: "Enter the group's purpose", max: 4000, label: "Purpose")
        let chairAgency = form.id("chairAgency", missing: nil), deputyAgency = form.id("deputyAgency", missing: nil)
        if let chairAgency, chairAgency == deputyAgency {
            form.fail("deputyAgency", "The deputy chair must come from a different agency from the chair")
        }
        let last = form.date("termsLastReviewed", label: "Date terms of reference were last reviewed", required: false)
        let next = form.date("termsNextReview", label: "Date the next review is due", required: false)
        if let last, let next, next <= last {
            form.fail("termsNextReview", "The next review must be after the last review")
        }
        if let last, last > req.today { form.fail("termsLastReviewed", "The last review cannot be in the future") }
        let planned = form.int(
            "planned", label: "Meetings planned this year", in: 0...52,
            missing: "Enter how many meetings are planned this year")
        let members = Set(form.state.all("members").compactMap(UUID.init(uuidString:)))
        let known = Set(try await Agency.query(on: req.db).all().map { try $0.requireID() })
        if !members.isSubset(of: known)
            || [chairAgency, deputyAgency].contains(where: { $0 != nil && !known.contains($0!) })
        {
            form.fail("members", "Select agencies from the list")
        }
        if let name,
            try await Group.query(on: req.db).all().contains(where: {
                $0.id != existing?.id && $0.name.lowercased() == name.lowercased()
            })
        {
            form.fail("name", "A group called \(name) already exists")
        }
        guard !form.hasErrors, let name, let kind, let scope, let purpose, let planned else {
            return try await render(req, form.state, group: existing, status: .unprocessableEntity)
        }
        let group = existing ?? Group()
        group.name = name; group.kind = kind.rawValue; group.scope = scope.rawValue; group.purpose = purpose
        group.chairName = form.text("chairName", max: 200); group.$chairAgency.id = chairAgency
        group.deputyName = form.text("deputyName", max: 200); group.$deputyAgency.id = deputyAgency
        group.termsLastReviewed = last?.iso; group.termsNextReview = next?.iso
        group.isActive = form.flag("active")
        let today = req.today
        try await req.db.transaction { db in
            try await group.save(on: db)
            try await MembershipQueries.setPlan(planned, for: group.requireID(), in: FinancialYear(containing: today),
                                                on: db)
            try await syncMembers(of: group, to: members, today: today, on: db)
        }
        req.flash(existing == nil ? "\(name) added" : "\(name) saved")
        return req.redirect(to: GovernancePaths.group(try group.requireID()))
    }

    /// Ends the memberships of agencies no longer chosen and starts one today for each agency newly chosen, row by
    /// row so each change is in the audit trail. Ending keeps the row: past years still count the agency.
    static func syncMembers(
        of group: Group, to chosen: Set<UUID>, today: LocalDate, on db: any Database
    ) async throws {
        let groupID = try group.requireID()
        let all = try await GroupMembership.query(on: db).filter(\.$group.$id == groupID).all()
        for membership in all {
            let isChosen = chosen.contains(membership.$agency.id)
            if try membership.period.covers(today), !isChosen, try membership.toDate != today {
                membership.to = today.iso
            } else if isChosen, try membership.toDate == today {
                membership.to = nil  // removed and put back on the same day: the membership never ended
            } else { continue }
            try await membership.save(on: db)
        }
        // An agency already sitting, or due to join on a later day, keeps the membership it has.
        let sitting = Set(try all.filter { try ($0.toDate ?? today) >= today }.map(\.$agency.id))
        for agencyID in chosen.subtracting(sitting).sorted(by: { $0.uuidString < $1.uuidString }) {
            try await GroupMembership(groupID: groupID, agencyID: agencyID, from: today).create(on: db)
        }
    }
}
