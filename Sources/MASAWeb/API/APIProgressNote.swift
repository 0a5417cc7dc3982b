import Foundation

/// A progress note on a piece of owned work (a meeting's action, a recommendation's action) with the status it
/// left the work in: the same shape in both features, so one DTO with a schema named for each.
public struct APIProgressNote: Encodable, Sendable {
    public let id: UUID
    public let date: String
    public let authorName: String
    public let note: String
    public let statusAfter: String

    public init(id: UUID, date: String, authorName: String, note: String, statusAfter: String) {
        self.id = id
        self.date = date
        self.authorName = authorName
        self.note = note
        self.statusAfter = statusAfter
    }

    /// The schema under `name`, with `statuses` the code list of the work's status.
    public static func schema<Status: RawRepresentable & CaseIterable>(
        _ name: String, statuses: Status.Type
    ) -> APIObjectSchema where Status.RawValue == String {
        APIObjectSchema(name, [
            .required("id", .uuid), .required("date", .date), .required("author_name", .string),
            .required("note", .string), .required("status_after", .values(statuses)),
        ])
    }
}
