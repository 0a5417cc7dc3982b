import MASACore
import MASAWeb

/// The case reviews dashboard, the top of every case review page's breadcrumbs.
package enum CaseReviewPaths: SitePath {
    case dashboard
    /// Where every case review page's breadcrumbs start.
    package static let crumbs = [Crumb("Case reviews", CaseReviewPaths.dashboard.path)]
    package var segments: [PathSegment] { ["case-reviews"] }
}
