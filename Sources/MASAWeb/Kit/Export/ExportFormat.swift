import Vapor

/// The two ways a table can be downloaded, asked for with `?format=csv` or `?format=xlsx` on the page's own address.
package enum ExportFormat: String, CaseIterable, Sendable {
    case csv, xlsx

    var fileExtension: String { rawValue }

    var contentType: HTTPMediaType {
        switch self {
        case .csv: HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        case .xlsx: HTTPMediaType(type: "application", subType: "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        }
    }

    /// The words of the link under a table.
    var linkText: String {
        switch self {
        case .csv: "Download as CSV"
        case .xlsx: "Download as spreadsheet (XLSX)"
        }
    }
}

extension Request {
    /// The download this request asks for, or nil for the page itself. Only a GET can ask: a form re-shown after a
    /// POST is never turned into a file.
    package var exportFormat: ExportFormat? {
        guard method == .GET, let raw = try? query.get(String.self, at: "format") else { return nil }
        return ExportFormat(rawValue: raw.lowercased())
    }

    /// Which of the page's tables (`?table=2` is the second); the first when absent or not a number.
    var exportTableNumber: Int {
        let raw = (try? query.get(String.self, at: "table")).flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        return max(1, raw ?? 1)
    }
}
