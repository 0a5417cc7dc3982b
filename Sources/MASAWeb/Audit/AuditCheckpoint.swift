import Fluent
import Foundation

/// A signed statement that the trail reached `position` with `headSeal` as its newest seal. Without checkpoints,
/// someone who deletes the newest entries leaves a shorter trail that is perfectly whole. The database keeps one
/// every `AuditCheckpoints.interval` entries; copies kept elsewhere (an exported file, the logs) still speak when
/// the database's own have been deleted too.
package final class AuditCheckpoint: Model, @unchecked Sendable {
    package static let schema = "audit_checkpoints"

    @ID(custom: "id", generatedBy: .database) package var id: Int?
    @Field(key: "position") package var position: Int
    @Field(key: "head_seal") package var headSeal: String
    /// Entries in the trail at the time; the same as `position` while the trail is whole, and signed with it.
    @Field(key: "entry_count") package var count: Int
    @Field(key: "at") package var at: String
    @Field(key: "signature") package var signature: String

    package init() {}

    convenience init(_ signed: Signed) {
        self.init()
        position = signed.position
        headSeal = signed.headSeal
        count = signed.count
        at = signed.at
        signature = signed.signature
    }

    var signed: Signed { Signed(position: position, headSeal: headSeal, count: count, at: at, signature: signature) }

    /// A checkpoint as a value, wherever it was kept.
    package struct Signed: Sendable, Equatable {
        package var position: Int
        package var headSeal: String
        package var count: Int
        package var at: String
        package var signature: String

        /// One line for a file or a log: `position=N head=… at=… signature=…`. The count is left out because it
        /// equals the position in every checkpoint MASA writes.
        package var line: String { "position=\(position) head=\(headSeal) at=\(at) signature=\(signature)" }

        /// Reads the four words of `line` wherever they stand in a line, so lines copied from MASA's logs (text or
        /// JSON) can be used as they are. Nil when the line holds no `position=`; an error when it is incomplete.
        package static func parse(_ text: String) throws -> Signed? {
            var words: [String: String] = [:]
            for word in text.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                guard let equals = word.firstIndex(of: "=") else { continue }
                let name = String(word[..<equals])
                if ["position", "head", "at", "signature"].contains(name) {
                    words[name] = String(word[word.index(after: equals)...].prefix { !"\",}".contains($0) })
                }
            }
            guard let positionText = words["position"] else { return nil }
            guard let position = Int(positionText), position > 0, let head = words["head"], let at = words["at"],
                  let signature = words["signature"] else {
                throw AuditCheckpointFileError(line: text)
            }
            return Signed(position: position, headSeal: head, count: position, at: at, signature: signature)
        }
    }
}

struct AuditCheckpointFileError: Error, CustomStringConvertible {
    let line: String
    var description: String {
        "This line is not a whole checkpoint (position, head, at, signature): \(line.prefix(200))"
    }
}

struct CreateAuditCheckpoint: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AuditCheckpoint.schema)
            .field("id", .int, .identifier(auto: true))
            .field("position", .int, .required)
            .field("head_seal", .string, .required)
            .field("entry_count", .int, .required)
            .field("at", .string, .required)
            .field("signature", .string, .required)
            .unique(on: "position")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AuditCheckpoint.schema).delete()
    }
}
