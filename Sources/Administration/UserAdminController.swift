import Fluent
import MASACore
import MASAWeb
import Vapor

/// Administrators add people, give them roles and an agency, disable them and clear lock-outs.
enum UserAdminController {
    enum Sort: String, CaseIterable, Sendable { case name, email, lastSignIn }

    @Sendable static func list(req: Request) async throws -> Response {
        let facts = try await UserListFacts.read(ListQuery<Sort>(req, default: .name), now: req.now, on: req.db)
        return try await req.renderPage(try await req.chrome(title: "Users"), UserListPage(facts: facts).blocks())
    }

    @Sendable static func new(req: Request) async throws -> Response {
        var state = FormState()
        state.set("active", flag: true)
        return try await render(req, state, user: nil)
    }

    @Sendable static func edit(req: Request) async throws -> Response {
        let user = try await User.find("userID", in: req)
        var state = FormState()
        state.set("name", user.name)
        state.set("email", user.email)
        state.set("agency", user.$agency.id?.uuidString)
        // Stored roles that do not read are left unticked: the form says so, and the administrator chooses.
        state.set("roles", all: ((try? user.roles) ?? []).map(\.rawValue))
        state.set("active", flag: user.isActive)
        return try await render(req, state, user: user)
    }

    static func render(
        _ req: Request, _ state: FormState, user: User?, status: HTTPStatus = .ok
    ) async throws -> Response {
        let agencies = try await Agency.query(on: req.db).sort(\.$name).all()
        let agencyOptions = try agencies.map { FieldView.Option(try $0.requireID().uuidString, $0.name) }
        let roleOptions = Role.allCases.map { FieldView.Option($0.rawValue, $0.label, hint: $0.hint) }
        let id = try user?.requireID()
        let form = FormView(
            action: id.map(AdminPaths.editUser) ?? AdminPaths.newUser.path,
            submit: user == nil ? "Add user" : "Save changes",
            cancel: AdminPaths.users.path, csrf: req.csrfToken,
            fields: [
                .text("name", "Full name", width: "20", state),
                .text("email", "Email address", width: "20", kind: .email, state),
                .choice(
                    "agency", "Agency",
                    hint: "Agency contributors and group members can update only their own agency's actions",
                    options: agencyOptions, blank: "No agency", state),
                .choice(
                    "roles", "Roles", hint: "Select all that apply", kind: .checkboxes, options: roleOptions, state),
                .text(
                    "password", user == nil ? "Password" : "New password (optional)",
                    hint: "At least 12 characters. Three random words together make a strong password.",
                    width: "20", autocomplete: "new-password", kind: .password, state),
                .checkbox("active", "Account is active", hint: "A disabled account cannot sign in", state),
            ])
        let title = user.map { "Change \($0.name)" } ?? "Add a user"
        var blocks: [Block] = []
        if let user, let id, let locked = user.lockedUntil, locked > req.now {
            blocks.append(.warning("This account is locked after repeated failed sign-ins."))
            blocks.append(.buttons([.post("Unlock account", AdminPaths.unlock(id), csrf: req.csrfToken)]))
        }
        if let user, (try? user.roles) == nil {
            blocks.append(
                .warning(
                    "The roles stored for this account include a name that is not a role, so it cannot "
                        + "sign in. Choose this person's roles and save."))
        }
        if let user, let id { blocks += TwoFactorResetController.summary(of: user, id: id) }
        blocks.append(.form(form))
        let chrome = try await req.chrome(
            title: title, breadcrumbs: [Crumb("Users", AdminPaths.users.path)], errors: state.errorLinks)
        return try await req.renderPage(chrome, blocks, status: status)
    }

    @Sendable static func create(req: Request) async throws -> Response { try await save(req, user: nil) }

    @Sendable static func update(req: Request) async throws -> Response {
        try await save(req, user: try await User.find("userID", in: req))
    }

    static func save(_ req: Request, user existing: User?) async throws -> Response {
        var form = FormReader(req)
        let name = form.text("name", missing: "Enter the person's full name", max: 200, label: "Full name")
        let email = form.email("email", missing: "Enter an email address")
        let agencyID = form.id("agency", missing: nil)
        let roles = form.choices("roles", Role.self)
        if roles.isEmpty { form.fail("roles", "Select at least one role") }
        if roles.contains(.agencyContributor) && agencyID == nil {
            form.fail("agency", "Select the agency this contributor works for")
        }
        let password = form.state.value("password") ?? ""
        if existing == nil || !password.isEmpty,
            let problem = PasswordPolicy.problem(with: password, email: email ?? "", name: name ?? "")
        {
            form.fail("password", password.isEmpty ? "Enter a password" : problem)
        }
        if let email,
            try await User.query(on: req.db).filter(\.$email == User.normalise(email: email)).all().contains(where: {
                $0.id != existing?.id
            })
        {
            form.fail("email", "Another account already uses this email address")
        }
        if let agencyID, try await Agency.find(agencyID, on: req.db) == nil {
            form.fail("agency", "Select an agency from the list")
        }
        guard !form.hasErrors, let name, let email else {
            var state = form.state
            state.set("password", nil)
            return try await render(req, state, user: existing, status: .unprocessableEntity)
        }
        let user = existing ?? User(name: name, email: email, passwordHash: "", agencyID: agencyID, roles: roles)
        user.name = name
        user.email = User.normalise(email: email)
        user.$agency.id = agencyID
        user.assign(roles: roles)
        user.isActive = form.flag("active")
        if !password.isEmpty { user.passwordHash = try await req.hashPassword(password) }
        try await user.save(on: req.db)
        req.flash(existing == nil ? "\(name) can now sign in" : "\(name) saved")
        return req.redirect(to: AdminPaths.users.path)
    }

    @Sendable static func unlock(req: Request) async throws -> Response {
        let user = try await User.find("userID", in: req)
        user.lockedUntil = nil
        user.failedAttempts = 0
        try await user.save(on: req.db)
        try await SignInThrottle.clear(email: user.email, on: req.db)
        req.flash("\(user.name)'s account is unlocked")
        return req.redirect(to: AdminPaths.editUser(try user.requireID()))
    }
}
