import MASACore
import Vapor

/// A page built from GOV.UK patterns, top to bottom: each case is one component, drawn by `BlockRenderer`.
/// Pages with a layout of their own are still lists of blocks; a new component is a new case here and its drawing
/// there, so every page gets it the same way.
package enum Block: Sendable {
    case heading(String, size: HeadingSize = .m)
    case paragraph(String)
    case hint(String)
    case inset(String)
    case warning(String)
    case summary(SummaryList)
    case table(TableView)
    case form(FormView)
    case buttons([ButtonLink])
    case cards([DashboardCard])
    /// Something to copy exactly (a key, a code), in a typeface that tells 0 from O.
    case secret(String)
    /// A list of such things, one to a line.
    case secrets([String])
    /// A chart the kit drew (`Block.chart`), with its data table.
    case figure(ChartFigure)
    /// Narrative text the kit turned from Markdown into safe HTML (`Block.markdown`).
    case narrative(TrustedHTML)
    /// A QR code the kit drew (`Block.qrCode`).
    case qrImage(TrustedHTML)

    package static func qrCode(_ code: QRCode, title: String) -> Block {
        .qrImage(TrustedHTML(kitMade: code.svg(title: title)))
    }
}

/// GOV.UK's heading sizes: `l` and `m` are `h2`, `s` is `h3`.
package enum HeadingSize: Sendable {
    case l, m, s
}

/// A link styled as a button, or (with `postTo`) a one-button form that changes something.
package struct ButtonLink: Sendable {
    package let label: String
    package let href: String
    package let isSecondary: Bool
    package let isPost: Bool
    package let csrfToken: String?
    package let formToken: String?

    package static func link(_ label: String, _ href: String, secondary: Bool = false) -> ButtonLink {
        ButtonLink(label: label, href: href, isSecondary: secondary, isPost: false, csrfToken: nil, formToken: nil)
    }

    package static func post(_ label: String, _ href: String, csrf: String, secondary: Bool = true) -> ButtonLink {
        ButtonLink(
            label: label, href: href, isSecondary: secondary, isPost: true, csrfToken: csrf,
            formToken: RandomToken.make())
    }
}

/// A coloured label with words: never colour alone.
package struct Tag: Sendable {
    package let text: String
    package let colour: String

    package init(_ text: String, _ colour: String) {
        self.text = text
        self.colour = colour
    }
}

package struct SummaryList: Sendable {
    package struct Row: Sendable {
        package let key: String
        package let value: String?
        package let href: String?
        package let tag: Tag?
        package let changeHref: String?

        package init(_ key: String, _ value: String?, href: String? = nil, tag: Tag? = nil, changeHref: String? = nil) {
            self.key = key
            self.value = (value?.isEmpty ?? true) && tag == nil ? "Not recorded" : value
            self.href = href
            self.tag = tag
            self.changeHref = changeHref
        }
    }

    package let title: String?
    package let rows: [Row]

    package init(title: String? = nil, rows: [Row]) {
        self.title = title
        self.rows = rows
    }
}

extension Request {
    /// Renders a page made of blocks with the shared layout.
    /// `?format=csv` or `?format=xlsx` gets the page's table as a file instead (see `TableExport`).
    package func renderPage(_ chrome: PageChrome, _ blocks: [Block], status: HTTPStatus = .ok) async throws -> Response
    {
        if status == .ok, let file = try TableExport.download(for: self, title: chrome.title, blocks: blocks) {
            return file
        }
        let shown = TableExport.addingDownloadLinks(to: blocks, for: self)
        let response = Response(status: status, body: .init(string: PageRenderer.page(chrome, shown)))
        response.headers.contentType = .html
        return response
    }
}
