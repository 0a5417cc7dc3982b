import Fluent
import NIOConcurrencyHelpers
import Vapor

/// Reads of restricted records on their way to the audit trail, written together. Every page of personal data
/// writes a "view" entry; with a transaction each, those pages took turns at the one writer and served a sixth of
/// `/health`'s rate under load. Entries that arrive while a batch is being written wait for the next one: one
/// transaction, one read of the chain's head, entries chained in the order they arrived. Each request still waits
/// until its own entry is committed, so no page is shown unrecorded, and a failed write fails every page in it.
package final class AuditReadQueue: Sendable {
    private enum Turn { case written, failed(any Error), lead }

    private struct Waiting {
        let events: [AuditTrail.Event]
        let continuation: CheckedContinuation<Turn, Never>
    }

    /// `waiting` is never left non-empty with `writing` false: whoever writes passes the lead to the first waiting.
    private struct State {
        var writing = false
        var waiting: [Waiting] = []
    }

    private let state = NIOLockedValueBox(State())
    /// At most this many requests' entries in one transaction, so one batch never holds the writer for long.
    static let batchLimit = 64

    package func record(_ events: [AuditTrail.Event], on db: any Database) async throws {
        guard !events.isEmpty else { return }
        let turn = await withCheckedContinuation { (continuation: CheckedContinuation<Turn, Never>) in
            let leads = state.withLockedValue { state -> Bool in
                state.waiting.append(Waiting(events: events, continuation: continuation))
                if state.writing { return false }
                state.writing = true
                return true
            }
            if leads { continuation.resume(returning: .lead) }
        }
        switch turn {
        case .written: return
        case .failed(let error): throw error
        case .lead: try await writeBatch(on: db).get()
        }
    }

    /// The lead is always first in the queue, so the batch starts with its own entries. It tells the others how
    /// their write went, then hands the lead to whoever arrived meanwhile, who stays queued to write its own batch.
    private func writeBatch(on db: any Database) async -> Result<Void, any Error> {
        let batch = state.withLockedValue { state in
            let batch = Array(state.waiting.prefix(Self.batchLimit))
            state.waiting.removeFirst(batch.count)
            return batch
        }
        let outcome: Result<Void, any Error>
        do {
            try await db.transaction { tx in try await AuditTrail.append(batch.flatMap(\.events), on: tx) }
            outcome = .success(())
        } catch {
            outcome = .failure(error)
        }
        for waiting in batch.dropFirst() {
            switch outcome {
            case .success: waiting.continuation.resume(returning: .written)
            case .failure(let error): waiting.continuation.resume(returning: .failed(error))
            }
        }
        let next = state.withLockedValue { state -> Waiting? in
            if let first = state.waiting.first { return first }
            state.writing = false
            return nil
        }
        next?.continuation.resume(returning: .lead)
        return outcome
    }
}

extension Application {
    private struct AuditReadQueueKey: StorageKey { typealias Value = AuditReadQueue }

    /// Made once at configuration, as `kept` is.
    func installAuditReadQueue() { storage[AuditReadQueueKey.self] = AuditReadQueue() }

    package var auditReads: AuditReadQueue { storage[AuditReadQueueKey.self]! }
}

extension Request {
    /// Records that the signed-in person (or API caller) saw restricted records; returns once it is committed.
    package func recordReads(_ records: [(type: String, id: String)], by actor: AuditActor) async throws {
        let events = records.map {
            AuditTrail.Event("view", recordType: $0.type, recordID: $0.id, actor: actor, at: now)
        }
        try await application.auditReads.record(events, on: db)
    }
}
