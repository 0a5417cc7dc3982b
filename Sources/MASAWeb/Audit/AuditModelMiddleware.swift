import Fluent
import Foundation
import Vapor

/// Registered once for every database: each create, update and delete of any model is written to the audit trail
/// with field-level before and after values, in the same transaction as the change. No feature can skip it.
/// (Bulk query-builder updates bypass model middleware, so features save models one by one; a test checks this.)
struct AuditModelMiddleware: AnyModelMiddleware {
    /// Tables that are not business records: the trail itself, its checkpoints, and session and sign-in bookkeeping.
    static let unaudited: Set<String> = [
        AuditEntry.schema, AuditCheckpoint.schema, "_fluent_migrations",
        SessionRecordRow.schema, FormSubmission.schema, ThrottleRow.schema,
        SSOAttempt.schema,
    ]
    /// Fields whose values never enter the trail.
    static let redacted: Set<String> = ["passwordHash", "totpSecret", "codeHash", "tokenHash", "issueKey"]
    /// The app's audit key, found by `AuditTrail.append` through the database handle (see `Database.auditSeal`).
    let seal: AuditSeal
    /// The app's clock: entries for model changes are stamped with the same time as everything else.
    let clock: ClockBox

    func handle(
        _ event: ModelEvent, _ model: any AnyModel, on db: any Database,
        chainingTo next: any AnyModelResponder
    ) -> EventLoopFuture<Void> {
        let schema = type(of: model).schema
        guard !Self.unaudited.contains(schema), let model = model as? any Model else {
            return next.handle(event, model, on: db)
        }
        let actor = AuditActors.actor(for: db)
        return db.eventLoop.makeFutureWithTask {
            if db.inTransaction {
                try await Self.write(event, model, actor: actor, at: clock.now(), on: db, next: next)
            } else {
                try await db.transaction { tx in
                    try await Self.write(event, model, actor: actor, at: clock.now(), on: tx, next: next)
                }
            }
        }
    }

    private static func write(
        _ event: ModelEvent, _ model: any Model, actor: AuditActor, at instant: Date,
        on db: any Database, next: any AnyModelResponder
    ) async throws {
        try await WriterLock.take(on: db)
        let before = try await storedSnapshot(of: model, event: event, on: db)
        try await next.handle(event, model, on: db).get()
        let after: [String: String] = isRemoval(event) ? [:] : snapshot(model)
        let changes = diff(before: before, after: after)
        if case .update = event, changes.isEmpty { return }
        try await AuditTrail.append(
            action: name(of: event), recordType: type(of: model).schema,
            recordID: recordID(of: model), changes: changes, actor: actor, at: instant, on: db)
    }

    private static func storedSnapshot(
        of model: any Model, event: ModelEvent, on db: any Database
    ) async throws -> [String: String] {
        if case .create = event { return [:] }
        return try await fetchStored(model, on: db).map(snapshot) ?? [:]
    }

    private static func fetchStored<M: Model>(_ model: M, on db: any Database) async throws -> M? {
        guard let id = model.id else { return nil }
        return try await M.query(on: db).withDeleted().filter(\._$id == id).first()
    }

    /// The model's stored fields as text, keyed by property name. Unloaded relations are skipped by Fluent's encoder.
    static func snapshot(_ model: any Model) -> [String: String] {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        guard let data = try? encoder.encode(model),
            case .object(let fields)? = try? JSONDecoder().decode(JSONValue.self, from: data)
        else { return [:] }
        var result: [String: String] = [:]
        for (key, value) in fields where key != "createdAt" && key != "updatedAt" { result[key] = value.text }
        return result
    }

    /// Field-level changes; a secret's change is recorded as having happened, never with its value.
    static func diff(before: [String: String], after: [String: String]) -> [AuditTrail.Change] {
        Set(before.keys).union(after.keys).sorted().compactMap { key in
            let old = before[key], new = after[key]
            guard old != new else { return nil }
            if redacted.contains(key) {
                return AuditTrail.Change(
                    field: key, before: old.map { _ in "(redacted)" }, after: new.map { _ in "(changed)" })
            }
            return AuditTrail.Change(field: key, before: old, after: new)
        }
    }

    private static func isRemoval(_ event: ModelEvent) -> Bool {
        if case .delete = event { return true }
        return false
    }

    private static func name(of event: ModelEvent) -> String {
        switch event {
        case .create: "create"
        case .update: "update"
        case .delete: "delete"
        case .softDelete: "archive"
        case .restore: "restore"
        }
    }

    private static func recordID(of model: any Model) -> String {
        snapshot(model)["id"] ?? ""
    }
}
