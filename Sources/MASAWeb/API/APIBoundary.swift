import Vapor

/// Where the API ends and the cookie-authenticated site begins. Everything under /api/ is answered in JSON with
/// bearer tokens only: it never reads or sets the session cookie and carries no CSRF check, because nothing sent
/// with a browser's cookie can act there; the API is also read-only, so any other method is refused here.
enum APIBoundary {
    /// The router's own reading of the path (segments split on "/", empty ones dropped), so a request is treated as
    /// the API's exactly when it could reach an API route.
    static func isAPI(_ request: Request) -> Bool {
        request.url.path.split(separator: "/").first == "api"
    }

    /// A page route under /api/ would be unreachable with a cookie, and an API route elsewhere would get the cookie
    /// treatment: both are mistakes, refused at start-up.
    static func check(pages: [String], api: [String]) throws {
        let misplaced = pages.filter { $0 == "/api" || $0.hasPrefix("/api/") }
            + api.filter { !$0.hasPrefix("/api/v1/") }
        if !misplaced.isEmpty {
            throw RegistryError(message: "Routes on the wrong side of /api/: " + misplaced.joined(separator: ", "))
        }
    }
}

/// Outside the cookie stack: for /api/ requests, every failure (an unknown path, a bad token, a crash) becomes a
/// JSON error, never an HTML page or a redirect to sign in.
struct APIBoundaryMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard APIBoundary.isAPI(request) else { return try await next.respond(to: request) }
        let response: Response
        if request.method != .GET && request.method != .HEAD {
            response = APIJSON.error(APIError(.methodNotAllowed, "The API is read-only: use GET"))
            response.headers.replaceOrAdd(name: .allow, value: "GET, HEAD")
        } else {
            do {
                response = try await next.respond(to: request)
            } catch {
                response = APIJSON.error(APIError.from(error, on: request))
            }
        }
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }
}

/// The session, the signed-in person, the HTML error pages, CSRF and the once-only form check, for everything
/// except the API. Kept as one list so the boundary is a single decision rather than a check in each.
struct CookieStack: AsyncMiddleware {
    let layers: [any Middleware]

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if APIBoundary.isAPI(request) { return try await next.respond(to: request) }
        return try await layers.makeResponder(chainingTo: next).respond(to: request).get()
    }
}

/// An API failure with a message written for the developer reading the response.
package struct APIError: AbortError, Sendable {
    package let status: HTTPResponseStatus
    package let message: String
    /// `WWW-Authenticate` for 401s (RFC 6750).
    var challenge: String?

    package var reason: String { message }

    package init(_ status: HTTPResponseStatus, _ message: String) {
        self.status = status
        self.message = message
    }

    static func unauthorised(_ message: String, invalidToken: Bool) -> APIError {
        var error = APIError(.unauthorized, message)
        error.challenge = "Bearer realm=\"MASA API\"" + (invalidToken ? ", error=\"invalid_token\"" : "")
        return error
    }

    /// Our own errors keep their message; anything else gets a fixed one for its status, so no database error or
    /// framework text reaches a client. 500s are logged as the pages log them (`FailureLog`).
    static func from(_ error: any Error, on request: Request) -> APIError {
        if let error = error as? APIError { return error }
        let status = (error as? any AbortError)?.status ?? .internalServerError
        switch status.code {
        case 404: return APIError(.notFound, "Nothing is at this address: check the path and the record's id")
        case 400..<500: return APIError(status, "The request could not be understood")
        default:
            request.logger.error("API request failed: \(FailureLog.describe(error))")
            return APIError(.internalServerError, "Sorry, there is a problem with the service. Try again later")
        }
    }
}

/// How the API writes JSON: snake_case keys, ISO dates, keys sorted so responses compare byte for byte.
enum APIJSON {
    /// `snakeCase` is off only for the OpenAPI document, whose keys are its own; the strategy renames dictionary
    /// keys too, so DTOs hold no dictionaries.
    static func encoder(snakeCase: Bool = true) -> JSONEncoder {
        let encoder = JSONEncoder()
        if snakeCase { encoder.keyEncodingStrategy = .convertToSnakeCase }
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static func response(_ value: some Encodable, status: HTTPResponseStatus = .ok,
                         snakeCase: Bool = true) throws -> Response {
        let response = Response(status: status, body: .init(data: try encoder(snakeCase: snakeCase).encode(value)))
        response.headers.contentType = .json
        return response
    }

    /// `{"error": {"status": 404, "message": "..."}}`.
    static func error(_ error: APIError) -> Response {
        let body = ErrorBody(error: .init(status: Int(error.status.code), message: error.message))
        let response = (try? response(body, status: error.status)) ?? Response(status: error.status)
        if let challenge = error.challenge { response.headers.replaceOrAdd(name: .wwwAuthenticate, value: challenge) }
        return response
    }

    struct ErrorBody: Encodable {
        struct Detail: Encodable {
            let status: Int
            let message: String
        }
        let error: Detail
    }
}
