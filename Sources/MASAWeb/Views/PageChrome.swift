import Fluent
import MASACore
import Vapor

/// What every page's layout needs: header, navigation, breadcrumbs, banner, error summary, CSRF token.
package struct PageChrome: Sendable {
    package struct Link: Sendable {
        package let label: String
        package let href: String
        package var isCurrent: Bool = false
    }

    package struct ErrorLink: Sendable {
        package let href: String
        package let message: String
    }

    package let title: String
    package let caption: String?
    package let serviceName: String
    package let userName: String?
    package let userAgency: String?
    /// The sections a person may visit; empty when signed out.
    package let navigation: [Link]
    /// The pages of the current section, under the service navigation.
    package let subNavigation: [Link]
    package let breadcrumbs: [Link]
    package let notification: String?
    package let errors: [ErrorLink]
    package let csrfToken: String

    package init(
        title: String, caption: String? = nil, serviceName: String, userName: String? = nil,
        userAgency: String? = nil, navigation: [Link] = [], subNavigation: [Link] = [], breadcrumbs: [Link] = [],
        notification: String? = nil, errors: [ErrorLink] = [], csrfToken: String
    ) {
        self.title = title
        self.caption = caption
        self.serviceName = serviceName
        self.userName = userName
        self.userAgency = userAgency
        self.navigation = navigation
        self.subNavigation = subNavigation
        self.breadcrumbs = breadcrumbs
        self.notification = notification
        self.errors = errors
        self.csrfToken = csrfToken
    }
}

/// A link in the breadcrumb trail above a page's heading.
package struct Crumb: Sendable {
    package let label: String
    package let href: String

    package init(_ label: String, _ href: String) {
        self.label = label
        self.href = href
    }
}

extension Request {
    /// Builds the chrome for a page; the partnership's name comes from its profile.
    package func chrome(
        title: String, caption: String? = nil, breadcrumbs: [Crumb] = [],
        errors: [PageChrome.ErrorLink] = []
    ) async throws -> PageChrome {
        let user = auth.get(CurrentUser.self)
        let profileName = try await partnershipName()
        let path = url.path
        let menu = user.map { application.registry.menu(for: $0.actor, at: path) }
        let crumbs =
            breadcrumbs.isEmpty
            ? []
            : [PageChrome.Link(label: "Home", href: "/")]
                + breadcrumbs.map { PageChrome.Link(label: $0.label, href: $0.href) }
        return PageChrome(
            title: title, caption: caption, serviceName: profileName ?? "MASA",
            userName: user?.name, userAgency: user?.agencyName, navigation: menu?.sections ?? [],
            subNavigation: menu?.pages ?? [], breadcrumbs: crumbs, notification: takeFlash(),
            errors: errors, csrfToken: csrfToken)
    }

    /// A one-line success message shown on the next page (POST, redirect, GET).
    package func flash(_ message: String) {
        session.data["flash"] = message
    }

    func takeFlash() -> String? {
        // Only a live session can hold a message; asking an anonymous visit's would start a session for it.
        guard hasLiveSession, let message = session.data["flash"] else { return nil }
        session.data["flash"] = nil
        return message
    }
}
