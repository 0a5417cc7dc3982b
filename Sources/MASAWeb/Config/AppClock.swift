import Foundation
import MASACore
import NIOConcurrencyHelpers
import Vapor

/// Time is a dependency: handlers ask the clock, tests fix it.
package struct AppClock: Sendable {
    package var now: @Sendable () -> Date

    package init(now: @escaping @Sendable () -> Date) { self.now = now }

    package static let system = AppClock(now: { Date() })

    package static func fixed(_ date: Date) -> AppClock { AppClock(now: { date }) }

    package var today: LocalDate { LocalDate(now()) }
}

/// The app's clock, shared with what has no request to ask (the audit trail's model middleware), so a test that
/// fixes or moves the clock moves it everywhere.
final class ClockBox: Sendable {
    private let value = NIOLockedValueBox(AppClock.system)

    var clock: AppClock {
        get { value.withLockedValue { $0 } }
        set { value.withLockedValue { $0 = newValue } }
    }

    func now() -> Date { clock.now() }
}

extension Application {
    private struct ClockKey: StorageKey { typealias Value = ClockBox }

    /// Made once, at configuration, before anything reads it from another thread.
    var clockBox: ClockBox {
        if let box = storage[ClockKey.self] { return box }
        let box = ClockBox()
        storage[ClockKey.self] = box
        return box
    }

    package var clock: AppClock {
        get { storage[ClockKey.self]?.clock ?? .system }
        set { clockBox.clock = newValue }
    }
}

extension Request {
    package var now: Date { application.clock.now() }
    package var today: LocalDate { application.clock.today }
}
