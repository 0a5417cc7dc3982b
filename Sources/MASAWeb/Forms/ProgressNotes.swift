import Fluent
import Foundation

/// The progress notes kept on owned work: the same columns for every kind (a meeting's actions, a recommendation's
/// actions), each in its own table beside the work it belongs to.
package enum ProgressNoteColumns {
    package static let workID: FieldKey = "action_id"
    package static let date: FieldKey = "date"
    package static let authorID: FieldKey = "author_id"
    package static let authorName: FieldKey = "author_name"
    package static let note: FieldKey = "note"
    package static let statusAfter: FieldKey = "status_after"

    /// Creates a notes table for the work in `workTable`; a note goes when its work goes.
    package static func create(_ table: String, for workTable: String, on database: any Database) async throws {
        try await database.schema(table)
            .id()
            .field(workID, .uuid, .required, .references(workTable, "id", onDelete: .cascade))
            .field(date, .string, .required)
            .field(authorID, .uuid)
            .field(authorName, .string, .required)
            .field(note, .string, .required)
            .field(statusAfter, .string, .required)
            .create()
    }
}

/// A progress note's model, whichever table it lives in.
package protocol ProgressNote: Model {
    init()
    var workID: UUID { get set }
    var date: String { get set }
    var authorID: UUID? { get set }
    var authorName: String { get set }
    var note: String { get set }
    var statusAfter: String { get set }
}
