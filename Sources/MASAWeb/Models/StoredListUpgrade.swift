import Fluent
import Foundation
import MASACore
import SQLKit

/// Turns list columns written as comma-separated codes ("physical,neglect") into the JSON arrays `StoredList`
/// reads, and back on revert. Each feature's migration names its own table and columns; this does the rows, in one
/// transaction, so an upgrade that fails part-way leaves every row as it was.
package struct StoredListUpgrade: Sendable {
    let table: String
    let columns: [String]
    let trimsSpaces: Bool

    /// `trimsSpaces` only where the old reader ignored spaces around codes (roles), so what read before still
    /// reads; elsewhere pieces are kept exactly, so a code that did not read before is still reported after.
    package init(table: String, columns: [String], trimsSpaces: Bool = false) {
        self.table = table
        self.columns = columns
        self.trimsSpaces = trimsSpaces
    }

    /// Comma text to a JSON array, empty pieces dropped. A value already starting with `[` was converted by an
    /// earlier run (or written by this version into a half-upgraded copy) and is left alone.
    package func toJSON(on database: any Database) async throws {
        try await rewrite(on: database) { text in
            text.hasPrefix("[") ? nil : StoredList.text(Self.pieces(of: text, trimmingSpaces: trimsSpaces))
        }
    }

    /// Back to comma text for the release before. A code holding a comma cannot be said in that form, so it
    /// comes back as two codes and the older release reports them; text that is not a JSON array is left alone.
    package func toCommas(on database: any Database) async throws {
        try await rewrite(on: database) { text in
            text.hasPrefix("[") ? CodeList.codes(text)?.joined(separator: ",") : nil
        }
    }

    static func pieces(of text: String, trimmingSpaces: Bool) -> [String] {
        text.split(separator: ",").map { trimmingSpaces ? $0.trimmingCharacters(in: .whitespaces) : String($0) }
            .filter { !$0.isEmpty }
    }

    /// Reads every row's id and columns, and updates by id the rows `convert` changes (nil: leave the value).
    private func rewrite(on database: any Database, _ convert: @escaping @Sendable (String) -> String?) async throws {
        try await database.transaction { db in
            let sql = try db.sql()
            let rows = try await sql.select().column("id").columns(columns).from(table).all()
            for row in rows {
                let id = try row.decode(column: "id", as: UUID.self)
                let update = sql.update(table)
                var changed = false
                for column in columns {
                    let text = try row.decode(column: column, as: String.self)
                    guard let converted = convert(text), converted != text else { continue }
                    update.set(SQLIdentifier(column), to: SQLBind(converted))
                    changed = true
                }
                if changed { try await update.where("id", .equal, SQLBind(id)).run() }
            }
        }
    }
}

/// A feature's migration of its list columns: the feature names the table and columns, this runs the upgrade.
package protocol StoredListMigration: AsyncMigration {
    var upgrade: StoredListUpgrade { get }
}

extension StoredListMigration {
    package func prepare(on database: any Database) async throws { try await upgrade.toJSON(on: database) }
    package func revert(on database: any Database) async throws { try await upgrade.toCommas(on: database) }
}
