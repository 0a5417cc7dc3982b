import Foundation

/// A progress note on a piece of owned work (a meeting's action, a recommendation's action) with the status it
/// left the work in: the same shape in both features, so one DTO with a schema named for each.
package struct APIProgressNote: Encodable, Sendable {
    package let id: UUID
    package let date: String
    package let authorName: String
    package let note: String
    package let statusAfter: String

    package init(id: UUID, date: String, authorName: String, note: String, statusAfter: String) {
        self.id = id
        self.date = date
        self.authorName = authorName
        self.note = note
        self.statusAfter = statusAfter
    }

    /// The schema under `name`, with `statuses` the code list of the work's status.
    package static func schema<Status: RawRepresentable & CaseIterable>(
        _ name: String, statuses: Status.Type
    ) -> APIObjectSchema where Status.RawValue == String {
        APIObjectSchema(name, [
            .required("id", .uuid), .required("date", .date), .required("author_name", .string),
            .required("note", .string), .required("status_after", .values(statuses)),
        ])
    }
}
