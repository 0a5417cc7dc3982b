import Fluent
import MASACore
import MASAWeb
import Vapor

/// Accounts and roles, and the audit trail's reading room.
public struct AdministrationFeature: Feature {
    public init() {}
    public let id = "administration"
    public var migrations: [any Migration] { [] }

    public var navigation: [NavigationItem] {
        [NavigationItem(label: "Audit trail", path: AdminPaths.audit, permission: .viewAuditTrail, order: 90),
         NavigationItem(label: "Settings", path: AdminPaths.settings, permission: .manageSettings, order: 92),
         NavigationItem(label: "Users", path: AdminPaths.users, permission: .manageUsers, order: 95)]
    }

    public func boot(routes: any RoutesBuilder) throws {
        let users = routes.requiring(.manageUsers)
        users.get("admin", "users", use: UserAdminController.list)
        users.get("admin", "users", "new", use: UserAdminController.new)
        users.post("admin", "users", "new", use: UserAdminController.create)
        users.get("admin", "users", ":userID", "edit", use: UserAdminController.edit)
        users.post("admin", "users", ":userID", "edit", use: UserAdminController.update)
        users.post("admin", "users", ":userID", "unlock", use: UserAdminController.unlock)
        users.get("admin", "users", ":userID", "reset-two-factor", use: TwoFactorResetController.confirm)
        users.post("admin", "users", ":userID", "reset-two-factor", use: TwoFactorResetController.reset)

        let settings = routes.requiring(.manageSettings)
        settings.get("settings", use: SettingsController.edit)
        settings.post("settings", use: SettingsController.update)
        settings.get("settings", "sessions", use: SessionSettingsController.edit)
        settings.post("settings", "sessions", use: SessionSettingsController.update)
        settings.get("settings", "holidays", use: HolidayController.list)
        settings.post("settings", "holidays", use: HolidayController.create)
        settings.post("settings", "holidays", ":adjustmentID", "delete", use: HolidayController.delete)

        let audit = routes.requiring(.viewAuditTrail)
        audit.get("audit", use: AuditController.list)
        audit.get("audit", ":seq", use: AuditController.show)
    }

    /// Administrators hear of repeated failed sign-ins: someone may be guessing a colleague's password.
    public func dashboardCards(for req: Request, user: CurrentUser) async throws -> [DashboardCard] {
        guard user.can(.manageUsers) else { return [] }
        let since = AuditTrail.timestamp(req.now.addingTimeInterval(-7 * 24 * 3600))
        let count = try await AuditEntry.query(on: req.db).filter(\.$action == "lock-out").filter(\.$at >= since)
            .count()
        let body = count == 0 ? "None in the last 7 days" : "In the last 7 days: check with the people affected"
        return [DashboardCard(title: "Sign-in lock-outs", count: count, body: body,
                              href: "\(AdminPaths.audit)?action=lock-out", isAlert: count > 0, order: 80)]
    }
}

public enum AdminPaths {
    public static let users = "/admin/users"
    public static let newUser = "/admin/users/new"
    public static func editUser(_ id: UUID) -> String { "/admin/users/\(id)/edit" }
    public static func unlock(_ id: UUID) -> String { "/admin/users/\(id)/unlock" }
    public static func resetTwoFactor(_ id: UUID) -> String { "/admin/users/\(id)/reset-two-factor" }
    public static let settings = "/settings"
    public static let holidays = "/settings/holidays"
    public static let sessionSettings = "/settings/sessions"
    public static func removeHoliday(_ id: UUID) -> String { "/settings/holidays/\(id)/delete" }
    public static let audit = "/audit"
    public static func auditEntry(_ seq: Int) -> String { "/audit/\(seq)" }
}
