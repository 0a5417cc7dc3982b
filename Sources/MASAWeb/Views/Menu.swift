import MASACore

/// The service navigation for one person on one page: a link a section (to its first page they may see), and the
/// pages of the section they are in.
struct Menu {
    let sections: [PageChrome.Link]
    let pages: [PageChrome.Link]
}

extension FeatureRegistry {
    func menu(for actor: Actor, at path: String) -> Menu {
        let visible = navigation.filter { Access.canSometimes(actor, $0.permission) }
        let bySection = Dictionary(grouping: visible, by: \.section)
        let current = visible.first { $0.isCurrent(path) }?.section
        let sections = NavigationSection.allCases.compactMap { section -> PageChrome.Link? in
            guard let first = bySection[section]?.min(by: { $0.order < $1.order }) else { return nil }
            return PageChrome.Link(label: section.label, href: first.path, isCurrent: section == current)
        }
        let pages = (current.flatMap { bySection[$0] } ?? []).sorted { $0.order < $1.order }
            .map { PageChrome.Link(label: $0.label, href: $0.path, isCurrent: $0.isCurrent(path)) }
        return Menu(sections: sections, pages: pages.count > 1 ? pages : [])
    }
}
