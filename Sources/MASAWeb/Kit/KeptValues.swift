import Fluent
import Foundation
import MASACore
import Vapor

/// The few small things nearly every page reads and that change a few times a year: the partnership's name (every
/// header), the session policy (every request with a session), the settings and the bank holiday adjustments (every
/// case review page and the dashboard). Reading them was a round trip each before a page did its own work, so each
/// is kept for 15 seconds per app, and forgotten at once when this instance changes one (`ForgetOnChange`, however
/// the change was made); another instance's change shows within 15 seconds.
package final class KeptValues: Sendable {
    let partnershipName = TimedCache<String?>(lifetime: 15)
    let sessionPolicy = TimedCache<SessionPolicy>(lifetime: 15)
    let settings = TimedCache<SettingValues>(lifetime: 15)
    let calendar = TimedCache<WorkingDayCalendar>(lifetime: 15)
}

extension Application {
    private struct KeptValuesKey: StorageKey { typealias Value = KeptValues }

    /// Made once at configuration (application storage is not for writing from concurrent requests), with the model
    /// middleware that keeps each value honest.
    func installKeptValues() {
        let kept = KeptValues()
        storage[KeptValuesKey.self] = kept
        databases.middleware.use(ForgetOnChange(PartnershipProfile.self) { kept.partnershipName.forget() })
        databases.middleware.use(ForgetOnChange(SessionPolicy.self) { kept.sessionPolicy.forget() })
        databases.middleware.use(ForgetOnChange(SettingValue.self) { kept.settings.forget() })
        databases.middleware.use(ForgetOnChange(HolidayAdjustmentRecord.self) { kept.calendar.forget() })
    }

    var kept: KeptValues { storage[KeptValuesKey.self]! }
}

extension Request {
    /// The partnership's name for the page header, or nil before a profile is saved.
    func partnershipName() async throws -> String? {
        try await application.kept.partnershipName.value(now: now) {
            try await PartnershipProfile.current(on: db)?.name
        }
    }
}
