import Fluent
import Foundation
import MASACore
import MASAWeb

/// An account as the users list shows it. Roles that do not read are nil: the list is where an administrator
/// finds such an account, so it says so there rather than failing the whole list.
struct UserRow: Sendable {
    let id: UUID
    let name: String
    let email: String
    let agencyName: String?
    let roles: [Role]?
    let lastSignedIn: Date?
    let isActive: Bool
    let lockedUntil: Date?
}

/// What the users list shows: one page of accounts, and the moment it was read (a lock-out may have run out).
struct UserListFacts: Sendable {
    let users: ListPageFacts<UserAdminController.Sort, UserRow>
    let now: Date

    static func read(_ list: ListQuery<UserAdminController.Sort>, now: Date, on db: any Database)
        async throws -> UserListFacts {
        let direction: DatabaseQuery.Sort.Direction = list.descending ? .descending : .ascending
        var query = User.query(on: db).with(\.$agency)
        switch list.sort {
        case .name: query = query.sort(\.$name, direction)
        case .email: query = query.sort(\.$email, direction)
        case .lastSignIn: query = query.sort(\.$lastSignedInAt, direction)
        }
        let page = try await list.paginate(query)
        let rows = try page.items.map { user in
            UserRow(id: try user.requireID(), name: user.name, email: user.email, agencyName: user.agency?.name,
                    roles: try? user.roles, lastSignedIn: user.lastSignedInAt, isActive: user.isActive,
                    lockedUntil: user.lockedUntil)
        }
        return UserListFacts(users: ListPageFacts(list: list, items: rows, metadata: page.metadata), now: now)
    }
}

/// The users list as blocks: the add button and the page of accounts with their roles and status.
struct UserListPage: Sendable {
    let facts: UserListFacts

    func blocks() -> [Block] {
        let list = facts.users.list
        let rows: [[TableView.Cell]] = facts.users.items.map { user in [
            TableView.Cell(user.name, href: AdminPaths.editUser(user.id), hint: user.email),
            TableView.Cell(user.agencyName ?? "No agency"),
            rolesCell(user),
            TableView.Cell(user.lastSignedIn.map { LocalDate($0).short } ?? "Never"),
            .tag(statusTag(user)),
        ] }
        let table = TableView(columns: [list.column("Name", .name), TableView.column("Agency"),
                                        TableView.column("Roles"), list.column("Last signed in", .lastSignIn),
                                        TableView.column("Status")],
                              rows: rows, emptyText: "No users yet.", pagination: facts.users.pagination)
        return [.buttons([.link("Add a user", AdminPaths.newUser.path)]), .table(table)]
    }

    func rolesCell(_ user: UserRow) -> TableView.Cell {
        guard let roles = user.roles else { return .tag(Tag("Roles cannot be read: choose them again", "red")) }
        return TableView.Cell(roles.map(\.label).joined(separator: ", "))
    }

    func statusTag(_ user: UserRow) -> Tag {
        if !user.isActive { return Tag("Disabled", "grey") }
        return user.lockedUntil.map { $0 > facts.now } == true ? Tag("Locked", "red") : Tag("Active", "green")
    }
}
