import Foundation
import MASACore
import ZIPFoundation

/// A table as a one-sheet XLSX workbook, zipped in memory: nothing touches the disk.
package enum XLSXDocument {
    package static func data(_ table: ExportTable, modified: Date) throws -> Data {
        let parts: [(String, String)] = [
            ("[Content_Types].xml", XLSXParts.contentTypes),
            ("_rels/.rels", XLSXParts.rootRelationships),
            ("xl/workbook.xml", XLSXParts.workbook(sheetName: Markup.escape(sheetName(table.name)))),
            ("xl/_rels/workbook.xml.rels", XLSXParts.workbookRelationships),
            ("xl/styles.xml", XLSXParts.styles),
            ("xl/worksheets/sheet1.xml", XLSXSheet.xml(table)),
        ]
        let archive = try Archive(accessMode: .create)
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count),
                                 modificationDate: modified, compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw XLSXError.notWritten }
        return data
    }

    /// Excel's rules for a sheet's name: at most 31 characters, none of `[]:*?/\`, no apostrophe at either end,
    /// not "History" (which it keeps for itself), and not empty. A slash becomes a hyphen ("2026/27" is "2026-27").
    package static func sheetName(_ wanted: String) -> String {
        let forbidden = Set("[]:*?".unicodeScalars)
        var scalars = String.UnicodeScalarView()
        for scalar in wanted.unicodeScalars where !forbidden.contains(scalar) {
            let control = scalar.properties.generalCategory == .control
            scalars.append(control ? " " : scalar == "/" || scalar == "\\" ? "-" : scalar)
        }
        let ends = CharacterSet(charactersIn: "'").union(.whitespacesAndNewlines)
        var name = String(scalars).trimmingCharacters(in: ends)
        while name.utf16.count > 31 { name.removeLast() }
        name = name.trimmingCharacters(in: ends)
        if name.isEmpty { return "Sheet1" }
        return name.lowercased() == "history" ? "History table" : name
    }

    enum XLSXError: Error { case notWritten }
}
