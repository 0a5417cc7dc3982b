import NIOConcurrencyHelpers

/// Write transactions in this process, one at a time, in the order they asked.
final class WriteGate: Sendable {
    private let state = NIOLockedValueBox(State())
    /// Every statement that passes through the gate's database wrapper, writes and reads alike.
    let statements = StatementTally()
    /// Which writer connections have their settings made.
    let setUp = SQLiteWriterSetUp()

    private struct State {
        var busy = false
        var waiting: [CheckedContinuation<Void, Never>] = []
    }

    /// Set while a task holds the gate. A second top-level write from the same task (a write on `req.db` inside
    /// `req.db.transaction`) would wait for itself for ever; it fails at once instead, naming the mistake.
    @TaskLocal static var isHeld = false

    struct NestedWrite: Error, CustomStringConvertible {
        var description: String { "A write outside the open transaction, from inside it: use the transaction's db" }
    }

    func withTurn<T>(_ body: () async throws -> T) async throws -> T {
        if Self.isHeld { throw NestedWrite() }
        await acquire()
        defer { release() }
        return try await Self.$isHeld.withValue(true) { try await body() }
    }

    private func acquire() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let proceed = state.withLockedValue { state -> Bool in
                if state.busy { state.waiting.append(continuation); return false }
                state.busy = true
                return true
            }
            if proceed { continuation.resume() }
        }
    }

    private func release() {
        let next = state.withLockedValue { state -> CheckedContinuation<Void, Never>? in
            if state.waiting.isEmpty { state.busy = false; return nil }
            return state.waiting.removeFirst()
        }
        next?.resume()
    }
}

struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
