import Foundation
import NIOConcurrencyHelpers
import Vapor

/// The stylesheet and icons from `Public/`. Vapor's file middleware sits outside the error pages, so an odd path
/// (a 5 KB segment the file system refuses, `..`, broken percent-encoding) came back as a JSON error. Such paths
/// are never files here: they go on to the routes, which answer with the ordinary "Page not found" page.
struct PublicFilesMiddleware: AsyncMiddleware {
    let files: FileMiddleware
    static let longestPath = 200

    init(publicDirectory: String) {
        files = FileMiddleware(publicDirectory: publicDirectory)
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let path = request.url.path
        guard request.method == .GET || request.method == .HEAD, path.utf8.count <= Self.longestPath,
              let decoded = path.removingPercentEncoding, !decoded.contains(".."), !decoded.contains("\0") else {
            return try await next.respond(to: request)
        }
        let passed = PassedOn(next)
        do {
            return try await files.respond(to: request, chainingTo: passed)
        } catch where !passed.wasCalled {
            return try await next.respond(to: request)
        }
    }
}

/// Tells an error from the file lookup apart from one raised further in.
private final class PassedOn: AsyncResponder, Sendable {
    let next: any AsyncResponder
    private let called = NIOLockedValueBox(false)
    var wasCalled: Bool { called.withLockedValue { $0 } }

    init(_ next: any AsyncResponder) { self.next = next }

    func respond(to request: Request) async throws -> Response {
        called.withLockedValue { $0 = true }
        return try await next.respond(to: request)
    }
}
