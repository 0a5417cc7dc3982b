import Administration
import Budget
import CaseReviews
import Governance
import MASAWeb
import Partnership
import Risks
import Vapor

/// The composition root: the only place that knows every feature. Order sets migration and seeding order.
package enum MASAApp {
    package static var features: [any Feature] {
        [PartnershipFeature(), GovernanceFeature(), RisksFeature(), BudgetFeature(), CaseReviewsFeature(),
         AdministrationFeature()]
    }

    package static func configure(_ app: Application, config: AppConfig) throws {
        try configureMASA(app, config: config, features: features)
    }
}
