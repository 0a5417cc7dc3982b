/// A GOV.UK table in a scrollable region, with sortable headers, pagination and download links; and a chart,
/// which is a figure with its data table.
enum TableRenderer {
    static func render(_ table: TableView, into out: inout HTMLWriter) {
        if table.hasRows {
            out.markup("<div class=\"app-table-wrapper\" tabindex=\"0\" role=\"region\"")
            out.attribute("aria-label", table.caption ?? "Table")
            out.markup("><table class=\"app-table\">")
            if let caption = table.caption {
                out.element("caption", class: "app-table__caption app-table__caption--m", caption)
            }
            out.markup("<thead class=\"app-table__head\"><tr class=\"app-table__row\">")
            for column in table.columns { header(column, &out) }
            out.markup("</tr></thead>\n<tbody class=\"app-table__body\">")
            for row in table.rows {
                out.markup("<tr class=\"app-table__row\">")
                for cell in row { self.cell(cell, &out) }
                out.markup("</tr>\n")
            }
            out.markup("</tbody></table></div>")
        } else {
            if let caption = table.caption { out.element("h2", class: "app-heading-m", caption) }
            out.element("p", class: "app-body", table.emptyText)
        }
        if let pagination = table.pagination { self.pagination(pagination, &out) }
        if let downloads = table.downloads { self.downloads(downloads, &out) }
    }

    private static func header(_ column: TableView.Column, _ out: inout HTMLWriter) {
        out.markup("<th scope=\"col\"")
        out.classes("app-table__header", ("app-table__header--numeric", column.isNumeric))
        out.attribute("aria-sort", column.ariaSort)
        out.markup(">")
        out.link(column.label, href: column.sortHref, class: "app-table__sort-link")
        out.markup("</th>\n")
    }

    private static func cell(_ cell: TableView.Cell, _ out: inout HTMLWriter) {
        out.markup("<td")
        out.classes("app-table__cell", ("app-table__cell--numeric", cell.isNumeric))
        out.markup(">")
        if let tag = cell.tag { BlockRenderer.tag(tag, &out) }
        out.link(cell.text, href: cell.href)
        if let hint = cell.hint {
            out.markup("<br>")
            out.element("span", class: "app-hint app-body-s", hint)
        }
        out.markup("</td>\n")
    }

    private static func pagination(_ pagination: Pagination, _ out: inout HTMLWriter) {
        out.markup("<nav class=\"app-pagination\" aria-label=\"Pages\">")
        if let previous = pagination.previousHref { step("prev", "Previous", previous, &out) }
        out.markup("<ul class=\"app-pagination__list\">")
        for item in pagination.items {
            out.markup("<li")
            out.classes("app-pagination__item", ("app-pagination__item--current", item.isCurrent))
            out.markup(">")
            out.element(
                "a",
                [
                    "class": "app-link app-pagination__link", "href": item.href,
                    "aria-label": "Page \(item.number)", "aria-current": item.isCurrent ? "page" : nil,
                ],
                String(item.number))
            out.markup("</li>\n")
        }
        out.markup("</ul>\n")
        if let next = pagination.nextHref { step("next", "Next", next, &out) }
        out.markup("</nav>\n")
        out.element("p", class: "app-body-s", pagination.summary)
    }

    /// "Previous page" or "Next page".
    private static func step(_ rel: String, _ label: String, _ href: String, _ out: inout HTMLWriter) {
        out.markup("<div class=\"app-pagination__\(rel)\">")
        out.open("a", ["class": "app-link app-pagination__link", "href": href, "rel": rel])
        out.markup("<span class=\"app-pagination__link-title\">\(label)")
        out.markup("<span class=\"app-visually-hidden\"> page</span></span></a></div>\n")
    }

    private static func downloads(_ downloads: TableDownloads, _ out: inout HTMLWriter) {
        out.markup("<ul class=\"app-download-links\">")
        for (href, text) in [(downloads.csvHref, downloads.csvText), (downloads.xlsxHref, downloads.xlsxText)] {
            out.markup("<li class=\"app-download-links__item\">")
            out.open("a", ["class": "app-link", "href": href])
            out.text(text)
            if let name = downloads.tableName {
                out.markup("<span class=\"app-visually-hidden\">: ")
                out.text(name)
                out.markup("</span>")
            }
            out.markup("</a></li>\n")
        }
        out.markup("</ul>")
    }

    static func chart(_ figure: ChartFigure, into out: inout HTMLWriter) {
        out.markup("<figure class=\"app-chart\"><figcaption class=\"app-chart__caption\">")
        out.text(figure.title)
        if let note = figure.note { out.element("span", class: "app-chart__note", note) }
        out.markup("</figcaption>\n")
        if let svg = figure.svg {
            out.markup("<div class=\"app-chart__image\">")
            out.trusted(TrustedHTML(kitMade: svg))  // drawn by the kit's chart code, which escapes every label
            out.markup("</div>\n")
        } else {
            out.element("p", class: "app-body app-chart__empty", figure.emptyText)
        }
        if figure.table.hasRows {
            out.markup("<details class=\"app-details app-chart__data\"><summary class=\"app-details__summary\">")
            out.markup(
                "<span class=\"app-details__summary-text\">Show the data<span class=\"app-visually-hidden\"> for ")
            out.text(figure.title)
            out.markup("</span></span></summary><div class=\"app-details__text\">")
            render(figure.table, into: &out)
            out.markup("</div></details>")
        }
        out.markup("</figure>")
    }
}
