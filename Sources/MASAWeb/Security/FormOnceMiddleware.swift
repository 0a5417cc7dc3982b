import Fluent
import Foundation
import Vapor

/// A form rendering can be saved once. A double click, or a browser resending after a lost response, arrives with
/// the same `form_token`: the second post is sent where the first one went instead of creating a second record.
/// Posts without a token (the sign-out button, API clients) pass through.
struct FormOnceMiddleware: AsyncMiddleware {
    static let field = "form_token"
    /// How long a duplicate waits for the first post to finish before saying so.
    static let waitForFirst: Duration = .seconds(3)

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.method == .POST, let token = FormState.posted(request).value(Self.field),
            (16...128).contains(token.count)
        else { return try await next.respond(to: request) }
        let key = Self.key(token)
        let claim = FormSubmission(key: key, at: request.now)
        do {
            try await claim.create(on: request.db)
        } catch {
            guard try await FormSubmission.query(on: request.db).filter(\.$key == key).first() != nil else {
                throw error
            }
            return try await duplicate(key, on: request)
        }
        do {
            let response = try await next.respond(to: request)
            if (300..<400).contains(response.status.code), let location = response.headers.first(name: .location) {
                claim.location = location
                try await claim.save(on: request.db)
            } else {
                // Refused or re-shown with errors: the person may correct it and send this rendering again.
                try await claim.delete(on: request.db)
            }
            return response
        } catch {
            try? await claim.delete(on: request.db)
            throw error
        }
    }

    private func duplicate(_ key: String, on request: Request) async throws -> Response {
        let deadline = ContinuousClock.now.advanced(by: Self.waitForFirst)
        while ContinuousClock.now < deadline {
            let first = try await FormSubmission.query(on: request.db).filter(\.$key == key).first()
            guard let first else { break }
            if let location = first.location { return request.redirect(to: location) }
            try await Task.sleep(for: .milliseconds(100))
        }
        request.logger.notice("A form was sent twice; the second was not saved")
        throw Abort(
            .conflict,
            reason: "This form was sent twice. The first is still being saved, or failed: "
                + "check the record before sending it again.")
    }

    /// Only a hash is kept, so the table cannot be used to replay a form.
    static func key(_ token: String) -> String {
        Digest.sha256Hex(token)
    }
}

/// One use of a form token. Housekeeping, not a business record, so it is not audited.
final class FormSubmission: Model, @unchecked Sendable {
    static let schema = "form_submissions"
    /// Kept long enough to catch any retry a browser makes; swept after that.
    static let kept: TimeInterval = 24 * 60 * 60

    @ID(key: .id) var id: UUID?
    @Field(key: "key") var key: String
    @Field(key: "at") var at: Date
    @OptionalField(key: "location") var location: String?

    init() {}

    init(key: String, at: Date) {
        self.key = key
        self.at = at
    }
}

struct CreateFormSubmission: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(FormSubmission.schema)
            .id()
            .field("key", .string, .required)
            .field("at", .datetime, .required)
            .field("location", .string)
            .unique(on: "key")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(FormSubmission.schema).delete()
    }
}
