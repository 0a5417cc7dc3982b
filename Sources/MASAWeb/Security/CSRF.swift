import Foundation
import Vapor

/// Every state-changing request must carry the session's CSRF token in the form field `csrf_token`.
/// The token is made once per session and compared in constant time.
struct CSRFMiddleware: AsyncMiddleware {
    static let field = "csrf_token"
    /// Above the largest form MASA has (a review's long text fields together), far below what would strain memory.
    static let maximumBody = 2 * 1024 * 1024

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.method != .GET && request.method != .HEAD {
            // A browser sends a long form in several packets; until the whole body is in, the token may not be.
            try await Self.collectBody(of: request)
            let sent = FormState.posted(request).value(Self.field) ?? ""
            let expected = request.session.data["csrf"] ?? ""
            guard !expected.isEmpty, constantTimeEqual(sent, expected) else {
                request.logger.notice("Form refused: the CSRF token did not match the session")
                return try await FormProblemPage.expired(request)
            }
        }
        return try await next.respond(to: request)
    }

    static func collectBody(of request: Request) async throws {
        guard request.body.data == nil else { return }
        if let length = request.headers.first(name: .contentLength).flatMap(Int.init), length > maximumBody {
            throw Abort(.payloadTooLarge)
        }
        _ = try await request.body.collect(max: maximumBody).get()
    }

    private func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

/// Random, URL-safe text for tokens that must not be guessed.
public enum RandomToken {
    public static func make(bytes: Int = 32) -> String {
        [UInt8].random(count: bytes).base64.replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "=", with: "")
    }
}

extension Request {
    /// The session's CSRF token, made on first use.
    public var csrfToken: String {
        if let token = session.data["csrf"] { return token }
        let token = RandomToken.make()
        session.data["csrf"] = token
        return token
    }
}
