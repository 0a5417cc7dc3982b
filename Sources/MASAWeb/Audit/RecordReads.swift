import Foundation
import Vapor

/// Records who read which restricted record, and when, in the audit trail (action "view"), for the business unit
/// and the scrutineer to check. Registered on a route group, so no handler of that group can forget it. Only pages
/// that were actually shown (status 200) count; the query string is left out because search terms can be personal.
package struct RecordReadsMiddleware: AsyncMiddleware {
    package init() {}

    package func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: req)
        guard req.method == .GET, response.status == .ok else { return response }
        let user = try req.currentUser
        try await req.recordReads([Self.record(in: req.url.path)], by: AuditActor(id: user.id, label: user.name))
        return response
    }

    /// "/case-reviews/sar-referrals/<id>/edit" → ("case-reviews/sar-referrals/edit", "<id>"): the record is the
    /// last id in the path, the type is the rest. A list page has no id.
    static func record(in path: String) -> (type: String, id: String) {
        let parts = path.split(separator: "/").map(String.init)
        let id = parts.last { UUID(uuidString: $0) != nil } ?? ""
        let type = parts.filter { $0 != id }.joined(separator: "/")
        return (type, id)
    }
}
