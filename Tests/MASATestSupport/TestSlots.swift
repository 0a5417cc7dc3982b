/// A counting semaphore for tests. On PostgreSQL every test app holds a pool of connections, and Swift Testing runs
/// tests in parallel; more than a few apps at once exhaust the server's connection limit.
actor TestSlots {
    private var free: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(_ count: Int) { free = count }

    func acquire() async {
        if free > 0 { free -= 1; return }
        await withCheckedContinuation { waiting.append($0) }
    }

    func release() {
        if waiting.isEmpty { free += 1 } else { waiting.removeFirst().resume() }
    }

    /// At most this many PostgreSQL-backed test apps at a time (each pools up to 8 connections).
    static let postgres = TestSlots(12)
}
