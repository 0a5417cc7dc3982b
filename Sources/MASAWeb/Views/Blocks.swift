import MASACore
import Vapor

/// A page built from GOV.UK patterns, top to bottom. Most pages are a list of blocks rendered by
/// `Shared/page.leaf`; pages with a layout of their own use their own template and the same partials.
public struct Block: Encodable, Sendable {
    public let kind: String
    public var text: String?
    public var level: String?
    public var summary: SummaryList?
    public var table: TableView?
    public var form: FormView?
    public var links: [ButtonLink]?
    public var cards: [DashboardCard]?
    public var items: [String]?
    /// Markup drawn by `QRCode.svg`, inserted unescaped: only `qrCode(_:title:)` sets it, from a symbol, so no
    /// text from a form or the database reaches the page this way.
    public private(set) var svg: String?
    /// A chart the kit drew (`Block.chart`), with its data table; its SVG is the kit's, never a caller's.
    public internal(set) var chart: ChartFigure?
    /// Narrative text the kit turned from Markdown into safe HTML (`Block.markdown`), inserted unescaped.
    public internal(set) var html: String?

    init(kind: String) { self.kind = kind }

    public static func heading(_ text: String, size: String = "m") -> Block {
        var block = Block(kind: "heading"); block.text = text; block.level = size; return block
    }
    public static func paragraph(_ text: String) -> Block { var b = Block(kind: "paragraph"); b.text = text; return b }
    public static func hint(_ text: String) -> Block { var b = Block(kind: "hint"); b.text = text; return b }
    public static func inset(_ text: String) -> Block { var b = Block(kind: "inset"); b.text = text; return b }
    public static func warning(_ text: String) -> Block { var b = Block(kind: "warning"); b.text = text; return b }
    public static func summary(_ list: SummaryList) -> Block { var b = Block(kind: "summary"); b.summary = list; return b }
    public static func table(_ table: TableView) -> Block { var b = Block(kind: "table"); b.table = table; return b }
    public static func form(_ form: FormView) -> Block { var b = Block(kind: "form"); b.form = form; return b }
    public static func buttons(_ links: [ButtonLink]) -> Block { var b = Block(kind: "buttons"); b.links = links; return b }
    public static func cards(_ cards: [DashboardCard]) -> Block { var b = Block(kind: "cards"); b.cards = cards; return b }
    /// Something to copy exactly (a key, a code), in a typeface that tells 0 from O.
    public static func secret(_ text: String) -> Block { var b = Block(kind: "secret"); b.text = text; return b }
    /// A list of such things, one to a line.
    public static func secrets(_ items: [String]) -> Block { var b = Block(kind: "secrets"); b.items = items; return b }
    public static func qrCode(_ code: QRCode, title: String) -> Block {
        var block = Block(kind: "qr-code")
        block.svg = code.svg(title: title)
        return block
    }
}

/// A link styled as a button, or (with `postTo`) a one-button form that changes something.
public struct ButtonLink: Encodable, Sendable {
    public let label: String
    public let href: String
    public let isSecondary: Bool
    public let isPost: Bool
    public let csrfToken: String?
    public let formToken: String?

    public static func link(_ label: String, _ href: String, secondary: Bool = false) -> ButtonLink {
        ButtonLink(label: label, href: href, isSecondary: secondary, isPost: false, csrfToken: nil, formToken: nil)
    }

    public static func post(_ label: String, _ href: String, csrf: String, secondary: Bool = true) -> ButtonLink {
        ButtonLink(label: label, href: href, isSecondary: secondary, isPost: true, csrfToken: csrf,
                   formToken: RandomToken.make())
    }
}

/// A coloured label with words: never colour alone.
public struct Tag: Encodable, Sendable {
    public let text: String
    public let colour: String

    public init(_ text: String, _ colour: String) {
        self.text = text
        self.colour = colour
    }
}

public struct SummaryList: Encodable, Sendable {
    public struct Row: Encodable, Sendable {
        public let key: String
        public let value: String?
        public let href: String?
        public let tag: Tag?
        public let changeHref: String?

        public init(_ key: String, _ value: String?, href: String? = nil, tag: Tag? = nil, changeHref: String? = nil) {
            self.key = key
            self.value = (value?.isEmpty ?? true) && tag == nil ? "Not recorded" : value
            self.href = href
            self.tag = tag
            self.changeHref = changeHref
        }
    }

    public let title: String?
    public let rows: [Row]

    public init(title: String? = nil, rows: [Row]) {
        self.title = title
        self.rows = rows
    }
}

/// The rendered page: chrome plus blocks.
struct BlockPage: Encodable {
    let page: PageChrome
    let blocks: [Block]
}

extension Request {
    /// Renders a page made of blocks with the shared layout.
    /// `?format=csv` or `?format=xlsx` gets the page's table as a file instead (see `TableExport`).
    public func renderPage(_ chrome: PageChrome, _ blocks: [Block], status: HTTPStatus = .ok) async throws -> Response {
        if status == .ok, let file = try TableExport.download(for: self, title: chrome.title, blocks: blocks) {
            return file
        }
        let shown = TableExport.addingDownloadLinks(to: blocks, for: self)
        let view = try await self.view.render("Shared/page", BlockPage(page: chrome, blocks: shown))
        let response = try await view.encodeResponse(status: status, for: self)
        return response
    }
}
