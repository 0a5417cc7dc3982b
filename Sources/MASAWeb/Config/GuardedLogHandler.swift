import Logging

/// Keeps what the libraries beneath MASA print at debug and trace out of the log. The database drivers log each
/// statement with its bound values at debug, and PostgreSQL's wire messages (rows included) at trace, so turning
/// `LOG_LEVEL` down to find a fault would otherwise write personal fields and session ids to the log.
/// MASA's own modules keep every level; a library's message needs `info` or above.
package struct GuardedLogHandler: LogHandler {
    /// The modules whose messages pass at every level (a message's `source` is its module's name).
    package static let ownModules: Set<String> = [
        "MASACore", "MASAWeb", "MASAApp", "masa", "Partnership", "Governance", "Risks", "Budget", "CaseReviews",
        "Administration",
    ]

    var inner: any LogHandler

    package init(_ inner: any LogHandler) { self.inner = inner }

    package var logLevel: Logger.Level {
        get { inner.logLevel }
        set { inner.logLevel = newValue }
    }

    package var metadata: Logger.Metadata {
        get { inner.metadata }
        set { inner.metadata = newValue }
    }

    package subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { inner[metadataKey: key] }
        set { inner[metadataKey: key] = newValue }
    }

    package static func passes(_ level: Logger.Level, source: String) -> Bool {
        level >= .info || ownModules.contains(source)
    }

    package func log(level: Logger.Level, message: Logger.Message, metadata: Logger.Metadata?, source: String,
                    file: String, function: String, line: UInt) {
        guard Self.passes(level, source: source) else { return }
        inner.log(level: level, message: message, metadata: metadata, source: source, file: file,
                  function: function, line: line)
    }
}
