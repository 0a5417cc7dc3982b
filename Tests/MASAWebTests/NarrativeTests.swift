import Foundation
import MASATestSupport
@testable import MASAWeb
import Testing

/// Markdown from people's typing becomes HTML that holds only text and formatting: no tag they type, no address
/// that runs script, no `h1`.
@Suite("Narrative text (Markdown made safe)")
struct NarrativeTests {
    /// Every tag in `html`, as written between `<` and `>`.
    static func tags(_ html: String) -> [String] {
        html.components(separatedBy: "<").dropFirst().map { String($0.prefix { $0 != ">" }) }
    }

    @Test func formattingComesThrough() {
        let html = Narrative.html("Some **bold** and *italic* and ***both*** with `code`.\n\n- one\n- two\n\n1. first")
        #expect(html.contains("<strong>bold</strong>"))
        #expect(html.contains("<em>italic</em>"))
        #expect(html.contains("<code>code</code>"))
        #expect(html.contains("<ul class=\"app-list app-list--bullet\"><li>one</li><li>two</li></ul>"))
        #expect(html.contains("<ol class=\"app-list app-list--number\"><li>first</li></ol>"))
        #expect(html.hasPrefix("<p class=\"app-body\">"))
    }

    @Test func nestedEmphasisStaysBalanced() {
        let html = Narrative.html("**bold *and italic* inside** and *italic **and bold** inside*")
        #expect(html.contains("<strong>bold <em>and italic</em> inside</strong>"), "\(html)")
        #expect(html.contains("<em>italic <strong>and bold</strong> inside</em>"), "\(html)")
        #expect(NarrativeCheck.isSafe(html))
    }

    @Test func scriptTagsShowAsTheTextTyped() {
        let html = Narrative.html("Before <script>alert('x')</script> after")
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert"), "\(html)")
        let block = Narrative.html("<script>\nalert(1)\n</script>")
        #expect(!block.contains("<script"), "an HTML block is text too: \(block)")
    }

    @Test func imagesAndEventHandlersNeverBecomeElements() {
        for input in ["<img src=x onerror=alert(1)>", "<IMG SRC=x ONERROR=alert(1)>", "<svg onload=alert(1)>",
                      "![alt text](javascript:alert(1))", "![x\" onerror=\"alert(1)](http://example.com/a.png)",
                      "<a href=\"javascript:alert(1)\">click</a>", "<iframe src=//evil>", "<p\n\n# Heading"] {
            let html = Narrative.html(input)
            for tag in Self.tags(html) {
                let name = tag.prefix { $0 != " " }.lowercased().trimmingCharacters(in: ["/"])
                #expect(NarrativeCheck.allowed[name] != nil, "\(input) made <\(tag)>")
            }
            #expect(!html.lowercased().contains("<img"), "\(input): \(html)")
            #expect(!html.contains("onerror=\"") && !html.contains("onload=\""), "\(input): \(html)")
        }
        #expect(Narrative.html("![A chart of rates](/chart.png)").contains("A chart of rates"), "the words stay")
    }

    @Test(arguments: ["javascript:alert(1)", "JavaScript:alert(1)", "vbscript:msgbox(1)", "data:text/html,<b>x</b>",
                      "java\tscript:alert(1)", "javascript&#58;alert(1)", "//evil.example/x", "/\\evil.example",
                      "file:///etc/passwd", " javascript:alert(1)"])
    func dangerousAddressesLoseTheirLink(_ address: String) {
        let html = Narrative.html("[click here](\(address))")
        #expect(html.contains("click here"))
        if let href = NarrativeModifiers.attribute("href", in: html) {
            // A link may survive only as a harmless relative address, with no scheme a browser would act on.
            let followed = NarrativeLinks.decoded(href).lowercased()
            let schemes = ["javascript:", "data:", "vbscript:"]
            #expect(!schemes.contains { followed.hasPrefix($0) }, "\(address) became \(href)")
            #expect(NarrativeLinks.isAllowed(NarrativeLinks.decoded(href)), "\(address) became \(href)")
        }
    }

    @Test func safeAddressesKeepTheirLink() {
        let cases = ["https://www.gov.uk/guidance": "https://www.gov.uk/guidance", "mailto:lscp@example.org":
                     "mailto:lscp@example.org", "/risks/123": "/risks/123", "report#findings": "report#findings",
                     "https://example.org/?a=1&b=2": "https://example.org/?a=1&amp;b=2"]
        for (address, href) in cases {
            let html = Narrative.html("See [the page](\(address)).")
            #expect(html.contains("<a class=\"app-link\" href=\"\(href)\">the page</a>"), "\(address): \(html)")
        }
    }

