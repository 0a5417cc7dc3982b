import MASACore

/// The sections of the service navigation: the partnership's three pillars, its structure, and administration.
/// Features put their links in a section, so eighteen features still fit in one bar of five.
package enum NavigationSection: Int, CaseIterable, Sendable {
    case partnership, leadership, assurance, learning, administration

    package var label: String {
        switch self {
        case .partnership: "Partnership"
        case .leadership: "Leadership"
        case .assurance: "Assurance"
        case .learning: "Learning"
        case .administration: "Administration"
        }
    }
}

package struct NavigationItem: Sendable {
    package let label: String
    package let path: String
    package let permission: Permission
    package let section: NavigationSection
    /// Order within the section; lower first.
    package let order: Int

    package init(_ label: String, _ path: some SitePath, permission: Permission, section: NavigationSection,
                order: Int, query: [(String, String)] = []) {
        self.label = label
        self.path = path.path(query: query)
        self.permission = permission
        self.section = section
        self.order = order
    }

    /// True on this item's own page and the pages beneath it.
    func isCurrent(_ requestPath: String) -> Bool {
        requestPath == path || requestPath.hasPrefix(path + "/")
    }
}

/// One tile on the home dashboard: a count, a line of explanation and a link to the list behind it.
package struct DashboardCard: Sendable {
    package let title: String
    package let count: Int
    package let body: String
    package let href: String
    /// Alert cards (something overdue) get a red edge; calm ones a green edge when the count is zero.
    package let isAlert: Bool
    package let order: Int

    package init(title: String, count: Int, body: String, href: String, isAlert: Bool, order: Int) {
        self.title = title
        self.count = count
        self.body = body
        self.href = href
        self.isAlert = isAlert
        self.order = order
    }
}
