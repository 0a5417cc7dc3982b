import MASAApp
import Testing
@testable import Budget

@Test func budgetFeatureIsPartOfTheApp() {
    #expect(MASAApp.features.contains { $0.id == BudgetFeature().id })
}
