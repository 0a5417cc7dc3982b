/// A command that cannot go on: its message is printed once and the process exits with status 1.
public struct CommandFailure: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
