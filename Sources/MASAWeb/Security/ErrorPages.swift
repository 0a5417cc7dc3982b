import Vapor

/// Turns every error into a page a person can act on: 404, 403, 400 and a 500 that reveals nothing.
/// Internal details go to the log (with the request id), never to the page.
struct ErrorPageMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let status = (error as? any AbortError)?.status ?? .internalServerError
            if status == .internalServerError {
                request.logger.error("Request failed: \(FailureLog.describe(error))")
            }
            if request.method == .POST, status.code >= 500 {
                return try await FormProblemPage.failed(request, status: status)
            }
            return try await page(for: status, error: error, on: request)
        }
    }

    private func page(for status: HTTPStatus, error: any Error, on request: Request) async throws -> Response {
        let (title, message): (String, String)
        switch status {
        case .notFound:
            (title, message) = (
                "Page not found",
                "If you typed the web address, check it is correct. If you followed a link, the record may have been removed."
            )
        case .forbidden:
            (title, message) = (
                "You do not have permission to see this page",
                "Your role does not allow this. Ask your partnership's business unit if you need access."
            )
        case .conflict:
            (title, message) = ("This was not saved", (error as? any AbortError)?.reason ?? "It clashes with a record.")
        case .payloadTooLarge:
            (title, message) = (
                "The form is too large to send",
                "Nothing was saved. Shorten the longest answers, or attach long documents by link."
            )
        case .unauthorized:
            return request.redirect(to: "/sign-in")
        case .badRequest, .unprocessableEntity:
            (title, message) = ("Sorry, there is a problem with that request", "Go back and check what you entered.")
        default:
            (title, message) = (
                "Sorry, there is a problem with the service", "Try again later. Nothing you entered was half-saved."
            )
        }
        let chrome = try await request.chrome(title: title)
        let blocks: [Block] = [.paragraph(message), .buttons([.link("Go to the home page", "/", secondary: true)])]
        let response = try await request.renderPage(chrome, blocks, status: status)
        return response
    }
}
