import Testing
@testable import MASACore

@Suite("Base32 (RFC 4648)")
struct Base32Tests {
    /// The test vectors of RFC 4648, section 10.
    static let vectors: [(String, String)] = [
        ("", ""), ("f", "MY======"), ("fo", "MZXQ===="), ("foo", "MZXW6==="), ("foob", "MZXW6YQ="),
        ("fooba", "MZXW6YTB"), ("foobar", "MZXW6YTBOI======"),
    ]

    @Test func encodesTheRFCVectors() {
        for (plain, encoded) in Self.vectors {
            #expect(Base32.encode(Array(plain.utf8)) == encoded, "\(plain)")
        }
        #expect(Base32.encode(Array("foobar".utf8), padding: false) == "MZXW6YTBOI")
    }

    @Test func decodesTheRFCVectors() {
        for (plain, encoded) in Self.vectors {
            #expect(Base32.decode(encoded) == Array(plain.utf8), "\(encoded)")
        }
    }

    @Test func decodingForgivesCaseSpacesAndMissingPadding() {
        #expect(Base32.decode("mzxw 6ytb oi") == Array("foobar".utf8))
        #expect(Base32.decode("MZXW6YQ") == Array("foob".utf8))
        #expect(Base32.decode("mzxw-6ytb") == Array("fooba".utf8))
    }

    @Test func decodingRefusesWhatCannotBeBase32() {
        #expect(Base32.decode("MZXW1YTB") == nil, "1 is not in the alphabet")
        #expect(Base32.decode("MZ=XW") == nil, "nothing after padding")
        #expect(Base32.decode("M") == nil, "one symbol is not a whole byte")
        #expect(Base32.decode("MZXW6YTBO") == nil, "nine symbols leave a stray one")
    }

    @Test func roundTripsEveryLength() {
        var generator = SeededGenerator(seed: 42)
        for length in 0..<41 {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            #expect(Base32.decode(Base32.encode(bytes)) == bytes)
            #expect(Base32.decode(Base32.encode(bytes, padding: false).lowercased()) == bytes)
        }
    }

    @Test func groupsForReadingOut() {
        #expect(Base32.grouped("ABCDEFGHIJ") == "ABCD EFGH IJ")
        #expect(Base32.grouped("abcdefgh", separator: "-") == "abcd-efgh")
        #expect(Base32.grouped("") == "")
    }
}
