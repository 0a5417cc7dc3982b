import Fluent
import Foundation
import MASACore

/// One single-use code for signing in without the authenticator app. Only a hash is kept.
///
/// The hash is SHA-256 of the person's id and the code, not bcrypt: a code is 80 random bits, not something a
/// person chose, so a slow hash adds nothing against guessing (2⁸⁰ tries) while it would make every sign-in with
/// a recovery code check up to ten bcrypt hashes. A plain hash lets the code be found with one indexed query;
/// the id in it means the same code could never match another person's row.
package final class RecoveryCode: Model, @unchecked Sendable {
    package static let schema = "two_factor_recovery_codes"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "user_id") package var user: User
    @Field(key: "code_hash") package var codeHash: String
    @OptionalField(key: "used_at") package var usedAt: Date?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}

    init(userID: UUID, codeHash: String) {
        self.$user.id = userID
        self.codeHash = codeHash
    }
}

/// Making, showing and checking recovery codes.
package enum RecoveryCodes {
    package static let count = 10
    /// 10 random bytes are 16 base32 characters: 80 bits.
    static let randomBytes = 10

    /// Fresh codes as people see them: lower case in four groups of four, "abcd-efgh-ijkl-mnop".
    package static func generate() -> [String] {
        (0..<count).map { _ in
            let random = Base32.encode([UInt8].random(count: randomBytes), padding: false)
            return Base32.grouped(random.lowercased(), separator: "-")
        }
    }

    /// The code without spaces or hyphens, upper case; nil unless it has a recovery code's shape.
    package static func normalise(_ entry: String) -> String? {
        let plain = entry.uppercased().filter { $0 != " " && $0 != "-" }
        guard plain.count == randomBytes * 8 / 5, Base32.decode(plain) != nil else { return nil }
        return plain
    }

    package static func hash(_ entry: String, userID: UUID) -> String? {
        guard let plain = normalise(entry) else { return nil }
        return Digest.sha256Hex(userID.uuidString + ":" + plain)
    }

    /// Replaces the person's codes with `codes`, hashed; call inside a transaction with the rest of the change.
    package static func store(_ codes: [String], for userID: UUID, on db: any Database) async throws {
        try await removeAll(for: userID, on: db)
        for code in codes {
            guard let hash = hash(code, userID: userID) else { continue }
            try await RecoveryCode(userID: userID, codeHash: hash).create(on: db)
        }
    }

    /// One by one, so each removal is in the audit trail.
    package static func removeAll(for userID: UUID, on db: any Database) async throws {
        for code in try await RecoveryCode.query(on: db).filter(\.$user.$id == userID).all() {
            try await code.delete(on: db)
        }
    }

    /// Marks the matching unused code as used; false when there is none.
    package static func redeem(_ entry: String, for userID: UUID, at now: Date,
                               on db: any Database) async throws -> Bool {
        guard let hash = hash(entry, userID: userID),
              let code = try await RecoveryCode.query(on: db).filter(\.$user.$id == userID)
                .filter(\.$codeHash == hash).filter(\.$usedAt == nil).first() else { return false }
        code.usedAt = now
        try await code.save(on: db)
        return true
    }

    package static func remaining(for userID: UUID, on db: any Database) async throws -> Int {
        try await RecoveryCode.query(on: db).filter(\.$user.$id == userID).filter(\.$usedAt == nil).count()
    }
}
