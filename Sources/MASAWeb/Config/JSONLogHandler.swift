import Foundation
import Logging

/// One JSON object a line (time, level, label, message, metadata) for log collectors: `LOG_FORMAT=json`.
/// MASA logs request paths and record ids, never form bodies, so no personal data reaches it.
package struct JSONLogHandler: LogHandler {
    package var metadata: Logger.Metadata = [:]
    package var logLevel: Logger.Level
    let label: String

    package init(label: String, level: Logger.Level) {
        self.label = label
        self.logLevel = level
    }

    package subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    package func log(level: Logger.Level, message: Logger.Message, metadata extra: Logger.Metadata?,
                    source: String, file: String, function: String, line: UInt) {
        var fields: [String: String] = [:]
        for (key, value) in metadata.merging(extra ?? [:], uniquingKeysWith: { $1 }) { fields[key] = "\(value)" }
        var record: [String: Any] = ["time": Date().formatted(.iso8601), "level": level.rawValue, "label": label,
                                     "message": message.description, "source": source]
        if !fields.isEmpty { record["metadata"] = fields }
        guard let data = try? JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]) else { return }
        FileHandle.standardError.write(data + Data("\n".utf8))
    }
}
