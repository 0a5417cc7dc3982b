import Fluent
import MASACore
import MASAWeb
import Vapor

/// `/api/v1/partnership` and `/api/v1/agencies`: the partnership's profile and its member agencies.
enum PartnershipAPI {
    static func register(_ registry: inout FeatureRegistry) {
        registry.apiItem(PartnershipAPIPaths.profile, .viewPartnership, "The partnership's profile") { req in
            guard let profile = try await PartnershipProfile.current(on: req.db) else { throw Abort(.notFound) }
            return try ProfileDTO(profile)
        }
        registry.apiList(PartnershipAPIPaths.agencies, .viewPartnership, "Every agency, by name") { req, paging in
            let page = try await paging.fetch(Agency.query(on: req.db).sort(\.$name).sort(\.$id))
            return APIItems(try page.items.map(AgencyDTO.init), total: page.total)
        }
        registry.apiItem(PartnershipAPIPaths.agency(.key), .viewPartnership, "One agency") { req in
            try AgencyDTO(try await Agency.find("agencyID", in: req))
        }
    }
}

enum PartnershipAPIPaths: SitePath {
    case profile, agencies
    case agency(Param<UUID>)

    var segments: [PathSegment] {
        switch self {
        case .profile: ["api", "v1", "partnership"]
        case .agencies: ["api", "v1", "agencies"]
        case .agency(let id): ["api", "v1", "agencies", id.named("agencyID")]
        }
    }
}

struct ProfileDTO: APIObject {
    let name: String
    let area: String
    let vision: String
    let scope: String
    let currentFinancialYear: String

    init(_ profile: PartnershipProfile) throws {
        name = profile.name
        area = profile.area
        vision = profile.vision
        scope = try profile.partnershipScope.rawValue
        currentFinancialYear = profile.currentYear.label
    }

    static let schema = APIObjectSchema("Partnership", [
        .required("name", .string), .required("area", .string), .required("vision", .string),
        .required("scope", .values(Scope.self)),
        .required("current_financial_year", .string, "The year the partnership is working in: 2026/27"),
    ])
}

/// An agency as the agencies page shows it (its contact is the agency's, not a private person's).
struct AgencyDTO: APIObject {
    let id: UUID
    let name: String
    let kind: String
    let isStatutoryPartner: Bool
    let contributesToBudget: Bool
    let contactName: String?
    let contactEmail: String?
    let isActive: Bool

    init(_ agency: Agency) throws {
        id = try agency.requireID()
        name = agency.name
        kind = try agency.agencyKind.rawValue
        isStatutoryPartner = agency.isStatutoryPartner
        contributesToBudget = agency.contributesToBudget
        contactName = agency.contactName
        contactEmail = agency.contactEmail
        isActive = agency.isActive
    }

    static let schema = APIObjectSchema("Agency", [
        .required("id", .uuid), .required("name", .string), .required("kind", .values(AgencyKind.self)),
        .required("is_statutory_partner", .boolean), .required("contributes_to_budget", .boolean),
        .optional("contact_name", .string), .optional("contact_email", .string), .required("is_active", .boolean),
    ])
}
