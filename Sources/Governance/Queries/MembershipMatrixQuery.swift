import Fluent
import Foundation
import MASACore
import MASAWeb
import SQLKit

/// Who sits on which group, as the membership matrix needs it: two id columns, whatever the number of agencies
/// (the agencies come from `AgencySummary`, the groups from `GovernanceQueries.groupNames`).
enum MembershipMatrixQuery {
    typealias GM = GroupMembershipColumns

    /// The groups each agency sits on `today`, inactive groups included (the count column counts them).
    static func memberships(today: LocalDate, on db: any Database) async throws -> [UUID: Set<UUID>] {
        var result: [UUID: Set<UUID>] = [:]
        let rows = try await db.sql().raw("""
            SELECT \(ident: GM.agencyID.description), \(ident: GM.groupID.description) FROM \(ident: GM.table) \
            WHERE \(ident: GM.from.description) <= \(bind: today.iso) \
            AND (\(ident: GM.to.description) IS NULL OR \(ident: GM.to.description) >= \(bind: today.iso))
            """).all()
        for row in rows {
            result[try row.decode(column: GM.agencyID.description, as: UUID.self), default: []]
                .insert(try row.decode(column: GM.groupID.description, as: UUID.self))
        }
        return result
    }
}
