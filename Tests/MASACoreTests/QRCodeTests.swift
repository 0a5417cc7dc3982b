import Foundation
import Testing
@testable import MASACore

@Suite("QR codes")
struct QRCodeTests {
    @Test(arguments: QRReferenceSymbols.all.indices)
    func matchesAnIndependentEncoderModuleForModule(_ index: Int) throws {
        let reference = QRReferenceSymbols.all[index]
        let code = try QRCode(text: reference.text, minimumVersion: reference.version, mask: reference.mask)
        #expect(code.version == reference.version)
        #expect(code.size == 17 + 4 * reference.version)
        let expected = try #require(Self.unpack(reference.base64, size: code.size))
        let differing = zip(code.modules, expected).enumerated().filter { $0.element.0 != $0.element.1 }.map(\.offset)
        #expect(
            differing.isEmpty,
            "modules differ at \(differing.prefix(10).map { "(\($0 % code.size), \($0 / code.size))" })")
    }

    @Test func scoresMasksAsTheIndependentEncoderDoes() throws {
        let reference = QRReferenceSymbols.all[2]
        let version = try #require(QRVersion(reference.version))
        let codewords = QRCodewords.interleaved(
            QRCodewords.data(Array(reference.text.utf8), version: version), version: version)
        let scores = (0..<8).map { mask in
            var matrix = QRMatrix(version: version)
            matrix.place(codewords)
            matrix.apply(mask: mask)
            matrix.drawFormat(mask: mask)
            return QRMask.penalty(matrix)
        }
        #expect(scores == QRReferenceSymbols.version7Penalties)
        let chosen = try QRCode(text: reference.text, minimumVersion: reference.version)
        #expect(chosen.mask == 4, "the lowest of those scores")
    }

    /// The block table and the drawn patterns must agree: the modules left for data are exactly the codewords'
    /// bits plus the standard's remainder bits (0, 3, 4 or 7 depending on the version).
    @Test func everyVersionsTableFitsItsGeometry() {
        let remainderBits = [
            0, 7, 7, 7, 7, 7, 0, 0, 0, 0, 0, 0, 0, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4,
            3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0, 0,
        ]
        for number in 1...40 {
            let version = QRVersion(number)!
            let matrix = QRMatrix(version: version)
            let free = (0..<version.size * version.size).filter {
                !matrix.isReserved(x: $0 % version.size, y: $0 / version.size)
            }
            #expect(free.count == version.totalCodewords * 8 + remainderBits[number - 1], "version \(number)")
        }
    }

    @Test func picksTheSmallestVersionThatFitsAndRefusesTooMuch() throws {
        #expect(QRCode.byteCapacity(version: 1) == 14)
        #expect(QRCode.byteCapacity(version: 10) == 213)
        #expect(QRCode.byteCapacity(version: 40) == 2331)
        #expect(try QRCode(bytes: Array(repeating: 65, count: 14)).version == 1)
        #expect(try QRCode(bytes: Array(repeating: 65, count: 15)).version == 2)
        #expect(try QRCode(bytes: Array(repeating: 65, count: 213)).version == 10)
        #expect(throws: QRCode.Failure.tooLong(bytes: 2332)) { try QRCode(bytes: Array(repeating: 65, count: 2332)) }
        #expect(throws: QRCode.Failure.noSuchMask(8)) { try QRCode(text: "x", mask: 8) }
    }

    @Test func drawsAnAccessibleScalableSVGWithOnePath() throws {
        let code = try QRCode(text: "HELLO WORLD", mask: 0)
        let svg = code.svg(title: "QR code for \"Tom & Jerry\" <test>", titleID: "qr")
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 29 29\" role=\"img\""))
        #expect(svg.contains("aria-labelledby=\"qr\""))
        #expect(svg.contains("<title id=\"qr\">QR code for &quot;Tom &amp; Jerry&quot; &lt;test&gt;</title>"))
        #expect(svg.components(separatedBy: "<path").count == 2, "one path")
        // Every dark module is drawn once, offset by the quiet zone: the runs' widths add up to the dark count.
        let path = try #require(svg.split(separator: "d=\"").last?.split(separator: "\"").first)
        let widths = path.split(separator: "h").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
        #expect(widths.reduce(0, +) == code.modules.filter { $0 }.count)
        #expect(path.hasPrefix("M4 4h7v1h-7z"), "the top-left finder's first row, four modules in")
    }

    static func unpack(_ base64: String, size: Int) -> [Bool]? {
        guard let data = Data(base64Encoded: base64) else { return nil }
        let bits: [Bool] = Array(data).flatMap { byte in (0..<8).map { (byte >> (7 - $0)) & 1 == 1 } }
        return bits.count >= size * size ? Array(bits.prefix(size * size)) : nil
    }
}
