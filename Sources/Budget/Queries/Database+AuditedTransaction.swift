import Fluent
import MASAWeb

extension Database {
    /// `transaction` that keeps the audit trail's actor. Fluent runs an async transaction's body in a task it starts
    /// from the event loop, which inherits no task-local values, so without this every write inside would be
    /// recorded as made by "system" instead of the signed-in person.
    /// (A candidate for the web kit: every feature's multi-row write needs it.)
    func auditedTransaction<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        let actor = AuditActor.current
        return try await transaction { db in
            try await AuditActor.$current.withValue(actor) { try await body(db) }
        }
    }
}
