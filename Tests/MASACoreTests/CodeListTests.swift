import Foundation
import Testing
@testable import MASACore

@Suite("Lists of codes stored as JSON text")
struct CodeListTests {
    static let awkward = ["neglect", "", "a,b", "say \"no\"", "back\\slash", "line\nbreak\ttab\r", "bell\u{07}",
                          "path/with/slashes", "Ysgol Gymraeg – ŵ", "😀", "\u{1F}"]

    @Test func everyCodeComesBackAsItWasInItsPlace() throws {
        let text = CodeList.text(Self.awkward)
        #expect(CodeList.codes(text) == Self.awkward)
        #expect(try JSONDecoder().decode([String].self, from: Data(text.utf8)) == Self.awkward, "any JSON reader")
        #expect(CodeList.codes(CodeList.text([])) == [])
        #expect(CodeList.text([]) == "[]")
    }

    @Test func ordinaryCodesAreWrittenAsBeforeSoStoredTextStillCompares() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let codes = ["neglect", "a,b", "say \"no\"", "back\\slash", "path/x", "Ysgol – ŵ", "line\nbreak"]
        #expect(CodeList.text(codes) == String(decoding: try encoder.encode(codes), as: UTF8.self))
        #expect(CodeList.text(["b", "a"]) != CodeList.text(["a", "b"]), "order is kept")
    }

    @Test func textThatIsNotAListOfStringsIsNoList() {
        for text in ["", "neglect", "[1,2]", "{\"a\":1}", "[\"a\"", "null", "[null]"] {
            #expect(CodeList.codes(text) == nil, "\(text)")
        }
    }
}
