import MASAApp
import Testing
@testable import Risks

@Test func risksFeatureIsPartOfTheApp() {
    #expect(MASAApp.features.contains { $0.id == RisksFeature().id })
}
