import Vapor

/// What a person sees when single sign-on does not sign them in: what happened and what to do, never a technical
/// error. The details go to the log, at notice level, without tokens, codes or email addresses.
enum SSOPages {
    static func failed(_ req: Request, _ failure: SSOFailure) async throws -> Response {
        req.logger.notice("Single sign-on failed: \(failure)")
        let advice = failure.advice
        let status: HTTPStatus = switch failure {
        case .attemptUnknown, .attemptExpired, .otherBrowser, .providerRefused, .noCode: .badRequest
        case .providerUnreachable, .providerAnswerUnusable, .token: .badGateway
        }
        return try await render(req, title: advice.title, paragraphs: [advice.explanation], status: status)
    }

    static func notSetUp(_ req: Request) async throws -> Response {
        try await render(req, title: "Your organisation's account is not set up in MASA", paragraphs: [
            "Your organisation recognised you, but MASA has no active account with your work email address.",
            "Ask your administrator (your partnership's business unit) to add you to MASA with the email address "
                + "your organisation gives you. Then sign in again.",
        ], status: .forbidden)
    }

    private static func render(_ req: Request, title: String, paragraphs: [String],
                               status: HTTPStatus) async throws -> Response {
        let chrome = try await req.chrome(title: title)
        let blocks = paragraphs.map(Block.paragraph) + [.buttons([.link("Go to the sign-in page", "/sign-in")])]
        return try await req.renderPage(chrome, blocks, status: status)
    }
}
