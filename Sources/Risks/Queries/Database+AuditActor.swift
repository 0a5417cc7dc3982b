import Fluent
import MASAWeb

extension Database {
    /// `transaction` that keeps the audit actor. Fluent starts the closure from an event-loop callback, where
    /// the request's task-local `AuditActor.current` is not inherited, so writes inside a plain transaction are
    /// audited as "system". (Belongs in the web kit; kept here until it moves there.)
    func transactionKeepingActor<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        let actor = AuditActor.current
        return try await transaction { db in
            try await AuditActor.$current.withValue(actor) { try await body(db) }
        }
    }
}
