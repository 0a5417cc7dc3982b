/// Draws each block as its GOV.UK component.
enum BlockRenderer {
    static func render(_ block: Block, into out: inout HTMLWriter) {
        switch block {
        case .heading(let text, let size):
            switch size {
            case .l: out.element("h2", class: "app-heading-l", text)
            case .m: out.element("h2", class: "app-heading-m", text)
            case .s: out.element("h3", class: "app-heading-s", text)
            }
        case .paragraph(let text): out.element("p", class: "app-body", text)
        case .hint(let text): out.element("p", class: "app-hint", text)
        case .inset(let text): out.element("div", class: "app-inset-text", text)
        case .warning(let text): warning(text, &out)
        case .summary(let list): summary(list, &out)
        case .table(let table): TableRenderer.render(table, into: &out)
        case .form(let form): FormRenderer.render(form, into: &out)
        case .buttons(let links): buttons(links, &out)
        case .cards(let cards): self.cards(cards, &out)
        case .secret(let text):
            out.markup("<p class=\"app-body\">")
            out.element("code", class: "app-secret", text)
            out.markup("</p>")
        case .secrets(let items):
            out.markup("<ul class=\"app-list app-secret-list\">")
            for item in items {
                out.markup("<li>")
                out.element("code", class: "app-secret", item)
                out.markup("</li>\n")
            }
            out.markup("</ul>")
        case .figure(let figure): TableRenderer.chart(figure, into: &out)
        case .narrative(let html):
            out.markup("<div class=\"app-narrative\">")
            out.trusted(html)
            out.markup("</div>")
        case .qrImage(let svg):
            out.markup("<div class=\"app-qr-code-wrapper\">")
            out.trusted(svg)
            out.markup("</div>")
        }
        out.markup("\n")
    }

    private static func warning(_ text: String, _ out: inout HTMLWriter) {
        out.markup(
            "<div class=\"app-warning-text\"><span class=\"app-warning-text__icon\" aria-hidden=\"true\">!</span>")
        out.markup("<strong class=\"app-warning-text__text\"><span class=\"app-visually-hidden\">Warning</span>")
        out.text(text)
        out.markup("</strong></div>")
    }

    private static func summary(_ list: SummaryList, _ out: inout HTMLWriter) {
        if let title = list.title { out.element("h2", class: "app-heading-m", title) }
        out.markup("<dl class=\"app-summary-list\">")
        for row in list.rows {
            out.markup("<div class=\"app-summary-list__row\">")
            out.element("dt", class: "app-summary-list__key", row.key)
            out.markup("\n")
            out.markup("<dd class=\"app-summary-list__value\">")
            if let tag = row.tag {
                self.tag(tag, &out)
                out.markup(" ")
            }
            out.link(row.value, href: row.href)
            out.markup("</dd>\n")
            if let change = row.changeHref {
                out.markup("<dd class=\"app-summary-list__actions\">")
                out.open("a", ["class": "app-link", "href": change])
                out.markup("Change<span class=\"app-visually-hidden\"> ")
                out.text(row.key)
                out.markup("</span></a></dd>")
            }
            out.markup("</div>\n")
        }
        out.markup("</dl>")
    }

    static func tag(_ tag: Tag, _ out: inout HTMLWriter) {
        out.markup("<strong class=\"app-tag app-tag--")
        out.text(tag.colour)
        out.markup("\">")
        out.text(tag.text)
        out.markup("</strong>")
    }

    private static func buttons(_ links: [ButtonLink], _ out: inout HTMLWriter) {
        out.markup("<div class=\"app-button-group\">")
        for link in links {
            if link.isPost {
                out.open("form", ["method": "post", "action": link.href, "class": "app-inline-form"])
                PageRenderer.hiddenInput("csrf_token", link.csrfToken ?? "", &out)
                PageRenderer.hiddenInput("form_token", link.formToken ?? "", &out)
                out.markup("<button type=\"submit\"")
                out.classes("app-button", ("app-button--secondary", link.isSecondary))
                out.markup(">")
                out.text(link.label)
                out.markup("</button></form>\n")
            } else {
                out.markup("<a")
                out.attribute("href", link.href)
                out.markup(" role=\"button\" draggable=\"false\"")
                out.classes("app-button", ("app-button--secondary", link.isSecondary))
                out.markup(">")
                out.text(link.label)
                out.markup("</a>\n")
            }
        }
        out.markup("</div>")
    }

    private static func cards(_ cards: [DashboardCard], _ out: inout HTMLWriter) {
        out.markup("<ul class=\"app-card-grid\">")
        for card in cards {
            out.markup("<li class=\"app-card ")
            out.markup(card.isAlert ? "app-card--alert" : "app-card--ok")
            out.markup("\"><h2 class=\"app-card__title\">")
            out.link(card.title, href: card.href)
            out.markup("</h2>\n<p class=\"app-card__count\">")
            out.text(card.count)
            out.markup("</p>\n")
            out.element("p", class: "app-card__body", card.body)
            out.markup("</li>\n")
        }
        out.markup("</ul>")
    }
}
