import MASATestSupport
import Reviews

/// What the case reviews' page models need beyond the shared `PageModel`: the clocks a handler makes.
extension PageModel {
    /// Today, the working-day calendar and the settings, as the handlers make them.
    static func clocks(_ t: TestContext) async throws -> ClockContext { try await ClockContext.make(request(t)) }
}
