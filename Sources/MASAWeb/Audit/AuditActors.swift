import Fluent
import Logging
import NIOConcurrencyHelpers
import Vapor

/// Finds who is acting from the database handle a write arrives on.
///
/// A task-local alone is not enough: Fluent runs a transaction's body on a pooled connection's callback, outside the
/// request's task, so task-local values do not reach writes made inside `db.transaction { }`. Every database handle
/// keeps the logger it was made with, and Vapor puts the request's id in the request logger's metadata, so the
/// person is registered here under that id for the life of the request. Commands make a handle with an id of their
/// own (`Application.database(actingAs:)`). Nothing personal is added to the logger itself.
enum AuditActors {
    static let key = "request-id"
    private static let registry = NIOLockedValueBox<[String: AuditActor]>([:])

    static func register(_ actor: AuditActor, for id: String) { registry.withLockedValue { $0[id] = actor } }
    static func unregister(_ id: String) { _ = registry.withLockedValue { $0.removeValue(forKey: id) } }

    /// The task-local actor where one is set (direct writes in a handler or a command), otherwise the actor
    /// registered for the handle's request or unit of work, otherwise "system".
    static func actor(for db: any Database) -> AuditActor {
        let current = AuditActor.current
        if current.id != nil || current.label != AuditActor.system.label { return current }
        if case .string(let id)? = db.context.logger[metadataKey: key],
            let registered = registry.withLockedValue({ $0[id] })
        {
            return registered
        }
        return current
    }
}

extension AuditActor {
    package static let system = AuditActor(id: nil, label: "system")
}

extension Application {
    /// Runs `body` with a database handle whose every write, in or out of transactions, is attributed to `actor`:
    /// for commands such as `masa seed` and `masa create-admin`.
    package func withDatabase<T: Sendable>(
        actingAs actor: AuditActor, _ body: (any Database) async throws -> T
    ) async throws -> T {
        let id = "unit-\(UUID().uuidString)"
        var logger = self.logger
        logger[metadataKey: AuditActors.key] = .string(id)
        AuditActors.register(actor, for: id)
        defer { AuditActors.unregister(id) }
        let db = databases.database(logger: logger, on: eventLoopGroup.any())!
        return try await AuditActor.$current.withValue(actor) { try await body(db) }
    }
}
