import Fluent
import Foundation
import Vapor

/// The partnership's name for the header of every page. It changes perhaps once a year, and reading it was one of
/// the three queries every signed-in page paid before doing its own work, so it is kept for 15 seconds, and
/// forgotten at once when this instance saves the profile (another instance's change shows within 15 seconds).
final class PartnershipNameCache: Sendable {
    private let cache = TimedCache<String?>(lifetime: 15)

    func name(for req: Request) async throws -> String? {
        try await cache.value(now: req.now) { try await PartnershipProfile.current(on: req.db)?.name }
    }

    func forget() { cache.forget() }
}

/// Forgets the cached name whenever a profile is created, changed or removed, whichever form or command did it.
struct ForgetPartnershipName: AsyncModelMiddleware {
    typealias Model = PartnershipProfile
    let cache: PartnershipNameCache

    func create(model: PartnershipProfile, on db: any Database, next: any AnyAsyncModelResponder) async throws {
        try await next.create(model, on: db)
        cache.forget()
    }

    func update(model: PartnershipProfile, on db: any Database, next: any AnyAsyncModelResponder) async throws {
        try await next.update(model, on: db)
        cache.forget()
    }

    func delete(model: PartnershipProfile, force: Bool, on db: any Database,
                next: any AnyAsyncModelResponder) async throws {
        try await next.delete(model, force: force, on: db)
        cache.forget()
    }
}

extension Application {
    private struct PartnershipNameKey: StorageKey { typealias Value = PartnershipNameCache }

    /// Made once at configuration, with the model middleware that keeps it honest.
    func installPartnershipNameCache() {
        let cache = PartnershipNameCache()
        storage[PartnershipNameKey.self] = cache
        databases.middleware.use(ForgetPartnershipName(cache: cache))
    }

    var partnershipName: PartnershipNameCache { storage[PartnershipNameKey.self]! }
}
