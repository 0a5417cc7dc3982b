import Foundation
import MASACore
import MASAWeb

extension Permission {
    /// Issuing a token hands a program standing read access, so it sits with the people who run the partnership's
    /// settings, and a token can carry case review access only from someone who holds it.
    package static let manageAPITokens = Permission(
        "manageAPITokens", "Issue and revoke tokens for reading the API",
        grantedTo: [.systemAdministrator, .businessUnit])
}

/// The token pages, under Settings.
enum APITokenPaths: SitePath {
    case list, new
    case show(Param<UUID>), revoke(Param<UUID>)

    var segments: [PathSegment] {
        switch self {
        case .list: ["settings", "api-tokens"]
        case .new: ["settings", "api-tokens", "new"]
        case .show(let id): ["settings", "api-tokens", id.named("tokenID")]
        case .revoke(let id): ["settings", "api-tokens", id.named("tokenID"), "revoke"]
        }
    }

    static func show(_ id: UUID) -> String { show(.value(id)).path }
    static func revoke(_ id: UUID) -> String { revoke(.value(id)).path }
}
