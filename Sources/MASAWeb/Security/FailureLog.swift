import Foundation

/// What the log may say about an error: its type, since the descriptions of database and framework errors can
/// quote what a person typed. One kind says more because it holds no data: a stored value that cannot be read
/// names its table, column and record id (never the value), so someone can find and mend the row.
enum FailureLog {
    static func describe(_ error: any Error) -> String {
        let kind = String(reflecting: type(of: error))
        if let stored = error as? StoredValueError { return "\(kind): \(stored)" }
        return kind
    }
}