    @Test func anAddressCannotLeaveItsAttribute() {
        let html = Narrative.html("[x](https://example.org/\" onmouseover=\"alert(1))")
        #expect(!html.contains("\" onmouseover"), "\(html)")
        #expect(NarrativeCheck.isSafe(html))
    }

    @Test func entitiesAreShownAsTyped() {
        let html = Narrative.html("Fish &amp; chips, &lt;b&gt;not bold&lt;/b&gt;, AT&T, 5 < 6 > 4, \"quoted\"")
        #expect(html.contains("Fish &amp;amp; chips"), "an entity typed is text, not markup: \(html)")
        #expect(html.contains("&amp;lt;b&amp;gt;not bold"), "\(html)")
        #expect(html.contains("AT&amp;T"))
        #expect(html.contains("5 &lt; 6 &gt; 4"))
        #expect(!html.contains("<b>"))
    }

    @Test func codeShowsItsCharactersOnce() {
        let inline = Narrative.html("Use `a < b && c` here")
        #expect(inline.contains("<code>a &lt; b &amp;&amp; c</code>"), "\(inline)")
        let block = Narrative.html("```html\" onclick=\"x\n<b>bold</b> & more\n```")
        #expect(block.contains("<pre><code>&lt;b&gt;bold&lt;/b&gt; &amp; more"), "\(block)")
        #expect(NarrativeCheck.isSafe(block))
    }

    @Test func headingsStartAtLevelTwo() {
        let html = Narrative.html("# Top\n\n## Second\n\n###### Sixth")
        #expect(!html.contains("<h1"))
        #expect(html.contains("<h2 class=\"app-heading-m\">Top</h2>"), "\(html)")
        #expect(html.contains("<h3 class=\"app-heading-s\">Second</h3>"))
        #expect(html.contains("<h6 class=\"app-heading-s\">Sixth</h6>"), "the deepest stays at h6")
    }

    @Test func aLeadingRuleIsNotTakenForMetadata() {
        let html = Narrative.html("---\nsummary: the year in brief\n---\nThe partnership met six times.")
        #expect(html.contains("the year in brief"), "\(html)")
        #expect(html.contains("The partnership met six times."))
    }

    @Test func theCheckRefusesWhatTheParserShouldNeverMake() {
        #expect(!NarrativeCheck.isSafe("<p>ok</p><script>x</script>"))
        #expect(!NarrativeCheck.isSafe("<p onclick=\"x\">ok</p>"))
        #expect(!NarrativeCheck.isSafe("<a href=\"javascript:alert(1)\">x</a>"))
        #expect(!NarrativeCheck.isSafe("<p class=x>unquoted</p>"))
        #expect(!NarrativeCheck.isSafe("<p>unclosed <em"))
        #expect(NarrativeCheck.isSafe("<p class=\"app-body\">fine<br></p><hr/>"))
        #expect(Narrative.plain("a <b>\n\nc") == "<p class=\"app-body\">a &lt;b&gt;</p><p class=\"app-body\">c</p>")
    }

    /// Random mixes of Markdown's and HTML's special characters: never a tag outside the list, never a hang.
    @Test func randomInputStaysWithinTheList() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["<", ">", "&", "\"", "'", "*", "_", "`", "[", "]", "(", ")", "!", "#", "-", "\n", " ", "a",
                      "javascript:", "http://x", "<p", "<img", "```", "|", "\\", "&lt;", "1.", ">", "~~", "\r\n"]
        for _ in 0..<400 {
            let length = Int.random(in: 1...40, using: &generator)
            let input = (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let html = Narrative.html(input)
            #expect(NarrativeCheck.isSafe(html), "\(input.debugDescription) → \(html)")
        }
    }

    @Test func theBlockCarriesTheSafeHTML() {
        guard case .narrative(let html) = Block.markdown("Hello <b>there</b>") else {
            Issue.record("Markdown makes a narrative block")
            return
        }
        #expect(html.html == "<p class=\"app-body\">Hello &lt;b&gt;there&lt;/b&gt;</p>")
    }

    @Test func narrativeIsRenderedInItsOwnBlock() async throws {
        try await withMASA(fixture: false) { t in
            let narrative = Block.markdown("# Summary\n\nA **good** year <script>x</script>")
            let html = try await ChartPageTests.page(t.app, [narrative])
            #expect(html.contains("<div class=\"app-narrative\"><h2 class=\"app-heading-m\">Summary</h2>"))
            #expect(html.contains("A <strong>good</strong> year &lt;script&gt;x&lt;/script&gt;"))
        }
    }
}
