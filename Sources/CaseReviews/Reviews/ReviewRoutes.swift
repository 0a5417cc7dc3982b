import Fluent
import MASACore
import MASAWeb
import Vapor

/// Routes, migrations and demo data of this part of the case reviews feature.
enum ReviewRoutes {
    static var migrations: [any Migration] { [] }
    static func boot(_ routes: any RoutesBuilder) throws {}
    static func seedDemo(_ seed: DemoSeed) async throws {}
}
