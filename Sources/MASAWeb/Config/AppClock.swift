import Foundation
import NIOConcurrencyHelpers
import MASACore
import Vapor

/// Time is a dependency: handlers ask the clock, tests fix it.
public struct AppClock: Sendable {
    public var now: @Sendable () -> Date

    public init(now: @escaping @Sendable () -> Date) { self.now = now }

    public static let system = AppClock(now: { Date() })

    public static func fixed(_ date: Date) -> AppClock { AppClock(now: { date }) }

    public var today: LocalDate { LocalDate(now()) }
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

    public var clock: AppClock {
        get { storage[ClockKey.self]?.clock ?? .system }
        set { clockBox.clock = newValue }
    }
}

extension Request {
    public var now: Date { application.clock.now() }
    public var today: LocalDate { application.clock.today }
}
