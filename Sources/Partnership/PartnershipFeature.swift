import Fluent
import MASACore
import MASAWeb
import Vapor

/// The partnership's profile and its agencies.
public struct PartnershipFeature: Feature {
    public init() {}
    public let id = "partnership"
    public var migrations: [any Migration] { [] }

    public var navigation: [NavigationItem] {
        [NavigationItem(label: "Partnership", path: PartnershipPaths.profile, order: 10),
         NavigationItem(label: "Agencies", path: AgencyPaths.list, order: 20)]
    }

    public func boot(routes: any RoutesBuilder) throws {
        let view = routes.requiring(.viewPartnership)
        view.get("partnership", use: ProfileController.show)
        view.get("agencies", use: AgencyController.list)
        view.get("agencies", ":agencyID", use: AgencyController.show)

        let manage = routes.requiring(.manageStructure)
        manage.get("partnership", "edit", use: ProfileController.edit)
        manage.post("partnership", "edit", use: ProfileController.update)
        manage.get("agencies", "new", use: AgencyController.new)
        manage.post("agencies", "new", use: AgencyController.create)
        manage.get("agencies", ":agencyID", "edit", use: AgencyController.edit)
        manage.post("agencies", ":agencyID", "edit", use: AgencyController.update)
    }

    public func seedDemo(_ seed: DemoSeed) async throws {}
}

public enum PartnershipPaths {
    public static let profile = "/partnership"
    public static let edit = "/partnership/edit"
}

public enum AgencyPaths {
    public static let list = "/agencies"
    public static let new = "/agencies/new"
    public static func show(_ id: UUID) -> String { "/agencies/\(id)" }
    public static func edit(_ id: UUID) -> String { "/agencies/\(id)/edit" }
}
