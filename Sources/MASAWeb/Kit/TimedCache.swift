import Foundation
import NIOConcurrencyHelpers

/// A value read from the database and kept for a while, per app: the partnership's name in every header, the
/// learning search's words. Kept by the request's clock (so tests that fix the clock decide), and forgotten at once
/// by whoever changes what it holds; another instance's change shows within `lifetime`.
package final class TimedCache<Value: Sendable>: Sendable {
    private let box = NIOLockedValueBox<(value: Value, at: Date)?>(nil)
    package let lifetime: TimeInterval

    package init(lifetime: TimeInterval) { self.lifetime = lifetime }

    package func value(now: Date, read: () async throws -> Value) async throws -> Value {
        if let kept = box.withLockedValue({ $0 }), kept.at <= now, now.timeIntervalSince(kept.at) < lifetime {
            return kept.value
        }
        let value = try await read()
        box.withLockedValue { $0 = (value, now) }
        return value
    }

    package func forget() { box.withLockedValue { $0 = nil } }
}
