import Foundation

/// The parts of the provider's discovery document (`/.well-known/openid-configuration`) that MASA uses.
struct OIDCDiscovery: Decodable, Sendable, Equatable {
    enum ClientAuthentication: Sendable, Equatable { case basic, post }

    let issuer: String
    let authorizationEndpoint: String
    let tokenEndpoint: String
    let jwksURI: String
    let tokenEndpointAuthMethodsSupported: [String]?

    enum CodingKeys: String, CodingKey {
        case issuer
        case authorizationEndpoint = "authorization_endpoint"
        case tokenEndpoint = "token_endpoint"
        case jwksURI = "jwks_uri"
        case tokenEndpointAuthMethodsSupported = "token_endpoint_auth_methods_supported"
    }

    static func url(forIssuer issuer: String) -> String {
        (issuer.hasSuffix("/") ? String(issuer.dropLast()) : issuer) + "/.well-known/openid-configuration"
    }

    /// How to send the client secret: HTTP Basic when allowed (the default when the document says nothing),
    /// else in the form. Nil when the provider accepts neither.
    var clientAuthentication: ClientAuthentication? {
        guard let methods = tokenEndpointAuthMethodsSupported else { return .basic }
        if methods.contains("client_secret_basic") { return .basic }
        return methods.contains("client_secret_post") ? .post : nil
    }

    /// Refuses a document that is not the configured provider's (OpenID Connect Discovery 4.3) or that would send
    /// people, codes or secrets over plain HTTP to another machine.
    func problem(expectingIssuer issuer: String) -> String? {
        guard self.issuer == issuer else { return "the discovery document names another issuer" }
        for (name, address) in [("authorization_endpoint", authorizationEndpoint), ("token_endpoint", tokenEndpoint),
                                ("jwks_uri", jwksURI)] {
            guard let url = URL(string: address), let scheme = url.scheme?.lowercased(), let host = url.host else {
                return "the discovery document's \(name) is not a web address"
            }
            if !(scheme == "https" || (scheme == "http" && SingleSignOnSettings.isLoopback(host))) {
                return "the discovery document's \(name) is not https"
            }
        }
        if clientAuthentication == nil { return "the token endpoint accepts no client secret" }
        return nil
    }
}
