import Fluent
import Vapor

extension Model where IDValue == UUID {
    /// The record whose id is the path parameter `parameter`; a missing record or a malformed id answers 404.
    package static func find(_ parameter: String, in req: Request) async throws -> Self {
        guard let id = req.parameters.get(parameter, as: UUID.self), let model = try await Self.find(id, on: req.db)
        else {
            throw Abort(.notFound)
        }
        return model
    }
}
