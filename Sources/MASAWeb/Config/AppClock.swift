import Foundation
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

extension Application {
    private struct ClockKey: StorageKey { typealias Value = AppClock }

    public var clock: AppClock {
        get { storage[ClockKey.self] ?? .system }
        set { storage[ClockKey.self] = newValue }
    }
}

extension Request {
    public var now: Date { application.clock.now() }
    public var today: LocalDate { application.clock.today }
}
