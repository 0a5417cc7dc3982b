import Fluent
import MASACore
import MASAWeb
import Vapor

/// Accounts and roles, and the audit trail's reading room.
package struct AdministrationFeature: Feature {
    package init() {}
    package let id = "administration"

    package func register(into registry: inout FeatureRegistry) {
        registry.add(permissions: [.viewAuditTrail, .manageUsers, .manageSettings, .manageAPITokens, .viewRetention])
        registry.add(navigation: [
            NavigationItem(
                "Audit trail", AdminPaths.audit, permission: .viewAuditTrail, section: .administration,
                order: 90),
            NavigationItem(
                "Settings", AdminPaths.settings, permission: .manageSettings, section: .administration,
                order: 92),
            NavigationItem(
                "Records retention", AdminPaths.retention, permission: .viewRetention,
                section: .administration, order: 93),
            NavigationItem("Users", AdminPaths.users, permission: .manageUsers, section: .administration, order: 95),
        ])
        registry.get(AdminPaths.users, .manageUsers, UserAdminController.list)
        registry.get(AdminPaths.newUser, .manageUsers, UserAdminController.new)
        registry.post(AdminPaths.newUser, .manageUsers, UserAdminController.create)
        registry.get(AdminPaths.editUser(.key), .manageUsers, UserAdminController.edit)
        registry.post(AdminPaths.editUser(.key), .manageUsers, UserAdminController.update)
        registry.post(AdminPaths.unlock(.key), .manageUsers, UserAdminController.unlock)
        registry.get(AdminPaths.resetTwoFactor(.key), .manageUsers, TwoFactorResetController.confirm)
        registry.post(AdminPaths.resetTwoFactor(.key), .manageUsers, TwoFactorResetController.reset)

        registry.get(AdminPaths.settings, .manageSettings, SettingsController.edit)
        registry.post(AdminPaths.settings, .manageSettings, SettingsController.update)
        registry.get(AdminPaths.sessionSettings, .manageSettings, SessionSettingsController.edit)
        registry.post(AdminPaths.sessionSettings, .manageSettings, SessionSettingsController.update)
        registry.get(AdminPaths.holidays, .manageSettings, HolidayController.list)
        registry.post(AdminPaths.holidays, .manageSettings, HolidayController.create)
        registry.post(AdminPaths.removeHoliday(.key), .manageSettings, HolidayController.delete)

        registry.get(APITokenPaths.list, .manageAPITokens, APITokenController.list)
        registry.get(APITokenPaths.new, .manageAPITokens, APITokenForm.new)
        registry.post(APITokenPaths.new, .manageAPITokens, APITokenForm.create)
        registry.get(APITokenPaths.show(.key), .manageAPITokens, APITokenController.show)
        registry.post(APITokenPaths.revoke(.key), .manageAPITokens, APITokenController.revoke)

        registry.get(AdminPaths.retention, .viewRetention, RetentionController.list)
        registry.get(AdminPaths.audit, .viewAuditTrail, AuditController.list)
        registry.get(AdminPaths.auditEntry(.key), .viewAuditTrail, AuditController.show)
        registry.add(dashboardCards: Self.dashboardCards)
        registry.add(command: "audit", AuditCommand())
        registry.add(command: "calendar", CalendarCommand())
        registry.add(command: "create-admin", CreateAdminCommand())
        registry.add(command: "retention", RetentionCommand())
    }

    /// Administrators hear of repeated failed sign-ins: someone may be guessing a colleague's password.
    @Sendable static func dashboardCards(for req: Request, user: CurrentUser) async throws -> [DashboardCard] {
        guard user.can(.manageUsers) else { return [] }
        let since = AuditTrail.timestamp(req.now.addingTimeInterval(-7 * 24 * 3600))
        let count = try await AuditEntry.query(on: req.db).filter(\.$action == "lock-out").filter(\.$at >= since)
            .count()
        let body = count == 0 ? "None in the last 7 days" : "In the last 7 days: check with the people affected"
        return [
            DashboardCard(
                title: "Sign-in lock-outs", count: count, body: body,
                href: AdminPaths.audit.path(query: [("action", "lock-out")]), isAlert: count > 0, order: 80)
        ]
    }
}

extension Permission {
    package static let viewAuditTrail = Permission(
        "viewAuditTrail", "Read the audit trail",
        grantedTo: [.systemAdministrator, .businessUnit, .independentScrutineer])
    package static let manageUsers = Permission(
        "manageUsers", "Add and change accounts and their roles",
        grantedTo: [.systemAdministrator])
    package static let manageSettings = Permission(
        "manageSettings", "Change the partnership's settings, sign-in sessions and bank holidays",
        grantedTo: [.systemAdministrator, .businessUnit])
    /// Counts of records past their retention period, for those who keep the partnership's records schedule.
    /// The page shows counts and dates only, never a record.
    package static let viewRetention = Permission(
        "viewRetention", "See how long each kind of record is kept and how many are past their period",
        grantedTo: [.systemAdministrator, .businessUnit])
}

package enum AdminPaths: SitePath {
    case users, newUser, settings, holidays, sessionSettings, audit, retention
    case editUser(Param<UUID>), unlock(Param<UUID>), resetTwoFactor(Param<UUID>), removeHoliday(Param<UUID>)
    case auditEntry(Param<Int>)

    package var segments: [PathSegment] {
        switch self {
        case .users: ["admin", "users"]
        case .newUser: ["admin", "users", "new"]
        case .editUser(let id): ["admin", "users", id.named("userID"), "edit"]
        case .unlock(let id): ["admin", "users", id.named("userID"), "unlock"]
        case .resetTwoFactor(let id): ["admin", "users", id.named("userID"), "reset-two-factor"]
        case .settings: ["settings"]
        case .holidays: ["settings", "holidays"]
        case .sessionSettings: ["settings", "sessions"]
        case .removeHoliday(let id): ["settings", "holidays", id.named("adjustmentID"), "delete"]
        case .audit: ["audit"]
        case .retention: ["admin", "retention"]
        case .auditEntry(let seq): ["audit", seq.named("seq")]
        }
    }

    package static func editUser(_ id: UUID) -> String { editUser(.value(id)).path }
    package static func unlock(_ id: UUID) -> String { unlock(.value(id)).path }
    package static func resetTwoFactor(_ id: UUID) -> String { resetTwoFactor(.value(id)).path }
    package static func removeHoliday(_ id: UUID) -> String { removeHoliday(.value(id)).path }
    package static func auditEntry(_ seq: Int) -> String { auditEntry(.value(seq)).path }
}
