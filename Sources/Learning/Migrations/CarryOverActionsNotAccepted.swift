import Fluent
import Foundation
import SQLKit

/// Until now "not accepted" was an action's status, with its reason. The decision belongs to the recommendation,
/// so each recommendation with a not-accepted action takes it over: the reason (each action's, named by its title),
/// the date and author of the progress note that set the status, where one did. The actions keep their own rows
/// unchanged, so nothing recorded is lost and the revert needs only clear what this wrote.
struct CarryOverActionsNotAccepted: AsyncMigration {
    /// Each carried-over reason starts so, which is how the revert finds them.
    static let prefix = "Action \u{201C}"

    func prepare(on database: any Database) async throws {
        let sql = try database.sql()
        let actions = try await sql.raw("""
            SELECT id, recommendation_id, title, not_accepted_reason FROM learning_actions \
            WHERE status = 'not-accepted' ORDER BY recommendation_id, title
            """).all()
        var byRecommendation: [UUID: (reasons: [String], on: String?, by: String?)] = [:]
        for action in actions {
            let id = try action.decode(column: "id", as: UUID.self)
            let recommendation = try action.decode(column: "recommendation_id", as: UUID.self)
            let title = try action.decode(column: "title", as: String.self)
            let reason = try action.decode(column: "not_accepted_reason", as: String?.self) ?? "No reason recorded"
            let note = try await sql.raw("""
                SELECT date, author_name FROM learning_action_updates WHERE action_id = \(bind: id) \
                AND status_after = 'not-accepted' ORDER BY date DESC LIMIT 1
                """).first()
            var entry = byRecommendation[recommendation] ?? ([], nil, nil)
            entry.reasons.append("\(Self.prefix)\(title)\u{201D}: \(reason)")
            if let note, let date = try note.decode(column: "date", as: String?.self), date > (entry.on ?? "") {
                (entry.on, entry.by) = (date, try note.decode(column: "author_name", as: String?.self))
            }
            byRecommendation[recommendation] = entry
        }
        for (id, entry) in byRecommendation {
            try await sql.update("learning_recommendations")
                .set("not_accepted_reason", to: entry.reasons.joined(separator: " "))
                .set("not_accepted_on", to: entry.on).set("not_accepted_by", to: entry.by)
                .where("id", .equal, id).where("not_accepted_reason", .is, SQLLiteral.null).run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.sql().update("learning_recommendations")
            .set("not_accepted_reason", to: SQLLiteral.null).set("not_accepted_on", to: SQLLiteral.null)
            .set("not_accepted_by", to: SQLLiteral.null).where("not_accepted_reason", .like, Self.prefix + "%").run()
    }
}
