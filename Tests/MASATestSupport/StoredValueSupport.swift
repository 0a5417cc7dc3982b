import Fluent
import Foundation
import MASAWeb
import SQLKit
import Testing
import VaporTesting

extension TestContext {
    /// Writes `value` straight into one column of one row, past the forms and the model, as an edit outside MASA
    /// (a hand-run query, a restore from another version) would.
    package func overwrite(_ table: String, _ column: FieldKey, of id: UUID,
                          with value: some Encodable & Sendable) async throws {
        try await db.sql().raw("""
            UPDATE \(ident: table) SET \(ident: column.description) = \(bind: value) WHERE id = \(bind: id)
            """).run()
    }

    /// The text one column of one row holds, read past the model, to see exactly what was stored.
    package func storedText(_ table: String, _ column: FieldKey, of id: UUID) async throws -> String {
        let row = try await db.sql().raw("""
            SELECT \(ident: column.description) AS value FROM \(ident: table) WHERE id = \(bind: id)
            """).first()
        return try #require(row).decode(column: "value", as: String.self)
    }

    /// As `overwrite`, emptying the column.
    package func overwriteWithNull(_ table: String, _ column: FieldKey, of id: UUID) async throws {
        try await db.sql().raw("UPDATE \(ident: table) SET \(ident: column.description) = NULL WHERE id = \(bind: id)")
            .run()
    }
}

/// Checks that `body` fails with the stored-value error naming `table`, `column` and the record `id`, and that its
/// description (what the log gets) names them too but never quotes the stored value.
package func expectUnreadable(_ table: String, _ column: FieldKey, of id: UUID, value: String? = nil,
                             sourceLocation: SourceLocation = #_sourceLocation,
                             _ body: () async throws -> Void) async {
    let error = await #expect(throws: StoredValueError.self, sourceLocation: sourceLocation) { try await body() }
    guard let error else { return }
    #expect(error.table == table && error.column == column.description && error.record == id.uuidString,
            "named \(error.table).\(error.column) of \(error.record)", sourceLocation: sourceLocation)
    let logged = String(describing: error)
    #expect(logged.contains("\(table).\(column.description) of record \(id.uuidString)"),
            sourceLocation: sourceLocation)
    if let value { #expect(!logged.contains(value), "the value is never logged", sourceLocation: sourceLocation) }
}

/// Checks that a page showing an unreadable stored value answered with the error page: a 500 that reveals
/// nothing, rather than the page with a guess in it.
package func expectErrorPage(_ response: TestingHTTPResponse, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(response.status == .internalServerError, sourceLocation: sourceLocation)
    #expect(response.html.contains("Sorry, there is a problem with the service"), sourceLocation: sourceLocation)
}
