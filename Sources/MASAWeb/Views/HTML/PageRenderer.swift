/// The whole page: the GOV.UK template (skip link, header, service and section navigation, breadcrumbs, error
/// summary, success banner, heading, footer) around the blocks.
enum PageRenderer {
    static func page(_ chrome: PageChrome, _ blocks: [Block]) -> String {
        var out = HTMLWriter()
        out.markup("<!DOCTYPE html>\n<html lang=\"en-GB\" class=\"app-template\">\n<head>\n<meta charset=\"utf-8\">\n")
        out.markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        if !chrome.errors.isEmpty { out.markup("Error: ") }
        out.text(chrome.title)
        out.markup(" – ")
        out.text(chrome.serviceName)
        out.markup("</title>\n<link rel=\"stylesheet\" href=\"/css/app.css\">\n</head>\n")
        out.markup("<body class=\"app-template__body\">\n")
        out.markup("<a href=\"#main-content\" class=\"app-skip-link\">Skip to main content</a>\n")
        header(chrome, &out)
        navigation(chrome, &out)
        out.markup("<div class=\"app-width-container\">\n")
        breadcrumbs(chrome.breadcrumbs, &out)
        out.markup("<main class=\"app-main-wrapper\" id=\"main-content\">\n")
        errorSummary(chrome.errors, &out)
        if let notification = chrome.notification { banner(notification, &out) }
        if let caption = chrome.caption { out.element("span", class: "app-caption-l", caption) }
        out.element("h1", class: "app-heading-l", chrome.title)
        out.markup("\n")
        for block in blocks { BlockRenderer.render(block, into: &out) }
        out.markup(
            "</main>\n</div>\n<footer class=\"app-footer\" role=\"contentinfo\"><div class=\"app-width-container\">")
        out.markup("<div class=\"app-footer__meta\"><p class=\"app-body-s\">MASA: open-source software for ")
        out.markup("multi-agency safeguarding arrangements.</p></div></div></footer>\n</body>\n</html>\n")
        return out.html
    }

    private static func header(_ chrome: PageChrome, _ out: inout HTMLWriter) {
        out.markup("<header class=\"app-header\" role=\"banner\">")
        out.markup("<div class=\"app-header__container app-width-container\"><div class=\"app-header__content\">")
        out.link(chrome.serviceName, href: "/", class: "app-header__service-name")
        out.markup("</div>\n")
        if let name = chrome.userName {
            out.markup("<div class=\"app-header__account\"><span class=\"app-header__account-name\">")
            out.text(name)
            if let agency = chrome.userAgency {
                out.markup(", ")
                out.text(agency)
            }
            out.markup("</span>\n")
            // Search is for everyone signed in, on every page, as GOV.UK services put it in the header.
            out.link("Search", href: SearchPaths.search.path, class: "app-header__link")
            out.markup("\n<a class=\"app-header__link\" href=\"/account/two-factor\">Two-factor sign-in</a>\n")
            out.markup("<form method=\"post\" action=\"/sign-out\" class=\"app-header__account-form\">")
            hiddenInput("csrf_token", chrome.csrfToken, &out)
            out.markup("<button type=\"submit\" class=\"app-header__account-button\">Sign out</button></form></div>")
        }
        out.markup("</div></header>\n")
    }

    private static func navigation(_ chrome: PageChrome, _ out: inout HTMLWriter) {
        if !chrome.navigation.isEmpty {
            out.markup("<nav class=\"app-service-navigation\" aria-label=\"Menu\"><div class=\"app-width-container\">")
            out.markup("<ul class=\"app-service-navigation__list\">")
            for link in chrome.navigation {
                out.markup("<li")
                out.classes("app-service-navigation__item", ("app-service-navigation__item--active", link.isCurrent))
                out.markup(">")
                out.element(
                    "a",
                    [
                        "class": "app-service-navigation__link", "href": link.href,
                        "aria-current": link.isCurrent ? "true" : nil,
                    ], link.label)
                out.markup("</li>\n")
            }
            out.markup("</ul></div></nav>\n")
        }
        guard !chrome.subNavigation.isEmpty else { return }
        out.markup("<nav class=\"app-sub-navigation app-width-container\" aria-label=\"Pages in this section\">")
        out.markup("<ul class=\"app-sub-navigation__list\">")
        for link in chrome.subNavigation {
            out.markup("<li class=\"app-sub-navigation__item\">")
            out.element(
                "a",
                [
                    "class": "app-sub-navigation__link", "href": link.href,
                    "aria-current": link.isCurrent ? "page" : nil,
                ], link.label)
            out.markup("</li>\n")
        }
        out.markup("</ul></nav>\n")
    }

    private static func breadcrumbs(_ crumbs: [PageChrome.Link], _ out: inout HTMLWriter) {
        guard !crumbs.isEmpty else { return }
        out.markup("<nav class=\"app-breadcrumbs\" aria-label=\"Breadcrumb\"><ol class=\"app-breadcrumbs__list\">")
        for crumb in crumbs {
            out.markup("<li class=\"app-breadcrumbs__list-item\">")
            out.link(crumb.label, href: crumb.href, class: "app-breadcrumbs__link")
            out.markup("</li>\n")
        }
        out.markup("</ol></nav>\n")
    }

    private static func errorSummary(_ errors: [PageChrome.ErrorLink], _ out: inout HTMLWriter) {
        guard !errors.isEmpty else { return }
        out.markup("<div class=\"app-error-summary\" data-module=\"app-error-summary\" tabindex=\"-1\">")
        out.markup("<div role=\"alert\"><h2 class=\"app-error-summary__title\">There is a problem</h2>")
        out.markup("<div class=\"app-error-summary__body\"><ul class=\"app-list app-error-summary__list\">")
        for error in errors {
            out.markup("<li>")
            out.element("a", ["href": error.href], error.message)
            out.markup("</li>\n")
        }
        out.markup("</ul></div></div></div>\n")
    }

    private static func banner(_ notification: String, _ out: inout HTMLWriter) {
        out.markup("<div class=\"app-notification-banner app-notification-banner--success\" role=\"alert\" ")
        out.markup("aria-labelledby=\"app-notification-banner-title\"><div class=\"app-notification-banner__header\">")
        out.markup("<h2 class=\"app-notification-banner__title\" id=\"app-notification-banner-title\">Success</h2>")
        out.markup("</div><div class=\"app-notification-banner__content\">")
        out.element("p", class: "app-notification-banner__heading", notification)
        out.markup("</div></div>\n")
    }

    static func hiddenInput(_ name: String, _ value: String, _ out: inout HTMLWriter) {
        out.open("input", ["type": "hidden", "name": name, "value": value])
    }
}
