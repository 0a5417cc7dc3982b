import Fluent
import Foundation
import MASACore
import Vapor

/// A person who signs in. Email is stored lower-cased so uniqueness is case-insensitive on both databases.
package final class User: Model, @unchecked Sendable {
    package static let schema = "users"

    @ID(key: .id) package var id: UUID?
    @Field(key: "name") package var name: String
    @Field(key: "email") package var email: String
    @Field(key: "password_hash") package var passwordHash: String
    @OptionalParent(key: "agency_id") package var agency: Agency?
    /// Role names as a JSON array (`Role.listText`); few enough per person that a join table buys nothing.
    @Field(key: "roles") package var rolesText: String
    @Field(key: "is_active") package var isActive: Bool
    @OptionalField(key: "last_signed_in_at") package var lastSignedInAt: Date?
    @Field(key: "failed_attempts") package var failedAttempts: Int
    @OptionalField(key: "locked_until") package var lockedUntil: Date?
    /// The authenticator app's shared secret (base32), set once the person has proved their app with a code.
    @OptionalField(key: "totp_secret") package var totpSecret: String?
    /// The last 30-second step whose code was accepted, so each code signs in once only.
    @OptionalField(key: "totp_last_step") package var totpLastStep: Int64?
    @OptionalField(key: "two_factor_enrolled_at") package var twoFactorEnrolledAt: Date?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    package init() {}

    package init(id: UUID? = nil, name: String, email: String, passwordHash: String, agencyID: UUID?, roles: [Role]) {
        self.id = id
        self.name = name
        self.email = User.normalise(email: email)
        self.passwordHash = passwordHash
        self.$agency.id = agencyID
        self.rolesText = Role.listText(roles)
        self.isActive = true
        self.failedAttempts = 0
    }

    /// A stored name that is no longer a role is an error naming the person's record (see `Model.stored`).
    package var roles: [Role] { get throws { try stored(\.$rolesText, Role.readList) } }

    package func assign(roles: [Role]) {
        rolesText = Role.listText(roles)
    }

    /// True once two-factor sign-in is set up: the password alone no longer signs this person in.
    package var hasTwoFactor: Bool { totpSecret != nil }

    package static func normalise(email: String) -> String {
        email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }
}

struct CreateUser: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(User.schema)
            .id()
            .field("name", .string, .required)
            .field("email", .string, .required)
            .field("password_hash", .string, .required)
            .field("agency_id", .uuid, .references(Agency.schema, "id"))
            .field("roles", .string, .required)
            .field("is_active", .bool, .required)
            .field("last_signed_in_at", .datetime)
            .field("failed_attempts", .int, .required)
            .field("locked_until", .datetime)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "email")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(User.schema).delete()
    }
}
