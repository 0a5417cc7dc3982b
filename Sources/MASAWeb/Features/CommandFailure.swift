/// A command that cannot go on: its message is printed once and the process exits with status 1.
package struct CommandFailure: Error, CustomStringConvertible {
    package let description: String
    package init(_ description: String) { self.description = description }
}
