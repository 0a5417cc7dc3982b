import MASACore
import Vapor

extension FeatureRegistry {
    package mutating func get(_ path: some SitePath, _ permission: Permission, middleware: [any Middleware] = [],
                             _ handler: @escaping @Sendable (Request) async throws -> Response) {
        add(.GET, path, permission, middleware: middleware, handler)
    }

    package mutating func post(_ path: some SitePath, _ permission: Permission, middleware: [any Middleware] = [],
                              _ handler: @escaping @Sendable (Request) async throws -> Response) {
        add(.POST, path, permission, middleware: middleware, handler)
    }
}

extension Application {
    /// Registers every feature route beneath `routes` (already signed in and enrolled), each behind its own
    /// permission: the access rule a reviewer reads in the feature is the one that runs.
    func register(_ pageRoutes: [PageRoute], on routes: any RoutesBuilder) {
        for route in pageRoutes {
            let guarded = routes.grouped([RequirePermission(permission: route.permission)] + route.middleware)
            let handler = route.handler
            guarded.on(route.method, route.path.pathComponents) { req async throws -> Response in
                try await handler(req)
            }
        }
    }
}
